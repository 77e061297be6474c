//! Actions on the catalogue screen: moving in the list, the detail and
//! the passerelles, and walking the passerelles.

use crate::tui::action::Action;
use crate::tui::app::cursor;
use crate::tui::app::rows::{self, Target};
use crate::tui::app::{AppState, Pane, Screen};

use super::{direction, movement, visible};

pub fn handle(state: &mut AppState, action: Action) {
    let v = visible(state);
    let c = &mut state.catalogue;
    match action {
        Action::FocusNextPane | Action::FocusPrevPane => {
            let order = [Pane::List, Pane::Detail, Pane::Links];
            let pane = cursor::round(&order, c.focus, direction(action));
            focus(state, pane);
        }
        Action::FocusDetail => focus(state, Pane::Detail),
        Action::FocusLinks => focus(state, Pane::Links),
        Action::FollowLink => match c.focus {
            Pane::List | Pane::Detail => focus(state, Pane::Links),
            Pane::Links => follow(state),
        },
        Action::GoBack => {
            c.back(&state.data);
        }
        Action::PlanFromOffer | Action::PlanToOffer => {
            super::planner::from_catalogue(state, action);
        }
        _ => match c.focus {
            Pane::List => {
                if let Some(delta) = movement(action, v.list, c.shown.len()) {
                    c.list.shift(delta, c.shown.len());
                    c.sync_trail(&state.data);
                }
            }
            Pane::Detail => {
                if let Some(delta) = movement(action, v.detail, usize::MAX / 4) {
                    c.detail_scroll = c.detail_scroll.saturating_add_signed(delta);
                }
            }
            Pane::Links => {
                if let Some(delta) = movement(action, v.links, c.rows.len()) {
                    move_in_rows(state, delta);
                }
            }
        },
    }
}

/// Gives a pane the focus; detail and passerelles also become the pane
/// shown beside the list.
pub fn focus(state: &mut AppState, pane: Pane) {
    let c = &mut state.catalogue;
    c.focus = pane;
    c.editing = false;
    if pane != Pane::List {
        c.side = pane;
    }
}

/// Moves the passerelle selection by `delta` selectable rows.
pub fn move_in_rows(state: &mut AppState, delta: isize) {
    let c = &mut state.catalogue;
    let rows = std::mem::take(&mut c.rows);
    if let Some(cursor) = c.links_cursor() {
        cursor.selected = rows::step(&rows, cursor.selected, delta);
    }
    c.rows = rows;
}

/// Follows the passerelle selected to its offer.
fn follow(state: &mut AppState) {
    let c = &mut state.catalogue;
    let Some(stop) = c.trail.last() else {
        return;
    };
    let target = c
        .rows
        .get(stop.links.selected)
        .and_then(|r| r.target(&state.data));
    if let Some(Target::Offer(offer)) = target {
        c.follow(&state.data, offer);
    }
}

/// Opens an offer on the catalogue screen, from another screen.
pub fn open(state: &mut AppState, offer: crate::model::OfferIx) {
    state.screen = Screen::Catalogue;
    state.catalogue.open(&state.data, offer);
    focus(state, Pane::Detail);
}
