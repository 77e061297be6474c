//! A catalogue open for editing: its files as read, and the catalogue
//! they load into.

use std::path::{Path, PathBuf};

use super::canonical::Records;
use super::file::{self, DocFile};
use super::history::History;
use super::record::{Address, FileId, ItemKind, Record, Slot};
use crate::load::{Diagnostic, Diagnostics, Severity, Source};
use crate::model::{Catalogue, FileIx};

/// What the catalogue is on disk.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Root {
    /// One JSON file: every item is written into it.
    File(PathBuf),
    /// A directory of JSON files, read recursively.
    Dir(PathBuf),
}

/// Why a catalogue cannot be opened for editing.
#[derive(Debug, thiserror::Error)]
pub enum OpenError {
    #[error(
        "the sample catalogue built into parcours cannot be edited: write it as editable files with `parcours init`, then use them"
    )]
    Sample,
    #[error("a catalogue held in memory has no files to save into")]
    Memory,
    #[error("the catalogue {name} has {} error(s): fix them first (see `parcours validate`)", diagnostics.errors.len())]
    Invalid {
        name: String,
        diagnostics: Diagnostics,
    },
    #[error("{name}: cannot be read as records although it loads ({message}); please report this")]
    Records { name: String, message: String },
}

/// A catalogue open for editing.
///
/// It holds each file's items as records, in the order written, and the
/// catalogue they load into. Every edit ([`Document::apply`]) is checked by
/// loading the files as they would be saved, with the loader's own rules,
/// and refused with the loader's messages when it would leave an error.
/// Edits can be undone and redone; [`Document::save`] writes the files that
/// changed, each back where it came from.
#[derive(Debug)]
pub struct Document {
    pub(crate) root: Root,
    pub(crate) files: Vec<DocFile>,
    /// The catalogue's files, in load order (sorted by path).
    pub(crate) order: Vec<FileId>,
    pub(crate) catalogue: Catalogue,
    pub(crate) warnings: Vec<Diagnostic>,
    pub(crate) history: History,
    pub(crate) next_stamp: u64,
}

/// One file of a document, as the caller sees it.
#[derive(Clone, Copy, Debug)]
pub struct FileInfo<'d> {
    pub id: FileId,
    /// The path as the catalogue lists it.
    pub path: &'d Path,
    /// The name in messages.
    pub name: &'d str,
    /// Holds changes not yet saved.
    pub dirty: bool,
    /// Is on disk (false for a new file until it is saved).
    pub on_disk: bool,
    /// How many items it holds (centres counted with their providers).
    pub items: usize,
}

impl Document {
    /// Opens a catalogue on disk for editing. It must load without errors.
    pub fn open(source: &Source) -> Result<Self, OpenError> {
        let path = match source {
            Source::Sample => return Err(OpenError::Sample),
            Source::Memory(_) => return Err(OpenError::Memory),
            Source::Path(path) => path,
        };
        let invalid = |diagnostics| OpenError::Invalid {
            name: source.describe(),
            diagnostics,
        };
        let (root, paths) = list(path).map_err(invalid)?;
        let mut diagnostics = Diagnostics::default();
        let mut read = Vec::new();
        for path in paths {
            match file::read(&path) {
                Ok(disk) => read.push((path, disk)),
                Err(e) => diagnostics.push(problem(&path, &format!("cannot read: {e}"))),
            }
        }
        if diagnostics.has_errors() {
            return Err(invalid(diagnostics));
        }
        let mut files = Vec::with_capacity(read.len());
        let mut unreadable = None;
        for (path, disk) in read {
            let records = Records::parse(&disk.bytes).unwrap_or_else(|e| {
                // The loader says what is wrong with a file that does not
                // read; if it finds nothing, the two disagree.
                unreadable.get_or_insert((path.display().to_string(), e.to_string()));
                Records::default()
            });
            files.push(DocFile::read(path, disk, records));
        }
        let mut doc = Self {
            root,
            order: Vec::new(),
            files,
            catalogue: Catalogue::default(),
            warnings: Vec::new(),
            history: History::default(),
            next_stamp: 1,
        };
        let checked = doc.run_loader();
        let (catalogue, order, warnings) = match checked.catalogue {
            Some(catalogue) => (catalogue, checked.order, checked.diagnostics.warnings),
            None => return Err(invalid(checked.diagnostics)),
        };
        if let Some((name, message)) = unreadable {
            return Err(OpenError::Records { name, message });
        }
        doc.order = order;
        doc.catalogue = catalogue;
        doc.warnings = warnings;
        Ok(doc)
    }

    /// The catalogue as edited so far (the files as they would be saved).
    ///
    /// Its items' places are lines in the files as read from disk, or, for
    /// a file with unsaved changes, as it will be written.
    pub fn catalogue(&self) -> &Catalogue {
        &self.catalogue
    }

    /// The warnings of the catalogue as edited so far.
    pub fn warnings(&self) -> &[Diagnostic] {
        &self.warnings
    }

    /// Where the catalogue is on disk.
    pub fn root(&self) -> &Root {
        &self.root
    }

