//! The mouse: a click selects a row, focuses a pane or switches tab; the
//! wheel scrolls the pane under the pointer. Where things are comes from
//! the layout functions the views draw with.

use ratatui::layout::{Position, Rect};

use crate::tui::action::Action;
use crate::tui::app::rows::Row;
use crate::tui::app::{AppState, BodiesPane, Cursor, Pane, Popup, Screen};
use crate::tui::layout;
use crate::tui::text::width;

use super::{bodies, catalogue, planner, popups, show};

/// Rows moved by one turn of the wheel.
const WHEEL: isize = 3;

pub fn handle(state: &mut AppState, action: Action) {
    let (column, row, wheel) = match action {
        Action::Click { column, row } => (column, row, 0),
        Action::ScrollUp { column, row } => (column, row, -WHEEL),
        Action::ScrollDown { column, row } => (column, row, WHEEL),
        _ => return,
    };
    let at = Position::new(column, row);
    let Some(app) = layout::app(state.area) else {
        return;
    };
    if let Some(popup) = state.popups.last().copied() {
        on_popup(state, popup, at, wheel);
        return;
    }
    if wheel == 0 && app.tabs.contains(at) {
        let widths: Vec<u16> = state
            .strings
            .tabs
            .iter()
            .map(|t| u16::try_from(width(t)).unwrap_or(u16::MAX))
            .collect();
        if let Some(i) = layout::tabs(app.tabs, &widths)
            .iter()
            .position(|r| r.contains(at))
        {
            show(state, Screen::ALL[i]);
        }
        return;
    }
    match state.screen {
        Screen::Catalogue => on_catalogue(state, app.body, at, wheel),
        Screen::Bodies => on_bodies(state, app.body, at, wheel),
        Screen::Planner => on_planner(state, app.body, at, wheel),
    }
}

/// The planner: a click focuses a pane and selects the line of the form
/// or the pathway under it; the wheel moves as the arrows do.
fn on_planner(state: &mut AppState, body: Rect, at: Position, wheel: isize) {
    use crate::tui::app::PlannerPane;
    use crate::tui::app::planner::FORM;
    let l = layout::planner(body, layout::planner_shape(&state.planner));
    let pane = [
        (l.form, PlannerPane::Form),
        (l.alternatives, PlannerPane::Alternatives),
        (l.steps, PlannerPane::Steps),
        (l.timeline, PlannerPane::Timeline),
    ]
    .into_iter()
    .find_map(|(r, p)| r.filter(|r| r.contains(at)).map(|r| (r, p)));
    let Some((area, pane)) = pane else {
        return;
    };
    if pane != PlannerPane::Form && state.planner.results.is_none() {
        return;
    }
    planner::focus(state, pane);
    if wheel != 0 {
        let action = if wheel > 0 {
            Action::SelectNext
        } else {
            Action::SelectPrev
        };
        for _ in 0..WHEEL {
            planner::handle(state, action);
        }
        return;
    }
    let inside = layout::inner(area);
    let p = &mut state.planner;
    match pane {
        PlannerPane::Form => {
            if let Some(i) = row_at(inside, p.form.offset, at, FORM.len())
                && FORM[i].field().is_some()
            {
                p.form.selected = i;
            }
        }
        PlannerPane::Alternatives => {
            // Below the line of column names; the list starts at its top.
            let rows = Rect {
                y: inside.y + 1,
                height: inside.height.saturating_sub(1),
                ..inside
            };
            let split = p
                .results
                .as_ref()
                .map(|r| layout::alternatives_split(r, usize::from(inside.height)));
            if let (Some(r), Some(split)) = (p.results.as_ref(), split)
                && let Some(i) = row_at(rows, split.offset, at, r.alternatives.len())
                    .filter(|i| i - split.offset < split.rows)
            {
                planner::select_route(state, i);
            }
        }
        PlannerPane::Steps | PlannerPane::Timeline => {}
    }
}

/// Moves a list's selection: by the wheel, or to the row clicked.
fn point(cursor: &mut Cursor, rows: Rect, at: Position, wheel: isize, len: usize) {
    if wheel != 0 {
        cursor.shift(wheel, len);
    } else if let Some(i) = row_at(rows, cursor.offset, at, len) {
        cursor.selected = i;
    }
}

/// The row of a list under the pointer, if any.
fn row_at(rows: Rect, offset: usize, at: Position, len: usize) -> Option<usize> {
    rows.contains(at)
        .then(|| offset + usize::from(at.y - rows.y))
        .filter(|i| *i < len)
}

