//! Taking the terminal and giving it back: raw mode, the alternate screen
//! and mouse reporting on the way in; all of them undone and the cursor
//! shown on the way out — after a normal quit, an error, a panic, or a
//! SIGTERM, SIGHUP or SIGINT.

use std::io::{self, stdout};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use crossterm::cursor::Show;
use crossterm::event::{DisableMouseCapture, EnableMouseCapture};
use crossterm::execute;
use ratatui::DefaultTerminal;

/// Takes the terminal. ratatui's panic hook restores raw mode and the
/// screen; ours, on top of it, first stops mouse reporting and shows the
/// cursor.
pub fn enter() -> io::Result<DefaultTerminal> {
    let terminal = ratatui::try_init()?;
    let restore_screen = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let _ = execute!(stdout(), DisableMouseCapture, Show);
        restore_screen(info);
    }));
    if let Err(e) = execute!(stdout(), EnableMouseCapture) {
        leave(&mut Some(terminal));
        return Err(e);
    }
    Ok(terminal)
}

/// Gives the terminal back as it was found. Safe to call more than once.
pub fn leave(terminal: &mut Option<DefaultTerminal>) {
    if let Some(mut t) = terminal.take() {
        let _ = t.show_cursor();
    }
    let _ = execute!(stdout(), DisableMouseCapture, Show);
    ratatui::restore();
}

/// The signals that end the interface, noted by a handler that only sets
/// a number, for the event loop to see.
pub struct Signals {
    caught: Arc<AtomicUsize>,
}

impl Signals {
    pub fn register() -> io::Result<Self> {
        use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
        let caught = Arc::new(AtomicUsize::new(0));
        for signal in [SIGTERM, SIGHUP, SIGINT] {
            let number = usize::try_from(signal).unwrap_or(usize::MAX);
            signal_hook::flag::register_usize(signal, Arc::clone(&caught), number)?;
        }
        Ok(Self { caught })
    }

    /// The signal caught, if any.
    pub fn caught(&self) -> Option<i32> {
        match self.caught.load(Ordering::SeqCst) {
            0 => None,
            n => i32::try_from(n).ok(),
        }
    }
}
