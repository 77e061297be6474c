//! A picker: a list to choose from by typing, fuzzy as the catalogue's
//! search (the same [`Searcher`]), for one item or for several ticked.

use crate::model::{CompetenceIx, Modality, OccupationIx, OfferIx, ProviderIx};
use crate::route::Target;
use crate::tui::app::Cursor;
use crate::tui::app::data::Data;
use crate::tui::i18n::Strings;
use crate::tui::search::{SearchIndex, Searcher};

use super::draft::Draft;

/// What the picker chooses for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PickFor {
    /// The course the person took.
    From,
    /// The competences the person holds.
    Holding,
    /// Where the person wants to go.
    Target,
    /// Bodies to leave out, bodies to keep to.
    Avoid,
    Only,
    Modalities,
    Audiences,
    Countries,
    Languages,
}

/// What a picker lists.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PickKind {
    Offer,
    Occupation,
    Competence,
    Body,
    Modality,
    Audience,
    Country,
    Language,
}

impl PickFor {
    /// The kinds of item it lists; the goal can be any of three.
    pub fn kinds(self) -> &'static [PickKind] {
        match self {
            Self::From => &[PickKind::Offer],
            Self::Holding => &[PickKind::Competence],
            Self::Target => &[PickKind::Occupation, PickKind::Offer, PickKind::Competence],
            Self::Avoid | Self::Only => &[PickKind::Body],
            Self::Modalities => &[PickKind::Modality],
            Self::Audiences => &[PickKind::Audience],
            Self::Countries => &[PickKind::Country],
            Self::Languages => &[PickKind::Language],
        }
    }

    /// Whether several items can be ticked.
    pub fn multi(self) -> bool {
        !matches!(self, Self::From | Self::Target)
    }
}

/// The picker open over the planner.
#[derive(Debug)]
pub struct PickerState {
    pub purpose: PickFor,
    pub kind: PickKind,
    pub query: String,
    /// The items listed (positions in the kind's list), best first.
    pub shown: Vec<u32>,
    pub cursor: Cursor,
    /// The items ticked, in the order they were.
    pub marked: Vec<u32>,
    /// Every item of the kind, in the order listed before typing.
    all: Vec<u32>,
    /// The index of a kind of value (modalities, audiences, …), words in
    /// the interface's language; empty for catalogue items.
    values: SearchIndex,
    searcher: Searcher,
    generation: u64,
}

impl PickerState {
    /// A picker for `purpose`, with what the draft already holds ticked
    /// (or, for the goal, its kind shown first).
    pub fn open(data: &Data, strings: &Strings, draft: &Draft, purpose: PickFor) -> Self {
        let kind = match (purpose, draft.target) {
            (PickFor::Target, Some(Target::Offer(_))) => PickKind::Offer,
            (PickFor::Target, Some(Target::Competence(_))) => PickKind::Competence,
            _ => purpose.kinds()[0],
        };
        let c = &draft.constraints;
        let choices = &data.choices;
        let positions = |found: Vec<usize>| -> Vec<u32> {
            found
                .into_iter()
                .filter_map(|i| u32::try_from(i).ok())
                .collect()
        };
        let of_strings = |list: &[String], wanted: &[String]| {
            positions(
                wanted
                    .iter()
                    .filter_map(|w| list.iter().position(|x| x == w))
                    .collect(),
            )
        };
        let marked = match purpose {
            PickFor::From | PickFor::Target => Vec::new(),
            PickFor::Holding => positions(draft.holding.iter().map(|c| c.index()).collect()),
            PickFor::Avoid => positions(c.avoid_providers.iter().map(|p| p.index()).collect()),
            PickFor::Only => positions(c.only_providers.iter().map(|p| p.index()).collect()),
            PickFor::Modalities => positions(
                c.modalities
                    .iter()
                    .filter_map(|m| choices.modalities.iter().position(|x| x == m))
                    .collect(),
            ),
            PickFor::Audiences => of_strings(&choices.audiences, &c.audiences),
            PickFor::Countries => of_strings(&choices.countries, &c.countries),
            PickFor::Languages => of_strings(&choices.languages, &c.languages),
        };
        let mut picker = Self {
            purpose,
            kind,
            query: String::new(),
            shown: Vec::new(),
            cursor: Cursor::default(),
            marked,
            all: Vec::new(),
            values: SearchIndex::default(),
            searcher: Searcher::default(),
            generation: 0,
        };
        picker.set_kind(data, strings, kind);
        picker
    }

