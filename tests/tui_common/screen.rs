//! The real binary's screen, read back through a terminal emulator
//! (vt100) from its pseudo-terminal: what it shows, what it ever drew,
//! waiting for a screen, and the terminal as it is left on quitting.

use std::time::{Duration, Instant};

use super::pty::Pty;
use portable_pty::CommandBuilder;

/// A process in a pseudo-terminal, and its screen as an xterm shows it.
pub struct Screen {
    pub pty: Pty,
    pub vt: vt100::Parser,
    /// Every byte written so far, to look for a frame that did not stay
    /// on screen.
    raw: Vec<u8>,
    cols: u16,
    /// How long to wait for the screen to show something, or the process
    /// to end: the tests wait, they do not time.
    patience: Duration,
}

impl Screen {
    /// Runs `cmd` in a pseudo-terminal of `cols`×`rows`.
    pub fn spawn(cmd: CommandBuilder, (cols, rows): (u16, u16), patience: Duration) -> Self {
        Self {
            pty: Pty::spawn(cmd, cols, rows),
            vt: vt100::Parser::new(
                std::num::NonZeroU16::new(rows).unwrap(),
                std::num::NonZeroU16::new(cols).unwrap(),
                0,
            ),
            raw: Vec::new(),
            cols,
            patience,
        }
    }

    /// Reads what the process wrote since last asked.
    pub fn pump(&mut self) {
        while let Ok(bytes) = self.pty.output.try_recv() {
            self.vt.process(&bytes);
            self.raw.extend_from_slice(&bytes);
        }
    }

    /// Whether `text` was ever drawn, even if drawn over since: a frame's
    /// runs of text are written whole.
    pub fn drew(&self, text: &str) -> bool {
        self.raw
            .windows(text.len())
            .any(|window| window == text.as_bytes())
    }

    pub fn contents(&self) -> String {
        self.vt.screen().contents()
    }

    /// The screen's rows, top to bottom.
    pub fn rows(&self) -> Vec<String> {
        self.vt.screen().rows(0, self.cols).collect()
    }

    /// The screen's row that holds `text`, if any.
    pub fn row_with(&self, text: &str) -> Option<String> {
        self.vt
            .screen()
            .rows(0, self.cols)
            .find(|row| row.contains(text))
    }

    /// Waits until the screen satisfies `ready`, or fails saying what was
    /// awaited and what the screen showed.
    pub fn wait_for(&mut self, what: &str, ready: impl Fn(&Self) -> bool) {
        self.wait_within(self.patience, what, ready);
    }

    /// [`Screen::wait_for`], as long as `patience`.
    pub fn wait_within(&mut self, patience: Duration, what: &str, ready: impl Fn(&Self) -> bool) {
        let start = Instant::now();
        loop {
            self.pump();
            if ready(self) {
                return;
            }
            assert!(
                start.elapsed() < patience,
                "waited {patience:?} for {what}; the screen shows:\n{}",
                self.contents()
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    pub fn type_keys(&mut self, keys: &str) {
        self.pty.type_keys(keys);
    }

    /// Waits for the process to end, then reads what it wrote last.
    pub fn wait_exit(&mut self) -> portable_pty::ExitStatus {
        let start = Instant::now();
        let status = loop {
            if let Some(status) = self.pty.child.try_wait().unwrap() {
                break status;
            }
            assert!(
                start.elapsed() < self.patience,
                "parcours did not exit; the screen shows:\n{}",
                self.contents()
            );
            std::thread::sleep(Duration::from_millis(20));
        };
        // The last bytes (leaving the alternate screen) may still be in flight.
        let start = Instant::now();
        while start.elapsed() < Duration::from_millis(500) {
            self.pump();
            if !self.vt.screen().alternate_screen() {
                break;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        status
    }

    /// Whether the terminal is back as it was: main screen, cursor shown.
    pub fn assert_restored(&self) {
        let screen = self.vt.screen();
        assert!(!screen.alternate_screen(), "still on the alternate screen");
        assert!(!screen.hide_cursor(), "the cursor is still hidden");
        assert_eq!(screen.mouse_protocol_mode(), vt100::MouseProtocolMode::None);
    }
}
