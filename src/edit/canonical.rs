//! One file's items as records, read from its JSON and written back in
//! the canonical layout.
//!
//! The canonical layout is `serde_json`'s pretty printing of the records:
//! two spaces of indent, `"format"` first, the sections in schema order
//! ([`SECTIONS`]), the fields of each item in schema order (the order of
//! the record types in [`crate::model::file`]), one field or list entry per
//! line, optional fields left out when absent, and a final newline. A
//! change to one field is a change to one line.
//!
//! Nothing the format allows is lost: unknown fields are errors in
//! `parcours/1`, so every field of a file that loads is a field of its
//! record. What the layout drops carries no content: spacing, the order of
//! fields and sections, a byte-order mark, `null` for an absent field or an
//! empty list, escapes such as `\u00e9` for `é`, and the way a number is
//! written (`875.0` and `875` are one number). Sections a file holds stay in
//! it even when they are empty.

use serde::{Deserialize, Deserializer, Serialize};

use crate::model::file::{
    AgreementRecord, CompetenceRecord, FORMAT, LinkRecord, OccupationRecord, OfferRecord,
    ProviderRecord, SECTIONS,
};

/// The sections of a file, in canonical order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Section {
    Providers,
    Agreements,
    Competences,
    Occupations,
    Offers,
    Links,
}

impl Section {
    /// Every section, in canonical order.
    pub const ALL: [Self; 6] = [
        Self::Providers,
        Self::Agreements,
        Self::Competences,
        Self::Occupations,
        Self::Offers,
        Self::Links,
    ];

    /// The section's name in a file.
    pub fn name(self) -> &'static str {
        SECTIONS[self as usize]
    }

    /// The section of a name written in a file.
    pub fn named(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.name() == name)
    }
}

/// The items of one file, in the order written, and which sections it
/// holds.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Records {
    pub providers: Vec<ProviderRecord>,
    pub agreements: Vec<AgreementRecord>,
    pub competences: Vec<CompetenceRecord>,
    pub occupations: Vec<OccupationRecord>,
    pub offers: Vec<OfferRecord>,
    pub links: Vec<LinkRecord>,
    /// Sections written in the file, kept when they become empty.
    present: [bool; 6],
}

/// A file as read: every section may be absent, `null` or a list.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FileIn {
    format: String,
    #[serde(default, deserialize_with = "present")]
    providers: Option<Vec<ProviderRecord>>,
    #[serde(default, deserialize_with = "present")]
    agreements: Option<Vec<AgreementRecord>>,
    #[serde(default, deserialize_with = "present")]
    competences: Option<Vec<CompetenceRecord>>,
    #[serde(default, deserialize_with = "present")]
    occupations: Option<Vec<OccupationRecord>>,
    #[serde(default, deserialize_with = "present")]
    offers: Option<Vec<OfferRecord>>,
    #[serde(default, deserialize_with = "present")]
    links: Option<Vec<LinkRecord>>,
}

/// A section that is written, `null` included, is present (and empty).
fn present<'de, D, T>(deserializer: D) -> Result<Option<Vec<T>>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    Ok(Some(
        Option::<Vec<T>>::deserialize(deserializer)?.unwrap_or_default(),
    ))
}

/// A file as written: `format` first, then the sections in schema order.
#[derive(Serialize)]
struct FileOut<'a> {
    format: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    providers: Option<&'a [ProviderRecord]>,
    #[serde(skip_serializing_if = "Option::is_none")]
    agreements: Option<&'a [AgreementRecord]>,
    #[serde(skip_serializing_if = "Option::is_none")]
    competences: Option<&'a [CompetenceRecord]>,
    #[serde(skip_serializing_if = "Option::is_none")]
    occupations: Option<&'a [OccupationRecord]>,
    #[serde(skip_serializing_if = "Option::is_none")]
    offers: Option<&'a [OfferRecord]>,
    #[serde(skip_serializing_if = "Option::is_none")]
    links: Option<&'a [LinkRecord]>,
}

