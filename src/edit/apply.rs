//! Edits: creating, changing and deleting items, each checked by the
//! loader before it is kept; undo and redo.

use std::path::PathBuf;

use super::Document;
use super::check::Problem;
use super::file::DocFile;
use super::history::{Change, Step, Summary};
use super::plan::Plan;
use super::record::ItemKind;
use super::record::{Address, FileId, Record};
use super::refs::{Referrer, describe};
use crate::load::Diagnostic;

/// One edit of a document.
#[derive(Clone, Debug)]
pub enum Edit {
    /// A new item, at the end of its section (a centre: of its provider's
    /// centres) in the file `into` says.
    Create { record: Record, into: Target },
    /// The item at `at` becomes `record`. A centre whose provider changes
    /// moves to the end of the new provider's centres.
    Change { at: Address, record: Record },
    /// The item at `at` goes. When something refers to it, the edit is
    /// refused with the list unless `cascade` is set; with it, what refers
    /// to the item is deleted or changed too (see [`Document::referrers`]).
    Delete { at: Address, cascade: bool },
}

/// Which file a new item goes into.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Target {
    /// Its body's file, or the file that holds most items of its kind (see
    /// [`Document::home`]).
    Home,
    /// A file of the document.
    File(FileId),
    /// A new file, created on saving: a path under the catalogue's
    /// directory (relative paths are taken from there) ending in `.json`.
    NewFile(PathBuf),
}

/// Why an edit was not made. The document is as it was before.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum Refusal {
    /// The catalogue would have errors: the loader's messages.
    #[error("{}", invalid_message(.0))]
    Invalid(Vec<Problem>),
    /// Items refer to the one to delete.
    #[error("{} item(s) refer to it: {}", .0.len(), .0.iter().map(describe).collect::<Vec<_>>().join("; "))]
    Referenced(Vec<Referrer>),
    /// No item is at this address (any more).
    #[error("there is no item at this place: find it again by its id")]
    NoItem(Address),
    /// A record of one kind given for an item of another.
    #[error("a {given} cannot take the place of a {expected}")]
    WrongKind { expected: ItemKind, given: ItemKind },
    /// The file asked for cannot take the item.
    #[error("{0}")]
    File(String),
}

fn invalid_message(problems: &[Problem]) -> String {
    let Some(first) = problems.first() else {
        return "the catalogue would not load".to_owned();
    };
    let field = first
        .field
        .as_ref()
        .map_or(String::new(), |f| format!("{f}: "));
    let more = match problems.len() {
        1 => String::new(),
        n => format!(" (and {} more)", n - 1),
    };
    format!("{field}{}{more}", first.diagnostic.message)
}

/// An edit that was made.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Applied {
    pub summary: Summary,
    /// Where the item is now (none once deleted).
    pub at: Option<Address>,
    /// False when the edit changed nothing (a record equal to the item's),
    /// so no step was added.
    pub recorded: bool,
}

impl Document {
    /// Makes an edit, if the catalogue it gives loads without an error.
    /// Warnings do not stop an edit: see [`Document::warnings`].
    pub fn apply(&mut self, edit: Edit) -> Result<Applied, Refusal> {
        let plan = self.plan(edit)?;
        let (summary, at) = (plan.summary.clone(), plan.at);
        let recorded = self.perform(plan, false)?.is_some();
        Ok(Applied {
            summary,
            at,
            recorded,
        })
    }

    /// Checks an edit without making it: the warnings the catalogue would
    /// have, or why the edit would be refused. For forms that check each
    /// field as it is typed.
    pub fn check(&mut self, edit: Edit) -> Result<Vec<Diagnostic>, Refusal> {
        let plan = self.plan(edit)?;
        Ok(self.perform(plan, true)?.unwrap_or_default())
    }

    /// Undoes the last step; `None` when there is none.
    pub fn undo(&mut self) -> Result<Option<Summary>, Refusal> {
        let Some(step) = self.history.undo.pop_back() else {
            return Ok(None);
        };
        self.unmake(&step);
        if let Err(problems) = self.reload() {
            // Cannot happen: the state before a step was checked. Keep the
            // step rather than lose it.
            self.remake(&step);
            self.history.undo.push_back(step);
            return Err(Refusal::Invalid(problems));
        }
        let summary = step.summary.clone();
        self.history.redo.push(step);
        Ok(Some(summary))
    }

