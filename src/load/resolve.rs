//! Turning records into a catalogue: ids registered and checked, references
//! resolved to indices, every rule of the format checked.
//!
//! Items are resolved kind by kind in an order where references only point
//! back (providers and centres, agreements, competences, occupations,
//! offers, links), so each index is final when it is handed out. Offers and
//! links are checked against registries that no longer change, so many
//! threads can check them at once ([`offers::draft`], [`links::link`]);
//! only the registering of offer ids, which decides which of two equal ids
//! comes first, runs in order ([`Resolver::register_id`]).

pub mod links;
pub mod offers;
mod references;

use std::cell::OnceCell;

use super::Severity;
use super::locate::{LineIndex, Seg, find_path};
use super::parse::{At, Kind, Pending};
use super::place::Place;
use crate::model::id_index::IdIndex;
use crate::model::{
    AgreementIx, CentreIx, CompetenceIx, Date, FileIx, Lookup, OccupationIx, OfferIx, Origin,
    ProviderIx, is_valid_id,
};
use crate::suggest::{closest, distance};

/// Registries larger than this get no "did you mean" suggestions: the
/// search would cost more than it helps.
const SUGGEST_LIMIT: usize = 20_000;

/// What a registry knows of an id: the index it was given (none for an
/// item that could not be kept), and where it was defined (a position in
/// `Registry::defined`, `UNREAD` for an id only an unreadable item
/// declares). Small, because every reference looks one up.
#[derive(Clone, Copy)]
struct Entry<I> {
    ix: Option<I>,
    defined: u32,
}

const UNREAD: u32 = u32::MAX;

/// The ids of one kind.
pub struct Registry<I> {
    kind: Kind,
    entries: IdIndex<Entry<I>>,
    /// Where ids were defined (file, byte), for "already defined at".
    defined: Vec<(usize, usize)>,
}

impl<I: Copy> Registry<I> {
    fn new(kind: Kind) -> Self {
        Self {
            kind,
            entries: IdIndex::default(),
            defined: Vec::new(),
        }
    }

    /// Makes room for `ids` more ids of `bytes` bytes in all.
    pub fn reserve(&mut self, ids: usize, bytes: usize) {
        self.entries.reserve(ids, bytes);
        self.defined.reserve(ids);
    }

    /// Where an id was defined: none for an id never seen, `Some(None)` for
    /// one only an unreadable item declares.
    #[allow(clippy::option_option)]
    fn first(&self, id: &str) -> Option<Option<(usize, usize)>> {
        let entry = self.entries.get(id)?;
        Some((entry.defined != UNREAD).then(|| self.defined[entry.defined as usize]))
    }

    /// The item an id refers to. `Err(None)` for an item that exists but
    /// could not be kept (already reported), `Err(Some(message))` when no
    /// item has this id.
    pub fn find(&self, id: &str) -> Result<I, Option<String>> {
        self.find_hashed(self.entries.hash(id), id)
    }

    /// The hash an id is registered under, and the order of such hashes
    /// that reads the registry's memory in sequence (see [`Self::find_hashed`]).
    pub fn hash(&self, id: &str) -> (u64, u64) {
        let hash = self.entries.hash(id);
        (hash, self.entries.table_order(hash))
    }

    /// [`Self::find`], for an id whose hash is known: many lookups sorted
    /// by [`Self::hash`]'s order read the registry in one sweep.
    pub fn find_hashed(&self, hash: u64, id: &str) -> Result<I, Option<String>> {
        if let Some(entry) = self.entries.get_hashed(hash, id) {
            return entry.ix.ok_or(None);
        }
        let noun = self.kind.noun();
        let hint = if self.entries.len() <= SUGGEST_LIMIT {
            self.suggest(id)
                .map(|near| format!("; did you mean \"{near}\"?"))
                .unwrap_or_default()
        } else {
            String::new()
        };
        Err(Some(format!(
            "unknown {noun} \"{id}\": no {noun} has this id{hint}"
        )))
    }

