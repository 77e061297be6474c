//! The planner's panes, as a pure function of the body's size and of what
//! there is to show.

use ratatui::layout::{Constraint, Layout, Rect};

use super::WIDE;
use crate::tui::app::planner::Results;
use crate::tui::app::{PlannerPane, PlannerState};

/// The form's narrowest width when it stands beside the results.
pub const FORM_WIDTH: u16 = 62;

/// What decides the planner's layout.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PlannerShape {
    pub focus: PlannerPane,
    /// The pane shown under the pathways when only one fits.
    pub side: PlannerPane,
    /// Whether a search was run (its pathways, or why there are none,
    /// take the results' place).
    pub ran: bool,
    /// How many pathways were found.
    pub routes: usize,
    /// How many steps the pathway selected has.
    pub steps: usize,
    /// Lines said under the pathways: what changed since a plan opened
    /// was saved (with their heading).
    pub notes: usize,
}

/// The shape of the planner's state now.
pub fn planner_shape(p: &PlannerState) -> PlannerShape {
    let results = p.results.as_ref();
    PlannerShape {
        focus: p.focus,
        side: p.side,
        ran: results.is_some(),
        routes: results.map_or(0, |r| r.alternatives.len()),
        steps: results
            .and_then(|r| r.route())
            .map_or(0, |route| route.steps.len()),
        notes: results.map_or(0, notes),
    }
}

/// The lines said under the pathways: what changed since the plan opened
/// was saved, under a heading; none when nothing did.
fn notes(results: &Results) -> usize {
    results.plan.as_ref().map_or(0, |o| {
        if o.changes.is_empty() {
            0
        } else {
            o.changes.len() + 1
        }
    })
}

/// How the pathways pane's inside is shared: the pathways' rows (under
/// the line of column names), the lines said under them, and the first
/// pathway shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AlternativesSplit {
    pub rows: usize,
    pub notes: usize,
    pub offset: usize,
}

/// The split of a pathways pane whose inside is `height` lines high.
pub fn alternatives_split(results: &Results, height: usize) -> AlternativesSplit {
    // What changed since the plan was saved goes under the pathways, as
    // much of it as the pane leaves room for.
    let notes = notes(results).min(height.saturating_sub(1 + results.alternatives.len().min(3)));
    let rows = height.saturating_sub(1 + notes);
    let offset = results.selected.saturating_sub(rows.saturating_sub(1));
    AlternativesSplit {
        rows,
        notes,
        offset,
    }
}

/// The planner's areas; a pane without room is absent.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PlannerLayout {
    /// One line: what just happened, or the request in a few words.
    pub status: Rect,
    pub form: Option<Rect>,
    /// The pathways side by side; before a search, a word on what to do,
    /// and without pathways, why.
    pub alternatives: Option<Rect>,
    pub steps: Option<Rect>,
    pub timeline: Option<Rect>,
}

/// From [`WIDE`] columns the form stands beside the results; below, the
/// focus chooses between the form and the results, and the pathways stand
/// above the steps or the timeline.
pub fn planner(body: Rect, shape: PlannerShape) -> PlannerLayout {
    let [status, rest] = body.layout(&Layout::vertical([
        Constraint::Length(1),
        Constraint::Fill(1),
    ]));
    let mut out = PlannerLayout {
        status,
        form: None,
        alternatives: None,
        steps: None,
        timeline: None,
    };
    let results = if body.width >= WIDE {
        // Wider screens give the form's values more room, up to a point.
        let form_width = (body.width * 2 / 5).clamp(FORM_WIDTH, 80);
        let [form, results] = rest.layout(&Layout::horizontal([
            Constraint::Length(form_width),
            Constraint::Fill(1),
        ]));
        out.form = Some(form);
        results
    } else if shape.focus == PlannerPane::Form || !shape.ran {
        out.form = Some(rest);
        return out;
    } else {
        rest
    };
    if shape.routes == 0 {
        out.alternatives = Some(results);
        return out;
    }
    let wanted = u16::try_from(shape.routes + shape.notes + 3).unwrap_or(u16::MAX);
    let alternatives_height = wanted
        .min(results.height / if shape.notes > 0 { 2 } else { 3 })
        .max(4.min(results.height));
    let [alternatives, below] = results.layout(&Layout::vertical([
        Constraint::Length(alternatives_height),
        Constraint::Fill(1),
    ]));
    out.alternatives = Some(alternatives);
    if body.width >= WIDE {
        let wanted = u16::try_from(shape.steps + 5).unwrap_or(u16::MAX);
        let timeline_height = wanted.min(below.height / 2);
        let [steps, timeline] = below.layout(&Layout::vertical([
            Constraint::Fill(1),
            Constraint::Length(timeline_height),
        ]));
        out.steps = Some(steps);
        out.timeline = Some(timeline);
    } else if shape.side == PlannerPane::Timeline {
        out.timeline = Some(below);
    } else {
        out.steps = Some(below);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::layout::app;

    fn shape(focus: PlannerPane, routes: usize) -> PlannerShape {
        PlannerShape {
            focus,
            side: PlannerPane::Steps,
            ran: true,
            routes,
            steps: 3,
            notes: 0,
        }
    }

    #[test]
    fn at_80_by_24_the_form_and_the_results_take_turns() {
        let body = app(Rect::new(0, 0, 80, 24)).unwrap().body;
        let l = planner(body, shape(PlannerPane::Form, 3));
        assert_eq!(l.status, Rect::new(0, 3, 80, 1));
        assert_eq!(l.form, Some(Rect::new(0, 4, 80, 19)));
        assert_eq!((l.alternatives, l.steps), (None, None));
        let l = planner(body, shape(PlannerPane::Alternatives, 3));
        assert_eq!(l.form, None);
        assert_eq!(l.alternatives, Some(Rect::new(0, 4, 80, 6)));
        assert_eq!(l.steps, Some(Rect::new(0, 10, 80, 13)));
        assert_eq!(l.timeline, None);
        let l = planner(
            body,
            PlannerShape {
                side: PlannerPane::Timeline,
                ..shape(PlannerPane::Timeline, 3)
            },
        );
        assert_eq!(
            (l.steps, l.timeline),
            (None, Some(Rect::new(0, 10, 80, 13)))
        );
        // Without pathways, why takes the whole page.
        let l = planner(body, shape(PlannerPane::Alternatives, 0));
        assert_eq!(l.alternatives, Some(Rect::new(0, 4, 80, 19)));
    }

    #[test]
    fn at_160_by_48_everything_stands_together() {
        let body = app(Rect::new(0, 0, 160, 48)).unwrap().body;
        let l = planner(body, shape(PlannerPane::Form, 3));
        assert_eq!(l.form, Some(Rect::new(0, 4, 64, 43)));
        assert_eq!(l.alternatives, Some(Rect::new(64, 4, 96, 6)));
        assert_eq!(l.steps, Some(Rect::new(64, 10, 96, 29)));
        assert_eq!(l.timeline, Some(Rect::new(64, 39, 96, 8)));
        // At 140 columns, the form's narrowest.
        let body = app(Rect::new(0, 0, 140, 40)).unwrap().body;
        let l = planner(body, shape(PlannerPane::Form, 3));
        assert_eq!(l.form.unwrap().width, FORM_WIDTH);
    }
}
