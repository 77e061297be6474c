//! Saving: each changed file back where it came from, whole or not at all,
//! and never over a version another program wrote meanwhile.
//!
//! A file is written through a temporary file in its directory, flushed to
//! disk and renamed over it (see [`crate::plan::atomic`]), after its
//! previous version is kept as `NAME.json.bak` beside it. Through a
//! symbolic link, the link's target is written and the link kept. The file
//! keeps its permissions; a read-only file is not written.
//!
//! Before writing, the file is read again: if it is gone or holds other
//! bytes than when it was read (its size or the hash of its bytes differ),
//! nothing is written and the conflict is returned for the caller to show
//! (reload, or save elsewhere with [`Document::save_as`]). A file whose
//! modification time alone changed holds what was read, and is written.

use std::fs::Permissions;
use std::path::{Path, PathBuf};

use super::Document;
use super::file::{self, OnDisk, Stamp};
use super::record::FileId;
use crate::plan::atomic::{self, Access, Fill, fill_all};

/// How a file changed on disk since it was read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Conflict {
    /// It is gone.
    Deleted,
    /// It holds other bytes.
    Changed { read: Stamp, now: Stamp },
    /// A new file's path was taken meanwhile.
    Appeared,
}

/// Why saving stopped. The file named is as it was on disk, and the edits
/// are still in memory; files saved before it are saved (and no longer
/// dirty).
#[derive(Debug, thiserror::Error)]
pub enum SaveError {
    #[error("{name}: {}", conflict_message(.conflict))]
    Conflict {
        file: FileId,
        name: String,
        conflict: Conflict,
    },
    #[error(
        "{name} is read-only: nothing was written (make it writable, or save your version elsewhere)"
    )]
    ReadOnly { file: FileId, name: String },
    #[error("cannot write {name}: {source}; nothing of it was changed")]
    Io {
        file: FileId,
        name: String,
        #[source]
        source: std::io::Error,
    },
    #[error("{0}")]
    Refused(String),
}

fn conflict_message(conflict: &Conflict) -> &'static str {
    match conflict {
        Conflict::Deleted => {
            "was deleted by another program since it was read: nothing was written (save your version elsewhere, or reload)"
        }
        Conflict::Changed { .. } => {
            "was changed by another program since it was read: nothing was written (reload it, or save your version elsewhere)"
        }
        Conflict::Appeared => {
            "was created by another program meanwhile: nothing was written (reload, or save your version elsewhere)"
        }
    }
}

/// A file checked for writing: what is on disk now and its permissions.
pub(crate) struct Checked {
    current: Option<(OnDisk, Permissions)>,
}

impl Document {
    /// Writes every file with unsaved changes, keeping a `.bak` of each,
    /// and returns them. Every file is checked for conflicts before any is
    /// written. A file whose edits, undone or made by hand, leave it as it
    /// is on disk is not written, only marked saved.
    pub fn save(&mut self) -> Result<Vec<FileId>, SaveError> {
        self.save_with(&fill_all)
    }

    /// [`Document::save`], with `fill` writing each temporary file (tests
    /// give one that fails as a full disk does).
    pub fn save_with(&mut self, fill: &Fill<'_>) -> Result<Vec<FileId>, SaveError> {
        let dirty: Vec<FileId> = (0..self.files.len())
            .map(FileId)
            .filter(|f| self.files[f.0].is_dirty())
            .collect();
        for &f in &dirty {
            self.check_disk(f)?;
        }
        let mut written = Vec::new();
        for id in dirty {
            let doc_file = &mut self.files[id.0];
            if doc_file
                .disk
                .as_ref()
                .is_some_and(|d| d.bytes == doc_file.records.to_text().as_bytes())
            {
                doc_file.saved = doc_file.applied.last().copied();
                continue;
            }
            self.write(id, true, fill)?;
            written.push(id);
        }
        Ok(written)
    }

    /// Writes a file's records, in the canonical layout, to another path
    /// (a copy to compare or merge by hand after a conflict). The path must
    /// not be one the catalogue reads, and must not exist yet. The file
    /// stays unsaved.
    pub fn save_as(&self, file: FileId, path: &Path) -> Result<(), SaveError> {
        let f = &self.files[file.0];
        if let super::document::Root::Dir(dir) = &self.root
            && read_by_catalogue(dir, path)
        {
            return Err(SaveError::Refused(format!(
                "{}: parcours would read this file as part of the catalogue, where its ids would be defined twice; choose a name not ending in .json, or another directory",
                path.display()
            )));
        }
        let options = atomic::Options {
            no_clobber: true,
            ..atomic::Options::new(Access::Shared)
        };
        atomic::write_atomically_with(path, f.records.to_text().as_bytes(), &options, &fill_all)
            .map_err(|source| SaveError::Io {
                file,
                name: path.display().to_string(),
                source,
            })
    }

