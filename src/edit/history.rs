//! Steps of editing, kept for undo and redo.

use std::collections::VecDeque;

use super::record::{Address, FileId, ItemKind, Record};

/// How many steps undo goes back by default.
pub const UNDO_STEPS: usize = 1000;

/// One change to one item; a step is a list of them, applied in order
/// and undone in reverse.
#[derive(Clone, Debug)]
#[allow(clippy::large_enum_variant)] // as `Record`
pub enum Change {
    Insert {
        at: Address,
        record: Record,
    },
    Remove {
        at: Address,
        record: Record,
    },
    Replace {
        at: Address,
        before: Record,
        after: Record,
    },
}

impl Change {
    /// The change that undoes this one.
    pub fn inverse(&self) -> Self {
        match self {
            Self::Insert { at, record } => Self::Remove {
                at: *at,
                record: record.clone(),
            },
            Self::Remove { at, record } => Self::Insert {
                at: *at,
                record: record.clone(),
            },
            Self::Replace { at, before, after } => Self::Replace {
                at: *at,
                before: after.clone(),
                after: before.clone(),
            },
        }
    }

    /// The file the change is made in.
    pub fn file(&self) -> FileId {
        match self {
            Self::Insert { at, .. } | Self::Remove { at, .. } | Self::Replace { at, .. } => at.file,
        }
    }
}

/// What a step did, to show in a list of changes or beside "undo".
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Summary {
    pub action: Action,
    pub kind: ItemKind,
    /// The item's id (a link's `FROM → TO (KIND)`).
    pub name: String,
    /// How many other items the step changed or deleted with it (what
    /// referred to a deleted item, or a centre's provider).
    pub others: usize,
}

/// What a step did to its item.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    Create,
    Change,
    Delete,
}

/// One step of editing: its changes, and the stamp it pushed on each file
/// it changed.
#[derive(Clone, Debug)]
pub struct Step {
    pub summary: Summary,
    pub changes: Vec<Change>,
    pub stamp: u64,
    pub files: Vec<FileId>,
}

/// The steps that undo and redo go through.
#[derive(Clone, Debug)]
pub struct History {
    pub undo: VecDeque<Step>,
    pub redo: Vec<Step>,
    pub limit: usize,
}

impl Default for History {
    fn default() -> Self {
        Self {
            undo: VecDeque::new(),
            redo: Vec::new(),
            limit: UNDO_STEPS,
        }
    }
}

impl History {
    /// Records a new step: redo is forgotten, and the oldest step when
    /// there are more than the limit.
    pub fn push(&mut self, step: Step) {
        self.redo.clear();
        self.undo.push_back(step);
        while self.undo.len() > self.limit {
            self.undo.pop_front();
        }
    }
}
