//! Editing: by hand, what the interface knows of the catalogue's files
//! while someone edits them in another program; and inside the
//! interface, the document open for editing and its windows
//! ([`session`]).
//!
//! The files are watched ([`crate::tui::watch`]); a change loads them
//! again on another thread, and the catalogue shown is replaced only by
//! one that loads without errors. Until the files load again, the last
//! good catalogue stays on screen and a panel lists the loader's
//! diagnostics. While a document is open, a change goes through it
//! instead, so that no unsaved edit is dropped.

pub mod draft;
pub mod form;
pub mod overlay;
pub mod schema;
pub mod session;

use std::path::PathBuf;

use crate::edit::Summary;

use crate::load::Diagnostics;

/// The diagnostics of files that do not load, as `parcours validate`
/// prints them: the errors panel's while editing by hand, the loading
/// screen's when the catalogue fails to load at start.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Problems {
    /// Every problem, one line each (`FILE:LINE:COLUMN: error: …`).
    pub lines: Vec<String>,
    pub errors: usize,
}

impl Problems {
    /// Every diagnostic, as printed, and how many are errors.
    pub fn of(diagnostics: &Diagnostics) -> Self {
        Self {
            lines: diagnostics.iter().map(ToString::to_string).collect(),
            errors: diagnostics.errors.len(),
        }
    }
}

/// A file to open in the person's editor, at a line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Launch {
    pub path: PathBuf,
    pub line: u32,
}

/// What the interface says after a reload or an editor's run, in the
/// footer, until the next key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    /// The files were loaded again.
    Reloaded,
    /// The item selected is no longer in the files.
    SelectionGone,
    /// The editor could not be started, or failed: why.
    EditorFailed(String),
    /// The item selected has no file to open (the sample, or nothing
    /// selected).
    NoFile,
    /// The files cannot be watched (why): changes show only after the
    /// editor key or a restart.
    WatchFailed(String),
    /// An edit was made (from a form or a question).
    Edited(Summary),
    Undone(Summary),
    Redone(Summary),
    NothingToUndo,
    NothingToRedo,
    /// So many files were written.
    Saved(usize),
    NothingToSave,
    /// A file's version was written to this path.
    SavedAs(String),
    /// These files were read again from disk (changed there, without
    /// unsaved edits; or reloaded after a conflict).
    Reverted(Vec<String>),
    /// The sample was written as files into this directory, now edited.
    Inited(String),
    /// An edit, undo or redo was refused: the library's words.
    Refused(String),
    /// Nothing to edit here (no item selected, or not on this screen).
    NothingToEdit,
    /// The item is no longer in the catalogue (another edit took it).
    Gone(crate::edit::ItemKind, String),
}

/// The state of editing, by hand and in the interface.
#[derive(Debug, Default)]
pub struct EditState {
    /// The catalogue's files on disk, watched and loaded again when they
    /// change; none for the sample built into parcours.
    pub root: Option<PathBuf>,
    /// Where the sample is offered to be written as files.
    pub init_dir: Option<PathBuf>,
    /// Set while the files do not load: the last good catalogue is shown.
    pub problems: Option<Problems>,
    /// Whether the files are being loaded again.
    pub reloading: bool,
    /// A change came while loading again: load once more afterwards, so
    /// that the last change is the one shown.
    pub again: bool,
    /// The editor asked for, for the event loop, which owns the terminal.
    pub launch: Option<Launch>,
    pub notice: Option<Notice>,
    /// Editing inside the interface.
    pub session: session::Session,
    /// What the event loop is asked to do after the action.
    pub asks: LoopAsks,
}

/// What editing asks of the event loop, which owns the watcher and the
/// threads that load.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct LoopAsks {
    /// The catalogue's files moved (the sample written as files): watch
    /// the new ones.
    pub rewatch: bool,
    /// Load the files again as by hand (the document, which held no
    /// unsaved edit, was closed on files that no longer load), as for a
    /// change on disk.
    pub reload: bool,
}
