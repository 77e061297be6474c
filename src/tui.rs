//! The terminal interface: `parcours` without a command.
//!
//! Events become [`action::Action`]s through the key map, actions change
//! the [`app::AppState`] in [`update::update`], and [`views::render`] draws
//! the state. Work too slow for a frame runs on other threads
//! ([`jobs`]): loading the catalogue, long searches, routes. This file
//! only sets up, runs the loop and tears down.

pub mod action;
pub mod app;
pub mod editor;
pub mod event;
pub mod i18n;
pub mod jobs;
pub mod keymap;
pub mod layout;
pub mod search;
mod terminal;
pub mod text;
pub mod theme;
pub mod update;
pub mod views;
pub mod watch;

use std::io::{IsTerminal, Write};
use std::process::ExitCode;
use std::sync::Arc;
use std::sync::mpsc::{Receiver, RecvTimeoutError, Sender};
use std::time::{Duration, Instant};

use ratatui::DefaultTerminal;

use crate::load::{Source, load};
use crate::model::Date;
use app::edit::Problems;
use app::{AppState, CatalogueName, Options};
use i18n::Lang;
use jobs::startup::{Loaded, Startup};
use jobs::{Answer, Failed, Workers};
use keymap::KeyMap;
use terminal::Signals;
use theme::Theme;

/// How long the loop waits for an event before looking at signals again.
const TICK: Duration = Duration::from_millis(200);
/// How often the loading screen shows how far loading has gone.
const LOADING_TICK: Duration = Duration::from_millis(100);
/// How long a frame may wait for a job's answer: a job that answers
/// sooner is shown at once, without a frame saying it is under way.
const GRACE: Duration = Duration::from_millis(30);

/// Opens the interface on a catalogue, in `lang` or the locale's language.
///
/// The first frame comes at once: the catalogue loads on another thread
/// while the loading screen shows how far it has gone and answers the
/// keys to quit and for help. A catalogue with errors shows them on that
/// screen; on quitting they are printed on stderr as before, and the exit
/// code is 2. A bad key map file, or an output that is not a terminal, is
/// reported on stderr, with exit code 2, before anything is drawn.
pub fn run(source: &Source, lang: Option<Lang>) -> ExitCode {
    let lang = lang.unwrap_or_else(Lang::from_env);
    let s = lang.strings();
    let keymap = match KeyMap::load() {
        Ok(map) => map,
        Err(e) => {
            eprintln!("parcours: {}", crate::text::escape(&e.to_string()));
            return ExitCode::from(2);
        }
    };
    if !std::io::stdout().is_terminal() {
        // Nothing will be drawn: the catalogue's errors, if any, matter
        // more than the terminal, so they are looked for first.
        let loaded = load(source);
        if loaded.catalogue.is_none() {
            report(source, &Problems::of(&loaded.diagnostics), lang);
        } else {
            eprintln!("parcours: {}", s.not_a_terminal);
        }
        return ExitCode::from(2);
    }
    let name = match source {
        Source::Sample => CatalogueName::Sample,
        other => CatalogueName::Path(other.describe()),
    };
    let options = Options {
        name: name.clone(),
        lang,
        theme: Theme::from_env(),
        keymap,
        today: Date::today(),
        width: 80,
        height: 24,
        plans_dir: crate::dirs::plans_dir(),
    };
    let mut state = AppState::loading(options);
    jobs::defer(&mut state, jobs::SEARCH_DEFER_FROM);
    let result = session(&mut state, source.clone(), &name);
    let code = match result {
        Ok(None) => match state.loading.as_ref().and_then(|l| l.failed.as_ref()) {
            Some(failure) => {
                report(source, &failure.problems, lang);
                ExitCode::from(2)
            }
            None => ExitCode::SUCCESS,
        },
        Ok(Some(signal)) => ExitCode::from(u8::try_from(128 + signal).unwrap_or(1)),
        Err(e) => {
            eprintln!("parcours: {e}");
            ExitCode::from(2)
        }
    };
    // A large catalogue takes a second to free, and the process ends now:
    // its memory goes back all at once.
    std::mem::forget(state);
    code
}

