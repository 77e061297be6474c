//! Checking a document with the loader, and tying each problem the loader
//! finds to the item and field it is about.

use std::borrow::Cow;

use super::Document;
use super::canonical::Section;
use super::record::{Address, FileId, Slot};
use crate::load::locate::{LineIndex, PathDisplay, PathPart, value_at};
use crate::load::{Diagnostic, Diagnostics, Source, load};
use crate::model::Catalogue;

/// The most problems tied to their item and field; each costs a scan of
/// its file, and a person reads the first few anyway.
const PLACED: usize = 50;

/// One problem the loader found with an edit, and what it is about.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// The loader's diagnostic. Its line and column are in the file as
    /// read from disk, or, for a file with changes, as it would be written.
    pub diagnostic: Diagnostic,
    /// The item the problem is in, when it is in one.
    pub at: Option<Address>,
    /// The field inside the item, as a path: `hours`, `sessions[1].end`,
    /// `certification.code`; `None` for the item as a whole.
    pub field: Option<String>,
}

/// What loading the document's files gave.
pub struct Checked<'d> {
    pub catalogue: Option<Catalogue>,
    pub diagnostics: Diagnostics,
    /// The files loaded, in load order.
    pub order: Vec<FileId>,
    /// Their texts, as loaded.
    pub texts: Vec<Cow<'d, [u8]>>,
}

impl Document {
    /// Loads the files as they would be saved: the files on disk as read,
    /// the changed ones in the canonical layout, and the new ones that hold
    /// an item, in sorted path order as a directory is read.
    pub(crate) fn run_loader(&self) -> Checked<'_> {
        let mut order: Vec<FileId> = (0..self.files.len())
            .map(FileId)
            .filter(|id| self.files[id.0].is_included())
            .collect();
        order.sort_by(|a, b| self.files[a.0].path.cmp(&self.files[b.0].path));
        let texts: Vec<Cow<'_, [u8]>> = order.iter().map(|id| self.files[id.0].text()).collect();
        let source = Source::Memory(
            order
                .iter()
                .zip(&texts)
                .map(|(id, text)| (self.files[id.0].name.clone(), text.to_vec()))
                .collect(),
        );
        let loaded = load(&source);
        let catalogue = loaded.catalogue.map(|mut cat| {
            for (file, id) in cat.files.iter_mut().zip(&order) {
                file.path = Some(self.files[id.0].path.clone());
            }
            cat
        });
        Checked {
            catalogue,
            diagnostics: loaded.diagnostics,
            order,
            texts,
        }
    }

    /// The errors of a load, each tied to its item and field where it can be.
    pub(crate) fn problems(&self, checked: &Checked<'_>) -> Vec<Problem> {
        checked
            .diagnostics
            .errors
            .iter()
            .enumerate()
            .map(|(n, d)| {
                let placed = if n < PLACED {
                    place(self, checked, d)
                } else {
                    None
                };
                let (at, field) = placed.map_or((None, None), |(a, f)| (Some(a), f));
                Problem {
                    diagnostic: d.clone(),
                    at,
                    field,
                }
            })
            .collect()
    }
}

/// The item and field a diagnostic points into.
fn place(
    doc: &Document,
    checked: &Checked<'_>,
    d: &Diagnostic,
) -> Option<(Address, Option<String>)> {
    let n = checked
        .order
        .iter()
        .position(|id| doc.files[id.0].name == d.file)?;
    let file = checked.order[n];
    let text = String::from_utf8_lossy(&checked.texts[n]);
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    let (line, column) = (d.line? as usize, d.column? as usize);
    let index = LineIndex::new(text);
    let start = index.offset_of(line, 1);
    let offset = text[start..]
        .char_indices()
        .nth(column - 1)
        .map_or(text.len(), |(i, _)| start + i);
    let path = value_at(text, 0, offset).path;
    let (slot, rest) = slot_of(&path)?;
    let field = (!rest.is_empty()).then(|| PathDisplay(rest).to_string());
    Some((Address { file, slot }, field))
}

/// The item a path from the top of a file leads into, and the rest of the
/// path inside that item.
fn slot_of(path: &[PathPart]) -> Option<(Slot, &[PathPart])> {
    let [PathPart::Key(section), PathPart::Index(i), rest @ ..] = path else {
        return None;
    };
    let i = *i;
    Some(match Section::named(section)? {
        Section::Providers => match rest {
            [PathPart::Key(k), PathPart::Index(c), inner @ ..] if k == "centres" => (
                Slot::Centre {
                    provider: i,
                    centre: *c,
                },
                inner,
            ),
            _ => (Slot::Provider(i), rest),
        },
        Section::Agreements => (Slot::Agreement(i), rest),
        Section::Competences => (Slot::Competence(i), rest),
        Section::Occupations => (Slot::Occupation(i), rest),
        Section::Offers => (Slot::Offer(i), rest),
        Section::Links => (Slot::Link(i), rest),
    })
}
