//! The picker: typing narrows the list, moving selects, Tab ticks, the
//! arrows change the kind of goal, Enter chooses.

use crate::tui::action::Action;
use crate::tui::app::planner::{Field, PickFor};
use crate::tui::app::{AppState, Popup};
use crate::tui::update::{movement, visible};

pub fn picker(state: &mut AppState, action: Action) {
    let v = visible(state);
    let data = &state.data;
    let Some(picker) = state.planner.picker.as_mut() else {
        state.popups.pop();
        return;
    };
    match action {
        Action::ClosePopup => close(state),
        Action::InsertChar(c) => {
            picker.query.push(c);
            picker.research(data);
        }
        Action::DeleteChar => {
            if picker.query.pop().is_some() {
                picker.research(data);
            }
        }
        Action::ToggleMark if picker.purpose.multi() => picker.toggle(),
        Action::PrevValue | Action::NextValue => {
            let step = if action == Action::NextValue { 1 } else { -1 };
            let kind = picker.other_kind(step);
            if kind != picker.kind {
                picker.set_kind(data, state.strings, kind);
            }
        }
        Action::Choose => {
            let purpose = picker.purpose;
            if picker.apply(data, &mut state.planner.draft) {
                close(state);
                // On to what usually comes next.
                let next = match purpose {
                    PickFor::From | PickFor::Holding if state.planner.draft.target.is_none() => {
                        Some(Field::Target)
                    }
                    PickFor::From | PickFor::Holding | PickFor::Target => Some(Field::Run),
                    _ => None,
                };
                if let Some(field) = next {
                    state.planner.select_field(field);
                }
            }
        }
        _ => {
            if let Some(delta) = movement(action, v.popup, picker.shown.len()) {
                picker.cursor.shift(delta, picker.shown.len());
            }
        }
    }
}

/// Closes the picker; the draft keeps what it had.
fn close(state: &mut AppState) {
    state.planner.picker = None;
    if state.popups.last() == Some(&Popup::Picker) {
        state.popups.pop();
    }
}
