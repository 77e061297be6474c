//! How far loading has gone, for whoever shows it while it runs (the
//! interface's loading screen, on another thread).
//!
//! Loading counts bytes of the catalogue's files: read from disk, then
//! read as JSON and checked. Each file's stages report as they end, so a
//! catalogue of many files moves smoothly and one of a single file moves
//! in a few steps; the counts never go back, except to zero when a file
//! has to be read again carefully (see `pipeline`).

use std::sync::atomic::{AtomicU64, Ordering};

/// Counts updated by loading, read from any thread.
#[derive(Debug, Default)]
pub struct Progress {
    total: AtomicU64,
    read: AtomicU64,
    parsed: AtomicU64,
}

/// What [`Progress`] held at one moment, in bytes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    /// The size of every file to load (known once the files are listed).
    pub total: u64,
    /// Bytes read from disk.
    pub read: u64,
    /// Bytes read as JSON and checked.
    pub parsed: u64,
}

fn bytes(n: usize) -> u64 {
    u64::try_from(n).unwrap_or(u64::MAX)
}

impl Progress {
    /// The counts now.
    pub fn counts(&self) -> Counts {
        Counts {
            total: self.total.load(Ordering::Relaxed),
            read: self.read.load(Ordering::Relaxed),
            parsed: self.parsed.load(Ordering::Relaxed),
        }
    }

    pub(super) fn set_total(&self, total: u64) {
        self.total.store(total, Ordering::Relaxed);
    }

    pub(super) fn add_read(&self, n: usize) {
        self.read.fetch_add(bytes(n), Ordering::Relaxed);
    }

    pub(super) fn add_parsed(&self, n: usize) {
        self.parsed.fetch_add(bytes(n), Ordering::Relaxed);
    }

    /// Parsing starts over (a file is read again carefully).
    pub(super) fn restart_parsing(&self) {
        self.parsed.store(0, Ordering::Relaxed);
    }
}

#[cfg(test)]
mod tests {
    use super::{Counts, Progress};
    use crate::load::{Source, load_reporting, sample};

    #[test]
    fn every_byte_is_counted_read_then_parsed() {
        let size: usize = sample::FILES.iter().map(|(_, text)| text.len()).sum();
        let size = u64::try_from(size).unwrap();
        let progress = Progress::default();
        assert_eq!(progress.counts(), Counts::default());
        assert!(
            load_reporting(&Source::Sample, &progress)
                .catalogue
                .is_some()
        );
        assert_eq!(
            progress.counts(),
            Counts {
                total: size,
                read: size,
                parsed: size
            }
        );
        // A file the streaming reader hands over is parsed again from
        // the start, and counted once.
        let broken = br#"{ "format": "parcours/1", "offers": [ { "id": "x", "#.to_vec();
        let files = vec![("a.json".to_owned(), broken.clone())];
        let progress = Progress::default();
        assert!(
            load_reporting(&Source::Memory(files), &progress)
                .catalogue
                .is_none()
        );
        let n = u64::try_from(broken.len()).unwrap();
        assert_eq!(
            progress.counts(),
            Counts {
                total: n,
                read: n,
                parsed: n
            }
        );
    }

    #[test]
    fn files_on_disk_are_counted_as_they_are_read() {
        let dir = tempfile::tempdir().unwrap();
        let mut size = 0;
        for (name, text) in sample::FILES {
            std::fs::write(dir.path().join(name), text).unwrap();
            size += u64::try_from(text.len()).unwrap();
        }
        let progress = Progress::default();
        let source = Source::Path(dir.path().to_owned());
        assert!(load_reporting(&source, &progress).catalogue.is_some());
        assert_eq!(progress.counts().total, size);
        assert_eq!(progress.counts().read, size);
        assert_eq!(progress.counts().parsed, size);
    }
}
