//! The windows of editing: the form, the list to choose an item from,
//! the questions (delete? quit with unsaved changes? a conflict on disk)
//! and the line to type a path in.

use super::form::{FormRow, FormState};
use super::session::ItemRef;
use crate::edit::{Conflict, FileId, ItemKind, Referrer};
use crate::tui::app::Cursor;
use crate::tui::app::data::Data;
use crate::tui::search::{SearchIndex, Searcher};

/// A window of editing.
#[derive(Debug)]
pub enum Overlay {
    Form(Box<FormState>),
    Chooser(Box<ChooserState>),
    /// Deleting an item: what refers to it, and what deleting does to
    /// each; yes deletes them with it.
    Delete {
        item: ItemRef,
        referrers: Vec<Referrer>,
        scroll: usize,
    },
    /// Quitting with unsaved changes: save, discard or stay.
    Quit {
        cursor: usize,
    },
    /// Files changed on disk that hold unsaved edits.
    Conflict(ConflictState),
    /// A line to type into.
    Input(InputState),
    /// What went wrong (saving), the edits kept: read, then closed.
    Error(String),
}

/// The choices of the quit question, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QuitChoice {
    Save,
    Discard,
    Stay,
}

impl QuitChoice {
    pub const ALL: [Self; 3] = [Self::Save, Self::Discard, Self::Stay];
}

/// The choices of the conflict screen, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConflictChoice {
    /// Read the files again from disk, their unsaved edits lost.
    Reload,
    /// Write my version of the file selected elsewhere.
    SaveAs,
    /// Keep editing; saving will find the conflict again.
    Stay,
}

impl ConflictChoice {
    pub const ALL: [Self; 3] = [Self::Reload, Self::SaveAs, Self::Stay];
}

/// The files in conflict, and the choice selected.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConflictState {
    pub files: Vec<(FileId, String, Conflict)>,
    /// The files whose version was written elsewhere, and where.
    pub saved: Vec<(FileId, String)>,
    pub cursor: usize,
    /// Reload was chosen once: the next confirms it.
    pub confirm: bool,
}

/// What a typed line is for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum InputFor {
    /// The path to write a file's version to.
    SaveAs(FileId),
    /// Where to write the sample as editable files.
    Init,
    /// A new file for the form's new item, under the catalogue's
    /// directory.
    NewFile,
}

/// A line to type, with what the last attempt said.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InputState {
    pub purpose: InputFor,
    pub text: String,
    pub error: Option<String>,
}

/// What a chooser chooses for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChooseFor {
    /// The value of the form's row (ids ticked for a list of ids).
    Field(FormRow),
    /// An item to edit (the items chooser).
    Edit,
    /// The offer a new passerelle from the offer shown leads to.
    LinkTo,
}

/// The kinds the items chooser goes through.
pub const ITEM_KINDS: [ItemKind; 3] = [
    ItemKind::Agreement,
    ItemKind::Competence,
    ItemKind::Occupation,
];

/// A list of items to choose from by typing, as fuzzy as the catalogue's
/// search (the planner's pickers' [`Searcher`]).
#[derive(Debug)]
pub struct ChooserState {
    pub purpose: ChooseFor,
    pub kind: ItemKind,
    pub query: String,
    /// Each item: its id, its label, and what tells it apart.
    pub items: Vec<(String, String, String)>,
    /// The items listed (places in `items`), best first.
    pub shown: Vec<u32>,
    pub cursor: Cursor,
    /// The items ticked, for a list of ids.
    pub marked: Vec<u32>,
    pub multi: bool,
    /// For centres: only those of this body (its id), when the form names one.
    within: Option<String>,
    index: SearchIndex,
    searcher: Searcher,
    generation: u64,
}

impl ChooserState {
    /// A chooser of the items of a kind, those of `ticked` ticked.
    pub fn new(
        data: &Data,
        purpose: ChooseFor,
        kind: ItemKind,
        multi: bool,
        ticked: &[&str],
    ) -> Self {
        let mut chooser = Self {
            purpose,
            kind,
            query: String::new(),
            items: Vec::new(),
            shown: Vec::new(),
            cursor: Cursor::default(),
            marked: Vec::new(),
            multi,
            within: None,
            index: SearchIndex::default(),
            searcher: Searcher::default(),
            generation: 0,
        };
        chooser.set_kind(data, kind);
        chooser.marked = ticked
            .iter()
            .filter_map(|id| chooser.items.iter().position(|(i, ..)| i == id))
            .filter_map(|i| u32::try_from(i).ok())
            .collect();
        chooser
    }

