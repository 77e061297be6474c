//! The files on disk against the document: which changed since they were
//! read (another program wrote them), and taking a file back as it is on
//! disk, its unsaved edits dropped.
//!
//! An interface that watches the files calls [`Document::disk_changes`]
//! when the watcher reports a change: parcours' own saves show none (a
//! saved file is stamped with the bytes written); a file without unsaved
//! edits that changed can be taken back at once with
//! [`Document::revert`]; one with unsaved edits is a conflict to show.

use super::Document;
use super::apply::Refusal;
use super::canonical::Records;
use super::file::{self, DocFile};
use super::record::FileId;
use super::save::Conflict;

impl Document {
    /// Every file whose bytes on disk are no longer those read or last
    /// written, and how: deleted, changed, or (a new file not yet saved)
    /// created meanwhile by another program. Reads every file.
    pub fn disk_changes(&self) -> Vec<(FileId, Conflict)> {
        self.files
            .iter()
            .enumerate()
            .filter_map(|(i, f)| Some((FileId(i), disk_change(f)?)))
            .collect()
    }

    /// Takes `files` back as they are on disk now: their unsaved edits are
    /// dropped, and the steps of undo and redo that touched them go (the
    /// others stay). A file deleted on disk leaves the catalogue with its
    /// items. Refused, with nothing changed, when a file cannot be read
    /// or the catalogue would then have errors (another file's edits may
    /// name what the file on disk no longer holds).
    pub fn revert(&mut self, files: &[FileId]) -> Result<(), Refusal> {
        let before: Vec<(FileId, DocFile)> = files
            .iter()
            .filter(|f| f.0 < self.files.len())
            .map(|&f| (f, self.files[f.0].clone()))
            .collect();
        let history = self.history.clone();
        for (id, _) in &before {
            if let Err(why) = self.reread(*id) {
                self.restore(before, history);
                return Err(Refusal::File(why));
            }
        }
        let touched = |step: &super::history::Step| step.files.iter().any(|f| files.contains(f));
        self.history.undo.retain(|s| !touched(s));
        self.history.redo.retain(|s| !touched(s));
        if let Err(problems) = self.reload() {
            self.restore(before, history);
            return Err(Refusal::Invalid(problems));
        }
        Ok(())
    }

    /// Reads one file again from disk, as when the document was opened.
    fn reread(&mut self, id: FileId) -> Result<(), String> {
        let f = &mut self.files[id.0];
        match file::read(&f.path) {
            Ok(disk) => {
                let records = Records::parse(&disk.bytes)
                    .map_err(|e| format!("{}: cannot be read as records: {e}", f.name))?;
                *f = DocFile::read(f.path.clone(), disk, records);
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                // Gone: it holds nothing now, and a save would create it
                // again only if an item were put in it.
                *f = DocFile::new(f.path.clone());
            }
            Err(e) => return Err(format!("{}: cannot read: {e}", f.name)),
        }
        Ok(())
    }

    fn restore(&mut self, files: Vec<(FileId, DocFile)>, history: super::history::History) {
        for (id, f) in files {
            self.files[id.0] = f;
        }
        self.history = history;
    }
}

/// How a file on disk differs from what the document read or wrote.
fn disk_change(f: &DocFile) -> Option<Conflict> {
    let Some(was) = &f.disk else {
        return std::fs::symlink_metadata(&f.path)
            .is_ok()
            .then_some(Conflict::Appeared);
    };
    match file::read(&f.path) {
        Ok(now) if was.stamp.content_differs(&now.stamp) => Some(Conflict::Changed {
            read: was.stamp,
            now: now.stamp,
        }),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Some(Conflict::Deleted),
        // The same bytes; or unreadable for now (permissions changed),
        // which saving will say.
        Ok(_) | Err(_) => None,
    }
}
