//! Why a step follows the one before, in words: the planner's steps and
//! the passerelles pane say it alike, from a [`Why`] of
//! [`crate::route::reasons`] (`why` for a route's step, `of_edge` for an
//! edge outside any route).

use std::fmt::Write as _;

use ratatui::style::Style;

use crate::model::OfferIx;
use crate::route::reasons::Why;
use crate::tui::app::AppState;
use crate::tui::text::sanitize;

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