    /// The nearest id; among equally near ones the first in sorted order,
    /// so the suggestion does not depend on the map's order.
    fn suggest(&self, id: &str) -> Option<&str> {
        let keys = || self.entries.iter().map(|(k, _)| k);
        let near = closest(id, keys())?;
        let edits = distance(id, near);
        keys().filter(|k| distance(id, k) == edits).min()
    }

    /// Registers an id where it is defined, or gives it its index when
    /// only an unreadable item declared it so far.
    fn register(&mut self, id: &str, ix: Option<I>, file: usize, offset: usize) {
        let entry = Entry {
            ix,
            defined: u32::try_from(self.defined.len()).expect("fewer than 2^32 ids"),
        };
        self.defined.push((file, offset));
        match self.entries.get_mut(id) {
            Some(known) => *known = entry,
            None => {
                self.entries.insert_new(id, entry);
            }
        }
    }

    fn into_lookup(self) -> IdIndex<I> {
        self.entries.filter_map(|e| e.ix)
    }
}

/// Every registry, one per kind of item that has an id.
pub struct Registries {
    pub providers: Registry<ProviderIx>,
    pub centres: Registry<CentreIx>,
    pub agreements: Registry<AgreementIx>,
    pub competences: Registry<CompetenceIx>,
    pub occupations: Registry<OccupationIx>,
    pub offers: Registry<OfferIx>,
}

impl Registries {
    fn new() -> Self {
        Self {
            providers: Registry::new(Kind::Provider),
            centres: Registry::new(Kind::Centre),
            agreements: Registry::new(Kind::Agreement),
            competences: Registry::new(Kind::Competence),
            occupations: Registry::new(Kind::Occupation),
            offers: Registry::new(Kind::Offer),
        }
    }

    /// Records the id of an item that could not be read: references to it
    /// are not reported, and an item defined again under it is not kept.
    pub fn note_unreadable(&mut self, kind: Kind, id: &str) {
        fn note<I>(registry: &mut Registry<I>, id: &str) {
            let unread = Entry {
                ix: None,
                defined: UNREAD,
            };
            registry.entries.insert_new(id, unread);
        }
        match kind {
            Kind::Provider => note(&mut self.providers, id),
            Kind::Centre => note(&mut self.centres, id),
            Kind::Agreement => note(&mut self.agreements, id),
            Kind::Competence => note(&mut self.competences, id),
            Kind::Occupation => note(&mut self.occupations, id),
            Kind::Offer => note(&mut self.offers, id),
            Kind::Link => {}
        }
    }

    /// The maps from ids to indices the catalogue keeps.
    pub fn into_lookup(self) -> Lookup {
        Lookup {
            providers: self.providers.into_lookup(),
            centres: self.centres.into_lookup(),
            agreements: self.agreements.into_lookup(),
            competences: self.competences.into_lookup(),
            occupations: self.occupations.into_lookup(),
            offers: self.offers.into_lookup(),
        }
    }
}

/// Where the problems of one item go: each is placed at a path inside the
/// item, which starts at byte `base` of file `file`.
pub struct ItemReport<'p> {
    file: usize,
    base: usize,
    pending: &'p mut Vec<Pending>,
}

impl<'p> ItemReport<'p> {
    pub fn new(pending: &'p mut Vec<Pending>, file: usize, base: usize) -> Self {
        Self {
            file,
            base,
            pending,
        }
    }

    pub fn problem(&mut self, severity: Severity, path: &[Seg], message: String) {
        self.pending.push(Pending {
            severity,
            file: self.file,
            at: at(self.base, path),
            message,
        });
    }

    pub fn error(&mut self, path: &[Seg], message: String) {
        self.problem(Severity::Error, path, message);
    }

    pub fn warning(&mut self, path: &[Seg], message: String) {
        self.problem(Severity::Warning, path, message);
    }

