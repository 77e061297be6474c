//! Actions on the map view: moving along its list of places (or the
//! pathway's steps), the graph of a step, and with the mouse, choosing a
//! place on the map.

use ratatui::layout::Position;

use crate::tui::action::Action;
use crate::tui::app::{AppState, MapState, Picture, Screen};
use crate::tui::layout;
use crate::tui::views::map::geometry;

use super::graph::{common, offer_in_view, open_on};
use super::movement;

/// `ShowMap` from a screen: the planner's pathway selected when it has
/// one, else the offer the screen is about (or none).
pub fn open(state: &mut AppState) {
    let route = match state.screen {
        Screen::Planner => state.planner.results.as_ref().and_then(|r| r.route()),
        Screen::Catalogue | Screen::Bodies => None,
    };
    let m = match route {
        Some(route) => MapState::of_route(&state.data, route),
        None => MapState::of_offer(&state.data, offer_in_view(state)),
    };
    state.pictures.retain(|p| !matches!(p, Picture::Map(_)));
    state.pictures.push(Picture::Map(m));
}

/// How many rows the list shows (or would, for a narrow screen's list
/// that shows only its line selected).
fn page(state: &AppState) -> usize {
    layout::app(state.area)
        .and_then(|app| geometry::map(app.body).list)
        .map_or(1, |list| usize::from(geometry::list_rows(list).height))
        .max(1)
}

pub fn handle(state: &mut AppState, action: Action) {
    let page = page(state);
    let Some(Picture::Map(m)) = state.pictures.last_mut() else {
        return;
    };
    let len = m.len();
    if let Some(delta) = movement(action, page, len) {
        m.cursor.shift(delta, len);
        m.cursor.reveal(page, len);
    } else {
        let selected = m.selected_offer();
        if action == Action::FollowLink {
            // Enter: the graph of the step (or offer) selected.
            open_on(state, selected);
        } else {
            common(state, action, selected);
        }
    }
}

/// A click on a marker or a row of the list selects its place or step;
/// the wheel moves along the list.
pub fn mouse(state: &mut AppState, action: Action) {
    let Some(app) = layout::app(state.area) else {
        return;
    };
    if let Action::Click { column, row } = action
        && !app.body.contains(Position::new(column, row))
    {
        // The tabs and the header: as without the picture.
        state.pictures.clear();
        super::mouse::handle(state, action);
        return;
    }
    let l = geometry::map(app.body);
    let page = page(state);
    let Some(Picture::Map(m)) = state.pictures.last_mut() else {
        return;
    };
    let len = m.len();
    let (column, row) = match action {
        Action::ScrollDown { .. } | Action::ScrollUp { .. } => {
            let delta = if matches!(action, Action::ScrollDown { .. }) {
                3
            } else {
                -3
            };
            m.cursor.shift(delta, len);
            m.cursor.reveal(page, len);
            return;
        }
        Action::Click { column, row } => (column, row),
        _ => return,
    };
    let at = Position::new(column, row);
    if l.canvas.contains(at) {
        let markers = geometry::markers(&m.places, l.canvas);
        if let Some(marker) = geometry::marker_at(&markers, column, row) {
            let place = marker.places[0];
            m.select_place(place);
            m.cursor.reveal(page, len);
        }
    } else if let Some(rows) = l.list.map(geometry::list_rows).filter(|r| r.contains(at)) {
        let mut cursor = m.cursor;
        cursor.reveal(page, len);
        let i = cursor.offset + usize::from(row - rows.y);
        if i < len {
            m.cursor = cursor;
            m.cursor.selected = i;
        }
    }
}
