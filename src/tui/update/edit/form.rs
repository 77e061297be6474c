//! The keys of a form: moving through its fields, typing a value on the
//! edit line, cycling a field of a few words, picking ids, adding and
//! taking out entries, creating a new item. Each value confirmed is
//! checked by the library at once (see [`commit`]).

use crate::edit::{ItemKind, Target};
use crate::tui::action::Action;
use crate::tui::app::AppState;
use crate::tui::app::cursor::round_index;
use crate::tui::app::edit::form::{FormRow, FormState, Into, Said};
use crate::tui::app::edit::overlay::{ChooseFor, ChooserState, InputFor, InputState, Overlay};
use crate::tui::app::edit::schema::{Shape, fields};
use crate::tui::app::edit::session::{DocOp, EditOp, Task};
use crate::tui::layout;
use crate::tui::update::movement;

use super::keys;
use super::ops::{ask, pop, push};

/// The rows a form shows at the terminal's size.
fn height(state: &AppState) -> usize {
    usize::from(layout::edit::form(state.area).rows.height)
}

/// An action with a form on top.
pub fn handle(state: &mut AppState, action: Action) {
    let height = height(state);
    let Some(form) = state.edit.session.top_form() else {
        return;
    };
    if form.line.is_some() {
        line(state, action);
        return;
    }
    let len = form.rows().len();
    match action {
        Action::ClosePopup => pop(state),
        Action::Quit => keys::quit(state),
        Action::Undo | Action::Redo | Action::SaveEdits => {
            keys::handle(state, action);
        }
        Action::Choose => choose(state),
        Action::NextValue => cycle(state, 1),
        Action::PrevValue => cycle(state, -1),
        Action::ClearValue => clear(state),
        _ => {
            if let Some(delta) = movement(action, height, len) {
                form.cursor.shift(delta, len);
                form.cursor.reveal(height, len);
            }
        }
    }
}

/// Whether a row's value is typed on the edit line.
fn typed(form: &FormState, row: FormRow) -> bool {
    matches!(
        form.shape(row),
        Some((
            Shape::Text | Shape::Number | Shape::Integer | Shape::Words,
            _
        ))
    )
}

/// Enter: type the value, pick it, add an entry, or create the item.
fn choose(state: &mut AppState) {
    let Some(form) = state.edit.session.top_form() else {
        return;
    };
    let Some(row) = form.row() else {
        return;
    };
    match (row, form.shape(row)) {
        (_, Some((Shape::Choice(_), _))) | (FormRow::File, _) => cycle(state, 1),
        (_, Some((Shape::Ref(kind) | Shape::Refs(kind), _))) => {
            let multi = matches!(form.shape(row), Some((Shape::Refs(_), _)));
            let value = form.value(row).to_owned();
            let ticked: Vec<&str> = value
                .split(',')
                .map(str::trim)
                .filter(|v| !v.is_empty())
                .collect();
            let mut chooser =
                ChooserState::new(&state.data, ChooseFor::Field(row), kind, multi, &ticked);
            // An offer's centre is one of its body's.
            if kind == ItemKind::Centre
                && let Some(body) = fields(form.kind)
                    .iter()
                    .position(|f| f.name == "provider")
                    .map(|i| form.draft.text(i).trim())
                    .filter(|b| !b.is_empty())
            {
                chooser = chooser.within_body(&state.data, body);
            }
            if !multi
                && let Some(at) = chooser.shown.iter().position(|&i| {
                    chooser
                        .items
                        .get(i as usize)
                        .is_some_and(|(id, ..)| *id == value)
                })
            {
                chooser.cursor.selected = at;
            }
            push(state, Overlay::Chooser(Box::new(chooser)));
        }
        (FormRow::Heading(i) | FormRow::AddEntry(i), _) => {
            form.add_entry(i);
            form.line = Some(String::new());
        }
        (FormRow::Create, _) => create(state, false),
        (row, _) if typed(form, row) => form.line = Some(form.value(row).to_owned()),
        _ => {}
    }
}

