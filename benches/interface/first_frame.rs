//! The real binary in a pseudo-terminal of 160×48, on a catalogue on disk:
//! from the process's start to its first frame (the loading screen), the
//! help opened by a key while the catalogue loads, the catalogue ready,
//! and quitting. The first run of each size waits for the catalogue; the
//! others quit while it loads.

use std::time::{Duration, Instant};

use crate::common::pty::{Pty, parcours};
use crate::{catalogue_dir, ms, spread};

const RUNS: usize = 5;
/// Long enough for a million offers on a loaded machine.
const PATIENCE: Duration = Duration::from_secs(600);

struct Process {
    pty: Pty,
    raw: Vec<u8>,
    _home: tempfile::TempDir,
}

impl Process {
    fn start(data: &std::path::Path) -> Self {
        let home = tempfile::tempdir().expect("a home");
        let mut cmd = parcours(home.path());
        cmd.args(["--lang", "en", "--data"]);
        cmd.arg(data);
        Self {
            pty: Pty::spawn(cmd, 160, 48),
            raw: Vec::new(),
            _home: home,
        }
    }

    /// Waits until `text` has been written; when it was.
    fn wait_for(&mut self, text: &str) -> Instant {
        let started = Instant::now();
        // Only the last bytes can hold a text split across two reads.
        let mut from = 0;
        loop {
            if self.raw[from..]
                .windows(text.len())
                .any(|w| w == text.as_bytes())
            {
                return Instant::now();
            }
            from = self.raw.len().saturating_sub(text.len());
            assert!(started.elapsed() < PATIENCE, "no {text:?} on screen");
            if let Ok(bytes) = self.pty.output.recv_timeout(Duration::from_millis(50)) {
                self.raw.extend_from_slice(&bytes);
                while let Ok(more) = self.pty.output.try_recv() {
                    self.raw.extend_from_slice(&more);
                }
            }
        }
    }

    fn press(&mut self, keys: &str) -> Instant {
        self.pty.type_keys(keys);
        Instant::now()
    }

    fn wait_exit(&mut self) -> Instant {
        let started = Instant::now();
        loop {
            if let Some(status) = self.pty.child.try_wait().expect("a status") {
                assert!(status.success(), "{status:?}");
                return Instant::now();
            }
            assert!(
                started.elapsed() < PATIENCE,
                "parcours did not quit; it wrote last: {}",
                String::from_utf8_lossy(&self.raw[self.raw.len().saturating_sub(2000)..])
            );
            std::thread::sleep(Duration::from_millis(1));
        }
    }
}

/// One run: its times, the catalogue's when it was awaited.
struct Run {
    first_frame: Duration,
    help: Duration,
    ready: Option<Duration>,
    quit: Duration,
}

fn once(data: &std::path::Path, offers: usize, wait_ready: bool) -> Run {
    let start = Instant::now();
    let mut p = Process::start(data);
    let first = p.wait_for("Loading the catalogue");
    let asked = p.press("?");
    let help = p.wait_for("Help — keys");
    // Closed with the key that opened it: Escape followed soon by another
    // key would read as Alt and that key.
    p.press("?");
    // The header's count, which only the catalogue's screens show.
    let counts = format!(
        "{} offers",
        parcours::lang::group_thousands(offers as u64, ",")
    );
    let ready = wait_ready.then(|| p.wait_for(&counts) - start);
    let quit_asked = p.press("q");
    let quit = p.wait_exit();
    Run {
        first_frame: first - start,
        help: help - asked,
        ready,
        quit: quit - quit_asked,
    }
}

/// The same in the process, without a terminal: the state of an
/// interface whose catalogue is not loaded yet, and its first frame into
/// ratatui's `TestBackend`. Loading starts after it, whatever the size.
fn in_process() -> Duration {
    use parcours::tui::app::{AppState, CatalogueName, Options};
    let started = Instant::now();
    let state = AppState::loading(Options {
        name: CatalogueName::Path("/data/national".into()),
        lang: parcours::tui::i18n::Lang::En,
        theme: parcours::tui::theme::Theme::colored(),
        keymap: parcours::tui::keymap::KeyMap::defaults(),
        today: parcours::model::Date::today(),
        width: 160,
        height: 48,
        plans_dir: None,
        init_dir: None,
    });
    let _terminal = crate::common::draw(&state);
    started.elapsed()
}

pub fn run(sizes: &[usize]) {
    let (median, _, max) = spread((0..20).map(|_| in_process()).collect());
    println!();
    println!(
        "In the process: the loading screen's state and first frame (TestBackend, 160×48): {:.2} ms median, {:.2} ms max of 20",
        ms(median),
        ms(max)
    );
    println!("From the start of `parcours` to its first frame, in a pseudo-terminal of 160×48:");
    println!(
        "{:>9} {:>12} {:>12} {:>16} {:>14} {:>14} {:>11}",
        "offers",
        "first (ms)",
        "max (ms)",
        "help key (ms)",
        "quit (ms)",
        "catalogue (s)",
        "quit then"
    );
    for &offers in sizes {
        let (dir, _guard) = catalogue_dir(offers);
        let mut runs: Vec<Run> = Vec::new();
        for i in 0..RUNS {
            runs.push(once(&dir, offers, i == 0));
        }
        let (first, _, first_max) = spread(runs.iter().map(|r| r.first_frame).collect());
        let (help, _, _) = spread(runs.iter().map(|r| r.help).collect());
        // Quitting while loading (every run but the first).
        let (quit, _, _) = spread(runs.iter().skip(1).map(|r| r.quit).collect());
        let ready = runs[0]
            .ready
            .expect("the first run waits for the catalogue");
        println!(
            "{offers:>9} {:>12.1} {:>12.1} {:>16.1} {:>14.1} {:>14.1} {:>9.0} ms",
            ms(first),
            ms(first_max),
            ms(help),
            ms(quit),
            ready.as_secs_f64(),
            ms(runs[0].quit),
        );
    }
    println!(
        "(medians of {RUNS} runs; the help key and quit while loading; \"quit then\": quitting once the catalogue is shown)"
    );
}
