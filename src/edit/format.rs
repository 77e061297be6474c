//! Rewriting files in the canonical layout, content unchanged
//! (`parcours fmt`).

use super::Document;
use super::compare::same_content;
use super::record::FileId;
use super::save::SaveError;
use crate::load::{Source, load};
use crate::plan::atomic::{Fill, fill_all};

impl Document {
    /// Files on disk not written in the canonical layout, or with unsaved
    /// changes: what [`Document::format`] would write.
    pub fn unformatted(&self) -> Vec<FileId> {
        self.order
            .iter()
            .copied()
            .filter(|f| {
                let file = &self.files[f.0];
                file.is_dirty()
                    || file
                        .disk
                        .as_ref()
                        .is_some_and(|d| d.bytes != file.records.to_text().as_bytes())
            })
            .collect()
    }

    /// Writes every file of [`Document::unformatted`] in the canonical
    /// layout (without a `.bak`: the content is unchanged), and returns
    /// them. First checks that the files so written load into the same
    /// catalogue as before, and that none changed on disk.
    pub fn format(&mut self) -> Result<Vec<FileId>, SaveError> {
        self.format_with(&fill_all)
    }

    /// [`Document::format`] with `fill` writing each temporary file.
    pub fn format_with(&mut self, fill: &Fill<'_>) -> Result<Vec<FileId>, SaveError> {
        let files = self.unformatted();
        if files.is_empty() {
            return Ok(files);
        }
        let canonical = Source::Memory(
            self.order
                .iter()
                .map(|f| {
                    let doc_file = &self.files[f.0];
                    (
                        doc_file.name.clone(),
                        doc_file.records.to_text().into_bytes(),
                    )
                })
                .collect(),
        );
        let same = load(&canonical)
            .catalogue
            .is_some_and(|c| same_content(&c, &self.catalogue));
        if !same {
            return Err(SaveError::Refused(
                "the files in the canonical layout would not load into the same catalogue: nothing was written (please report this)"
                    .to_owned(),
            ));
        }
        for &f in &files {
            self.check_disk(f)?;
        }
        let mut written = Vec::new();
        let result = files.iter().try_for_each(|&f| {
            self.write(f, false, fill)?;
            written.push(f);
            Ok(())
        });
        // The items' places now are those of the files as written.
        if !written.is_empty() {
            let _ = self.reload();
        }
        result.map(|()| written)
    }
}
