//! The real binary in a pseudo-terminal: started in a home of its own with
//! a clean environment, its output read on a thread of its own, keys
//! typed into it, and killed if still running when dropped. The tests
//! read its output through a terminal emulator ([`super::screen`]), the
//! bench as raw bytes.

use std::io::{Read, Write};
use std::path::Path;
use std::sync::mpsc::{Receiver, channel};

use portable_pty::{Child, CommandBuilder, PtySize, native_pty_system};

/// `parcours` with nothing of the caller's environment: its home, config
/// and data under `home`, and an xterm. Arguments and other variables
/// are the caller's to add.
pub fn parcours(home: &Path) -> CommandBuilder {
    let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_parcours"));
    cmd.env_clear();
    cmd.env("HOME", home);
    cmd.env("XDG_CONFIG_HOME", home.join("config"));
    cmd.env("XDG_DATA_HOME", home.join("data"));
    cmd.env("TERM", "xterm-256color");
    cmd
}

/// A process running in a pseudo-terminal.
pub struct Pty {
    pub child: Box<dyn Child + Send + Sync>,
    keys: Box<dyn Write + Send>,
    /// What the process writes, a read at a time.
    pub output: Receiver<Vec<u8>>,
}

impl Pty {
    /// Runs `cmd` in a pseudo-terminal of `cols`×`rows`.
    pub fn spawn(cmd: CommandBuilder, cols: u16, rows: u16) -> Self {
        let pair = native_pty_system()
            .openpty(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("a pseudo-terminal");
        let child = pair.slave.spawn_command(cmd).expect("the process starts");
        drop(pair.slave);
        let mut reader = pair.master.try_clone_reader().expect("a reader");
        let keys = pair.master.take_writer().expect("a writer");
        let (send, output) = channel();
        std::thread::spawn(move || {
            // The master must stay open while the child runs: it moves here.
            let _master = pair.master;
            let mut buf = vec![0u8; 1 << 16];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 || send.send(buf[..n].to_vec()).is_err() {
                    break;
                }
            }
        });
        Self {
            child,
            keys,
            output,
        }
    }

    /// Types `keys` as a person would.
    pub fn type_keys(&mut self, keys: &str) {
        self.keys.write_all(keys.as_bytes()).expect("keys sent");
        self.keys.flush().expect("keys sent");
    }
}

impl Drop for Pty {
    fn drop(&mut self) {
        if self.child.try_wait().ok().flatten().is_none() {
            let _ = self.child.kill();
        }
    }
}
