//! Editing a catalogue on disk, safely: the library half of editing, with
//! no terminal in it (the interface's forms build on it).
//!
//! - [`Document`] holds a catalogue's files as records, each item at its
//!   [`Address`] (file and place); [`Document::apply`] creates, changes or
//!   deletes an item, checked by the loader's own rules, and
//!   [`Document::undo`] and [`Document::redo`] go through the steps.
//! - [`Document::save`] writes each changed file back where it came from,
//!   atomically, keeping a `.bak`, its permissions and symbolic links, and
//!   never over a version another program wrote meanwhile.
//! - [`Records`] is one file read and written in the canonical layout;
//!   [`Document::format`] rewrites files in it (`parcours fmt`).
//!
//! docs/editing.md describes the whole for the interface's authors.

mod apply;
mod canonical;
mod check;
mod compare;
mod document;
mod file;
mod format;
mod history;
mod init;
mod plan;
mod record;
mod refs;
mod revert;
mod save;
mod slots;
mod target;

pub use apply::{Applied, Edit, Refusal, Target};
pub use canonical::{Records, Section};
pub use check::Problem;
pub use compare::{same_content, without_places};
pub use document::{Document, FileInfo, OpenError, Root};
pub use file::Stamp;
pub use history::{Action, Summary, UNDO_STEPS};
pub use init::{InitError, init_sample};
pub use record::{Address, CentreOf, FileId, ItemKind, Record, Slot, link_name};
pub use refs::{Effect, Referrer, describe as describe_referrer};
pub use save::{Conflict, SaveError, backup_path};