    /// Lists only the centres of the body `provider` (an id), as an
    /// offer's centre must be one of its body's. An unknown body leaves
    /// every centre listed, so that the form's own check says what is wrong.
    #[must_use]
    pub fn within_body(mut self, data: &Data, provider: &str) -> Self {
        if data.cat.lookup.provider(provider).is_some() {
            self.within = Some(provider.to_owned());
            self.set_kind(data, self.kind);
        }
        self
    }

    /// Lists the items of another kind, the words typed kept.
    pub fn set_kind(&mut self, data: &Data, kind: ItemKind) {
        self.items = items(data, kind);
        if let (ItemKind::Centre, Some(body)) = (kind, &self.within) {
            let cat = &data.cat;
            self.items.retain(|(id, ..)| {
                cat.lookup
                    .centre(id)
                    .is_some_and(|c| cat.providers[cat.centre(c).provider.index()].id == *body)
            });
        }
        self.index = SearchIndex::of_fields(
            self.items.len(),
            self.items
                .iter()
                .map(|(id, label, detail)| [label.as_str(), id.as_str(), detail.as_str()]),
        );
        self.kind = kind;
        self.marked.clear();
        self.generation += 1;
        self.research();
    }

    /// Lists the items the words typed find, best first.
    pub fn research(&mut self) {
        let all: Vec<u32> = (0..self.items.len())
            .filter_map(|i| u32::try_from(i).ok())
            .collect();
        self.shown = self
            .searcher
            .run(&self.index, &all, self.generation, &self.query);
        self.cursor = Cursor::default();
    }

    /// The id of the item selected.
    pub fn selected(&self) -> Option<&str> {
        let at = *self.shown.get(self.cursor.selected)?;
        self.items.get(at as usize).map(|(id, ..)| id.as_str())
    }

    /// Ticks or unticks the item selected.
    pub fn toggle(&mut self) {
        if let Some(&item) = self.shown.get(self.cursor.selected) {
            if let Some(at) = self.marked.iter().position(|m| *m == item) {
                self.marked.remove(at);
            } else {
                self.marked.push(item);
            }
        }
    }

    /// The ids chosen: those ticked, else the one selected.
    pub fn chosen(&self) -> Vec<String> {
        if self.multi && !self.marked.is_empty() {
            self.marked
                .iter()
                .filter_map(|&i| self.items.get(i as usize))
                .map(|(id, ..)| id.clone())
                .collect()
        } else {
            self.selected().map(str::to_owned).into_iter().collect()
        }
    }

    /// How many items of the kind there are.
    pub fn total(&self) -> usize {
        self.items.len()
    }

    /// Whether it chooses between kinds too: the items chooser, whose
    /// kinds show as tabs and whose list ends with a line for a new item.
    pub fn has_kinds(&self) -> bool {
        self.purpose == ChooseFor::Edit
    }

    /// How many rows it lists: the items found, and the line for a new
    /// item in the items chooser.
    pub fn rows(&self) -> usize {
        self.shown.len() + usize::from(self.has_kinds())
    }
}

/// The items of a kind as a chooser lists them: id, label, detail; in
/// label order.
fn items(data: &Data, kind: ItemKind) -> Vec<(String, String, String)> {
    let cat = &data.cat;
    let mut items: Vec<(String, String, String)> = match kind {
        // Already in title order.
        ItemKind::Offer => {
            return data
                .pickers
                .offers
                .iter()
                .map(|&ix| {
                    let o = cat.offer(ix);
                    let city = data.city(ix).unwrap_or("—");
                    (
                        o.id.clone(),
                        o.title.clone(),
                        format!("{} · {city}", data.short_body(ix)),
                    )
                })
                .collect();
        }
        ItemKind::Provider => cat
            .providers
            .iter()
            .map(|p| (p.id.clone(), p.name.clone(), p.country.clone()))
            .collect(),
        ItemKind::Centre => cat
            .centres
            .iter()
            .map(|c| {
                let body = &data.short_names[c.provider.index()];
                (c.id.clone(), c.name.clone(), format!("{body} · {}", c.city))
            })
            .collect(),
        ItemKind::Agreement => cat
            .agreements
            .iter()
            .map(|a| (a.id.clone(), a.title.clone(), String::new()))
            .collect(),
        ItemKind::Competence => cat
            .competences
            .iter()
            .map(|c| (c.id.clone(), c.label.clone(), String::new()))
            .collect(),
        ItemKind::Occupation => cat
            .occupations
            .iter()
            .map(|o| {
                (
                    o.id.clone(),
                    o.label.clone(),
                    o.rome.clone().unwrap_or_default(),
                )
            })
            .collect(),
        ItemKind::Link => Vec::new(),
    };
    items.sort_by_cached_key(|(_, label, _)| crate::search::fold(label));
    items
}
