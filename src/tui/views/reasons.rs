//! Why a step follows the one before, in words: the planner's steps and
//! the passerelles pane say it alike, from a [`Why`] of
//! [`crate::route::reasons`].

use std::fmt::Write as _;

use ratatui::style::Style;

use crate::graph::Via;
use crate::model::{Catalogue, OfferIx};
use crate::route::reasons::Why;
use crate::tui::app::AppState;
use crate::tui::text::sanitize;

/// Why a step through `via` from `from` to `to` is possible: the same
/// answer as [`crate::route::reasons::why`] gives for a step of a route,
/// for an edge the passerelles pane shows outside any route. It belongs
/// beside `why` in the library (asked of the routing's owner); until it
/// moves there, a test checks that both give the same answer.
pub fn of_edge(cat: &Catalogue, from: OfferIx, to: OfferIx, via: &Via) -> Why {
    let link = via.link(cat);
    Why {
        link: link.map(|l| l.kind),
        agreement: link.and_then(|l| l.agreement),
        note: link.and_then(|l| l.note.clone()),
        credit_hours: via.credit(cat, to),
        // An inferred edge exists only where every requirement is granted
        // by the offer before (DESIGN.md, "The pathway graph").
        competences: if link.is_none() {
            cat.offer(to).requires.clone()
        } else {
            Vec::new()
        },
        seam: via
            .seam
            .then(|| (cat.offer(from).provider, cat.offer(to).provider)),
    }
}

/// What a reason says besides the link, where the pane knows it.
#[derive(Clone, Copy, Debug, Default)]
pub struct Also {
    /// The hours left to do of the offer entered (the passerelles pane;
    /// the planner says them on each step's first line).
    pub to_do: Option<f64>,
    /// The step that granted an inferred link's competences (the planner).
    pub granted_at: Option<usize>,
}

/// The words of a reason, each with its style: the link (its kind, the
/// hours of `entered` recognised and left to do, the agreement and its
/// programme, the note, the competences an inferred link rests on and
/// the step that granted them), then the seam, naming both bodies.
pub fn words(state: &AppState, why: &Why, entered: OfferIx, also: Also) -> Vec<(String, Style)> {
    let s = state.strings;
    let data = &state.data;
    let cat = &data.cat;
    let mut link = match why.link {
        Some(kind) => (s.link_kind)(kind).to_owned(),
        None => s.inferred.to_owned(),
    };
    // The figures first: short, and what a small pane must not lose.
    if why.credit_hours > 0.0 {
        let _ = write!(
            link,
            " · {}",
            (s.credit)(
                &(s.hours)(why.credit_hours),
                &(s.hours)(cat.offer(entered).hours)
            )
        );
    }
    if let Some(hours) = also.to_do {
        let _ = write!(link, " · {}", (s.to_do)(&(s.hours)(hours)));
    }
    if let Some(a) = why.agreement {
        let a = cat.agreement(a);
        let _ = write!(link, " · {}{}{}", s.agreement, s.colon, sanitize(&a.title));
        if let Some(programme) = &a.programme {
            let _ = write!(link, " ({})", sanitize(programme));
        }
    }
    if let Some(note) = &why.note {
        let _ = write!(link, " — {}", sanitize(note));
    }
    if !why.competences.is_empty() {
        let labels: Vec<String> = why
            .competences
            .iter()
            .map(|c| sanitize(&cat.competence(*c).label).into_owned())
            .collect();
        let _ = write!(link, " · {}{}{}", s.rests_on, s.colon, labels.join(", "));
        if let Some(step) = also.granted_at {
            let _ = write!(link, " ({})", (s.planner.granted_by)(step));
        }
    }
    let mut out = vec![(link, state.theme.link_kind(why.link))];
    if let Some((from, to)) = why.seam {
        let name =
            |p: crate::model::ProviderIx| sanitize(&data.short_names[p.index()]).into_owned();
        out.push(((s.seam)(&name(from), &name(to)), state.theme.warning));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graph::PathwayGraph;
    use crate::load::{Source, load};
    use crate::model::Date;
    use crate::route::reasons::why;
    use crate::route::{Criterion, evaluate};

    #[test]
    fn an_edge_gives_the_reasons_a_step_of_a_route_gives() {
        let cat = load(&Source::Sample).catalogue.expect("the sample loads");
        let graph = PathwayGraph::new(&cat);
        let start = Date::parse("2026-11-22").unwrap();
        // Written links, inferred ones, seams.
        let mut checked = [0; 3];
        for from in (0..cat.offers.len()).map(OfferIx::new) {
            for (to, _) in graph.out_edges(from) {
                for criterion in [Criterion::Hours, Criterion::Seams] {
                    let route = evaluate(&graph, &[from, to], criterion, start);
                    let via = route.steps[1].via.expect("a second step has a way in");
                    let expected = why(&cat, &route, 1).unwrap();
                    assert_eq!(
                        of_edge(&cat, from, to, &via),
                        expected,
                        "{} → {}",
                        cat.offer(from).id,
                        cat.offer(to).id
                    );
                    checked[usize::from(expected.link.is_none())] += 1;
                    checked[2] += usize::from(expected.seam.is_some());
                }
            }
        }
        assert!(checked.iter().all(|n| *n > 10), "{checked:?}");
    }
}
