//! Which file a new item goes into.

use std::path::{Component, Path, PathBuf};

use super::Document;
use super::apply::{Refusal, Target};
use super::canonical::Section;
use super::document::Root;
use super::record::{FileId, ItemKind, Record};

impl Document {
    /// The file a new item goes into when the caller does not choose:
    /// - in a one-file catalogue, that file;
    /// - an offer: its provider's file;
    /// - a centre: its provider's file (inside the provider);
    /// - a link: the file holding most links from offers of the same body as
    ///   its `from` offer, else the file holding most links, else the file
    ///   of its `from` offer;
    /// - an agreement, a competence, an occupation: the file holding most
    ///   items of its kind, else (an agreement) its first party's file;
    /// - a provider: none, a new body is given a file of its own.
    pub fn home(&self, record: &Record) -> Option<FileId> {
        if let Root::File(_) = self.root {
            return self.order.first().copied();
        }
        let provider_file = |id: &str| self.find(ItemKind::Provider, id).map(|a| a.file);
        match record {
            Record::Provider(_) => None,
            Record::Centre(c) => provider_file(&c.provider),
            Record::Offer(o) => provider_file(&o.provider),
            Record::Agreement(a) => self
                .most(Section::Agreements)
                .or_else(|| provider_file(a.parties.first()?)),
            Record::Competence(_) => self.most(Section::Competences),
            Record::Occupation(_) => self.most(Section::Occupations),
            Record::Link(l) => self.link_home(&l.from),
        }
    }

    /// The file and, for a new one, its path, for a new item.
    pub(crate) fn target(
        &self,
        record: &Record,
        into: Target,
    ) -> Result<(FileId, Option<PathBuf>), Refusal> {
        match into {
            Target::Home => self.home(record).map(|f| (f, None)).ok_or_else(|| {
                Refusal::File(format!(
                    "choose a file for the new {}: a new body is given a file of its own",
                    record.kind()
                ))
            }),
            Target::File(file) if file.0 < self.files.len() => Ok((file, None)),
            Target::File(_) => Err(Refusal::File(
                "this file is not one of the catalogue's".to_owned(),
            )),
            Target::NewFile(path) => {
                let path = self.new_path(&path)?;
                match self.file_at(&path) {
                    Some(file) => Ok((file, None)),
                    None => Ok((FileId(self.files.len()), Some(path))),
                }
            }
        }
    }

    /// A new file's path, checked: inside the catalogue's directory, a
    /// `.json` file the loader will read, not there yet.
    fn new_path(&self, path: &Path) -> Result<PathBuf, Refusal> {
        let refuse = |why: &str| Err(Refusal::File(format!("{}: {why}", path.display())));
        let dir = match &self.root {
            Root::Dir(dir) => dir,
            Root::File(file) => {
                return Err(Refusal::File(format!(
                    "the catalogue is the one file {}: new items go into it",
                    file.display()
                )));
            }
        };
        let relative = if path.is_absolute() {
            match path.strip_prefix(dir) {
                Ok(rest) => rest,
                Err(_) => return refuse("a new file must be inside the catalogue's directory"),
            }
        } else {
            path
        };
        if !relative.components().all(
            |c| matches!(c, Component::Normal(part) if !part.to_string_lossy().starts_with('.')),
        ) || relative.as_os_str().is_empty()
        {
            return refuse(
                "name a file inside the catalogue's directory, without `..` and not hidden (parcours skips names starting with a dot)",
            );
        }
        if relative.extension().is_none_or(|e| e != "json") {
            return refuse("a catalogue file's name ends in .json");
        }
        let full = dir.join(relative);
        if self.file_at(&full).is_none() && std::fs::symlink_metadata(&full).is_ok() {
            return refuse("a file of this name is already there");
        }
        Ok(full)
    }

    /// The file of the catalogue's that holds most items of a section.
    fn most(&self, section: Section) -> Option<FileId> {
        self.order
            .iter()
            .copied()
            .map(|f| (self.files[f.0].records.section_len(section), f))
            .filter(|(n, _)| *n > 0)
            .max_by_key(|&(n, f)| (n, std::cmp::Reverse(f)))
            .map(|(_, f)| f)
    }

    fn link_home(&self, from: &str) -> Option<FileId> {
        let offer = self.find(ItemKind::Offer, from)?;
        let Some(Record::Offer(from)) = self.record(offer) else {
            return None;
        };
        let body: std::collections::HashSet<&str> = self
            .order
            .iter()
            .flat_map(|f| &self.files[f.0].records.offers)
            .filter(|o| o.provider == from.provider)
            .map(|o| o.id.as_str())
            .collect();
        self.order
            .iter()
            .copied()
            .map(|f| {
                let links = &self.files[f.0].records.links;
                let same = links
                    .iter()
                    .filter(|l| body.contains(l.from.as_str()))
                    .count();
                (same, f)
            })
            .filter(|(n, _)| *n > 0)
            .max_by_key(|&(n, f)| (n, std::cmp::Reverse(f)))
            .map(|(_, f)| f)
            .or_else(|| self.most(Section::Links))
            .or(Some(offer.file))
    }
}
