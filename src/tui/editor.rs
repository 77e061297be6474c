//! Opening a file in the person's editor, at a line: `$VISUAL`, else
//! `$EDITOR`, else `vi`, run as `EDITOR +LINE FILE` (the form vi, vim,
//! nano, emacs, kakoune, micro and helix all take).
//!
//! The editor needs the terminal: the interface gives it back first
//! (raw mode, alternate screen and mouse off) and takes it again after.
//! It also needs the keys: the thread that reads terminal events stops
//! reading for as long as the editor runs ([`Gate`]), or it would take
//! the keys typed into the editor.

use std::ffi::OsString;
use std::path::Path;
use std::process::Command;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

/// The editor's command line: its program and the words given with it
/// (`EDITOR="code --wait"` is two words), then `+LINE` and the file.
pub fn command(
    visual: Option<OsString>,
    editor: Option<OsString>,
    path: &Path,
    line: u32,
) -> Command {
    let chosen = [visual, editor]
        .into_iter()
        .flatten()
        .find(|v| !v.to_string_lossy().trim().is_empty());
    let chosen = chosen.map_or_else(|| "vi".to_owned(), |v| v.to_string_lossy().into_owned());
    let mut words = chosen.split_whitespace();
    let mut cmd = Command::new(words.next().unwrap_or("vi"));
    cmd.args(words);
    cmd.arg(format!("+{}", line.max(1)));
    cmd.arg(path);
    cmd
}

/// Runs the editor on `path` at `line` and waits for it; why it failed,
/// if it did (could not start, or ended in an error).
pub fn run(path: &Path, line: u32) -> Result<(), String> {
    let mut cmd = command(
        std::env::var_os("VISUAL"),
        std::env::var_os("EDITOR"),
        path,
        line,
    );
    let program = cmd.get_program().to_string_lossy().into_owned();
    match cmd.status() {
        Ok(status) if status.success() => Ok(()),
        Ok(status) => Err(format!("{program}: {status}")),
        Err(e) => Err(format!("{program}: {e}")),
    }
}

/// Runs the editor with the terminal given back to it, then takes the
/// terminal again and redraws everything; the reader is paused meanwhile.
pub fn suspended(
    terminal: &mut ratatui::DefaultTerminal,
    gate: &Gate,
    path: &Path,
    line: u32,
) -> std::io::Result<Result<(), String>> {
    use crossterm::event::{DisableMouseCapture, EnableMouseCapture};
    use crossterm::terminal::{
        EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
    };
    let _paused = gate.pause();
    crossterm::execute!(
        std::io::stdout(),
        DisableMouseCapture,
        LeaveAlternateScreen,
        crossterm::cursor::Show
    )?;
    disable_raw_mode()?;
    let ran = run(path, line);
    enable_raw_mode()?;
    crossterm::execute!(
        std::io::stdout(),
        EnterAlternateScreen,
        crossterm::terminal::Clear(crossterm::terminal::ClearType::All),
        EnableMouseCapture
    )?;
    // The screen is blank now: a blank frame tells ratatui so, and the
    // next frame is drawn whole. (`Terminal::clear` would ask the
    // terminal where its cursor is, which not every terminal answers.)
    terminal.draw(|frame| frame.render_widget(ratatui::widgets::Clear, frame.area()))?;
    Ok(ran)
}

/// Lets the thread that reads terminal events be stopped while another
/// program has the terminal. The reader holds the lock while it waits
/// for an event, a short while at a time; pausing asks it to stop taking
/// the lock, then takes it.
#[derive(Clone, Debug, Default)]
pub struct Gate {
    paused: Arc<AtomicBool>,
    lock: Arc<Mutex<()>>,
}

/// How long the reader waits for an event before letting a pause in.
pub const READ_SLICE: Duration = Duration::from_millis(50);

impl Gate {
    /// For the reader: the lock to hold while waiting for an event, or
    /// none while paused (it should then wait a little and ask again).
    pub fn enter(&self) -> Option<MutexGuard<'_, ()>> {
        if self.paused.load(Ordering::SeqCst) {
            return None;
        }
        Some(
            self.lock
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner),
        )
    }

    /// Stops the reader until the guard returned goes.
    pub fn pause(&self) -> Paused<'_> {
        self.paused.store(true, Ordering::SeqCst);
        let guard = self
            .lock
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        Paused {
            gate: self,
            _guard: guard,
        }
    }
}

/// The reader is stopped while this lives.
pub struct Paused<'g> {
    gate: &'g Gate,
    _guard: MutexGuard<'g, ()>,
}

impl Drop for Paused<'_> {
    fn drop(&mut self) {
        self.gate.paused.store(false, Ordering::SeqCst);
    }
}

#[cfg(test)]
mod tests {
    use super::command;
    use std::path::Path;

    fn words(cmd: &std::process::Command) -> Vec<String> {
        std::iter::once(cmd.get_program())
            .chain(cmd.get_args())
            .map(|w| w.to_string_lossy().into_owned())
            .collect()
    }

    #[test]
    fn visual_then_editor_then_vi() {
        let f = Path::new("/d/afpa.json");
        let c = command(Some("nvim".into()), Some("nano".into()), f, 12);
        assert_eq!(words(&c), ["nvim", "+12", "/d/afpa.json"]);
        let c = command(Some(" ".into()), Some("code --wait".into()), f, 3);
        assert_eq!(words(&c), ["code", "--wait", "+3", "/d/afpa.json"]);
        let c = command(None, None, f, 0);
        assert_eq!(words(&c), ["vi", "+1", "/d/afpa.json"]);
    }
}
