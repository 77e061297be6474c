//! The terminal interface: `parcours` without a command.
//!
//! Events become [`action::Action`]s through the key map, actions change
//! the [`app::AppState`] in [`update::update`], and [`views::render`] draws
//! the state. This file only sets up, runs the loop and tears down.

pub mod action;
pub mod app;
pub mod event;
pub mod i18n;
pub mod keymap;
pub mod layout;
pub mod search;
mod terminal;
pub mod text;
pub mod theme;
pub mod update;
pub mod views;

use std::io::{IsTerminal, Write};
use std::process::ExitCode;
use std::time::Duration;

use ratatui::DefaultTerminal;

use crate::load::{Source, load};
use crate::model::Date;
use app::{AppState, CatalogueName, Options};
use i18n::Lang;
use keymap::KeyMap;
use terminal::Signals;
use theme::Theme;

/// How long the loop waits for an event before looking at signals again.
const TICK: Duration = Duration::from_millis(200);

/// Opens the interface on a catalogue, in `lang` or the locale's language.
/// A catalogue with errors, a bad key map file or an output that is not a
/// terminal is reported on stderr, with exit code 2, before anything is
/// drawn.
pub fn run(source: &Source, lang: Option<Lang>) -> ExitCode {
    let lang = lang.unwrap_or_else(Lang::from_env);
    let s = lang.strings();
    let loaded = load(source);
    let Some(catalogue) = loaded.catalogue else {
        let mut err = std::io::stderr().lock();
        for d in loaded.diagnostics.iter() {
            let _ = writeln!(err, "{d}");
        }
        let _ = writeln!(
            err,
            "parcours: {}",
            (s.catalogue_errors)(
                &crate::text::escape(&source.describe()),
                loaded.diagnostics.errors.len()
            )
        );
        return ExitCode::from(2);
    };
    let keymap = match KeyMap::load() {
        Ok(map) => map,
        Err(e) => {
            eprintln!("parcours: {}", crate::text::escape(&e.to_string()));
            return ExitCode::from(2);
        }
    };
    if !std::io::stdout().is_terminal() {
        eprintln!("parcours: {}", s.not_a_terminal);
        return ExitCode::from(2);
    }
    let name = match source {
        Source::Sample => CatalogueName::Sample,
        other => CatalogueName::Path(other.describe()),
    };
    let options = Options {
        name,
        lang,
        theme: Theme::from_env(),
        keymap,
        today: Date::today(),
        width: 80,
        height: 24,
        plans_dir: crate::dirs::plans_dir(),
    };
    let state = AppState::new(catalogue, options);
    match session(state) {
        Ok(None) => ExitCode::SUCCESS,
        Ok(Some(signal)) => ExitCode::from(u8::try_from(128 + signal).unwrap_or(1)),
        Err(e) => {
            eprintln!("parcours: {e}");
            ExitCode::from(2)
        }
    }
}

/// Takes the terminal, runs the loop, gives the terminal back whatever
/// happened; the signal that ended it, if one did.
fn session(mut state: AppState) -> std::io::Result<Option<i32>> {
    let signals = Signals::register()?;
    let mut terminal = Some(terminal::enter()?);
    let result = match terminal.as_mut() {
        Some(t) => event_loop(t, &mut state, &signals),
        None => Ok(None),
    };
    terminal::leave(&mut terminal);
    result
}

/// Events handled between two frames at most.
const MAX_EVENTS_PER_FRAME: usize = 64;

/// Reads terminal events on a thread of its own and hands them over.
///
/// crossterm's `read` never returns once the terminal has gone (it keeps
/// reading an end of file), so the loop must not wait on it: it waits on
/// this channel, with a timeout, and sees signals in between. When the loop
/// ends, the process ends, and this thread with it.
fn spawn_reader() -> std::sync::mpsc::Receiver<std::io::Result<crossterm::event::Event>> {
    let (sender, receiver) = std::sync::mpsc::sync_channel(256);
    std::thread::spawn(move || {
        loop {
            let event = crossterm::event::read();
            let failed = event.is_err();
            if sender.send(event).is_err() || failed {
                return;
            }
        }
    });
    receiver
}

fn event_loop(
    terminal: &mut DefaultTerminal,
    state: &mut AppState,
    signals: &Signals,
) -> std::io::Result<Option<i32>> {
    use std::sync::mpsc::RecvTimeoutError;
    let size = terminal.size()?;
    update::update(
        state,
        action::Action::Resize {
            width: size.width,
            height: size.height,
        },
    );
    let events = spawn_reader();
    let mut dirty = true;
    loop {
        if let Some(signal) = signals.caught() {
            return Ok(Some(signal));
        }
        if dirty {
            terminal.draw(|frame| views::render(frame, state))?;
            dirty = false;
        }
        let mut next = match events.recv_timeout(TICK) {
            Ok(event) => Some(event),
            Err(RecvTimeoutError::Timeout) => continue,
            Err(RecvTimeoutError::Disconnected) => return Ok(None),
        };
        // Take the events waiting before drawing again, so that fast typing
        // costs one frame, not one per key.
        for _ in 0..MAX_EVENTS_PER_FRAME {
            let Some(event) = next.take() else {
                break;
            };
            if let Some(action) = event::action_for(&event?, state) {
                update::update(state, action);
                dirty = true;
            }
            if state.quit {
                return Ok(None);
            }
            next = events.try_recv().ok();
        }
    }
}
