//! A form: one item's fields in schema order, a line each (`name  value`),
//! the field selected edited on a line of its own, and beside each field
//! what the loader (or reading the value) says is wrong with it.
//!
//! An item that exists is changed field by field: each field confirmed is
//! one edit, checked by the library and made (one step of undo) or
//! refused with its messages. A new item is checked as its fields are
//! filled, and created from its last row.

use super::draft::{Bad, Draft, Slot};
use super::schema::{Shape, fields};
use super::session::ItemRef;
use crate::edit::{ItemKind, Record, Target};
use crate::tui::app::Cursor;

/// A line of the form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FormRow {
    /// A field of one line, by its place in the kind's table.
    Field(usize),
    /// A field of an object field (`certification.code`).
    Sub(usize, usize),
    /// The title of a list of objects (`sessions`).
    Heading(usize),
    /// A field of an entry of a list of objects: field, entry, sub-field.
    Entry(usize, usize, usize),
    /// Adds an entry to a list of objects.
    AddEntry(usize),
    /// A new item: the file it goes into.
    File,
    /// A new item: creates it.
    Create,
}

/// Something said about a field, or about the item.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Said {
    /// The loader's message (`parcours validate`'s words).
    Loader(String),
    /// The value typed cannot be read.
    Bad(Bad),
    /// The library refused for another reason (its message).
    Refused(String),
}

/// Where a new item goes: its body's file, a file of the catalogue, or a
/// new one, with the name to show.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Into {
    pub target: Target,
    pub name: Option<String>,
}

/// A form open over the screen.
#[derive(Clone, Debug, PartialEq)]
pub struct FormState {
    pub kind: ItemKind,
    /// The item edited; none for a new one, until it is created.
    pub item: Option<ItemRef>,
    /// The item as the document holds it (for a provider, its centres).
    pub base: Option<Record>,
    pub draft: Draft,
    pub cursor: Cursor,
    /// The text being typed for the row selected, while typing.
    pub line: Option<String>,
    /// What is said of fields, by path (`sessions[1].end`).
    pub said: Vec<(String, Said)>,
    /// What is said of the item as a whole.
    pub general: Vec<Said>,
    /// A new item's file.
    pub into: Into,
    /// A check or an edit of this form is under way.
    pub checking: bool,
    /// The last check of a new item found nothing wrong.
    pub ready: bool,
}

impl FormState {
    /// A form on an item of the document.
    pub fn existing(record: Record) -> Self {
        let mut form = Self::new_of(Draft::of(&record));
        form.item = Some(ItemRef::of(&record));
        form.base = Some(record);
        form
    }

    /// A form for a new item, its fields as `draft` holds them.
    pub fn new_of(draft: Draft) -> Self {
        Self {
            kind: draft.kind,
            item: None,
            base: None,
            draft,
            cursor: Cursor::default(),
            line: None,
            said: Vec::new(),
            general: Vec::new(),
            into: Into {
                target: Target::Home,
                name: None,
            },
            checking: false,
            ready: false,
        }
    }

    /// Whether the form makes a new item.
    pub fn is_new(&self) -> bool {
        self.item.is_none()
    }

    /// Every line of the form, in order.
    pub fn rows(&self) -> Vec<FormRow> {
        let mut rows = Vec::new();
        for (i, (field, slot)) in fields(self.kind).iter().zip(&self.draft.slots).enumerate() {
            match (field.shape, slot) {
                (Shape::Group(sub), _) => rows.extend((0..sub.len()).map(|j| FormRow::Sub(i, j))),
                (Shape::Entries(sub), Slot::Entries(entries)) => {
                    rows.push(FormRow::Heading(i));
                    for e in 0..entries.len() {
                        rows.extend((0..sub.len()).map(|j| FormRow::Entry(i, e, j)));
                    }
                    rows.push(FormRow::AddEntry(i));
                }
                _ => rows.push(FormRow::Field(i)),
            }
        }
        if self.is_new() {
            rows.extend([FormRow::File, FormRow::Create]);
        }
        rows
    }

