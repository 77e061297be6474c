//! The keys of the other windows of editing: the chooser, the question
//! before deleting, the question before quitting, the conflict screen,
//! a line to type a path in, and an error to read.

use std::path::PathBuf;

use crate::edit::Target;
use crate::tui::action::Action;
use crate::tui::app::AppState;
use crate::tui::app::cursor::round;
use crate::tui::app::edit::draft::Draft;
use crate::tui::app::edit::form::Into;
use crate::tui::app::edit::overlay::{
    ChooseFor, ConflictChoice, ITEM_KINDS, InputFor, InputState, Overlay, QuitChoice,
};
use crate::tui::app::edit::session::{DocOp, EditOp, ItemRef, Task, Then};
use crate::tui::layout;
use crate::tui::update::movement;

use super::ops::{ask, pop, push};
use super::{form, keys};

/// An action with a window of editing on top.
pub fn handle(state: &mut AppState, action: Action) {
    match state.edit.session.overlays.last() {
        Some(Overlay::Form(_)) => form::handle(state, action),
        Some(Overlay::Chooser(_)) => chooser(state, action),
        Some(Overlay::Delete { .. }) => delete(state, action),
        Some(Overlay::Quit { .. }) => quit(state, action),
        Some(Overlay::Conflict(_)) => conflict(state, action),
        Some(Overlay::Input(_)) => input(state, action),
        Some(Overlay::Error(_)) => {
            if matches!(action, Action::Confirm | Action::ClosePopup) {
                pop(state);
            } else if action == Action::Quit {
                keys::quit(state);
            }
        }
        None => super::ops::show_overlays(state),
    }
}

fn chooser(state: &mut AppState, action: Action) {
    let area = state.area;
    let data = std::sync::Arc::clone(&state.data);
    let Some(Overlay::Chooser(c)) = state.edit.session.overlays.last_mut() else {
        return;
    };
    let kinds = c.has_kinds();
    let len = c.rows();
    match action {
        Action::ClosePopup => pop(state),
        Action::Quit => keys::quit(state),
        Action::InsertChar(ch) => {
            c.query.push(ch);
            c.research();
        }
        Action::DeleteChar => {
            if c.query.pop().is_some() {
                c.research();
            }
        }
        Action::ToggleMark if c.multi => c.toggle(),
        Action::PrevValue | Action::NextValue if kinds => {
            let step = if action == Action::NextValue { 1 } else { -1 };
            let kind = round(&ITEM_KINDS, c.kind, step);
            c.set_kind(&data, kind);
        }
        Action::Choose => {
            let purpose = c.purpose;
            let kind = c.kind;
            let new = kinds && c.cursor.selected >= c.shown.len();
            let chosen = c.chosen();
            if chosen.is_empty() && !new {
                return;
            }
            pop(state);
            match purpose {
                ChooseFor::Field(row) => {
                    if let Some(form) = state.edit.session.top_form() {
                        form.set_value(row, chosen.join(", "));
                        form::commit(state);
                    }
                }
                ChooseFor::Edit if new => {
                    ask(state, Task::Then(Then::New(Box::new(Draft::empty(kind)))));
                }
                ChooseFor::Edit => ask(
                    state,
                    Task::Then(Then::Form(ItemRef::Id(kind, chosen[0].clone()))),
                ),
                ChooseFor::LinkTo => {
                    if let Some(draft) = keys::new_link(state, &chosen[0]) {
                        ask(state, Task::Then(Then::New(Box::new(draft))));
                    }
                }
            }
        }
        _ => {
            let height = usize::from(layout::edit::chooser_list(area, kinds).height);
            if let Some(delta) = movement(action, height, len) {
                c.cursor.shift(delta, len);
                c.cursor.reveal(height, len);
            }
        }
    }
}

fn delete(state: &mut AppState, action: Action) {
    let Some(Overlay::Delete { item, .. }) = state.edit.session.overlays.last() else {
        return;
    };
    let item = item.clone();
    match action {
        Action::Confirm => {
            pop(state);
            ask(
                state,
                Task::Op(DocOp::Edit {
                    op: Box::new(EditOp::Delete {
                        item,
                        cascade: true,
                    }),
                    check: false,
                }),
            );
        }
        Action::ClosePopup => pop(state),
        Action::Quit => keys::quit(state),
        _ => {}
    }
}