impl Records {
    /// Reads a file's text (a byte-order mark allowed). The text should be
    /// one the loader accepted; the error is `serde_json`'s otherwise.
    pub fn parse(text: &[u8]) -> Result<Self, serde_json::Error> {
        let text = text.strip_prefix("\u{feff}".as_bytes()).unwrap_or(text);
        let file: FileIn = serde_json::from_slice(text)?;
        if file.format != FORMAT {
            return Err(serde::de::Error::custom(format!(
                "the format is {:?}, not {FORMAT:?}",
                file.format
            )));
        }
        let present = [
            file.providers.is_some(),
            file.agreements.is_some(),
            file.competences.is_some(),
            file.occupations.is_some(),
            file.offers.is_some(),
            file.links.is_some(),
        ];
        Ok(Self {
            providers: file.providers.unwrap_or_default(),
            agreements: file.agreements.unwrap_or_default(),
            competences: file.competences.unwrap_or_default(),
            occupations: file.occupations.unwrap_or_default(),
            offers: file.offers.unwrap_or_default(),
            links: file.links.unwrap_or_default(),
            present,
        })
    }

    /// The file in the canonical layout.
    pub fn to_text(&self) -> String {
        let shown = |section: Section, len: usize| self.present[section as usize] || len > 0;
        let file = FileOut {
            format: FORMAT,
            providers: shown(Section::Providers, self.providers.len())
                .then_some(&self.providers[..]),
            agreements: shown(Section::Agreements, self.agreements.len())
                .then_some(&self.agreements[..]),
            competences: shown(Section::Competences, self.competences.len())
                .then_some(&self.competences[..]),
            occupations: shown(Section::Occupations, self.occupations.len())
                .then_some(&self.occupations[..]),
            offers: shown(Section::Offers, self.offers.len()).then_some(&self.offers[..]),
            links: shown(Section::Links, self.links.len()).then_some(&self.links[..]),
        };
        let mut text =
            serde_json::to_string_pretty(&file).expect("records always serialise to JSON");
        text.push('\n');
        text
    }

    /// How many items the file holds (centres counted with their providers).
    pub fn len(&self) -> usize {
        self.providers.len()
            + self.agreements.len()
            + self.competences.len()
            + self.occupations.len()
            + self.offers.len()
            + self.links.len()
    }

    /// Whether the file holds no item.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Whether the file holds the section, even empty.
    pub fn has(&self, section: Section) -> bool {
        self.present[section as usize] || self.section_len(section) > 0
    }

    /// How many items a section holds.
    pub fn section_len(&self, section: Section) -> usize {
        match section {
            Section::Providers => self.providers.len(),
            Section::Agreements => self.agreements.len(),
            Section::Competences => self.competences.len(),
            Section::Occupations => self.occupations.len(),
            Section::Offers => self.offers.len(),
            Section::Links => self.links.len(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::sample;

    #[test]
    fn the_sample_is_written_in_the_canonical_layout() {
        for (name, text) in sample::FILES {
            let records = Records::parse(text.as_bytes()).expect(name);
            assert_eq!(records.to_text(), *text, "{name}");
        }
    }

    #[test]
    fn fields_and_sections_come_in_schema_order_and_empty_sections_stay() {
        let text = br#"{"links": null, "offers": [{"title": "T", "hours": 35.0,
            "provider": "p", "id": "o", "level": null, "languages": null}],
            "format": "parcours/1"}"#;
        let records = Records::parse(text).unwrap();
        assert_eq!(
            records.to_text(),
            "{\n  \"format\": \"parcours/1\",\n  \"offers\": [\n    {\n      \"id\": \"o\",\n      \
             \"provider\": \"p\",\n      \"title\": \"T\",\n      \"hours\": 35\n    }\n  ],\n  \
             \"links\": []\n}\n"
        );
        assert!(records.has(Section::Links) && !records.has(Section::Providers));
    }

    #[test]
    fn a_byte_order_mark_is_read_and_not_written() {
        let records = Records::parse("\u{feff}{\"format\": \"parcours/1\"}".as_bytes()).unwrap();
        assert_eq!(records.to_text(), "{\n  \"format\": \"parcours/1\"\n}\n");
    }

    #[test]
    fn another_format_is_refused() {
        let e = Records::parse(br#"{"format": "parcours/2"}"#).unwrap_err();
        assert!(e.to_string().contains("parcours/2"), "{e}");
    }
}
