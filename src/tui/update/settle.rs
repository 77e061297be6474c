//! After every action: scroll each pane so that its selection shows, and
//! work out the search highlights of the rows on screen. The sizes come
//! from [`crate::tui::layout`], as the views use them.

use crate::tui::app::{AppState, Popup, Screen};
use crate::tui::layout::{self, AppLayout};
use crate::tui::views;

/// How many rows each pane of the screen shows now (0 for a pane not on
/// screen).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Visible {
    pub list: usize,
    pub detail: usize,
    pub detail_width: usize,
    pub links: usize,
    pub bodies: usize,
    pub agreements: usize,
    pub body_detail: usize,
    /// The planner's form, pathways and steps.
    pub form: usize,
    pub alternatives: usize,
    pub steps: usize,
    pub steps_width: usize,
    pub popup: usize,
}

fn rows(area: ratatui::layout::Rect) -> usize {
    usize::from(area.height)
}

/// The rows each pane shows at the state's terminal size.
pub fn visible(state: &AppState) -> Visible {
    let Some(AppLayout { body, .. }) = layout::app(state.area) else {
        return Visible::default();
    };
    let mut v = Visible::default();
    match state.screen {
        Screen::Catalogue => {
            let c = &state.catalogue;
            let l = layout::catalogue(body, c.side, c.focus);
            v.list = rows(layout::list_rows(l.list));
            if let Some(detail) = l.detail {
                let inside = layout::inner(detail);
                v.detail = rows(inside);
                v.detail_width = usize::from(inside.width);
            }
            if let Some(links) = l.links {
                v.links = rows(layout::links_split(links).0);
            }
        }
        Screen::Bodies => {
            let l = layout::bodies(body);
            v.bodies = rows(layout::inner(l.bodies));
            v.agreements = rows(layout::inner(l.agreements));
            v.body_detail = rows(layout::inner(l.detail));
        }
        Screen::Planner => {
            let l = layout::planner(body, layout::planner_shape(&state.planner));
            v.form = l.form.map_or(0, |r| rows(layout::inner(r)));
            v.alternatives = l
                .alternatives
                .map_or(0, |r| rows(layout::inner(r)).saturating_sub(1));
            if let Some(r) = l.steps.or(l.timeline) {
                v.steps = rows(layout::inner(r));
            }
            v.steps_width = l.steps.map_or(0, views::planner::steps::room);
        }
    }
    v.popup = match state.popups.last() {
        Some(Popup::Help { .. }) => rows(layout::inner(layout::help(state.area))),
        Some(Popup::Filters { .. }) => rows(layout::inner(layout::filters(state.area))),
        Some(Popup::Picker) => state
            .planner
            .picker
            .as_ref()
            .map_or(0, |p| rows(layout::picker_list(state.area, p))),
        Some(Popup::Plans) => rows(layout::plans_rows(state.area)),
        Some(Popup::Edit) => super::edit::popup_rows(state),
        Some(Popup::Dialog) | None => 0,
    };
    v
}

/// Scrolls every pane on screen so that its selection shows.
pub fn settle(state: &mut AppState) {
    let v = visible(state);
    let data = &state.data;
    let c = &mut state.catalogue;
    c.list.reveal(v.list, c.shown.len());
    let rows_len = c.rows.len();
    if let Some(cursor) = c.links_cursor() {
        cursor.reveal(v.links, rows_len);
    }
    c.refresh_highlights(data, v.list);
    if v.detail > 0 {
        let lines = views::detail::line_count(state, v.detail_width);
        let c = &mut state.catalogue;
        c.detail_scroll = c.detail_scroll.min(lines.saturating_sub(v.detail));
    }
    let b = &mut state.bodies;
    b.bodies.reveal(v.bodies, state.data.bodies_order.len());
    b.agreements
        .reveal(v.agreements, state.data.agreements_order.len());
    // The detail opens at its top (facts first) until it has focus.
    if b.focus == crate::tui::app::BodiesPane::Detail {
        b.detail.reveal(v.body_detail, b.rows.len());
    }
    let help_len = match state.popups.last() {
        Some(Popup::Help { .. }) => views::help::line_count(state),
        _ => 0,
    };
    let filter_len = state.data.filter_rows.len();
    match state.popups.last_mut() {
        Some(Popup::Help { scroll }) => {
            *scroll = (*scroll).min(help_len.saturating_sub(v.popup));
        }
        Some(Popup::Filters { cursor }) => cursor.reveal(v.popup, filter_len),
        Some(Popup::Picker) => {
            if let Some(p) = state.planner.picker.as_mut() {
                p.cursor.reveal(v.popup, p.shown.len());
            }
        }
        Some(Popup::Plans) => {
            let list = &mut state.planner.plans;
            list.cursor.reveal(v.popup, list.entries.len());
        }
        Some(Popup::Edit) => super::edit::settle_overlays(state),
        Some(Popup::Dialog) | None => {}
    }
    settle_planner(state, v);
}

/// The planner: the form's selection and the step selected in view.
fn settle_planner(state: &mut AppState, v: Visible) {
    let p = &mut state.planner;
    p.form.reveal(v.form, crate::tui::app::planner::FORM.len());
    if p.focus != crate::tui::app::PlannerPane::Form && p.results.is_none() {
        p.focus = crate::tui::app::PlannerPane::Form;
    }
    if v.steps_width == 0 {
        return;
    }
    let Some(route) = state.planner.results.as_ref().and_then(|r| r.route()) else {
        return;
    };
    let lines = views::planner::steps::lines(state, route, v.steps_width);
    let Some(r) = state.planner.results.as_mut() else {
        return;
    };
    // The step selected shows whole when it can, from its first line.
    let first = lines.iter().position(|(s, _)| *s == r.step).unwrap_or(0);
    let last = lines
        .iter()
        .rposition(|(s, _)| *s == r.step)
        .unwrap_or(first);
    if first < r.steps_scroll {
        r.steps_scroll = first;
    } else if last >= r.steps_scroll + v.steps {
        r.steps_scroll = (last + 1).saturating_sub(v.steps).min(first);
    }
    r.steps_scroll = r.steps_scroll.min(lines.len().saturating_sub(v.steps));
}