/// Prints a catalogue's problems and what to do, as `parcours validate`
/// words them.
fn report(source: &Source, problems: &Problems, lang: Lang) {
    let mut err = std::io::stderr().lock();
    for line in &problems.lines {
        let _ = writeln!(err, "{line}");
    }
    let _ = writeln!(
        err,
        "parcours: {}",
        (lang.strings().catalogue_errors)(
            &crate::text::escape(&source.describe()),
            problems.errors
        )
    );
}

/// What the loop waits for: terminal events, and what the other threads
/// send.
enum Incoming {
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
    Doc(Box<jobs::doc::DocAnswer>),
}

/// Takes the terminal, runs the loop, gives the terminal back whatever
/// happened; the signal that ended it, if one did.
fn session(
    state: &mut AppState,
    source: Source,
    name: &CatalogueName,
) -> std::io::Result<Option<i32>> {
    let signals = Signals::register()?;
    let mut terminal = Some(terminal::enter()?);
    let result = match terminal.as_mut() {
        Some(t) => first_frame(t, state).and_then(|()| {
            // The other threads start once the first frame is out, so
            // that it has the processor to itself.
            let threads = start(state, source, name)?;
            event_loop(t, state, &signals, &threads)
        }),
        None => Ok(None),
    };
    terminal::leave(&mut terminal);
    result
}

/// Draws the first frame, at the terminal's size: the loading screen.
fn first_frame(terminal: &mut DefaultTerminal, state: &mut AppState) -> std::io::Result<()> {
    let size = terminal.size()?;
    update::update(
        state,
        action::Action::Resize {
            width: size.width,
            height: size.height,
        },
    );
    terminal.draw(|frame| views::render(frame, state))?;
    Ok(())
}

/// The other threads: what they send, the workers, and how loading goes.
struct Threads {
    inbox: Receiver<Incoming>,
    workers: Workers,
    /// Checks edits and saves, off the drawing thread.
    doc_worker: jobs::doc::DocWorker,
    startup: Arc<Startup>,
    /// For the threads started later: loading the files again.
    sender: Sender<Incoming>,
    source: Source,
    /// Stops the reader of keys while an editor has the terminal.
    gate: editor::Gate,
    /// Watches the catalogue's files; started again on other files when
    /// the sample is written as files to edit.
    watcher: std::cell::RefCell<Option<watch::Watcher>>,
}

/// Loads the files again on a thread of its own (those the interface
/// watches now, which may no longer be those it started on).
fn spawn_reload(state: &AppState, threads: &Threads) -> std::io::Result<()> {
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
fn start(state: &mut AppState, source: Source, name: &CatalogueName) -> std::io::Result<Threads> {
    let (sender, inbox) = std::sync::mpsc::channel();
    let gate = editor::Gate::default();
    spawn_reader(sender.clone(), gate.clone())?;
    let startup = Arc::new(Startup::default());
    let to = sender.clone();
    jobs::startup::spawn(
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
    let doc_worker = jobs::doc::DocWorker::spawn(move |answer| {
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
        watcher: std::cell::RefCell::new(watcher),
    })
}

/// Events handled between two frames at most.
const MAX_EVENTS_PER_FRAME: usize = 64;

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

fn event_loop(
    terminal: &mut DefaultTerminal,
    state: &mut AppState,
    signals: &Signals,
    threads: &Threads,
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

/// Watches the catalogue's files where they are now (the sample was
/// written as files to edit).
fn rewatch(state: &mut AppState, threads: &Threads) {
    let Some(root) = state.edit.root.clone() else {
        return;
    };
    let to = threads.sender.clone();
    let watcher = watch::watch_catalogue(state, &Source::Path(root), move || {
        let _ = to.send(Incoming::Changed);
    });
    *threads.watcher.borrow_mut() = watcher;
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
