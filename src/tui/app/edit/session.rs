//! Editing inside the interface: the document open for editing (or away
//! on the worker that checks edits), the work waiting for it, what is
//! known of it while it is away (unsaved files, what undo and redo would
//! do), and the windows of editing open over the screen.

use std::collections::VecDeque;
use std::path::PathBuf;

use super::draft::Draft;
use super::form::FormState;
use super::overlay::Overlay;
use crate::edit::{Address, Document, FileId, ItemKind, Record, Slot, Summary, Target};
use crate::model::file::LinkRecord;

/// An item named so that it can be found again after other edits moved
/// it: by kind and id, a link by its fields (two links with the same
/// fields are the same passerelle written twice).
#[derive(Clone, Debug, PartialEq)]
pub enum ItemRef {
    Id(ItemKind, String),
    Link(LinkRecord),
}

impl ItemRef {
    /// The reference of an item as written.
    pub fn of(record: &Record) -> Self {
        match record {
            Record::Link(l) => Self::Link(l.clone()),
            other => Self::Id(other.kind(), other.name()),
        }
    }

    /// The kind of item named.
    pub fn kind(&self) -> ItemKind {
        match self {
            Self::Id(kind, _) => *kind,
            Self::Link(_) => ItemKind::Link,
        }
    }

    /// How it is named to a person: its id, a link `FROM → TO (KIND)`.
    pub fn name(&self) -> String {
        match self {
            Self::Id(_, id) => id.clone(),
            Self::Link(l) => crate::edit::link_name(l),
        }
    }

    /// Where the item is in the document now.
    pub fn find(&self, doc: &Document) -> Option<Address> {
        match self {
            Self::Id(kind, id) => doc.find(*kind, id),
            Self::Link(link) => doc.files().find_map(|file| {
                (0..file.items).find_map(|i| {
                    let at = Address {
                        file: file.id,
                        slot: Slot::Link(i),
                    };
                    match doc.record(at)? {
                        Record::Link(l) if l == *link => Some(at),
                        _ => None,
                    }
                })
            }),
        }
    }
}

/// An edit, its item named by reference: it is found in the document
/// when the edit is made, which may be after other edits.
#[derive(Clone, Debug, PartialEq)]
pub enum EditOp {
    Create { record: Record, into: Target },
    Change { item: ItemRef, record: Record },
    Delete { item: ItemRef, cascade: bool },
}

/// Work on the document, done in order.
#[derive(Clone, Debug, PartialEq)]
pub enum DocOp {
    /// Opens the catalogue's files for editing.
    Open(PathBuf),
    /// Writes the sample as editable files there (`parcours init`),
    /// then opens them.
    Init(PathBuf),
    /// Makes an edit (with `check`, only checks it).
    Edit {
        op: Box<EditOp>,
        check: bool,
    },
    Undo,
    Redo,
    Save,
    /// Writes a file's version elsewhere (after a conflict).
    SaveAs(FileId, PathBuf),
    /// Takes files back as they are on disk, their edits dropped.
    Revert(Vec<FileId>),
    /// The files changed on disk: takes back those without unsaved
    /// edits, and reports the others as conflicts.
    Sync,
}

/// What to do once the document is back, in order with the work.
#[derive(Clone, Debug, PartialEq)]
pub enum Then {
    /// Opens the form of an item.
    Form(ItemRef),
    /// Opens a form for a new item.
    New(Box<Draft>),
    /// Asks whether to delete an item, listing what refers to it.
    AskDelete(ItemRef),
}

/// One piece of waiting work.
#[derive(Clone, Debug, PartialEq)]
pub enum Task {
    Op(DocOp),
    Then(Then),
}

/// Where the document is.
#[derive(Debug, Default)]
pub enum DocSlot {
    /// Not opened yet (it opens with the first edit).
    #[default]
    Closed,
    Open(Box<Document>),
    /// On the worker, being checked or saved.
    Away,
}

/// What the interface shows of the document, kept while it is away.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Status {
    /// The files with unsaved changes, by name.
    pub dirty: Vec<String>,
    pub undo: Option<Summary>,
    pub redo: Option<Summary>,
    /// Every file (for choosing where a new item goes), by id and name.
    pub files: Vec<(FileId, String)>,
    /// Whether new files can be made (a catalogue that is a directory).
    pub directory: bool,
}

/// A file's name as shown: its path under the catalogue's directory
/// (`afpa.json`, `sub/links.json`), or the whole path.
pub fn file_name(doc: &Document, file: FileId) -> String {
    let path = doc.info(file).path;
    let short = match doc.root() {
        crate::edit::Root::Dir(dir) => path.strip_prefix(dir).ok(),
        crate::edit::Root::File(_) => path.file_name().map(std::path::Path::new),
    };
    short.unwrap_or(path).display().to_string()
}

impl Status {
    /// The status of a document.
    pub fn of(doc: &Document) -> Self {
        Self {
            dirty: doc
                .files()
                .filter(|f| f.dirty)
                .map(|f| file_name(doc, f.id))
                .collect(),
            undo: doc.undo_summary().cloned(),
            redo: doc.redo_summary().cloned(),
            files: doc.files().map(|f| (f.id, file_name(doc, f.id))).collect(),
            directory: matches!(doc.root(), crate::edit::Root::Dir(_)),
        }
    }
}

/// Editing in the interface.
#[derive(Debug, Default)]
pub struct Session {
    pub doc: DocSlot,
    /// Work waiting for the document, oldest first.
    pub queue: VecDeque<Task>,
    pub status: Status,
    /// The windows of editing, the last on top (shown while the top popup
    /// is [`crate::tui::app::Popup::Edit`]).
    pub overlays: Vec<Overlay>,
    /// Quit once the save under way succeeds.
    pub quit_after_save: bool,
}

impl Session {
    /// Whether the document is away on the worker.
    pub fn is_away(&self) -> bool {
        matches!(self.doc, DocSlot::Away)
    }

    /// Whether there are unsaved changes.
    pub fn is_dirty(&self) -> bool {
        !self.status.dirty.is_empty()
    }
}

impl Session {
    /// Where keys are read while the windows of editing are open.
    pub fn context(&self) -> crate::tui::keymap::Context {
        use crate::tui::keymap::Context;
        match self.overlays.last() {
            Some(Overlay::Form(f)) if f.line.is_some() => Context::Input,
            Some(Overlay::Form(_)) => Context::Form,
            Some(Overlay::Conflict(c)) if c.confirm => Context::Confirm,
            Some(Overlay::Chooser(_) | Overlay::Quit { .. } | Overlay::Conflict(_)) => {
                Context::Picker
            }
            Some(Overlay::Delete { .. } | Overlay::Error(_)) => Context::Confirm,
            Some(Overlay::Input(_)) => Context::Input,
            None => Context::Normal,
        }
    }

    /// The form under the other windows, if one is open.
    pub fn form_mut(&mut self) -> Option<&mut FormState> {
        self.overlays.iter_mut().rev().find_map(|o| match o {
            Overlay::Form(f) => Some(f.as_mut()),
            _ => None,
        })
    }

    /// The form on top, if the top window is one.
    pub fn top_form(&mut self) -> Option<&mut FormState> {
        match self.overlays.last_mut() {
            Some(Overlay::Form(f)) => Some(f.as_mut()),
            _ => None,
        }
    }
}
