//! Turning records into a catalogue: ids registered and checked, references
//! resolved to indices, every rule of the format checked.
//!
//! Items are resolved kind by kind in an order where references only point
//! back (providers and centres, agreements, competences, occupations,
//! offers, links), so each index is final when it is handed out.

mod offers;
mod references;

use std::collections::HashMap;
use std::hash::Hash;

use super::Severity;
use super::locate::{LineIndex, Seg, find_path};
use super::parse::{At, Kind, ParsedFile, Pending};
use crate::model::{
    AgreementIx, Catalogue, CentreIx, CompetenceIx, Date, FileIx, Lookup, OccupationIx, OfferIx,
    Origin, ProviderIx, is_valid_id,
};
use crate::suggest::closest;

/// Registries larger than this get no "did you mean" suggestions: the
/// search would cost more than it helps.
const SUGGEST_LIMIT: usize = 20_000;

/// Where an id was first defined, and the index it was given (none for an
/// item that could not be kept).
pub(super) struct Entry<I> {
    ix: Option<I>,
    at: Option<(usize, usize)>,
}

pub(super) struct Registry<I> {
    kind: Kind,
    entries: HashMap<String, Entry<I>>,
}

impl<I: Copy> Registry<I> {
    fn new(kind: Kind) -> Self {
        Self {
            kind,
            entries: HashMap::new(),
        }
    }

    fn into_lookup(self) -> HashMap<String, I> {
        self.entries
            .into_iter()
            .filter_map(|(id, e)| Some((id, e.ix?)))
            .collect()
    }
}

pub struct Resolver<'a> {
    names: &'a [String],
    lines: &'a [LineIndex<'a>],
    pending: &'a mut Vec<Pending>,
    providers: Registry<ProviderIx>,
    centres: Registry<CentreIx>,
    agreements: Registry<AgreementIx>,
    competences: Registry<CompetenceIx>,
    occupations: Registry<OccupationIx>,
    offers: Registry<OfferIx>,
}

