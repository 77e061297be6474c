//! The interface's other threads, started once the first frame is out:
//! the reader of terminal events, loading, the workers, the watch on the
//! catalogue's files; and what they send the event loop ([`Incoming`]).

use std::sync::Arc;
use std::sync::mpsc::{Receiver, Sender};

use super::app::{AppState, CatalogueName};
use super::jobs::doc::{DocAnswer, DocWorker};
use super::jobs::startup::{self, Loaded, Startup};
use super::jobs::{Answer, Failed, Workers};
use super::{editor, watch};
use crate::load::Source;

/// What the loop waits for: terminal events, and what the other threads
/// send.
pub(super) enum Incoming {
    Terminal(std::io::Result<crossterm::event::Event>),
    Answer(Box<Answer>),
    Loaded(Loaded),
    /// A thread of the interface failed (a bug): the interface stops.
    Failed(Failed),
    /// The catalogue's files changed on disk (after a quiet while).
    Changed,
    /// They were loaded again (none: into the catalogue shown).
    Reloaded(Option<Loaded>),
    /// The document open for editing is back from its worker.
    Doc(Box<DocAnswer>),
}

/// The other threads: what they send, the workers, and how loading goes.
pub(super) struct Threads {
    pub(super) inbox: Receiver<Incoming>,
    pub(super) workers: Workers,
    /// Checks edits and saves, off the drawing thread.
    pub(super) doc_worker: DocWorker,
    pub(super) startup: Arc<Startup>,
    /// For the threads started later: loading the files again.
    sender: Sender<Incoming>,
    source: Source,
    /// Stops the reader of keys while an editor has the terminal.
    pub(super) gate: editor::Gate,
    /// Watches the catalogue's files; started again on other files when
    /// the sample is written as files to edit.
    watcher: Option<watch::Watcher>,
}

/// Loads the files again on a thread of its own (those the interface
/// watches now, which may no longer be those it started on).
pub(super) fn spawn_reload(state: &AppState, threads: &Threads) -> std::io::Result<()> {
    let to = threads.sender.clone();
    let source = state
        .edit
        .root
        .clone()
        .map_or_else(|| threads.source.clone(), Source::Path);
    watch::spawn_reload(
        source,
        state.data.name.clone(),
        Arc::clone(&state.data),
        move |outcome| {
            let _ = to.send(outcome.map_or_else(Incoming::Failed, Incoming::Reloaded));
        },
    )
}

/// Starts the threads: reading the terminal, loading, and the workers.
pub(super) fn start(
    state: &mut AppState,
    source: Source,
    name: &CatalogueName,
) -> std::io::Result<Threads> {
    let (sender, inbox) = std::sync::mpsc::channel();
    let gate = editor::Gate::default();
    spawn_reader(sender.clone(), gate.clone())?;
    let startup = Arc::new(Startup::default());
    let to = sender.clone();
    startup::spawn(
        source.clone(),
        name.clone(),
        Arc::clone(&startup),
        move |loaded| {
            let _ = to.send(loaded.map_or_else(Incoming::Failed, Incoming::Loaded));
        },
    )?;
    let to = sender.clone();
    let workers = Workers::spawn(move |answer| {
        let _ = to.send(answer.map_or_else(Incoming::Failed, |a| Incoming::Answer(Box::new(a))));
    })?;
    let to = sender.clone();
    let doc_worker = DocWorker::spawn(move |answer| {
        let _ = to.send(answer.map_or_else(Incoming::Failed, |a| Incoming::Doc(Box::new(a))));
    })?;
    let to = sender.clone();
    let watcher = watch::watch_catalogue(state, &source, move || {
        let _ = to.send(Incoming::Changed);
    });
    Ok(Threads {
        inbox,
        workers,
        doc_worker,
        startup,
        sender,
        source,
        gate,
        watcher,
    })
}

/// Reads terminal events on a thread of its own and hands them over.
///
/// crossterm's `read` never returns once the terminal has gone (it keeps
/// reading an end of file), so the loop must not wait on it: it waits on
/// the channel, with a timeout, and sees signals in between. When the loop
/// ends, the process ends, and this thread with it. It waits for events
/// a slice at a time, so that the gate can stop it while an editor has
/// the terminal.
fn spawn_reader(sender: Sender<Incoming>, gate: editor::Gate) -> std::io::Result<()> {
    std::thread::Builder::new()
        .name("parcours-keys".into())
        .spawn(move || {
            loop {
                let Some(open) = gate.enter() else {
                    std::thread::sleep(editor::READ_SLICE);
                    continue;
                };
                let event = match crossterm::event::poll(editor::READ_SLICE) {
                    Ok(false) => continue,
                    Ok(true) => crossterm::event::read(),
                    Err(e) => Err(e),
                };
                drop(open);
                let failed = event.is_err();
                if sender.send(Incoming::Terminal(event)).is_err() || failed {
                    return;
                }
            }
        })?;
    Ok(())
}

/// Watches the catalogue's files where they are now (the sample was
/// written as files to edit).
pub(super) fn rewatch(state: &mut AppState, threads: &mut Threads) {
    let Some(root) = state.edit.root.clone() else {
        return;
    };
    let to = threads.sender.clone();
    let watcher = watch::watch_catalogue(state, &Source::Path(root), move || {
        let _ = to.send(Incoming::Changed);
    });
    threads.watcher = watcher;
}