    /// The row selected.
    pub fn row(&self) -> Option<FormRow> {
        self.rows().get(self.cursor.selected).copied()
    }

    /// A row's path, as the library names fields: `hours`,
    /// `certification.code`, `sessions[1].end`; empty for the rows that
    /// are not fields.
    pub fn path(&self, row: FormRow) -> String {
        let table = fields(self.kind);
        match row {
            FormRow::Field(i) | FormRow::Heading(i) => table[i].name.to_owned(),
            FormRow::Sub(i, j) => format!("{}.{}", table[i].name, table[i].part_name(j)),
            FormRow::Entry(i, e, j) => {
                format!("{}[{e}].{}", table[i].name, table[i].part_name(j))
            }
            FormRow::AddEntry(_) | FormRow::File | FormRow::Create => String::new(),
        }
    }

    /// The shape of the value a row holds; none for rows that hold none.
    pub fn shape(&self, row: FormRow) -> Option<(Shape, bool)> {
        let table = fields(self.kind);
        let field = match row {
            FormRow::Field(i) => Some(&table[i]),
            FormRow::Sub(i, j) | FormRow::Entry(i, _, j) => table[i].parts().get(j),
            _ => None,
        }?;
        Some((field.shape, field.required))
    }

    /// The text of a row's value.
    pub fn value(&self, row: FormRow) -> &str {
        match (
            row,
            &self.draft.slots.get(row_field(row).unwrap_or(usize::MAX)),
        ) {
            (FormRow::Field(_), Some(Slot::Text(t))) => t,
            (FormRow::Sub(_, j), Some(Slot::Group(texts))) => texts.get(j).map_or("", |t| t),
            (FormRow::Entry(_, e, j), Some(Slot::Entries(entries))) => entries
                .get(e)
                .and_then(|texts| texts.get(j))
                .map_or("", |t| t),
            _ => "",
        }
    }

    /// Sets a row's value; false when the row holds none.
    pub fn set_value(&mut self, row: FormRow, text: String) -> bool {
        let Some(slot) = row_field(row).and_then(|i| self.draft.slots.get_mut(i)) else {
            return false;
        };
        let place = match (row, slot) {
            (FormRow::Field(_), Slot::Text(t)) => Some(t),
            (FormRow::Sub(_, j), Slot::Group(texts)) => texts.get_mut(j),
            (FormRow::Entry(_, e, j), Slot::Entries(entries)) => {
                entries.get_mut(e).and_then(|texts| texts.get_mut(j))
            }
            _ => None,
        };
        place.map(|t| *t = text).is_some()
    }

    /// Adds an empty entry to a list of objects, and selects its first
    /// field.
    pub fn add_entry(&mut self, field: usize) {
        let Shape::Entries(sub) = fields(self.kind)[field].shape else {
            return;
        };
        if let Some(Slot::Entries(entries)) = self.draft.slots.get_mut(field) {
            entries.push(vec![String::new(); sub.len()]);
            let e = entries.len() - 1;
            if let Some(at) = self
                .rows()
                .iter()
                .position(|r| *r == FormRow::Entry(field, e, 0))
            {
                self.cursor.selected = at;
            }
        }
    }

    /// Takes an entry out of a list of objects.
    pub fn remove_entry(&mut self, field: usize, entry: usize) {
        if let Some(Slot::Entries(entries)) = self.draft.slots.get_mut(field)
            && entry < entries.len()
        {
            entries.remove(entry);
            let len = self.rows().len();
            self.cursor.selected = self.cursor.selected.min(len.saturating_sub(1));
        }
    }

    /// What is said of a row.
    pub fn said_of(&self, row: FormRow) -> Option<&Said> {
        let path = self.path(row);
        if path.is_empty() {
            return None;
        }
        self.said.iter().find(|(p, _)| *p == path).map(|(_, s)| s)
    }

    /// Forgets what was said, before a new check.
    pub fn clear_said(&mut self) {
        self.said.clear();
        self.general.clear();
        self.ready = false;
    }

