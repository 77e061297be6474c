//! The terminal interface: `parcours` without a command.
//!
//! Events become [`action::Action`]s through the key map, actions change
//! the [`app::AppState`] in [`update::update`], and [`views::render`] draws
//! the state. Work too slow for a frame runs on other threads
//! ([`jobs`]): loading the catalogue, long searches, routes. This file
//! sets up and tears down; the threads are started in `threads`, and
//! `event_loop` runs the loop between.

pub mod action;
pub mod app;
pub mod editor;
pub mod event;
mod event_loop;
pub mod i18n;
pub mod jobs;
pub mod keymap;
pub mod layout;
pub mod search;
mod terminal;
pub mod text;
pub mod theme;
mod threads;
pub mod update;
pub mod views;
pub mod watch;

use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use ratatui::DefaultTerminal;

use crate::load::{Source, load_once};
use crate::model::Date;
use app::edit::Problems;
use app::{AppState, CatalogueName, Options};
use i18n::Lang;
use keymap::KeyMap;
use terminal::Signals;
use theme::Theme;

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
        let loaded = load_once(source);
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
        init_dir: crate::dirs::catalogue_dir(),
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
            let mut threads = threads::start(state, source, name)?;
            event_loop::run(t, state, &signals, &mut threads)
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