fn on_popup(state: &mut AppState, popup: Popup, at: Position, wheel: isize) {
    if popup == Popup::Edit {
        super::edit::mouse(state, at, wheel);
        return;
    }
    let area = match popup {
        Popup::Help { .. } => layout::help(state.area),
        Popup::Filters { .. } => layout::filters(state.area),
        Popup::Picker => layout::picker(state.area),
        Popup::Dialog => match &state.planner.dialog {
            Some(d) => layout::dialog(state.area, d),
            None => state.area,
        },
        Popup::Plans => layout::plans(state.area),
        Popup::Edit => return,
    };
    if !area.contains(at) {
        // A click outside closes a menu or a list; a dialog stays, so that
        // nothing typed is lost by a slip of the mouse.
        if wheel == 0 && popup != Popup::Dialog {
            state.popups.pop();
            state.planner.picker = None;
        }
        return;
    }
    if wheel != 0 {
        let action = if wheel > 0 {
            Action::SelectNext
        } else {
            Action::SelectPrev
        };
        for _ in 0..WHEEL {
            match popup {
                Popup::Help { .. } => popups::help(state, action),
                Popup::Filters { .. } => popups::filters(state, action),
                Popup::Picker => planner::picker(state, action),
                Popup::Plans => planner::plans(state, action),
                Popup::Dialog | Popup::Edit => {}
            }
        }
        return;
    }
    match popup {
        Popup::Picker => {
            let list = state
                .planner
                .picker
                .as_ref()
                .map(|p| layout::picker_list(state.area, p));
            if let (Some(list), Some(p)) = (list, state.planner.picker.as_mut())
                && let Some(i) = row_at(list, p.cursor.offset, at, p.shown.len())
            {
                p.cursor.selected = i;
                if p.purpose.multi() {
                    p.toggle();
                }
            }
            return;
        }
        Popup::Plans => {
            let rows = layout::plans_rows(state.area);
            let list = &mut state.planner.plans;
            if let Some(i) = row_at(rows, list.cursor.offset, at, list.entries.len()) {
                list.cursor.selected = i;
            }
            return;
        }
        _ => {}
    }
    if let Some(Popup::Filters { cursor }) = state.popups.last_mut() {
        let rows = &state.data.filter_rows;
        if let Some(i) = row_at(layout::inner(area), cursor.offset, at, rows.len())
            && !rows[i].is_heading()
        {
            cursor.selected = i;
            popups::filters(state, Action::ToggleFilter);
        }
    }
}

fn on_catalogue(state: &mut AppState, body: Rect, at: Position, wheel: isize) {
    let c = &state.catalogue;
    let l = layout::catalogue(body, c.side, c.focus);
    if l.list.contains(at) {
        catalogue::focus(state, Pane::List);
        let c = &mut state.catalogue;
        let len = c.shown.len();
        point(&mut c.list, layout::list_rows(l.list), at, wheel, len);
        c.sync_trail(&state.data);
    } else if l.detail.is_some_and(|d| d.contains(at)) {
        catalogue::focus(state, Pane::Detail);
        let c = &mut state.catalogue;
        c.detail_scroll = c.detail_scroll.saturating_add_signed(wheel);
    } else if let Some(links) = l.links.filter(|r| r.contains(at)) {
        catalogue::focus(state, Pane::Links);
        if wheel != 0 {
            catalogue::move_in_rows(state, wheel);
            return;
        }
        let c = &mut state.catalogue;
        let len = c.rows.len();
        let rows = layout::links_split(links).0;
        let offset = c.links_cursor().map_or(0, |k| k.offset);
        if let Some(i) = row_at(rows, offset, at, len).filter(|&i| c.rows[i].selectable())
            && let Some(cursor) = c.links_cursor()
        {
            cursor.selected = i;
        }
    }
}

fn on_bodies(state: &mut AppState, body: Rect, at: Position, wheel: isize) {
    let l = layout::bodies(body);
    let pane = [
        (l.bodies, BodiesPane::Bodies),
        (l.agreements, BodiesPane::Agreements),
        (l.detail, BodiesPane::Detail),
    ]
    .into_iter()
    .find(|(r, _)| r.contains(at));
    let Some((area, pane)) = pane else {
        return;
    };
    bodies::focus(state, pane);
    let data = &state.data;
    let b = &mut state.bodies;
    let inside = layout::inner(area);
    match pane {
        BodiesPane::Bodies => {
            point(&mut b.bodies, inside, at, wheel, data.bodies_order.len());
            b.show_body(data);
        }
        BodiesPane::Agreements => {
            let len = data.agreements_order.len();
            point(&mut b.agreements, inside, at, wheel, len);
            b.show_agreement(data);
        }
        BodiesPane::Detail => {
            if wheel != 0 {
                b.detail.selected = crate::tui::app::rows::step(&b.rows, b.detail.selected, wheel);
            } else if let Some(i) = row_at(inside, b.detail.offset, at, b.rows.len())
                .filter(|&i| b.rows.get(i).is_some_and(Row::selectable))
            {
                b.detail.selected = i;
            }
        }
    }
}