/// Resolves every file's records into one catalogue. Problems are added to
/// `pending`; the catalogue holds every item that could be resolved.
pub fn resolve(
    files: &[ParsedFile],
    names: &[String],
    lines: &[LineIndex<'_>],
    pending: &mut Vec<Pending>,
) -> Catalogue {
    let mut r = Resolver {
        names,
        lines,
        pending,
        providers: Registry::new(Kind::Provider),
        centres: Registry::new(Kind::Centre),
        agreements: Registry::new(Kind::Agreement),
        competences: Registry::new(Kind::Competence),
        occupations: Registry::new(Kind::Occupation),
        offers: Registry::new(Kind::Offer),
    };
    let mut cat = Catalogue::default();
    for file in files {
        for (kind, id) in &file.unreadable {
            r.note_unreadable(*kind, id);
        }
    }
    for (f, file) in files.iter().enumerate() {
        for item in &file.providers {
            r.provider(f, item, &mut cat);
        }
    }
    for (f, file) in files.iter().enumerate() {
        for item in &file.agreements {
            r.agreement(f, item, &mut cat);
        }
        for item in &file.competences {
            r.competence(f, item, &mut cat);
        }
        for item in &file.occupations {
            r.occupation(f, item, &mut cat);
        }
    }
    for (f, file) in files.iter().enumerate() {
        for item in &file.offers {
            r.offer(f, item, &mut cat);
        }
    }
    for (f, file) in files.iter().enumerate() {
        for item in &file.links {
            r.link(f, item, &mut cat);
        }
    }
    cat.lookup = Lookup {
        providers: r.providers.into_lookup(),
        centres: r.centres.into_lookup(),
        agreements: r.agreements.into_lookup(),
        competences: r.competences.into_lookup(),
        occupations: r.occupations.into_lookup(),
        offers: r.offers.into_lookup(),
    };
    cat
}

pub(super) fn at(base: usize, path: &[Seg]) -> At {
    At::Path {
        base,
        path: path.to_vec(),
        key: false,
    }
}

impl Resolver<'_> {
    pub(super) fn problem(&mut self, severity: Severity, file: usize, at: At, message: String) {
        self.pending.push(Pending {
            severity,
            file,
            at,
            message,
        });
    }

    pub(super) fn error(&mut self, file: usize, at: At, message: String) {
        self.problem(Severity::Error, file, at, message);
    }

    pub(super) fn origin(&self, file: usize, offset: usize) -> Origin {
        let (line, column) = self.lines[file].position(offset);
        Origin {
            file: FileIx(u32::try_from(file).unwrap_or(u32::MAX)),
            line,
            column,
        }
    }

    /// `FILE:LINE:COLUMN` of the `id` of the item at `offset`.
    pub(super) fn place_of_id(&self, file: usize, offset: usize) -> String {
        let index = &self.lines[file];
        let text = index.text();
        let id_at = find_path(text, offset, &[Seg::Key("id")], false).unwrap_or(offset);
        let (line, column) = index.position(id_at);
        format!("{}:{line}:{column}", self.names[file])
    }

    fn note_unreadable(&mut self, kind: Kind, id: &str) {
        fn note<I>(registry: &mut Registry<I>, id: &str) {
            registry
                .entries
                .entry(id.to_owned())
                .or_insert(Entry { ix: None, at: None });
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

    /// Checks an id's syntax and that it is new; returns whether the item
    /// may be kept under it.
    pub(super) fn check_new_id<I>(
        &mut self,
        registry: fn(&mut Self) -> &mut Registry<I>,
        id: &str,
        file: usize,
        offset: usize,
        id_path: &[Seg],
    ) -> bool {
        let kind = registry(self).kind;
        if !is_valid_id(id) {
            self.error(
                file,
                at(offset, id_path),
                format!(
                    "bad {} id \"{id}\": an id is made of lowercase letters, digits, '.', '_' and '-', and starts with a letter or digit",
                    kind.noun()
                ),
            );
        }
        let first = registry(self).entries.get(id).map(|e| e.at);
        match first {
            None => true,
            Some(None) => false,
            Some(Some((first_file, first_offset))) => {
                let place = self.place_of_id(first_file, first_offset);
                self.error(
                    file,
                    at(offset, id_path),
                    format!(
                        "duplicate {} id \"{id}\": already defined at {place}",
                        kind.noun()
                    ),
                );
                false
            }
        }
    }

    pub(super) fn register<I>(
        registry: &mut Registry<I>,
        id: &str,
        ix: Option<I>,
        file: usize,
        offset: usize,
    ) {
        registry.entries.insert(
            id.to_owned(),
            Entry {
                ix,
                at: Some((file, offset)),
            },
        );
    }

    /// Resolves a reference; reports it when nothing of that id exists.
    /// Returns `Err(())` for a reference to an item that exists but could not
    /// be kept (already reported).
    pub(super) fn reference<I: Copy + Eq + Hash>(
        &mut self,
        registry: fn(&mut Self) -> &mut Registry<I>,
        id: &str,
        file: usize,
        at: At,
    ) -> Result<I, ()> {
        let reg = registry(self);
        if let Some(entry) = reg.entries.get(id) {
            return entry.ix.ok_or(());
        }
        let kind = reg.kind;
        let hint = if reg.entries.len() <= SUGGEST_LIMIT {
            closest(id, reg.entries.keys().map(String::as_str))
                .map(|near| format!("; did you mean \"{near}\"?"))
                .unwrap_or_default()
        } else {
            String::new()
        };
        let noun = kind.noun();
        self.error(
            file,
            at,
            format!("unknown {noun} \"{id}\": no {noun} has this id{hint}"),
        );
        Err(())
    }

    pub(super) fn date(&mut self, text: &str, file: usize, at: At) -> Option<Date> {
        match Date::parse(text) {
            Ok(date) => Some(date),
            Err(e @ crate::model::DateError::Shape) => {
                self.error(file, at, format!("bad date \"{text}\": {e}"));
                None
            }
            Err(e) => {
                self.error(file, at, format!("impossible date \"{text}\": {e}"));
                None
            }
        }
    }
}

pub(super) fn is_country(code: &str) -> bool {
    code.len() == 2 && code.bytes().all(|b| b.is_ascii_uppercase())
}
