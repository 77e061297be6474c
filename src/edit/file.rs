//! One file of a document: its records, what is on disk, and whether it
//! holds changes not yet saved.

use std::borrow::Cow;
use std::hash::Hasher as _;
use std::io::Read as _;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use super::canonical::Records;

/// What a file was on disk when it was read or last written: enough to
/// tell, before writing it again, whether another program changed it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Stamp {
    /// Its size in bytes.
    pub size: u64,
    /// When it was last modified, where the system says.
    pub modified: Option<SystemTime>,
    /// A hash of its bytes.
    pub hash: u64,
}

impl Stamp {
    /// The stamp of `bytes`, read from a file last modified at `modified`.
    pub fn of(bytes: &[u8], modified: Option<SystemTime>) -> Self {
        Self {
            size: bytes.len() as u64,
            modified,
            hash: hash(bytes),
        }
    }

    /// Whether `other`, a later stamp of the same file, shows other bytes.
    ///
    /// The size and the hash decide; the modification time alone does not,
    /// so that a file only touched, or checked out again as it was, is not a
    /// conflict (nothing of it would be lost by writing over it).
    pub fn content_differs(&self, other: &Self) -> bool {
        self.size != other.size || self.hash != other.hash
    }
}

/// A hash of a file's bytes, to compare one version with another (`SipHash`
/// with fixed keys: the same bytes always give the same hash in a process).
fn hash(bytes: &[u8]) -> u64 {
    let mut hasher = std::hash::DefaultHasher::new();
    hasher.write(bytes);
    hasher.finish()
}

/// A file's bytes as read from disk, with their stamp.
#[derive(Clone, Debug)]
pub struct OnDisk {
    pub bytes: Vec<u8>,
    pub stamp: Stamp,
}

/// Reads a file (through a symbolic link) and stamps what was read. The
/// metadata comes from the open file, so it describes the bytes read even
/// if the path is replaced meanwhile.
pub fn read(path: &Path) -> std::io::Result<OnDisk> {
    let mut file = std::fs::File::open(path)?;
    let metadata = file.metadata()?;
    let mut bytes = Vec::with_capacity(usize::try_from(metadata.len()).unwrap_or(0));
    file.read_to_end(&mut bytes)?;
    let stamp = Stamp::of(&bytes, metadata.modified().ok());
    Ok(OnDisk { bytes, stamp })
}

/// One file of the document.
#[derive(Clone, Debug)]
pub struct DocFile {
    /// The path as the catalogue lists it (perhaps a symbolic link).
    pub path: PathBuf,
    /// The name in messages, as the loader gives it.
    pub name: String,
    pub records: Records,
    /// The file as last read or written; `None` for a file not yet on disk.
    pub disk: Option<OnDisk>,
    /// The edits applied to this file, as a stack of step stamps (see
    /// [`DocFile::is_dirty`]).
    pub applied: Vec<u64>,
    /// The top of `applied` when the file was last read or saved.
    pub saved: Option<u64>,
}

impl DocFile {
    /// A file read from disk.
    pub fn read(path: PathBuf, disk: OnDisk, records: Records) -> Self {
        Self {
            name: path.display().to_string(),
            path,
            records,
            disk: Some(disk),
            applied: Vec::new(),
            saved: None,
        }
    }

    /// A file to create on the first save.
    pub fn new(path: PathBuf) -> Self {
        Self {
            name: path.display().to_string(),
            path,
            records: Records::default(),
            disk: None,
            applied: Vec::new(),
            saved: None,
        }
    }

    /// Whether the records differ from the file on disk.
    ///
    /// Each step of editing has a stamp no other step has, pushed on every
    /// file it changes (popped by undo, pushed again by redo). A step is
    /// always applied on top of the same earlier steps, so the top stamp
    /// names the whole stack: the file holds what was saved exactly when
    /// its top stamp is the one it had then. A file not yet on disk is dirty
    /// when it holds an item.
    pub fn is_dirty(&self) -> bool {
        if self.disk.is_none() {
            return !self.records.is_empty();
        }
        self.applied.last().copied() != self.saved
    }

    /// Whether the catalogue counts this file: it is on disk, or will be.
    pub fn is_included(&self) -> bool {
        self.disk.is_some() || !self.records.is_empty()
    }

    /// The text the catalogue is read from: the bytes on disk while they
    /// hold the records, else the records in the canonical layout.
    pub fn text(&self) -> Cow<'_, [u8]> {
        match &self.disk {
            Some(disk) if !self.is_dirty() => Cow::Borrowed(&disk.bytes),
            _ => Cow::Owned(self.records.to_text().into_bytes()),
        }
    }
}
