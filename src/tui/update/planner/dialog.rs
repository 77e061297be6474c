//! A dialog: typing into its fields, moving between them, confirming or
//! closing. What confirming does depends on the dialog; a failure stays
//! in the dialog, said, so that nothing typed is lost.

use crate::tui::action::Action;
use crate::tui::app::planner::{DialogKind, draft};
use crate::tui::app::{AppState, Popup};

use super::plans;

pub fn dialog(state: &mut AppState, action: Action) {
    let Some(d) = state.planner.dialog.as_mut() else {
        state.popups.pop();
        return;
    };
    match action {
        Action::ClosePopup => close(state),
        Action::InsertChar(c) => {
            if let Some(value) = d.value_mut() {
                value.push(c);
                d.error = None;
            }
        }
        Action::DeleteChar => {
            if let Some(value) = d.value_mut() {
                value.pop();
                d.error = None;
            }
        }
        Action::NextField => d.move_focus(1),
        Action::PrevField => d.move_focus(-1),
        Action::Confirm => confirm(state),
        _ => {}
    }
}

/// Does what the dialog is for; closes it when done, else says why not.
fn confirm(state: &mut AppState) {
    let Some(d) = state.planner.dialog.clone() else {
        return;
    };
    let value = |i: usize| d.values.get(i).map_or("", String::as_str).trim().to_owned();
    let done = match &d.kind {
        DialogKind::StartDate => match draft::parse_date(&value(0)) {
            Some(date) => {
                state.planner.draft.start_date = date;
                Ok(())
            }
            None => Err(state.strings.planner.bad_date.to_owned()),
        },
        DialogKind::Save => plans::save(state, &value(0), &value(1), &d.values[2]),
        DialogKind::Rename { old } => plans::rename(state, old, &value(0)),
        DialogKind::Export { plan } => super::export::export(state, plan, &value(0)),
        DialogKind::Delete { plan } => plans::delete(state, plan),
    };
    match done {
        Ok(()) => close(state),
        Err(e) => {
            if let Some(d) = state.planner.dialog.as_mut() {
                d.error = Some(e);
            }
        }
    }
}

/// Closes the dialog.
pub fn close(state: &mut AppState) {
    state.planner.dialog = None;
    if state.popups.last() == Some(&Popup::Dialog) {
        state.popups.pop();
    }
}