    /// Lists another kind of item, the words typed kept.
    pub fn set_kind(&mut self, data: &Data, strings: &Strings, kind: PickKind) {
        let p = &data.pickers;
        let choices = &data.choices;
        let count = |n: usize| (0..n).filter_map(|i| u32::try_from(i).ok()).collect();
        let ids = |v: &mut dyn Iterator<Item = usize>| -> Vec<u32> {
            v.filter_map(|i| u32::try_from(i).ok()).collect()
        };
        self.all = match kind {
            PickKind::Offer => ids(&mut p.offers.iter().map(|o| o.index())),
            PickKind::Occupation => ids(&mut p.occupations_order.iter().map(|o| o.index())),
            PickKind::Competence => ids(&mut p.competences_order.iter().map(|c| c.index())),
            PickKind::Body => ids(&mut data.bodies_order.iter().map(|b| b.index())),
            PickKind::Modality => count(choices.modalities.len()),
            PickKind::Audience => count(choices.audiences.len()),
            PickKind::Country => count(choices.countries.len()),
            PickKind::Language => count(choices.languages.len()),
        };
        self.values = match kind {
            PickKind::Modality => SearchIndex::of_fields(
                choices.modalities.len(),
                choices
                    .modalities
                    .iter()
                    .map(|m| [(strings.modality)(*m), m.as_str(), ""]),
            ),
            PickKind::Audience => words(&choices.audiences, strings.audience_name),
            PickKind::Country => words(&choices.countries, strings.country_name),
            PickKind::Language => words(&choices.languages, strings.language_name),
            _ => SearchIndex::default(),
        };
        self.kind = kind;
        self.generation += 1;
        self.research(data);
    }

    /// The kind after (or before) this one, round the list.
    pub fn other_kind(&self, step: isize) -> PickKind {
        crate::tui::app::cursor::round(self.purpose.kinds(), self.kind, step)
    }

    /// How many items of the kind listed there are.
    pub fn total(&self) -> usize {
        self.all.len()
    }

    /// Lists the items the words typed find, best first.
    pub fn research(&mut self, data: &Data) {
        let index = match self.kind {
            PickKind::Offer => &data.index,
            PickKind::Occupation => &data.pickers.occupations,
            PickKind::Competence => &data.pickers.competences,
            PickKind::Body => &data.pickers.bodies,
            _ => &self.values,
        };
        self.shown = self
            .searcher
            .run(index, &self.all, self.generation, &self.query);
        self.cursor = Cursor::default();
    }

    /// The item selected.
    pub fn selected(&self) -> Option<u32> {
        self.shown.get(self.cursor.selected).copied()
    }

    /// Ticks or unticks the item selected.
    pub fn toggle(&mut self) {
        if let Some(item) = self.selected() {
            if let Some(at) = self.marked.iter().position(|m| *m == item) {
                self.marked.remove(at);
            } else {
                self.marked.push(item);
            }
        }
    }

    /// Puts the choice into the draft: the item selected for a single
    /// choice, the items ticked for several (the one selected when none
    /// is). False when there was nothing to choose.
    pub fn apply(&self, data: &Data, draft: &mut Draft) -> bool {
        let items: Vec<u32> = if self.purpose.multi() {
            if self.marked.is_empty() {
                self.selected().into_iter().collect()
            } else {
                self.marked.clone()
            }
        } else {
            match self.selected() {
                Some(item) => vec![item],
                None => return false,
            }
        };
        let at = |i: u32| i as usize;
        let choices = &data.choices;
        let strings = |list: &[String]| -> Vec<String> {
            items.iter().map(|&i| list[at(i)].clone()).collect()
        };
        let c = &mut draft.constraints;
        match (self.purpose, self.kind) {
            (PickFor::From, _) => draft.start_from(OfferIx::new(at(items[0]))),
            (PickFor::Target, kind) => {
                let i = at(items[0]);
                draft.target = Some(match kind {
                    PickKind::Offer => Target::Offer(OfferIx::new(i)),
                    PickKind::Competence => Target::Competence(CompetenceIx::new(i)),
                    _ => Target::Occupation(OccupationIx::new(i)),
                });
            }
            (PickFor::Holding, _) => {
                draft.start_holding(items.iter().map(|&i| CompetenceIx::new(at(i))).collect());
            }
            (PickFor::Avoid, _) => {
                c.avoid_providers = items.iter().map(|&i| ProviderIx::new(at(i))).collect();
            }
            (PickFor::Only, _) => {
                c.only_providers = items.iter().map(|&i| ProviderIx::new(at(i))).collect();
            }
            (PickFor::Modalities, _) => {
                c.modalities = items
                    .iter()
                    .map(|&i| choices.modalities[at(i)])
                    .collect::<Vec<Modality>>();
            }
            (PickFor::Audiences, _) => c.audiences = strings(&choices.audiences),
            (PickFor::Countries, _) => c.countries = strings(&choices.countries),
            (PickFor::Languages, _) => c.languages = strings(&choices.languages),
        }
        true
    }
}

/// An index of codes by their name in the interface's language and as
/// written.
fn words(codes: &[String], name: fn(&str) -> Option<&'static str>) -> SearchIndex {
    SearchIndex::of_fields(
        codes.len(),
        codes
            .iter()
            .map(|c| [name(c).unwrap_or(c.as_str()), c.as_str(), ""]),
    )
}
