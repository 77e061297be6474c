//! Showing what the work on the document gave: the form's messages, a
//! notice, the conflict screen, the error of a save, the edits kept.

use crate::edit::{Action as Did, Record, Refusal, SaveError};
use crate::tui::app::AppState;
use crate::tui::app::edit::Notice;
use crate::tui::app::edit::draft::Draft;
use crate::tui::app::edit::form::{FormState, Said};
use crate::tui::app::edit::overlay::{ConflictState, InputFor, Overlay};
use crate::tui::app::edit::session::{DocSlot, EditOp, ItemRef};
use crate::tui::jobs::doc::{DocOutcome, Edited, OpenFailed};

use super::ops::{pop, push};

/// A message of the library with the catalogue's directory left out of
/// its paths: `cannot write afpa.json: …`, as the files are named on
/// screen.
fn short(state: &AppState, message: &str) -> String {
    match &state.edit.root {
        Some(root) if root.is_dir() => {
            let mut dir = root.display().to_string();
            if !dir.ends_with('/') {
                dir.push('/');
            }
            message.replace(&dir, "")
        }
        _ => message.to_owned(),
    }
}

/// Shows an error, the edits kept.
fn error(state: &mut AppState, message: &str) {
    let message = short(state, message);
    push(state, Overlay::Error(message));
}

/// Shows an outcome.
pub fn show(state: &mut AppState, outcome: DocOutcome) {
    match outcome {
        DocOutcome::Opened(Ok(())) => {}
        DocOutcome::Opened(Err(OpenFailed::Sample)) => {
            // Asked again by the work waiting: where to write the sample.
            state.edit.root = None;
        }
        DocOutcome::Opened(Err(OpenFailed::Other(why))) => {
            state.edit.session.queue.clear();
            error(state, &why);
        }
        DocOutcome::Inited(Ok(dir)) => {
            close_input(state, &InputFor::Init);
            state.edit.root = Some(dir.clone());
            state.edit.asks.rewatch = true;
            state.edit.notice = Some(Notice::Inited(dir.display().to_string()));
        }
        DocOutcome::Inited(Err(why)) => {
            // The work waits for another directory, or is dropped on Esc.
            if let Some(Overlay::Input(input)) = state.edit.session.overlays.last_mut() {
                input.error = Some(why);
            }
        }
        DocOutcome::Edited { op, check, result } => edited(state, &op, check, result),
        DocOutcome::Undone(result) => undone(state, result, true),
        DocOutcome::Redone(result) => undone(state, result, false),
        DocOutcome::Saved { result, conflicts } => saved(state, result, conflicts),
        DocOutcome::SavedAs(Ok((file, path))) => {
            if let Some(Overlay::Input(_)) = state.edit.session.overlays.last() {
                pop(state);
            }
            // The conflict stays (the file on disk is still another's):
            // reload, or keep editing, is still to choose.
            if let Some(Overlay::Conflict(c)) = state.edit.session.overlays.last_mut() {
                c.saved.push((file, path.display().to_string()));
            }
            state.edit.notice = Some(Notice::SavedAs(path.display().to_string()));
        }
        DocOutcome::SavedAs(Err(e)) => {
            let message = short(state, &e.to_string());
            if let Some(Overlay::Input(input)) = state.edit.session.overlays.last_mut() {
                input.error = Some(message);
            }
        }
        DocOutcome::Reverted(Ok(())) => {
            let names = match state.edit.session.overlays.last() {
                Some(Overlay::Conflict(c)) => c.files.iter().map(|(_, n, _)| n.clone()).collect(),
                _ => Vec::new(),
            };
            if let Some(Overlay::Conflict(_)) = state.edit.session.overlays.last() {
                pop(state);
            }
            refresh_forms(state);
            state.edit.notice = Some(Notice::Reverted(names));
        }
        DocOutcome::Reverted(Err(refusal)) => error(state, &refusal.to_string()),
        DocOutcome::Synced {
            reverted,
            conflicts,
            refused,
        } => {
            if !reverted.is_empty() {
                refresh_forms(state);
                state.edit.notice = Some(Notice::Reverted(reverted));
            }
            if let Some(refusal) = refused {
                if state.edit.session.is_dirty() {
                    error(state, &refusal.to_string());
                } else {
                    // The files on disk do not load. The document held no
                    // unsaved edit: it closes, and the files load as when
                    // edited by hand, their errors in the panel over the
                    // last good catalogue.
                    state.edit.session.doc = DocSlot::Closed;
                    state.edit.session.status = crate::tui::app::edit::session::Status::default();
                    state.edit.asks.reload = true;
                }
            }
            if !conflicts.is_empty() {
                conflict(state, conflicts);
            }
        }
    }
}

/// Shows the conflict screen for these files (in place of one shown).
pub fn conflict(
    state: &mut AppState,
    files: Vec<(crate::edit::FileId, String, crate::edit::Conflict)>,
) {
    let overlays = &mut state.edit.session.overlays;
    overlays.retain(|o| !matches!(o, Overlay::Conflict(_)));
    push(
        state,
        Overlay::Conflict(ConflictState {
            files,
            saved: Vec::new(),
            cursor: 0,
            confirm: false,
        }),
    );
}

fn close_input(state: &mut AppState, purpose: &InputFor) {
    state
        .edit
        .session
        .overlays
        .retain(|o| !matches!(o, Overlay::Input(i) if i.purpose == *purpose));
}