    /// Checks that a file can be written: it is as it was read, and not
    /// read-only.
    pub(crate) fn check_disk(&self, id: FileId) -> Result<Checked, SaveError> {
        let f = &self.files[id.0];
        let conflict = |conflict| SaveError::Conflict {
            file: id,
            name: f.name.clone(),
            conflict,
        };
        let io = |source| SaveError::Io {
            file: id,
            name: f.name.clone(),
            source,
        };
        let Some(was) = &f.disk else {
            if std::fs::symlink_metadata(&f.path).is_ok() {
                return Err(conflict(Conflict::Appeared));
            }
            return Ok(Checked { current: None });
        };
        let now = match file::read(&f.path) {
            Ok(now) => now,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Err(conflict(Conflict::Deleted));
            }
            Err(e) => return Err(io(e)),
        };
        if was.stamp.content_differs(&now.stamp) {
            return Err(conflict(Conflict::Changed {
                read: was.stamp,
                now: now.stamp,
            }));
        }
        let permissions = std::fs::metadata(&f.path).map_err(io)?.permissions();
        // Read-only by its mode (which even root should respect), or to
        // this user: the rename would replace a file the user may not write.
        let writable = std::fs::OpenOptions::new().write(true).open(&f.path);
        if permissions.readonly()
            || writable.is_err_and(|e| e.kind() == std::io::ErrorKind::PermissionDenied)
        {
            return Err(SaveError::ReadOnly {
                file: id,
                name: f.name.clone(),
            });
        }
        Ok(Checked {
            current: Some((now, permissions)),
        })
    }

    /// Writes one file (checking it again first), with a `.bak` of what was
    /// there when `backup` is set.
    pub(crate) fn write(
        &mut self,
        id: FileId,
        backup: bool,
        fill: &Fill<'_>,
    ) -> Result<(), SaveError> {
        let checked = self.check_disk(id)?;
        let f = &self.files[id.0];
        let io = |source| SaveError::Io {
            file: id,
            name: f.name.clone(),
            source,
        };
        let text = f.records.to_text().into_bytes();
        let (target, options) = if let Some((current, permissions)) = &checked.current {
            // Through a link, its target is written and the link kept.
            let target = std::fs::canonicalize(&f.path).map_err(io)?;
            let options = atomic::Options {
                permissions: Some(permissions.clone()),
                create_dir: false,
                ..atomic::Options::new(Access::Shared)
            };
            if backup {
                atomic::write_atomically_with(
                    &backup_path(&target),
                    &current.bytes,
                    &options,
                    fill,
                )
                .map_err(io)?;
            }
            (target, options)
        } else {
            let options = atomic::Options {
                no_clobber: true,
                ..atomic::Options::new(Access::Shared)
            };
            (f.path.clone(), options)
        };
        atomic::write_atomically_with(&target, &text, &options, fill).map_err(|e| {
            if e.kind() == std::io::ErrorKind::AlreadyExists {
                SaveError::Conflict {
                    file: id,
                    name: f.name.clone(),
                    conflict: Conflict::Appeared,
                }
            } else {
                io(e)
            }
        })?;
        // Stamped with the bytes written: if another program wrote between
        // the rename and this, the next save finds the difference.
        let modified = std::fs::metadata(&target).and_then(|m| m.modified()).ok();
        let f = &mut self.files[id.0];
        let stamp = Stamp::of(&text, modified);
        f.disk = Some(OnDisk { bytes: text, stamp });
        f.saved = f.applied.last().copied();
        Ok(())
    }
}

/// Where a file's previous version is kept: `NAME.json.bak` beside it
/// (which the loader does not read).
pub fn backup_path(path: &Path) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(".bak");
    PathBuf::from(name)
}

/// Whether loading the catalogue in `dir` would read `path`.
fn read_by_catalogue(dir: &Path, path: &Path) -> bool {
    let absolute = |p: &Path| std::path::absolute(p).unwrap_or_else(|_| p.to_owned());
    let (dir, path) = (absolute(dir), absolute(path));
    path.extension().is_some_and(|e| e == "json")
        && path.strip_prefix(&dir).is_ok_and(|rest| {
            rest.components()
                .all(|c| !c.as_os_str().to_string_lossy().starts_with('.'))
        })
}
