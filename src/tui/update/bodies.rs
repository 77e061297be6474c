//! Actions on the bodies and agreements screen.

use crate::tui::action::Action;
use crate::tui::app::cursor;
use crate::tui::app::rows::{self, Target};
use crate::tui::app::{AppState, BodiesPane};

use super::{catalogue, direction, movement, visible};

pub fn handle(state: &mut AppState, action: Action) {
    let v = visible(state);
    let data = &state.data;
    let b = &mut state.bodies;
    match action {
        Action::FocusNextPane | Action::FocusPrevPane => {
            let order = [
                BodiesPane::Bodies,
                BodiesPane::Agreements,
                BodiesPane::Detail,
            ];
            let pane = cursor::round(&order, b.focus, direction(action));
            focus(state, pane);
        }
        Action::FocusDetail | Action::FocusLinks => focus(state, BodiesPane::Detail),
        Action::FollowLink => match b.focus {
            BodiesPane::Bodies | BodiesPane::Agreements => focus(state, BodiesPane::Detail),
            BodiesPane::Detail => activate(state),
        },
        _ => match b.focus {
            BodiesPane::Bodies => {
                if let Some(delta) = movement(action, v.bodies, data.bodies_order.len()) {
                    b.bodies.shift(delta, data.bodies_order.len());
                    b.show_body(data);
                }
            }
            BodiesPane::Agreements => {
                let len = data.agreements_order.len();
                if let Some(delta) = movement(action, v.agreements, len) {
                    b.agreements.shift(delta, len);
                    b.show_agreement(data);
                }
            }
            BodiesPane::Detail => {
                if let Some(delta) = movement(action, v.body_detail, b.rows.len()) {
                    b.detail.selected = rows::step(&b.rows, b.detail.selected, delta);
                }
            }
        },
    }
}

/// Gives a pane the focus; a list that takes it shows its selection.
pub fn focus(state: &mut AppState, pane: BodiesPane) {
    let b = &mut state.bodies;
    b.focus = pane;
    match pane {
        BodiesPane::Bodies => b.show_body(&state.data),
        BodiesPane::Agreements => b.show_agreement(&state.data),
        BodiesPane::Detail => {}
    }
}

/// Goes where the detail row selected leads: an offer opens in the
/// catalogue, a body or an agreement in its list.
fn activate(state: &mut AppState) {
    let b = &state.bodies;
    let target = b
        .rows
        .get(b.detail.selected)
        .filter(|r| r.selectable())
        .and_then(|r| r.target(&state.data));
    match target {
        Some(Target::Offer(offer)) => catalogue::open(state, offer),
        Some(Target::Body(body)) => {
            state.bodies.select_body(&state.data, body);
            state.bodies.focus = BodiesPane::Bodies;
        }
        Some(Target::Agreement(agreement)) => {
            state.bodies.select_agreement(&state.data, agreement);
            state.bodies.focus = BodiesPane::Agreements;
        }
        None => {}
    }
}