/// An edit made, checked or refused.
fn edited(state: &mut AppState, op: &EditOp, check: bool, result: Result<Box<Edited>, Refusal>) {
    let mine = |form: &FormState| match op {
        EditOp::Create { .. } => form.is_new(),
        EditOp::Change { item, .. } => form.item.as_ref() == Some(item),
        EditOp::Delete { .. } => false,
    };
    match result {
        Ok(done) => {
            if let Some(applied) = &done.applied {
                if applied.recorded {
                    state.edit.notice = Some(Notice::Edited(applied.summary.clone()));
                }
                if applied.summary.action == Did::Delete {
                    close_forms_of(state, op);
                }
            }
            if let Some(form) = state.edit.session.form_mut().filter(|f| mine(f)) {
                form.clear_said();
                match done.record {
                    Some(record) => {
                        // Now an item of the document, as it holds it.
                        form.draft = Draft::of(&record);
                        form.item = Some(ItemRef::of(&record));
                        form.base = Some(record);
                        clamp(form);
                    }
                    None => form.ready = check,
                }
            }
            if let (false, EditOp::Create { record, .. }) = (check, op) {
                select_new(state, record);
            }
        }
        Err(refusal) => {
            let problems = refusal_said(state, op, &refusal);
            match state.edit.session.form_mut().filter(|f| mine(f)) {
                Some(form) => {
                    form.clear_said();
                    for (field, said) in problems {
                        form.say(field.as_deref(), said);
                    }
                }
                None => {
                    state.edit.notice = Some(Notice::Refused(short(state, &refusal.to_string())));
                }
            }
        }
    }
}

/// What a refusal says, field by field: the loader's problems in the item
/// edited beside their field, those in other items named with them.
fn refusal_said(state: &AppState, op: &EditOp, refusal: &Refusal) -> Vec<(Option<String>, Said)> {
    let DocSlot::Open(doc) = &state.edit.session.doc else {
        return vec![(None, Said::Refused(refusal.to_string()))];
    };
    let here = match op {
        EditOp::Change { item, .. } | EditOp::Delete { item, .. } => item.find(doc),
        EditOp::Create { .. } => None,
    };
    match refusal {
        Refusal::Invalid(problems) => problems
            .iter()
            .map(|p| {
                let message = p.diagnostic.message.clone();
                let elsewhere = here.is_some() && p.at.is_some() && p.at != here;
                if elsewhere {
                    let name =
                        p.at.and_then(|at| doc.record(at))
                            .map(|r| format!("{} {}", r.kind(), r.name()))
                            .unwrap_or_default();
                    (None, Said::Loader(format!("{name}: {message}")))
                } else {
                    (p.field.clone(), Said::Loader(message))
                }
            })
            .collect(),
        other => vec![(None, Said::Refused(other.to_string()))],
    }
}

/// Keeps a form's cursor on its rows after its fields changed.
fn clamp(form: &mut FormState) {
    let len = form.rows().len();
    form.cursor.selected = form.cursor.selected.min(len.saturating_sub(1));
}

/// A new offer is selected in the catalogue.
fn select_new(state: &mut AppState, record: &Record) {
    if let Record::Offer(o) = record
        && let Some(ix) = state.data.cat.lookup.offer(&o.id)
    {
        state.catalogue.open(&state.data, ix);
    }
}

/// Closes the forms of a deleted item.
fn close_forms_of(state: &mut AppState, op: &EditOp) {
    if let EditOp::Delete { item, .. } = op {
        state
            .edit
            .session
            .overlays
            .retain(|o| !matches!(o, Overlay::Form(f) if f.item.as_ref() == Some(item)));
    }
}

/// After undo or redo: the forms show their items as they are now.
fn undone(state: &mut AppState, result: Result<Option<crate::edit::Summary>, Refusal>, undo: bool) {
    state.edit.notice = Some(match result {
        Ok(Some(summary)) => {
            refresh_forms(state);
            if undo {
                Notice::Undone(summary)
            } else {
                Notice::Redone(summary)
            }
        }
        Ok(None) if undo => Notice::NothingToUndo,
        Ok(None) => Notice::NothingToRedo,
        Err(refusal) => Notice::Refused(short(state, &refusal.to_string())),
    });
}

/// The forms show their items as the document now holds them; a form
/// whose item went is closed.
pub fn refresh_forms(state: &mut AppState) {
    let DocSlot::Open(doc) = &state.edit.session.doc else {
        return;
    };
    let mut gone = None;
    for overlay in &mut state.edit.session.overlays {
        let Overlay::Form(form) = overlay else {
            continue;
        };
        let Some(item) = form.item.clone() else {
            continue;
        };
        match item.find(doc).and_then(|at| doc.record(at)) {
            Some(record) => {
                if form.base.as_ref() != Some(&record) {
                    form.draft = Draft::of(&record);
                    form.base = Some(record);
                    form.line = None;
                    form.clear_said();
                    clamp(form);
                }
            }
            None => gone = Some(item),
        }
    }
    if let Some(item) = gone {
        state
            .edit
            .session
            .overlays
            .retain(|o| !matches!(o, Overlay::Form(f) if f.item.as_ref() == Some(&item)));
        state.edit.notice = Some(Notice::Gone(item.kind(), item.name()));
    }
}

/// A save's outcome: written, or the files in conflict to show, or an
/// error.
fn saved(
    state: &mut AppState,
    result: Result<usize, SaveError>,
    conflicts: Vec<(crate::edit::FileId, String, crate::edit::Conflict)>,
) {
    let quit = std::mem::take(&mut state.edit.session.quit_after_save);
    match result {
        Ok(n) => {
            state.edit.notice = Some(Notice::Saved(n));
            if quit {
                state.quit = true;
            }
        }
        Err(SaveError::Conflict { .. }) => conflict(state, conflicts),
        Err(e) => error(state, &e.to_string()),
    }
}
