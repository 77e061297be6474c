//! Reading one file's JSON into records, each with the byte offset of its
//! opening brace, and every structural problem as a pending diagnostic.
//!
//! The file is first split into sections and items as raw JSON slices, then
//! each item is read on its own: a problem in one offer does not hide the
//! problems of the next.

use std::fmt;

use serde::de::{DeserializeOwned, MapAccess, Visitor};
use serde::{Deserialize, Deserializer};
use serde_json::value::RawValue;

mod describe;

use super::Severity;
use super::locate::{LineIndex, Seg, key_before};
use crate::model::file::{
    AgreementRecord, CompetenceRecord, FORMAT, LinkRecord, OccupationRecord, OfferRecord,
    ProviderRecord, SECTIONS,
};
use crate::suggest::closest;
use describe::{bare_message, describe};

/// The kinds of items, to name them in messages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
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

/// A record and the offset of its opening brace in its file.
#[derive(Clone, Debug)]
pub struct Item<T> {
    pub offset: usize,
    pub record: T,
}

/// The records of one file. Items that could not be read are left out, but
/// their ids are kept in `unreadable` so that references to them are not
/// reported a second time.
#[derive(Debug, Default)]
pub struct ParsedFile {
    pub providers: Vec<Item<ProviderRecord>>,
    pub agreements: Vec<Item<AgreementRecord>>,
    pub competences: Vec<Item<CompetenceRecord>>,
    pub occupations: Vec<Item<OccupationRecord>>,
    pub offers: Vec<Item<OfferRecord>>,
    pub links: Vec<Item<LinkRecord>>,
    pub unreadable: Vec<(Kind, String)>,
}

/// The top-level object, as (key, raw value) pairs in file order.
struct TopLevel<'a>(Vec<(String, &'a RawValue)>);

impl<'de> Deserialize<'de> for TopLevel<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct TopVisitor;
        impl<'de> Visitor<'de> for TopVisitor {
            type Value = TopLevel<'de>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a JSON object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                let mut entries = Vec::new();
                while let Some(key) = map.next_key::<String>()? {
                    entries.push((key, map.next_value::<&'de RawValue>()?));
                }
                Ok(TopLevel(entries))
            }
        }
        deserializer.deserialize_map(TopVisitor)
    }
}

struct Parser<'a> {
    file: usize,
    text: &'a str,
    pending: &'a mut Vec<Pending>,
}

impl Parser<'_> {
    fn error(&mut self, at: At, message: String) {
        self.pending.push(Pending {
            severity: Severity::Error,
            file: self.file,
            at,
            message,
        });
    }

    fn offset_of(&self, raw: &RawValue) -> usize {
        raw.get().as_ptr() as usize - self.text.as_ptr() as usize
    }
}

/// Reads one file's text (already UTF-8, without byte-order mark).
pub fn parse_file(file: usize, text: &str, pending: &mut Vec<Pending>) -> ParsedFile {
    let mut p = Parser {
        file,
        text,
        pending,
    };
    let start = text.len() - text.trim_start().len();
    match text.as_bytes().get(start) {
        None => {
            p.error(
                At::Offset(0),
                format!("the file is empty; a catalogue file is a JSON object starting with {{\"format\": \"{FORMAT}\"}}"),
            );
            return ParsedFile::default();
        }
        Some(b'{') => {}
        Some(_) => {
            p.error(
                At::Offset(start),
                format!("a catalogue file must be a JSON object, starting with {{\"format\": \"{FORMAT}\"}}"),
            );
            return ParsedFile::default();
        }
    }
    let mut de = serde_json::Deserializer::from_str(text);
    let top = match TopLevel::deserialize(&mut de).and_then(|top| de.end().map(|()| top)) {
        Ok(top) => top,
        Err(e) => {
            let lines = LineIndex::new(text);
            let at = lines.offset_of(e.line(), e.column());
            p.error(
                At::Offset(at),
                format!("invalid JSON: {}", bare_message(&e)),
            );
            return ParsedFile::default();
        }
    };

    p.sections(&top, start).unwrap_or_default()
}

impl Parser<'_> {
    /// Reads the sections of the top-level object; `None` when the file
    /// declares a format other than `parcours/1`.
    fn sections(&mut self, top: &TopLevel<'_>, start: usize) -> Option<ParsedFile> {
        let text = self.text;
        let p = self;
        let mut parsed = ParsedFile::default();
        let mut format_seen = false;
        let mut seen: Vec<&str> = Vec::new();
        for (key, raw) in &top.0 {
            let offset = p.offset_of(raw);
            let key_at = || At::Offset(key_before(text, offset).unwrap_or(offset));
            if key == "format" {
                format_seen = true;
                if serde_json::from_str::<&str>(raw.get()).ok() != Some(FORMAT) {
                    let shown = raw.get().chars().take(40).collect::<String>();
                    p.error(
                        At::Offset(offset),
                        format!(
                            "unknown format {shown}: this version of parcours reads \"{FORMAT}\""
                        ),
                    );
                    return None;
                }
                continue;
            }
            let Some(section) = SECTIONS.iter().copied().find(|s| s == key) else {
                let hint = match closest(key, SECTIONS.iter().copied().chain(["format"])) {
                    Some(near) => format!("did you mean \"{near}\"?"),
                    None => format!(
                        "a file holds \"format\" and any of: {}",
                        SECTIONS.join(", ")
                    ),
                };
                p.error(key_at(), format!("unknown section \"{key}\"; {hint}"));
                continue;
            };
            if seen.contains(&section) {
                p.error(
                    key_at(),
                    format!("section \"{section}\" is written twice in this file"),
                );
                continue;
            }
            seen.push(section);
            if raw.get() == "null" {
                continue;
            }
            let Ok(items) = serde_json::from_str::<Vec<&RawValue>>(raw.get()) else {
                p.error(
                    At::Offset(offset),
                    format!("\"{section}\" must be a list: [ … ]"),
                );
                continue;
            };
            match section {
                "providers" => {
                    parsed.providers = p.items(&items, Kind::Provider, &mut parsed.unreadable);
                }
                "agreements" => {
                    parsed.agreements = p.items(&items, Kind::Agreement, &mut parsed.unreadable);
                }
                "competences" => {
                    parsed.competences = p.items(&items, Kind::Competence, &mut parsed.unreadable);
                }
                "occupations" => {
                    parsed.occupations = p.items(&items, Kind::Occupation, &mut parsed.unreadable);
                }
                "offers" => parsed.offers = p.items(&items, Kind::Offer, &mut parsed.unreadable),
                _ => parsed.links = p.items(&items, Kind::Link, &mut parsed.unreadable),
            }
        }
        if !format_seen {
            p.error(
                At::Offset(start),
                format!("this file does not say its format: add \"format\": \"{FORMAT}\" at the top of the object"),
            );
        }
        Some(parsed)
    }
}

impl Parser<'_> {
    fn items<T: DeserializeOwned>(
        &mut self,
        raws: &[&RawValue],
        kind: Kind,
        unreadable: &mut Vec<(Kind, String)>,
    ) -> Vec<Item<T>> {
        let mut items = Vec::with_capacity(raws.len());
        for raw in raws {
            let offset = self.offset_of(raw);
            match serde_json::from_str::<T>(raw.get()) {
                Ok(record) => items.push(Item { offset, record }),
                Err(e) => {
                    let (at, message) = describe(&e, raw.get(), kind);
                    self.error(At::Offset(offset + at), message);
                    unreadable.extend(ids_of_unreadable(raw.get(), kind));
                }
            }
        }
        items
    }
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
