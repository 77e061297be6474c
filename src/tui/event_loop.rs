//! The event loop: what comes in (keys, answers, catalogues loaded)
//! changes the state, jobs asked for go to the workers, and a frame is
//! drawn when the screen changed.

use std::sync::mpsc::RecvTimeoutError;
use std::time::{Duration, Instant};

use ratatui::DefaultTerminal;

use super::app::AppState;
use super::jobs::startup::Loaded;
use super::jobs::{self, Failed};
use super::terminal::Signals;
use super::threads::{Incoming, Threads, rewatch, spawn_reload};
use super::{editor, event, update, views};

/// How long the loop waits for an event before looking at signals again.
const TICK: Duration = Duration::from_millis(200);
/// How often the loading screen shows how far loading has gone.
const LOADING_TICK: Duration = Duration::from_millis(100);
/// How long a frame may wait for a job's answer: a job that answers
/// sooner is shown at once, without a frame saying it is under way.
const GRACE: Duration = Duration::from_millis(30);

/// Events handled between two frames at most.
const MAX_EVENTS_PER_FRAME: usize = 64;

/// Runs until the person quits, a signal comes, or a thread fails; the
/// signal that ended it, if one did.
pub(super) fn run(
    terminal: &mut DefaultTerminal,
    state: &mut AppState,
    signals: &Signals,
    threads: &mut Threads,
) -> std::io::Result<Option<i32>> {
    let began = Instant::now();
    let mut dirty = false;
    // Set when a job was just handed over: the frame waits for its answer
    // until then.
    let mut hold_until: Option<Instant> = None;
    loop {
        if let Some(signal) = signals.caught() {
            return Ok(Some(signal));
        }
        if let Some(loading) = state.loading.as_mut() {
            let (under_way, bytes) = threads.startup.now();
            dirty |= loading.observe(under_way, bytes, began.elapsed());
        }
        let now = Instant::now();
        let holding = hold_until.is_some_and(|until| now < until && state.jobs.busy());
        if dirty && !holding {
            terminal.draw(|frame| views::render(frame, state))?;
            dirty = false;
            hold_until = None;
        }
        let wait = match hold_until {
            Some(until) if holding => until.saturating_duration_since(now),
            _ if state.loading.is_some() => LOADING_TICK,
            _ => TICK,
        };
        let mut next = match threads.inbox.recv_timeout(wait) {
            Ok(incoming) => Some(incoming),
            Err(RecvTimeoutError::Timeout) => continue,
            Err(RecvTimeoutError::Disconnected) => return Ok(None),
        };
        // Take what is waiting before drawing again, so that fast typing
        // costs one frame, not one per key.
        for _ in 0..MAX_EVENTS_PER_FRAME {
            let Some(incoming) = next.take() else {
                break;
            };
            dirty |= handle(state, incoming, threads)?;
            if state.quit {
                return Ok(None);
            }
            if let Some(launch) = state.edit.launch.take() {
                let ran = editor::suspended(terminal, &threads.gate, &launch.path, launch.line)?;
                if update::edit::editor_done(state, ran.err()) {
                    spawn_reload(state, threads)?;
                }
                dirty = true;
            }
            if std::mem::take(&mut state.edit.asks.rewatch) {
                rewatch(state, threads);
            }
            if std::mem::take(&mut state.edit.asks.reload) && update::edit::changed(state) {
                spawn_reload(state, threads)?;
            }
            let queued = state.jobs.take();
            let doc_jobs = state.jobs.take_doc();
            if !queued.is_empty() || !doc_jobs.is_empty() {
                hold_until.get_or_insert_with(|| Instant::now() + GRACE);
            }
            for job in queued {
                threads.workers.start(job);
            }
            for job in doc_jobs {
                threads.doc_worker.start(job);
            }
            next = threads.inbox.try_recv().ok();
        }
    }
}

/// Applies what came in; whether the screen changed.
fn handle(state: &mut AppState, incoming: Incoming, threads: &Threads) -> std::io::Result<bool> {
    match incoming {
        Incoming::Terminal(event) => match event::action_for(&event?, state) {
            Some(action) => {
                update::update(state, action);
                Ok(true)
            }
            None => Ok(false),
        },
        Incoming::Answer(answer) => {
            jobs::receive(state, *answer);
            Ok(true)
        }
        Incoming::Loaded(Loaded::Ready(ready)) => {
            state.loaded(*ready);
            Ok(true)
        }
        Incoming::Loaded(Loaded::Failed(diagnostics)) => {
            state.failed(&diagnostics);
            Ok(true)
        }
        Incoming::Failed(Failed(why)) => Err(std::io::Error::other(why)),
        Incoming::Changed => {
            if update::edit::changed(state) {
                spawn_reload(state, threads)?;
            }
            Ok(false)
        }
        Incoming::Doc(answer) => {
            update::edit::ops::done(state, *answer);
            update::settle(state);
            Ok(true)
        }
        Incoming::Reloaded(loaded) => {
            if update::edit::reloaded(state, loaded) {
                spawn_reload(state, threads)?;
            }
            Ok(true)
        }
    }
}
