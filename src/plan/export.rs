//! A plan to send or keep: Markdown for the job seeker (French by default),
//! CSV for a spreadsheet, JSON for other programs (docs/plans.md).
//!
//! Every export shows the plan's own route evaluated on the catalogue of
//! the day, from the plan's start date or from the day of the export when
//! that has passed: the dates a person reads are the ones still ahead.
//! Catalogue text is escaped for each format; no control character is
//! ever written raw.

mod csv;
mod escape;
mod json;
mod markdown;
mod words;

pub(crate) use json::{Detail, RouteJson};

use super::rerun::{Saved, saved};
use super::{Change, Plan};
use std::path::Path;

use crate::graph::PathwayGraph;
use crate::lang::Lang;
use crate::model::{Catalogue, Date, OfferIx};
use crate::route::reasons::{Why, why};
use crate::route::{Route, Step};

/// What a plan is exported as.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// A letter for the job seeker, in a language.
    Markdown(Lang),
    /// One row per step, with a header.
    Csv,
    /// The plan, its route with ids, and what changed.
    Json,
}

impl Format {
    /// The format a file's extension names (`.md` or `.markdown`, `.csv`,
    /// `.json`, in any case), Markdown in `lang`; None for any other.
    pub fn of_path(path: &Path, lang: Lang) -> Option<Format> {
        let extension = path.extension()?.to_string_lossy().to_ascii_lowercase();
        match extension.as_str() {
            "md" | "markdown" => Some(Format::Markdown(lang)),
            "csv" => Some(Format::Csv),
            "json" => Some(Format::Json),
            _ => None,
        }
    }
}

/// The plan in `format`, its route evaluated with dates from `today` on.
pub fn render(
    format: Format,
    cat: &Catalogue,
    graph: &PathwayGraph,
    plan: &Plan,
    today: Date,
) -> String {
    let evaluated = Evaluated::new(cat, graph, plan, today);
    match format {
        Format::Markdown(lang) => markdown::write(&evaluated, words::Words(lang)),
        Format::Csv => csv::write(&evaluated),
        Format::Json => json::write(&evaluated),
    }
}

/// A plan and its route on the catalogue of the day.
struct Evaluated<'a> {
    cat: &'a Catalogue,
    plan: &'a Plan,
    today: Date,
    /// None when an offer or a link of the route is gone.
    route: Option<Route>,
    changes: Vec<Change>,
}

/// One step of the plan, as far as the catalogue still knows it.
struct StepView<'a> {
    /// The offer id the plan holds.
    id: &'a str,
    /// None when the offer is gone.
    offer: Option<OfferIx>,
    /// None when the route cannot be followed any more.
    step: Option<&'a Step>,
    /// Why it follows the step before; None for the first, or when the
    /// route cannot be followed.
    why: Option<Why>,
}

impl<'a> Evaluated<'a> {
    fn new(cat: &'a Catalogue, graph: &PathwayGraph, plan: &'a Plan, today: Date) -> Self {
        let Saved { route, changes } = saved(cat, graph, plan, today);
        Self {
            cat,
            plan,
            today,
            route,
            changes,
        }
    }

    fn steps(&self) -> Vec<StepView<'_>> {
        self.plan
            .route
            .iter()
            .enumerate()
            .map(|(i, id)| StepView {
                id,
                offer: self.cat.lookup.offer(id),
                step: self.route.as_ref().map(|r| &r.steps[i]),
                why: self.route.as_ref().and_then(|r| why(self.cat, r, i)),
            })
            .collect()
    }

    /// The town of an offer's centre (None: distance learning) and its
    /// country code.
    fn place(&self, offer: OfferIx) -> (Option<&str>, &str) {
        let o = self.cat.offer(offer);
        (
            o.centre.map(|c| self.cat.centre(c).city.as_str()),
            self.cat.offer_country(offer),
        )
    }

    /// Whether the catalogue is the sample built into parcours, whose
    /// offers are illustrative.
    fn is_sample(&self) -> bool {
        !self.cat.files.is_empty()
            && self
                .cat
                .files
                .iter()
                .all(|f| f.path.is_none() && f.name.starts_with("sample/"))
    }
}

#[cfg(test)]
mod tests {
    use super::Format;
    use crate::lang::Lang;
    use std::path::Path;

    #[test]
    fn the_extension_names_the_format_in_any_case() {
        let of = |name: &str| Format::of_path(Path::new(name), Lang::En);
        assert_eq!(of("plan.md"), Some(Format::Markdown(Lang::En)));
        assert_eq!(of("dir.v2/Plan.MARKDOWN"), Some(Format::Markdown(Lang::En)));
        assert_eq!(of("plan.Csv"), Some(Format::Csv));
        assert_eq!(of("plan.json"), Some(Format::Json));
        assert_eq!(of("plan.txt"), None);
        assert_eq!(of("plan"), None);
        assert_eq!(of(".md"), None);
    }
}
