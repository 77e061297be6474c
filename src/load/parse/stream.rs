//! The streaming reader: each item read once, straight into its record.
//!
//! It walks the top-level object itself (keys, colons, commas) and gives
//! each item to serde where it starts, taking the item's place from a
//! forward cursor. Offers and links are left for later: they refer to the
//! other kinds, which may be written in other files, so the reader stops
//! before them and resumes once those are known. Links are then read and
//! resolved in one step, without records in between.
//!
//! It reads files laid out as parcours writes them: `format` before the
//! offers and links, every section once, offers followed only by links.
//! Anything else, and any file that is not JSON, is handed over to the
//! careful reader ([`super::whole`]), which is the reference for every
//! message. An item that does not match its record in a file that is JSON
//! is described the careful reader's way ([`super::item_problem`]) and the
//! walk goes on.

use serde::Deserialize;
use serde_json::value::RawValue;

use super::quick;
use super::whole::is_json_object;
use super::{Item, Kind, Parsed, ProviderItem, centre_places, item_problem};
use crate::load::bytes;
use crate::load::place::Cursor;
use crate::load::records::{LinkRecord, OfferRecord};
use crate::model::file::{FORMAT, SECTIONS};

/// The file must be read by the careful reader.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Handover;

/// The sections read after the others are resolved.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Later {
    Offers,
    Links,
}

/// Where the reader stopped in a file, to resume there.
#[derive(Clone, Copy, Debug)]
pub struct Resume {
    pub section: Later,
    at: usize,
    cursor: Cursor,
    json: Option<bool>,
}

impl Resume {
    /// How many bytes of `text` are left to read from here.
    pub fn bytes_left(&self, text: &str) -> usize {
        text.len().saturating_sub(self.at)
    }
}

struct Stream<'a> {
    file: usize,
    text: &'a str,
    i: usize,
    cursor: Cursor,
    /// Whether the whole file is JSON, found out on the first item that
    /// does not read.
    json: Option<bool>,
}

/// Reads a file up to its offers or links (or to its end): the records of
/// providers, agreements, competences and occupations, and where to resume.
pub fn head(file: usize, text: &str) -> Result<(Parsed<'_>, Option<Resume>), Handover> {
    let mut s = Stream {
        file,
        text,
        i: 0,
        cursor: Cursor::default(),
        json: None,
    };
    let mut parsed = Parsed::default();
    if !s.eat(b'{') {
        return Err(Handover);
    }
    let mut format = false;
    let mut seen = [false; SECTIONS.len()];
    loop {
        let key = s.key()?;
        if !s.eat(b':') {
            return Err(Handover);
        }
        if key == "format" {
            s.ws();
            if format || !s.literal(&format!("\"{FORMAT}\"")) {
                return Err(Handover);
            }
            format = true;
        } else {
            let n = SECTIONS.iter().position(|s| *s == key).ok_or(Handover)?;
            if std::mem::replace(&mut seen[n], true) {
                return Err(Handover);
            }
            match SECTIONS[n] {
                "providers" => s.providers(&mut parsed)?,
                "agreements" => {
                    s.items(Kind::Agreement, no_quick, &mut parsed, |item, p| {
                        p.agreements.push(item);
                    })?;
                }
                "competences" => {
                    s.items(Kind::Competence, no_quick, &mut parsed, |item, p| {
                        p.competences.push(item);
                    })?;
                }
                "occupations" => {
                    s.items(Kind::Occupation, no_quick, &mut parsed, |item, p| {
                        p.occupations.push(item);
                    })?;
                }
                section => {
                    if !format {
                        return Err(Handover);
                    }
                    let later = if section == "offers" {
                        Later::Offers
                    } else {
                        Later::Links
                    };
                    return Ok((parsed, Some(s.stop(later))));
                }
            }
        }
        if s.eat(b',') {
            continue;
        }
        if format && s.closes_file() {
            return Ok((parsed, None));
        }
        return Err(Handover);
    }
}

/// Reads the offers where `head` stopped, giving each to `each`; then
/// where to read the links, if they follow.
pub fn offers<'a>(
    file: usize,
    text: &'a str,
    resume: Resume,
    parsed: &mut Parsed<'a>,
    each: impl FnMut(Item<OfferRecord<'a>>, &mut Parsed<'a>),
) -> Result<Option<Resume>, Handover> {
    let mut s = Stream::resume(file, text, resume);
    s.items(Kind::Offer, quick::offer, parsed, each)?;
    if s.eat(b',') {
        if s.key()? != "links" || !s.eat(b':') {
            return Err(Handover);
        }
        return Ok(Some(s.stop(Later::Links)));
    }
    if s.closes_file() {
        return Ok(None);
    }
    Err(Handover)
}