    /// Puts what is said of a field beside the row it names: the row of
    /// that path, else the first row inside it (`sessions[1]` is said of
    /// `sessions[1].start`), else the row of the field it is part of
    /// (`grants[2]` of `grants`); else it is said of the item.
    pub fn say(&mut self, field: Option<&str>, said: Said) {
        let rows = self.rows();
        let paths: Vec<String> = rows.iter().map(|r| self.path(*r)).collect();
        let target = field.filter(|f| !f.is_empty()).and_then(|field| {
            let boundary = |rest: &str| rest.starts_with('[') || rest.starts_with('.');
            paths
                .iter()
                .find(|p| *p == field)
                .or_else(|| {
                    paths
                        .iter()
                        .find(|p| p.strip_prefix(field).is_some_and(boundary))
                })
                .or_else(|| {
                    paths
                        .iter()
                        .filter(|p| {
                            !p.is_empty() && field.strip_prefix(p.as_str()).is_some_and(boundary)
                        })
                        .max_by_key(|p| p.len())
                })
                .cloned()
        });
        match target {
            Some(path) if !self.said.iter().any(|(p, _)| *p == path) => {
                self.said.push((path, said));
            }
            // One message per field: the first is the one to fix first.
            Some(_) => {}
            None => self.general.push(said),
        }
    }
}

/// The field of the kind's table a row belongs to.
pub fn row_field(row: FormRow) -> Option<usize> {
    match row {
        FormRow::Field(i)
        | FormRow::Sub(i, _)
        | FormRow::Heading(i)
        | FormRow::Entry(i, _, _)
        | FormRow::AddEntry(i) => Some(i),
        FormRow::File | FormRow::Create => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_go_beside_the_field_they_name() {
        let mut form = FormState::new_of(Draft::empty(ItemKind::Offer));
        form.add_entry(16);
        form.add_entry(16);
        form.say(Some("sessions[1].end"), Said::Loader("a".into()));
        form.say(Some("grants[2]"), Said::Loader("b".into()));
        form.say(Some("sessions[0]"), Said::Loader("c".into()));
        form.say(Some("certification.code"), Said::Loader("d".into()));
        form.say(Some("hours"), Said::Loader("e".into()));
        form.say(Some("hours"), Said::Loader("second".into()));
        form.say(None, Said::Loader("f".into()));
        let said = |path: &str| {
            form.said
                .iter()
                .find(|(p, _)| p == path)
                .map(|(_, s)| s.clone())
        };
        assert_eq!(said("sessions[1].end"), Some(Said::Loader("a".into())));
        assert_eq!(said("grants"), Some(Said::Loader("b".into())));
        assert_eq!(said("sessions[0].start"), Some(Said::Loader("c".into())));
        assert_eq!(said("certification.code"), Some(Said::Loader("d".into())));
        assert_eq!(said("hours"), Some(Said::Loader("e".into())));
        assert_eq!(form.general, [Said::Loader("f".into())]);
    }

    #[test]
    fn rows_follow_the_schema_with_entries_and_the_new_items_rows() {
        let mut form = FormState::new_of(Draft::empty(ItemKind::Link));
        assert_eq!(form.rows().len(), 6 + 2);
        assert_eq!(form.rows()[6], FormRow::File);
        form = FormState::new_of(Draft::empty(ItemKind::Offer));
        form.add_entry(16);
        let rows = form.rows();
        assert!(rows.contains(&FormRow::Entry(16, 0, 1)));
        assert_eq!(form.row(), Some(FormRow::Entry(16, 0, 0)));
        assert_eq!(form.path(FormRow::Entry(16, 0, 1)), "sessions[0].end");
        assert!(form.set_value(FormRow::Entry(16, 0, 1), "2027-01-01".into()));
        assert_eq!(form.value(FormRow::Entry(16, 0, 1)), "2027-01-01");
        form.remove_entry(16, 0);
        assert!(!form.rows().contains(&FormRow::Entry(16, 0, 0)));
    }
}