    /// The index a registry found for a reference (the value at `path`),
    /// reporting an unknown id there. An item that exists but could not
    /// be kept was reported already: it is `None` without a word.
    pub fn found<I>(&mut self, found: Result<I, Option<String>>, path: &[Seg]) -> Option<I> {
        match found {
            Ok(ix) => Some(ix),
            Err(None) => None,
            Err(Some(message)) => {
                self.error(path, message);
                None
            }
        }
    }
}

/// Resolves the items that must be taken in order: ids are registered,
/// and the first of two equal ids wins.
pub struct Resolver<'a, 'r> {
    texts: &'r [&'a str],
    names: &'r [String],
    /// Line indexes, made only for files where a duplicate id is reported.
    lines: Vec<OnceCell<LineIndex<'a>>>,
    pub registries: Registries,
    pub pending: Vec<Pending>,
}

impl<'a, 'r> Resolver<'a, 'r> {
    pub fn new(texts: &'r [&'a str], names: &'r [String]) -> Self {
        Self {
            texts,
            names,
            lines: texts.iter().map(|_| OnceCell::new()).collect(),
            registries: Registries::new(),
            pending: Vec::new(),
        }
    }

    /// Where the problems of the item at byte `base` of file `file` go.
    fn report(&mut self, file: usize, base: usize) -> ItemReport<'_> {
        ItemReport::new(&mut self.pending, file, base)
    }

    /// `FILE:LINE:COLUMN` of the `id` of the item at `offset`.
    fn place_of_id(&self, file: usize, offset: usize) -> String {
        let text = self.texts[file];
        let index = self.lines[file].get_or_init(|| LineIndex::new(text));
        let id_at = find_path(text, offset, &[Seg::Key("id")], false).unwrap_or(offset);
        let (line, column) = index.position(id_at);
        format!("{}:{line}:{column}", self.names[file])
    }

    /// Checks an id's syntax and that it is new; returns whether the item
    /// may be kept under it.
    fn check_new_id<I: Copy>(
        &mut self,
        registry: fn(&Registries) -> &Registry<I>,
        id: &str,
        file: usize,
        offset: usize,
    ) -> bool {
        let registry = registry(&self.registries);
        let (kind, first) = (registry.kind, registry.first(id));
        let id_path = &[Seg::Key("id")];
        if !is_valid_id(id) {
            self.report(file, offset).error(
                id_path,
                format!(
                    "bad {} id \"{id}\": an id is made of lowercase letters, digits, '.', '_' and '-', and starts with a letter or digit",
                    kind.noun()
                ),
            );
        }
        match first {
            None => true,
            Some(None) => false,
            Some(Some((first_file, first_offset))) => {
                let place = self.place_of_id(first_file, first_offset);
                self.report(file, offset).error(
                    id_path,
                    format!(
                        "duplicate {} id \"{id}\": already defined at {place}",
                        kind.noun()
                    ),
                );
                false
            }
        }
    }
}

/// A pending place: the value at `path` inside the item at `base`.
fn at(base: usize, path: &[Seg]) -> At {
    At::Path {
        base,
        path: path.to_vec(),
        key: false,
    }
}

/// Where an item was written, as the catalogue keeps it.
pub fn origin(file: usize, place: Place) -> Origin {
    Origin {
        file: FileIx(u32::try_from(file).unwrap_or(u32::MAX)),
        line: place.line,
        column: place.column,
    }
}

/// Reads a date, or says why it is not one.
pub fn date(text: &str) -> Result<Date, String> {
    Date::parse(text).map_err(|e| match e {
        crate::model::DateError::Shape => format!("bad date \"{text}\": {e}"),
        e => format!("impossible date \"{text}\": {e}"),
    })
}

pub fn is_country(code: &str) -> bool {
    code.len() == 2 && code.bytes().all(|b| b.is_ascii_uppercase())
}