    /// Makes again the last step undone; `None` when there is none.
    pub fn redo(&mut self) -> Result<Option<Summary>, Refusal> {
        let Some(step) = self.history.redo.pop() else {
            return Ok(None);
        };
        self.remake(&step);
        if let Err(problems) = self.reload() {
            self.unmake(&step);
            self.history.redo.push(step);
            return Err(Refusal::Invalid(problems));
        }
        let summary = step.summary.clone();
        self.history.undo.push_back(step);
        Ok(Some(summary))
    }

    /// What undo would undo.
    pub fn undo_summary(&self) -> Option<&Summary> {
        self.history.undo.back().map(|s| &s.summary)
    }

    /// What redo would make again.
    pub fn redo_summary(&self) -> Option<&Summary> {
        self.history.redo.last().map(|s| &s.summary)
    }

    /// Makes the changes, checks the result, and keeps it (or, for a dry
    /// run, undoes it). `None` when there was nothing to change; else the
    /// warnings.
    fn perform(&mut self, plan: Plan, dry_run: bool) -> Result<Option<Vec<Diagnostic>>, Refusal> {
        if plan.changes.is_empty() {
            return Ok(None);
        }
        if let Some(path) = &plan.new_file {
            self.files.push(DocFile::new(path.clone()));
        }
        let stamp = self.next_stamp;
        self.next_stamp += 1;
        let mut files: Vec<FileId> = plan.changes.iter().map(Change::file).collect();
        files.sort_unstable();
        files.dedup();
        let step = Step {
            summary: plan.summary,
            changes: plan.changes,
            stamp,
            files,
        };
        self.remake(&step);
        let checked = self.run_loader();
        let outcome = match checked.catalogue {
            Some(catalogue) => Ok((catalogue, checked.order, checked.diagnostics.warnings)),
            None => Err(self.problems(&checked)),
        };
        match outcome {
            Ok((catalogue, order, warnings)) if !dry_run => {
                self.catalogue = catalogue;
                self.order = order;
                self.warnings.clone_from(&warnings);
                self.history.push(step);
                Ok(Some(warnings))
            }
            outcome => {
                self.unmake(&step);
                if plan.new_file.is_some() {
                    self.files.pop();
                }
                outcome
                    .map(|(_, _, warnings)| Some(warnings))
                    .map_err(Refusal::Invalid)
            }
        }
    }

    /// Makes a step's changes, in order.
    fn remake(&mut self, step: &Step) {
        for change in &step.changes {
            self.make(change);
        }
        for f in &step.files {
            self.files[f.0].applied.push(step.stamp);
        }
    }

    /// Undoes a step's changes, in reverse order.
    fn unmake(&mut self, step: &Step) {
        for change in step.changes.iter().rev() {
            self.make(&change.inverse());
        }
        for f in &step.files {
            self.files[f.0].applied.pop();
        }
    }

    fn make(&mut self, change: &Change) {
        match change {
            Change::Insert { at, record } => {
                self.files[at.file.0]
                    .records
                    .insert(at.slot, record.clone());
            }
            Change::Remove { at, .. } => {
                self.files[at.file.0].records.remove(at.slot);
            }
            Change::Replace { at, after, .. } => {
                self.files[at.file.0]
                    .records
                    .replace(at.slot, after.clone());
            }
        }
    }

    /// Loads the records as they are, keeping the catalogue when it loads.
    pub(crate) fn reload(&mut self) -> Result<(), Vec<Problem>> {
        let checked = self.run_loader();
        match checked.catalogue {
            Some(catalogue) => {
                let (order, warnings) = (checked.order, checked.diagnostics.warnings);
                self.catalogue = catalogue;
                self.order = order;
                self.warnings = warnings;
                Ok(())
            }
            None => Err(self.problems(&checked)),
        }
    }
}
