//! The work on the document, in order: each piece waits in the session's
//! queue until the document is back from the worker, then goes to it (or,
//! until jobs are deferred, is done at once). What comes back is shown by
//! [`super::outcome`].

use std::sync::Arc;

use crate::tui::app::edit::overlay::{InputFor, InputState, Overlay};
use crate::tui::app::edit::session::{DocOp, DocSlot, Task};
use crate::tui::app::{AppState, Popup};
use crate::tui::jobs::doc::{DocAnswer, DocJob};

/// Asks for a piece of work, after what is already asked.
pub fn ask(state: &mut AppState, task: Task) {
    state.edit.session.queue.push_back(task);
    pump(state);
}

/// Hands the waiting work over while the document is here: what needs
/// the document open opens it first (the sample, read-only, asks first
/// where to write it as files).
pub fn pump(state: &mut AppState) {
    loop {
        let session = &state.edit.session;
        if session.is_away() {
            return;
        }
        let Some(task) = session.queue.front().cloned() else {
            return;
        };
        let opens = matches!(task, Task::Op(DocOp::Open(_) | DocOp::Init(_)));
        if matches!(session.doc, DocSlot::Closed) && !opens {
            let Some(root) = state.edit.root.clone() else {
                ask_init(state);
                return;
            };
            state
                .edit
                .session
                .queue
                .push_front(Task::Op(DocOp::Open(root)));
            continue;
        }
        state.edit.session.queue.pop_front();
        match task {
            Task::Then(then) => super::then::run(state, then),
            Task::Op(op) => submit(state, op),
        }
    }
}

/// The sample cannot be edited: asks where to write it as files (what
/// `parcours init` does), the work waiting until then.
fn ask_init(state: &mut AppState) {
    let session = &mut state.edit.session;
    let asking = session
        .overlays
        .iter()
        .any(|o| matches!(o, Overlay::Input(i) if i.purpose == InputFor::Init));
    if !asking {
        let text = state
            .edit
            .init_dir
            .as_ref()
            .map(|d| d.display().to_string())
            .unwrap_or_default();
        session.overlays.push(Overlay::Input(InputState {
            purpose: InputFor::Init,
            text,
            error: None,
        }));
        show_overlays(state);
    }
}

/// Makes sure the windows of editing show (their popup on top).
pub fn show_overlays(state: &mut AppState) {
    if state.edit.session.overlays.is_empty() {
        state.popups.retain(|p| *p != Popup::Edit);
    } else if state.popups.last() != Some(&Popup::Edit) {
        state.popups.retain(|p| *p != Popup::Edit);
        state.popups.push(Popup::Edit);
    }
}

/// Sends the document to work (or works on it at once).
fn submit(state: &mut AppState, op: DocOp) {
    let doc = match std::mem::replace(&mut state.edit.session.doc, DocSlot::Away) {
        DocSlot::Open(doc) => Some(doc),
        DocSlot::Closed | DocSlot::Away => None,
    };
    let name = state.data.name.clone();
    let id = state.jobs.doc_id();
    let job = DocJob {
        id,
        doc,
        op,
        current: Arc::clone(&state.data),
        name,
    };
    if state.jobs.is_deferred() {
        state.jobs.push_doc(job);
        if let Some(form) = state.edit.session.form_mut() {
            form.checking = true;
        }
    } else {
        let answer = job.run();
        done(state, answer);
    }
}

/// The document is back with what the work gave: it is shown, and the
/// work waiting goes on.
pub fn done(state: &mut AppState, answer: DocAnswer) {
    if state.jobs.doc == Some(answer.id) {
        state.jobs.doc = None;
    }
    let DocAnswer {
        doc,
        outcome,
        ready,
        status,
        ..
    } = answer;
    state.edit.session.doc = doc.map_or(DocSlot::Closed, DocSlot::Open);
    state.edit.session.status = status;
    if let Some(form) = state.edit.session.form_mut() {
        form.checking = false;
    }
    if let Some(ready) = ready {
        super::super::edit::replace(state, *ready);
        state.edit.notice = None;
    }
    super::outcome::show(state, outcome);
    show_overlays(state);
    pump(state);
    // A new catalogue moves what is selected: its lists scroll to it.
    super::super::settle(state);
}

/// Opens a form (or another window of editing) on top.
pub fn push(state: &mut AppState, overlay: Overlay) {
    state.edit.session.overlays.push(overlay);
    show_overlays(state);
}

/// Closes the window of editing on top.
pub fn pop(state: &mut AppState) {
    state.edit.session.overlays.pop();
    show_overlays(state);
}
