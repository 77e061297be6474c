//! The careful reader: the whole file is checked as JSON first, then each
//! item is read on its own, so every problem of every item is reported.
//!
//! It reads items through raw slices, which costs a second pass over the
//! text; the streaming reader ([`super::stream`]) hands it only the files it
//! cannot read itself.

use std::fmt;

use serde::de::{Deserialize, Deserializer, MapAccess, Visitor};
use serde_json::value::RawValue;

use super::describe::bare_message;
use super::{At, Item, Kind, Parsed, ProviderItem, centre_places, item_problem};
use crate::load::locate::{LineIndex, key_before};
use crate::load::place::{Cursor, Place};
use crate::model::file::{FORMAT, SECTIONS};
use crate::suggest::closest;

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

fn top_level(text: &str) -> Result<TopLevel<'_>, serde_json::Error> {
    let mut de = serde_json::Deserializer::from_str(text);
    TopLevel::deserialize(&mut de).and_then(|top| de.end().map(|()| top))
}

/// Whether the file reads as one JSON object, which is what this reader
/// checks before reading any item. Items that then fail to read are
/// reported one by one; a file that is not JSON is one error.
pub fn is_json_object(text: &str) -> bool {
    top_level(text).is_ok()
}

struct Parser<'a> {
    file: usize,
    text: &'a str,
}

impl Parser<'_> {
    fn offset_of(&self, raw: &RawValue) -> usize {
        raw.get().as_ptr() as usize - self.text.as_ptr() as usize
    }
}

/// Reads one file's text (already UTF-8, without byte-order mark).
pub fn parse_file(file: usize, text: &str) -> Parsed<'_> {
    let p = Parser { file, text };
    let mut parsed = Parsed::default();
    let start = text.len() - text.trim_start().len();
    match text.as_bytes().get(start) {
        None => {
            parsed.error(
                file,
                At::Offset(0),
                format!("the file is empty; a catalogue file is a JSON object starting with {{\"format\": \"{FORMAT}\"}}"),
            );
            return parsed;
        }
        Some(b'{') => {}
        Some(_) => {
            parsed.error(
                file,
                At::Offset(start),
                format!("a catalogue file must be a JSON object, starting with {{\"format\": \"{FORMAT}\"}}"),
            );
            return parsed;
        }
    }
    let top = match top_level(text) {
        Ok(top) => top,
        Err(e) => {
            let lines = LineIndex::new(text);
            let at = lines.offset_of(e.line(), e.column());
            parsed.error(
                file,
                At::Offset(at),
                format!("invalid JSON: {}", bare_message(&e)),
            );
            return parsed;
        }
    };
    if p.sections(&top, start, &mut parsed).is_none() {
        // An unknown format: nothing of the file is read.
        let pending = std::mem::take(&mut parsed.pending);
        parsed = Parsed {
            pending,
            ..Parsed::default()
        };
    }
    place_items(text, &mut parsed);
    parsed
}

impl<'a> Parser<'a> {
    /// Reads the sections of the top-level object; `None` when the file
    /// declares a format other than `parcours/1`.
    fn sections(&self, top: &TopLevel<'a>, start: usize, parsed: &mut Parsed<'a>) -> Option<()> {
        let (file, text) = (self.file, self.text);
        let mut format_seen = false;
        let mut seen: Vec<&str> = Vec::new();
        for (key, raw) in &top.0 {
            let offset = self.offset_of(raw);
            let key_at = || At::Offset(key_before(text, offset).unwrap_or(offset));
            if key == "format" {
                format_seen = true;
                if serde_json::from_str::<&str>(raw.get()).ok() != Some(FORMAT) {
                    let shown = raw.get().chars().take(40).collect::<String>();
                    parsed.error(
                        file,
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
                parsed.error(file, key_at(), format!("unknown section \"{key}\"; {hint}"));
                continue;
            };
            if seen.contains(&section) {
                parsed.error(
                    file,
                    key_at(),
                    format!("section \"{section}\" is written twice in this file"),
                );
                continue;
            }
            seen.push(section);
            if raw.get() == "null" {
                continue;
            }
            let Ok(items) = serde_json::from_str::<Vec<&'a RawValue>>(raw.get()) else {
                parsed.error(
                    file,
                    At::Offset(offset),
                    format!("\"{section}\" must be a list: [ … ]"),
                );
                continue;
            };
            match section {
                "providers" => {
                    parsed.providers = self
                        .items(&items, Kind::Provider, parsed)
                        .into_iter()
                        .map(|item| ProviderItem {
                            item,
                            centres: Vec::new(),
                        })
                        .collect();
                }
                "agreements" => parsed.agreements = self.items(&items, Kind::Agreement, parsed),
                "competences" => {
                    parsed.competences = self.items(&items, Kind::Competence, parsed);
                }
                "occupations" => {
                    parsed.occupations = self.items(&items, Kind::Occupation, parsed);
                }
                "offers" => parsed.offers = self.items(&items, Kind::Offer, parsed),
                _ => parsed.links = self.items(&items, Kind::Link, parsed),
            }
        }
        if !format_seen {
            parsed.error(
                file,
                At::Offset(start),
                format!("this file does not say its format: add \"format\": \"{FORMAT}\" at the top of the object"),
            );
        }
        Some(())
    }

    fn items<T: Deserialize<'a>>(
        &self,
        raws: &[&'a RawValue],
        kind: Kind,
        parsed: &mut Parsed<'a>,
    ) -> Vec<Item<T>> {
        let mut items = Vec::with_capacity(raws.len());
        for raw in raws {
            let offset = self.offset_of(raw);
            if let Some(record) = item_problem(self.file, offset, raw, kind, parsed) {
                // Lines and columns are counted afterwards, kind by kind
                // (`place_items`).
                let place = Place {
                    offset,
                    line: 0,
                    column: 0,
                };
                items.push(Item { place, record });
            }
        }
        items
    }
}

/// Gives every item (and centre) its line and column, kind by kind.
fn place_items(text: &str, parsed: &mut Parsed<'_>) {
    let mut cursor = Cursor::default();
    for provider in &mut parsed.providers {
        provider.item.place = cursor.place(text, provider.item.place.offset);
        provider.centres = centre_places(text, &provider.item, &mut cursor);
    }
    place(text, &mut cursor, &mut parsed.agreements);
    place(text, &mut cursor, &mut parsed.competences);
    place(text, &mut cursor, &mut parsed.occupations);
    place(text, &mut cursor, &mut parsed.offers);
    place(text, &mut cursor, &mut parsed.links);
}

fn place<T>(text: &str, cursor: &mut Cursor, items: &mut [Item<T>]) {
    for item in items {
        item.place = cursor.place(text, item.place.offset);
    }
}