/// A menu's cursor moved by an action, or the choice a letter typed
/// names (its first letter in the interface's language).
fn menu(cursor: &mut usize, len: usize, action: Action, letters: &[char]) -> Option<usize> {
    match action {
        Action::SelectNext | Action::NextValue => *cursor = (*cursor + 1).min(len - 1),
        Action::SelectPrev | Action::PrevValue => *cursor = cursor.saturating_sub(1),
        Action::SelectFirst | Action::PageUp => *cursor = 0,
        Action::SelectLast | Action::PageDown => *cursor = len - 1,
        Action::Choose => return Some(*cursor),
        Action::InsertChar(c) => {
            let c = c.to_lowercase().next().unwrap_or(c);
            if let Some(at) = letters.iter().position(|l| *l == c) {
                *cursor = at;
                return Some(at);
            }
        }
        _ => {}
    }
    None
}

fn quit(state: &mut AppState, action: Action) {
    let letters = state.strings.edit.quit_letters;
    let Some(Overlay::Quit { cursor }) = state.edit.session.overlays.last_mut() else {
        return;
    };
    if matches!(action, Action::ClosePopup | Action::Quit) {
        pop(state);
        return;
    }
    let Some(at) = menu(cursor, QuitChoice::ALL.len(), action, &letters) else {
        return;
    };
    pop(state);
    match QuitChoice::ALL[at] {
        QuitChoice::Save => {
            state.edit.session.quit_after_save = true;
            ask(state, Task::Op(DocOp::Save));
        }
        QuitChoice::Discard => state.quit = true,
        QuitChoice::Stay => {}
    }
}

fn conflict(state: &mut AppState, action: Action) {
    let letters = state.strings.edit.conflict_letters;
    let Some(Overlay::Conflict(c)) = state.edit.session.overlays.last_mut() else {
        return;
    };
    if c.confirm {
        // "Reload and lose the edits to these files?"
        match action {
            Action::Confirm => {
                let files = c.files.iter().map(|(f, ..)| *f).collect();
                c.confirm = false;
                ask(state, Task::Op(DocOp::Revert(files)));
            }
            Action::ClosePopup => c.confirm = false,
            Action::Quit => keys::quit(state),
            _ => {}
        }
        return;
    }
    if action == Action::ClosePopup {
        pop(state);
        return;
    }
    if action == Action::Quit {
        keys::quit(state);
        return;
    }
    let Some(at) = menu(&mut c.cursor, ConflictChoice::ALL.len(), action, &letters) else {
        return;
    };
    match ConflictChoice::ALL[at] {
        ConflictChoice::Reload => c.confirm = true,
        ConflictChoice::SaveAs => {
            // The first file whose version is not yet written elsewhere.
            let next = c
                .files
                .iter()
                .find(|(f, ..)| !c.saved.iter().any(|(s, _)| s == f))
                .or(c.files.first());
            let Some((file, name, _)) = next.cloned() else {
                return;
            };
            // Beside the file, under a name the catalogue does not read.
            let beside = match &state.edit.root {
                Some(root) if root.is_dir() => root.join(format!("{name}.mine")),
                Some(root) => root.with_file_name(format!("{name}.mine")),
                None => PathBuf::from(format!("{name}.mine")),
            };
            push(
                state,
                Overlay::Input(InputState {
                    purpose: InputFor::SaveAs(file),
                    text: beside.display().to_string(),
                    error: None,
                }),
            );
        }
        ConflictChoice::Stay => pop(state),
    }
}

fn input(state: &mut AppState, action: Action) {
    let Some(Overlay::Input(i)) = state.edit.session.overlays.last_mut() else {
        return;
    };
    match action {
        Action::InsertChar(c) => i.text.push(c),
        Action::DeleteChar => {
            i.text.pop();
        }
        Action::ClosePopup => {
            if i.purpose == InputFor::Init {
                // Not written: the edits asked for wait no more.
                state.edit.session.queue.clear();
            }
            pop(state);
        }
        Action::Quit => keys::quit(state),
        Action::Confirm => {
            let text = i.text.trim().to_owned();
            if text.is_empty() {
                return;
            }
            let path = PathBuf::from(&text);
            match i.purpose.clone() {
                InputFor::SaveAs(file) => ask(state, Task::Op(DocOp::SaveAs(file, path))),
                InputFor::Init => {
                    i.error = None;
                    state
                        .edit
                        .session
                        .queue
                        .push_front(Task::Op(DocOp::Init(path)));
                    super::ops::pump(state);
                }
                InputFor::NewFile => {
                    pop(state);
                    if let Some(form) = state.edit.session.top_form() {
                        form.into = Into {
                            target: Target::NewFile(path),
                            name: Some(text),
                        };
                    }
                }
            }
        }
        _ => {}
    }
}
