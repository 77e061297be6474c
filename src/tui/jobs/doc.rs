//! Work on the document open for editing, off the drawing thread: at a
//! hundred thousand offers an edit's check loads the whole catalogue
//! (about two seconds), and the screens' data must be made again after
//! it. The document goes to the worker with the work and comes back with
//! the answer; meanwhile the interface answers keys and says "checking…".
//!
//! Until jobs are deferred (tests, and the interface before its loop
//! starts), the work is done at once inside update.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::mpsc::{Sender, channel};

use super::startup::Ready;
use super::work::JobId;
use super::worker::{Failed, panic_message};
use crate::edit::{
    Applied, Conflict, Document, FileId, OpenError, Refusal, SaveError, Summary, init_sample,
};
use crate::load::{Diagnostic, Source};
use crate::tui::app::edit::session::{DocOp, EditOp, Status, file_name};
use crate::tui::app::{BodiesState, CatalogueName, CatalogueState, Data};

/// Work for the document's worker.
pub struct DocJob {
    pub id: JobId,
    /// None until the document is opened.
    pub doc: Option<Box<Document>>,
    pub op: DocOp,
    /// The catalogue shown, to tell whether the screens must be made
    /// again.
    pub current: Arc<Data>,
    pub name: CatalogueName,
}

/// What a piece of work on the document gave.
#[derive(Debug)]
pub enum DocOutcome {
    /// Opened; or why not.
    Opened(Result<(), OpenFailed>),
    /// The sample written there and opened; or why not.
    Inited(Result<PathBuf, String>),
    /// An edit made (or, for a check, found possible); or refused.
    Edited {
        op: Box<EditOp>,
        check: bool,
        result: Result<Box<Edited>, Refusal>,
    },
    Undone(Result<Option<Summary>, Refusal>),
    Redone(Result<Option<Summary>, Refusal>),
    /// How many files were written; or why not, with, when another
    /// program changed files, those of them with unsaved edits (looked
    /// at here, off the drawing thread).
    Saved {
        result: Result<usize, SaveError>,
        conflicts: Vec<(FileId, String, Conflict)>,
    },
    SavedAs(Result<(FileId, PathBuf), SaveError>),
    Reverted(Result<(), Refusal>),
    /// After a change on disk: the files taken back as they are on disk,
    /// and those in conflict (changed on disk, with unsaved edits).
    Synced {
        reverted: Vec<String>,
        conflicts: Vec<(FileId, String, Conflict)>,
        refused: Option<Refusal>,
    },
}

/// Why the document did not open.
#[derive(Debug)]
pub enum OpenFailed {
    /// The sample built into parcours, which is read-only.
    Sample,
    Other(String),
}

/// An edit made or checked.
#[derive(Debug)]
pub struct Edited {
    /// None for a check.
    pub applied: Option<Applied>,
    pub warnings: Vec<Diagnostic>,
    /// The item as the document holds it now (none once deleted, or for
    /// a check).
    pub record: Option<crate::edit::Record>,
}

/// The document back from the worker, with what the work gave.
pub struct DocAnswer {
    pub id: JobId,
    pub doc: Option<Box<Document>>,
    pub outcome: DocOutcome,
    /// The screens made again on the catalogue as edited, when it changed.
    pub ready: Option<Box<Ready>>,
    pub status: Status,
    /// The catalogue's name now (it changes when the sample is written as
    /// files).
    pub name: CatalogueName,
}

impl DocJob {
    /// Does the work.
    pub fn run(self) -> DocAnswer {
        let Self {
            id,
            mut doc,
            op,
            current,
            mut name,
        } = self;
        let outcome = match op {
            DocOp::Open(path) => DocOutcome::Opened(open(&mut doc, path)),
            DocOp::Init(dir) => {
                let result = init(&mut doc, &dir);
                if result.is_ok() {
                    name = CatalogueName::Path(dir.display().to_string());
                }
                DocOutcome::Inited(result.map(|()| dir))
            }
            op => match doc.as_deref_mut() {
                Some(d) => work(d, op),
                // The document opens before any other work is asked.
                None => DocOutcome::Opened(Err(OpenFailed::Other(
                    "the catalogue is not open for editing".to_owned(),
                ))),
            },
        };
        let ready = doc
            .as_deref()
            .filter(|d| *d.catalogue() != current.cat)
            .map(|d| Box::new(build(d.catalogue().clone(), name.clone())));
        let status = doc.as_deref().map(Status::of).unwrap_or_default();
        DocAnswer {
            id,
            doc,
            outcome,
            ready,
            status,
            name,
        }
    }
}

fn open(doc: &mut Option<Box<Document>>, path: PathBuf) -> Result<(), OpenFailed> {
    match Document::open(&Source::Path(path)) {
        Ok(d) => {
            *doc = Some(Box::new(d));
            Ok(())
        }
        Err(OpenError::Sample) => Err(OpenFailed::Sample),
        Err(e) => Err(OpenFailed::Other(e.to_string())),
    }
}