/// Left, right: the next word of a field of a few words (optional ones
/// pass by "none"), or the next file for a new item.
fn cycle(state: &mut AppState, step: isize) {
    let files = state.edit.session.status.files.clone();
    let directory = state.edit.session.status.directory;
    let Some(form) = state.edit.session.top_form() else {
        return;
    };
    let Some(row) = form.row() else {
        return;
    };
    if row == FormRow::File {
        // Its body's file, each file of the catalogue, a new file.
        let mut choices: Vec<Into> = vec![Into {
            target: Target::Home,
            name: None,
        }];
        choices.extend(files.iter().map(|(id, name)| Into {
            target: Target::File(*id),
            name: Some(name.clone()),
        }));
        let at = choices.iter().position(|c| c.target == form.into.target);
        let new_file = matches!(form.into.target, Target::NewFile(_));
        let len = choices.len() + usize::from(directory);
        let now = at.unwrap_or(if new_file { choices.len() } else { 0 });
        let next = round_index(now, step, len);
        if next < choices.len() {
            form.into = choices.swap_remove(next);
        } else {
            push(
                state,
                Overlay::Input(InputState {
                    purpose: InputFor::NewFile,
                    text: String::new(),
                    error: None,
                }),
            );
        }
        return;
    }
    let Some((Shape::Choice(words), required)) = form.shape(row) else {
        return;
    };
    let mut options: Vec<&str> = Vec::new();
    if !required {
        options.push("");
    }
    options.extend(words);
    let now = options
        .iter()
        .position(|w| *w == form.value(row))
        .unwrap_or(0);
    let next = options[round_index(now, step, options.len())].to_owned();
    form.set_value(row, next);
    commit(state);
}

/// x, Delete: empties the field, or takes the entry out.
fn clear(state: &mut AppState) {
    let Some(form) = state.edit.session.top_form() else {
        return;
    };
    match form.row() {
        Some(FormRow::Entry(i, e, _)) => form.remove_entry(i, e),
        Some(row) if form.shape(row).is_some() && !form.value(row).is_empty() => {
            form.set_value(row, String::new());
        }
        _ => return,
    }
    commit(state);
}

/// Keys while typing a value.
fn line(state: &mut AppState, action: Action) {
    let height = height(state);
    let Some(form) = state.edit.session.top_form() else {
        return;
    };
    let Some(text) = form.line.as_mut() else {
        return;
    };
    match action {
        Action::InsertChar(c) => text.push(c),
        Action::DeleteChar => {
            text.pop();
        }
        Action::ClosePopup => form.line = None,
        Action::Quit => keys::quit(state),
        Action::Confirm | Action::NextField | Action::PrevField => {
            let text = form.line.take().unwrap_or_default();
            if let Some(row) = form.row() {
                form.set_value(row, text);
            }
            let step = match action {
                Action::NextField => 1,
                Action::PrevField => -1,
                _ => 0,
            };
            if step != 0 {
                let len = form.rows().len();
                form.cursor.shift(step, len);
                form.cursor.reveal(height, len);
                if let Some(row) = form.row().filter(|r| typed(form, *r)) {
                    form.line = Some(form.value(row).to_owned());
                }
            }
            commit(state);
        }
        _ => {}
    }
}

/// Checks the form's values with the library: an item of the document
/// is changed (one step of undo) or the change refused with its
/// messages; a new item is only checked. A value that cannot be read is
/// said at once, without the library.
pub fn commit(state: &mut AppState) {
    submit(state, true);
}

/// Creates the form's new item (or, with `check`, checks it).
fn create(state: &mut AppState, check: bool) {
    submit(state, check);
}

fn submit(state: &mut AppState, check_new: bool) {
    let directory = state.edit.session.status.directory;
    let Some(form) = state.edit.session.top_form() else {
        return;
    };
    let record = match form.draft.to_record(form.base.as_ref()) {
        Ok(record) => record,
        Err(unreadable) => {
            form.clear_said();
            form.say(Some(&unreadable.field), Said::Bad(unreadable.bad));
            return;
        }
    };
    let op = if let Some(item) = &form.item {
        if form.base.as_ref() == Some(&record) {
            form.clear_said();
            return;
        }
        DocOp::Edit {
            op: Box::new(EditOp::Change {
                item: item.clone(),
                record,
            }),
            check: false,
        }
    } else {
        {
            // A new body is given a file of its own, named after it.
            let into = match (&form.into.target, &record) {
                (Target::Home, crate::edit::Record::Provider(p)) if directory => {
                    Target::NewFile(format!("{}.json", p.id).into())
                }
                (target, _) => target.clone(),
            };
            DocOp::Edit {
                op: Box::new(EditOp::Create { record, into }),
                check: check_new,
            }
        }
    };
    form.checking = true;
    ask(state, Task::Op(op));
}

/// The kind a form edits, for the other windows.
pub fn kind(state: &mut AppState) -> Option<ItemKind> {
    state.edit.session.top_form().map(|f| f.kind)
}