    /// Every file of the document, in the catalogue's load order, then the
    /// new files that hold nothing yet.
    pub fn files(&self) -> impl Iterator<Item = FileInfo<'_>> {
        let rest = (0..self.files.len())
            .map(FileId)
            .filter(|id| !self.order.contains(id));
        self.order
            .iter()
            .copied()
            .chain(rest.collect::<Vec<_>>())
            .map(|id| self.info(id))
    }

    /// One file of the document.
    ///
    /// # Panics
    /// When the id is not one of this document's.
    pub fn info(&self, id: FileId) -> FileInfo<'_> {
        let f = &self.files[id.0];
        FileInfo {
            id,
            path: &f.path,
            name: &f.name,
            dirty: f.is_dirty(),
            on_disk: f.disk.is_some(),
            items: f.records.len(),
        }
    }

    /// The document's file that the catalogue's file `ix` was read from.
    pub fn file_of(&self, ix: FileIx) -> Option<FileId> {
        self.order.get(ix.0 as usize).copied()
    }

    /// The file at `path` as the catalogue lists it.
    pub fn file_at(&self, path: &Path) -> Option<FileId> {
        self.files.iter().position(|f| f.path == path).map(FileId)
    }

    /// Whether some file holds changes not yet saved.
    pub fn is_dirty(&self) -> bool {
        self.files.iter().any(DocFile::is_dirty)
    }

    /// The item at `at`, as written.
    pub fn record(&self, at: Address) -> Option<Record> {
        self.files.get(at.file.0)?.records.get(at.slot)
    }

    /// Where the item of a kind and id is (for a link, use
    /// [`Document::link_address`]).
    pub fn find(&self, kind: ItemKind, id: &str) -> Option<Address> {
        fn pos<'a>(mut ids: impl Iterator<Item = &'a String>, id: &str) -> Option<usize> {
            ids.position(|x| x == id)
        }
        self.order.iter().find_map(|&file| {
            let r = &self.files[file.0].records;
            let slot = match kind {
                ItemKind::Provider => Slot::Provider(pos(r.providers.iter().map(|p| &p.id), id)?),
                ItemKind::Centre => r.providers.iter().enumerate().find_map(|(p, provider)| {
                    let c = pos(provider.centres.iter().map(|c| &c.id), id)?;
                    Some(Slot::Centre {
                        provider: p,
                        centre: c,
                    })
                })?,
                ItemKind::Agreement => {
                    Slot::Agreement(pos(r.agreements.iter().map(|a| &a.id), id)?)
                }
                ItemKind::Competence => {
                    Slot::Competence(pos(r.competences.iter().map(|c| &c.id), id)?)
                }
                ItemKind::Occupation => {
                    Slot::Occupation(pos(r.occupations.iter().map(|o| &o.id), id)?)
                }
                ItemKind::Offer => Slot::Offer(pos(r.offers.iter().map(|o| &o.id), id)?),
                ItemKind::Link => return None,
            };
            Some(Address { file, slot })
        })
    }

    /// Where the catalogue's link `ix` (its index in
    /// [`Catalogue::links`]) is written: the links of a file are in the
    /// catalogue in the order of their places in it.
    pub fn link_address(&self, ix: usize) -> Option<Address> {
        let origin = self.catalogue.links.get(ix)?.origin;
        let rank = self
            .catalogue
            .links
            .iter()
            .filter(|l| l.origin.file == origin.file && l.origin < origin)
            .count();
        let file = self.file_of(origin.file)?;
        Some(Address {
            file,
            slot: Slot::Link(rank),
        })
    }

    /// How many steps undo goes back, at most (1000 unless changed).
    pub fn set_undo_limit(&mut self, steps: usize) {
        self.history.limit = steps.max(1);
        while self.history.undo.len() > self.history.limit {
            self.history.undo.pop_front();
        }
    }
}

/// The catalogue's kind and its files, in load order.
fn list(path: &Path) -> Result<(Root, Vec<PathBuf>), Diagnostics> {
    let mut diagnostics = Diagnostics::default();
    match std::fs::metadata(path) {
        Err(e) => {
            diagnostics.push(problem(path, &format!("cannot read: {e}")));
            Err(diagnostics)
        }
        Ok(m) if m.is_dir() => {
            let mut problems = Vec::new();
            let files = crate::load::json_files(path, &mut problems);
            for p in problems {
                diagnostics.push(problem(Path::new(&p.name), &p.message));
            }
            if files.is_empty() && !diagnostics.has_errors() {
                diagnostics.push(problem(
                    path,
                    "this directory holds no .json file: a catalogue is a .json file or a directory of them",
                ));
            }
            if diagnostics.has_errors() {
                return Err(diagnostics);
            }
            Ok((Root::Dir(path.to_owned()), files))
        }
        Ok(_) => Ok((Root::File(path.to_owned()), vec![path.to_owned()])),
    }
}

fn problem(path: &Path, message: &str) -> Diagnostic {
    Diagnostic {
        severity: Severity::Error,
        file: path.display().to_string(),
        line: None,
        column: None,
        message: message.to_owned(),
    }
}