/// Reads the links where `head` or `offers` stopped, giving each to `each`;
/// they end the file.
pub fn links<'a>(
    file: usize,
    text: &'a str,
    resume: Resume,
    parsed: &mut Parsed<'a>,
    each: impl FnMut(Item<LinkRecord<'a>>, &mut Parsed<'a>),
) -> Result<(), Handover> {
    let mut s = Stream::resume(file, text, resume);
    s.items(Kind::Link, quick::link, parsed, each)?;
    if s.closes_file() {
        return Ok(());
    }
    Err(Handover)
}

/// For the kinds read by serde alone.
fn no_quick<T>(_: &str, _: usize) -> Option<quick::Read<T>> {
    None
}

impl<'a> Stream<'a> {
    fn resume(file: usize, text: &'a str, resume: Resume) -> Self {
        Self {
            file,
            text,
            i: resume.at,
            cursor: resume.cursor,
            json: resume.json,
        }
    }

    fn stop(&mut self, section: Later) -> Resume {
        self.ws();
        Resume {
            section,
            at: self.i,
            cursor: self.cursor,
            json: self.json,
        }
    }

    fn ws(&mut self) {
        let b = self.text.as_bytes();
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = b.get(self.i) {
            self.i += 1;
        }
    }

    /// Skips blanks, then moves past `byte` if it comes next.
    fn eat(&mut self, byte: u8) -> bool {
        self.ws();
        if self.text.as_bytes().get(self.i) == Some(&byte) {
            self.i += 1;
            true
        } else {
            false
        }
    }

    fn literal(&mut self, literal: &str) -> bool {
        if self.text[self.i..].starts_with(literal) {
            self.i += literal.len();
            true
        } else {
            false
        }
    }

    /// Moves past the closing brace of the top-level object, if it comes
    /// next and nothing but blanks follows it.
    fn closes_file(&mut self) -> bool {
        if !self.eat(b'}') {
            return false;
        }
        self.ws();
        self.i == self.text.len()
    }

    /// A key written plainly (no escape, no control character).
    fn key(&mut self) -> Result<&'a str, Handover> {
        if !self.eat(b'"') {
            return Err(Handover);
        }
        let start = self.i;
        let len = bytes::plain_string(&self.text.as_bytes()[start..]).ok_or(Handover)?;
        self.i = start + len + 1;
        Ok(&self.text[start..start + len])
    }

    fn providers(&mut self, parsed: &mut Parsed<'a>) -> Result<(), Handover> {
        let mut centres = self.cursor;
        let text = self.text;
        self.items(Kind::Provider, no_quick, parsed, |item, p| {
            let places = centre_places(text, &item, &mut centres);
            p.providers.push(ProviderItem {
                item,
                centres: places,
            });
        })
    }

    /// Reads a section's value, `null` or a list, giving each item that
    /// reads to `each`. Each item is tried with `quick` first, then serde.
    fn items<T: Deserialize<'a>>(
        &mut self,
        kind: Kind,
        quick: fn(&'a str, usize) -> Option<quick::Read<T>>,
        parsed: &mut Parsed<'a>,
        mut each: impl FnMut(Item<T>, &mut Parsed<'a>),
    ) -> Result<(), Handover> {
        self.ws();
        if self.literal("null") {
            return Ok(());
        }
        if !self.eat(b'[') {
            return Err(Handover);
        }
        if self.eat(b']') {
            return Ok(());
        }
        loop {
            self.ws();
            let start = self.i;
            let place = self.cursor.place(self.text, start);
            if let Some(read) = quick(self.text, start) {
                self.i = read.end;
                self.cursor.skip(read.end, read.newlines, read.last_newline);
                each(
                    Item {
                        place,
                        record: read.record,
                    },
                    parsed,
                );
            } else if let Some(record) = self.serde_item(kind, parsed)? {
                each(Item { place, record }, parsed);
            }
            if !self.eat(b',') {
                break;
            }
        }
        if self.eat(b']') {
            Ok(())
        } else {
            Err(Handover)
        }
    }

    /// Reads the item at the current byte with serde. An item that does
    /// not match its record is reported as the careful reader reports it
    /// (`Ok(None)`), if the file is JSON; otherwise the file is handed over.
    fn serde_item<T: Deserialize<'a>>(
        &mut self,
        kind: Kind,
        parsed: &mut Parsed<'a>,
    ) -> Result<Option<T>, Handover> {
        let (start, rest) = (self.i, &self.text[self.i..]);
        let mut records = serde_json::Deserializer::from_str(rest).into_iter::<T>();
        if let Some(Ok(record)) = records.next() {
            self.i = start + records.byte_offset();
            return Ok(Some(record));
        }
        if !*self.json.get_or_insert_with(|| is_json_object(self.text)) {
            return Err(Handover);
        }
        let mut raws = serde_json::Deserializer::from_str(rest).into_iter::<&RawValue>();
        let Some(Ok(raw)) = raws.next() else {
            return Err(Handover);
        };
        self.i = start + raws.byte_offset();
        Ok(item_problem(self.file, start, raw, kind, parsed))
    }
}
