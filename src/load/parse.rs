//! Reading one file's JSON into records, each with its place, and every
//! structural problem as a pending diagnostic.
//!
//! Two readers share the records and the messages:
//! - [`stream`] reads each item once, straight into its record, and walks
//!   the few bytes between items itself. It reads the files parcours and
//!   most editors write, and hands a file over as soon as it meets anything
//!   else.
//! - [`whole`] checks the file as a whole first, then reads each item on its
//!   own, so that a problem in one offer does not hide those of the next. It
//!   takes every file the streaming reader hands over, and is the reference
//!   for every message.
//!
//! An item that does not read is described the same way by both (see
//! [`item_problem`]), so a typo costs one item a second read, not the file.

mod describe;
mod quick;
pub mod stream;
pub mod whole;

use serde::Deserialize;
use serde_json::value::RawValue;

use super::Severity;
use super::locate::{Seg, find_path, item_offsets};
use super::place::{Cursor, Place};
use super::records::{
    AgreementRecord, CompetenceRecord, LinkRecord, OccupationRecord, OfferRecord, ProviderRecord,
};
use describe::describe;

/// The kinds of items a catalogue holds, to name them in messages (and,
/// re-exported as `edit::ItemKind`, to say what an edit works on).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    Provider,
    Centre,
    Agreement,
    Competence,
    Occupation,
    Offer,
    Link,
}

impl Kind {
    /// The kind in a message: `offer`, `centre`.
    pub fn noun(self) -> &'static str {
        match self {
            Self::Provider => "provider",
            Self::Centre => "centre",
            Self::Agreement => "agreement",
            Self::Competence => "competence",
            Self::Occupation => "occupation",
            Self::Offer => "offer",
            Self::Link => "link",
        }
    }
}

impl std::fmt::Display for Kind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.noun())
    }
}

/// Where a pending diagnostic points.
#[derive(Clone, Debug)]
pub enum At {
    /// A byte offset in the file.
    Offset(usize),
    /// The value (or its key) at a path inside the value at `base`.
    Path {
        base: usize,
        path: Vec<Seg>,
        key: bool,
    },
}

/// A diagnostic whose place is not yet a line and column.
#[derive(Clone, Debug)]
pub struct Pending {
    pub severity: Severity,
    pub file: usize,
    pub at: At,
    pub message: String,
}

/// A record and the place of its opening brace.
#[derive(Debug)]
pub struct Item<T> {
    pub place: Place,
    pub record: T,
}

/// A provider and the places of its centres, in the order written.
#[derive(Debug)]
pub struct ProviderItem<'a> {
    pub item: Item<ProviderRecord<'a>>,
    pub centres: Vec<Place>,
}

/// The records of one file. Items that could not be read are left out, but
/// their ids are kept in `unreadable` so that references to them are not
/// reported a second time.
#[derive(Debug, Default)]
pub struct Parsed<'a> {
    pub providers: Vec<ProviderItem<'a>>,
    pub agreements: Vec<Item<AgreementRecord<'a>>>,
    pub competences: Vec<Item<CompetenceRecord<'a>>>,
    pub occupations: Vec<Item<OccupationRecord<'a>>>,
    pub offers: Vec<Item<OfferRecord<'a>>>,
    pub links: Vec<Item<LinkRecord<'a>>>,
    pub unreadable: Vec<(Kind, String)>,
    pub pending: Vec<Pending>,
}

impl Parsed<'_> {
    fn error(&mut self, file: usize, at: At, message: String) {
        self.pending.push(Pending {
            severity: Severity::Error,
            file,
            at,
            message,
        });
    }
}

/// An item whose record does not read: the problem as a pending error, and
/// the ids it still declares into `unreadable`. `raw` is the item's text,
/// starting at byte `offset` of the file.
pub fn item_problem<'a, T: Deserialize<'a>>(
    file: usize,
    offset: usize,
    raw: &'a RawValue,
    kind: Kind,
    parsed: &mut Parsed<'_>,
) -> Option<T> {
    match serde_json::from_str::<T>(raw.get()) {
        Ok(record) => Some(record),
        Err(e) => {
            let (at, message) = describe(&e, raw.get(), kind);
            parsed.error(file, At::Offset(offset + at), message);
            parsed.unreadable.extend(ids_of_unreadable(raw.get(), kind));
            None
        }
    }
}

/// The places of a provider's centres, read from the text (providers are
/// few; their centres are found by path rather than tracked while parsing).
pub fn centre_places(
    text: &str,
    provider: &Item<ProviderRecord<'_>>,
    cursor: &mut Cursor,
) -> Vec<Place> {
    if provider.record.centres.is_empty() {
        return Vec::new();
    }
    let base = provider.place.offset;
    let offsets = find_path(text, base, &[Seg::Key("centres")], false)
        .map(|list| item_offsets(text, list))
        .unwrap_or_default();
    (0..provider.record.centres.len())
        .map(|j| cursor.place(text, offsets.get(j).copied().unwrap_or(base)))
        .collect()
}

/// The ids an item that could not be read still declares, so that what
/// refers to them is not reported as dangling.
fn ids_of_unreadable(text: &str, kind: Kind) -> Vec<(Kind, String)> {
    let Ok(value) = serde_json::from_str::<serde_json::Value>(text) else {
        return Vec::new();
    };
    let mut ids = Vec::new();
    if let Some(id) = value.get("id").and_then(|v| v.as_str()) {
        ids.push((kind, id.to_owned()));
    }
    if kind == Kind::Provider
        && let Some(centres) = value.get("centres").and_then(|v| v.as_array())
    {
        ids.extend(
            centres
                .iter()
                .filter_map(|c| c.get("id")?.as_str())
                .map(|id| (Kind::Centre, id.to_owned())),
        );
    }
    ids
}