/// What `parcours init DIR` does, then opens the files written.
fn init(doc: &mut Option<Box<Document>>, dir: &std::path::Path) -> Result<(), String> {
    init_sample(dir).map_err(|e| e.to_string())?;
    open(doc, dir.to_path_buf()).map_err(|e| match e {
        OpenFailed::Sample => "the sample cannot be opened".to_owned(),
        OpenFailed::Other(why) => why,
    })
}

/// The work on an open document.
fn work(doc: &mut Document, op: DocOp) -> DocOutcome {
    match op {
        DocOp::Edit { op, check } => {
            let result = edit(doc, &op, check);
            DocOutcome::Edited { op, check, result }
        }
        DocOp::Undo => DocOutcome::Undone(doc.undo()),
        DocOp::Redo => DocOutcome::Redone(doc.redo()),
        DocOp::Save => {
            let result = doc.save().map(|files| files.len());
            let conflicts = if matches!(result, Err(SaveError::Conflict { .. })) {
                let changes = doc.disk_changes();
                named(doc, changes.into_iter().filter(|(f, _)| doc.info(*f).dirty))
            } else {
                Vec::new()
            };
            DocOutcome::Saved { result, conflicts }
        }
        DocOp::SaveAs(file, path) => {
            DocOutcome::SavedAs(doc.save_as(file, &path).map(|()| (file, path)))
        }
        DocOp::Revert(files) => DocOutcome::Reverted(doc.revert(&files)),
        DocOp::Sync => sync(doc),
        DocOp::Open(_) | DocOp::Init(_) => unreachable!("handled before"),
    }
}

fn edit(doc: &mut Document, op: &EditOp, check: bool) -> Result<Box<Edited>, Refusal> {
    use crate::edit::Edit;
    let find = |item: &crate::tui::app::edit::session::ItemRef, doc: &Document| {
        item.find(doc).ok_or_else(|| {
            Refusal::File(format!(
                "{} {} is no longer in the catalogue",
                item.kind(),
                item.name()
            ))
        })
    };
    let edit = match op {
        EditOp::Create { record, into } => Edit::Create {
            record: record.clone(),
            into: into.clone(),
        },
        EditOp::Change { item, record } => Edit::Change {
            at: find(item, doc)?,
            record: record.clone(),
        },
        EditOp::Delete { item, cascade } => Edit::Delete {
            at: find(item, doc)?,
            cascade: *cascade,
        },
    };
    if check {
        let warnings = doc.check(edit)?;
        return Ok(Box::new(Edited {
            applied: None,
            warnings,
            record: None,
        }));
    }
    let applied = doc.apply(edit)?;
    let record = applied.at.and_then(|at| doc.record(at));
    Ok(Box::new(Edited {
        applied: Some(applied),
        warnings: doc.warnings().to_vec(),
        record,
    }))
}

/// The files changed on disk: those without unsaved edits are taken back
/// at once; those with are conflicts.
fn sync(doc: &mut Document) -> DocOutcome {
    let (dirty, clean): (Vec<_>, Vec<_>) = doc
        .disk_changes()
        .into_iter()
        .partition(|(f, _)| doc.info(*f).dirty);
    let reverted: Vec<String> = clean.iter().map(|(f, _)| file_name(doc, *f)).collect();
    let files: Vec<FileId> = clean.iter().map(|(f, _)| *f).collect();
    let refused = if files.is_empty() {
        None
    } else {
        doc.revert(&files).err()
    };
    DocOutcome::Synced {
        reverted: if refused.is_some() {
            Vec::new()
        } else {
            reverted
        },
        conflicts: named(doc, dirty),
        refused,
    }
}

/// Changes on disk with the names of their files, as the conflict
/// screen lists them.
fn named(
    doc: &Document,
    changes: impl IntoIterator<Item = (FileId, Conflict)>,
) -> Vec<(FileId, String, Conflict)> {
    changes
        .into_iter()
        .map(|(f, c)| (f, file_name(doc, f), c))
        .collect()
}

/// The screens' data made from a catalogue.
fn build(cat: crate::model::Catalogue, name: CatalogueName) -> Ready {
    let data = Arc::new(Data::new(cat, name));
    Ready {
        catalogue: CatalogueState::new(&data),
        bodies: BodiesState::new(&data),
        data,
    }
}

/// The thread that works on the document.
pub struct DocWorker {
    jobs: Sender<DocJob>,
}

impl DocWorker {
    /// Starts the thread; each answer goes to `answer`, and a panic (a
    /// bug) is said there once, and stops it.
    pub fn spawn<F>(answer: F) -> std::io::Result<Self>
    where
        F: Fn(Result<DocAnswer, Failed>) + Send + 'static,
    {
        let (jobs, incoming) = channel::<DocJob>();
        std::thread::Builder::new()
            .name("parcours-edit".into())
            .spawn(move || {
                for job in incoming {
                    let outcome =
                        std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| job.run()));
                    let failed = outcome.is_err();
                    answer(outcome.map_err(|p| Failed(panic_message(p.as_ref()))));
                    if failed {
                        return;
                    }
                }
            })?;
        Ok(Self { jobs })
    }

    /// Hands a job over.
    pub fn start(&self, job: DocJob) {
        let _ = self.jobs.send(job);
    }
}
