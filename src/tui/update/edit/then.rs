//! What waits for the document to be back: opening an item's form, a new
//! item's, or the question before deleting one.

use crate::tui::app::AppState;
use crate::tui::app::edit::Notice;
use crate::tui::app::edit::form::FormState;
use crate::tui::app::edit::overlay::Overlay;
use crate::tui::app::edit::session::{DocSlot, ItemRef, Then};

use super::ops::push;

/// Does what waited for the document.
pub fn run(state: &mut AppState, then: Then) {
    match then {
        Then::Form(item) => match found(state, &item) {
            Some(record) => push(state, Overlay::Form(Box::new(FormState::existing(record)))),
            None => gone(state, &item),
        },
        Then::New(draft) => push(state, Overlay::Form(Box::new(FormState::new_of(*draft)))),
        Then::AskDelete(item) => {
            let DocSlot::Open(doc) = &state.edit.session.doc else {
                return;
            };
            match item.find(doc) {
                Some(at) => {
                    let referrers = doc.referrers(at);
                    push(
                        state,
                        Overlay::Delete {
                            item,
                            referrers,
                            scroll: 0,
                        },
                    );
                }
                None => gone(state, &item),
            }
        }
    }
}

/// The item as the document holds it.
fn found(state: &AppState, item: &ItemRef) -> Option<crate::edit::Record> {
    let DocSlot::Open(doc) = &state.edit.session.doc else {
        return None;
    };
    doc.record(item.find(doc)?)
}

fn gone(state: &mut AppState, item: &ItemRef) {
    state.edit.notice = Some(Notice::Gone(item.kind(), item.name()));
}
