//! The `parcours/1` records as loading reads them: the same fields, rules
//! and messages as [`crate::model::file`], but with strings borrowed from
//! the file's text.
//!
//! Reading a 100k-offer catalogue allocates a string per field otherwise
//! (about five million of them, most copied again into the catalogue).
//! Here a string without escapes points into the file; only the strings the
//! catalogue keeps are copied, once. Each record keeps its `model::file`
//! name (serde quotes type names in some messages), field order and
//! defaults, so the sentences made of serde's messages are word for word
//! the same.

use std::borrow::Cow;
use std::fmt;
use std::marker::PhantomData;

use serde::de::{Deserialize, Deserializer, Visitor};

use crate::model::file::null_as_empty;
use crate::model::{Certification, LinkKind, Modality};

/// A string from a catalogue file: borrowed when written without escapes.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Text<'a>(pub Cow<'a, str>);

impl Text<'_> {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Text<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<&Text<'_>> for String {
    fn from(text: &Text<'_>) -> Self {
        text.0.as_ref().to_owned()
    }
}

impl<'de: 'a, 'a> Deserialize<'de> for Text<'a> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct TextVisitor<'a>(PhantomData<&'a ()>);
        impl<'de: 'a, 'a> Visitor<'de> for TextVisitor<'a> {
            type Value = Text<'a>;
            // The words of `String`'s visitor, which the messages quote.
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a string")
            }
            fn visit_borrowed_str<E>(self, v: &'de str) -> Result<Self::Value, E> {
                Ok(Text(Cow::Borrowed(v)))
            }
            fn visit_str<E>(self, v: &str) -> Result<Self::Value, E> {
                Ok(Text(Cow::Owned(v.to_owned())))
            }
            fn visit_string<E>(self, v: String) -> Result<Self::Value, E> {
                Ok(Text(Cow::Owned(v)))
            }
        }
        deserializer.deserialize_str(TextVisitor(PhantomData))
    }
}

/// An optional string, owned, as the catalogue keeps it.
pub fn owned(text: Option<&Text<'_>>) -> Option<String> {
    text.map(String::from)
}

/// A list of strings, owned.
pub fn owned_list(list: &[Text<'_>]) -> Vec<String> {
    list.iter().map(String::from).collect()
}

#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProviderRecord<'a> {
    #[serde(borrow)]
    pub id: Text<'a>,
    #[serde(borrow)]
    pub name: Text<'a>,
    #[serde(borrow)]
    pub country: Text<'a>,
    #[serde(default, borrow)]
    pub kind: Option<Text<'a>>,
    #[serde(default, borrow)]
    pub region: Option<Text<'a>>,
    #[serde(default, borrow)]
    pub url: Option<Text<'a>>,
    #[serde(default, borrow, deserialize_with = "null_as_empty")]
    pub centres: Vec<CentreRecord<'a>>,
}

#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CentreRecord<'a> {
    #[serde(borrow)]
    pub id: Text<'a>,
    #[serde(borrow)]
    pub name: Text<'a>,
    #[serde(borrow)]
    pub city: Text<'a>,
    #[serde(default, borrow)]
    pub region: Option<Text<'a>>,
    #[serde(default, borrow)]
    pub country: Option<Text<'a>>,
    pub lat: f64,
    pub lon: f64,
}

#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AgreementRecord<'a> {
    #[serde(borrow)]
    pub id: Text<'a>,
    #[serde(borrow)]
    pub title: Text<'a>,
    #[serde(borrow)]
    pub parties: Vec<Text<'a>>,
    #[serde(default, borrow)]
    pub signed: Option<Text<'a>>,
    #[serde(default, borrow)]
    pub until: Option<Text<'a>>,
    #[serde(default, borrow)]
    pub programme: Option<Text<'a>>,
    #[serde(default, borrow)]
    pub url: Option<Text<'a>>,
    #[serde(default, borrow)]
    pub note: Option<Text<'a>>,
}

#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CompetenceRecord<'a> {
    #[serde(borrow)]
    pub id: Text<'a>,
    #[serde(borrow)]
    pub label: Text<'a>,
    #[serde(default, borrow)]
    pub esco: Option<Text<'a>>,
    #[serde(default, borrow)]
    pub description: Option<Text<'a>>,
}

#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OccupationRecord<'a> {
    #[serde(borrow)]
    pub id: Text<'a>,
    #[serde(borrow)]
    pub label: Text<'a>,
    #[serde(default, borrow)]
    pub rome: Option<Text<'a>>,
    #[serde(default, borrow)]
    pub esco: Option<Text<'a>>,
}

#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SessionRecord<'a> {
    #[serde(borrow)]
    pub start: Text<'a>,
    #[serde(borrow)]
    pub end: Text<'a>,
}

#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OfferRecord<'a> {
    #[serde(borrow)]
    pub id: Text<'a>,
    #[serde(borrow)]
    pub provider: Text<'a>,
    #[serde(default, borrow)]
    pub centre: Option<Text<'a>>,
    #[serde(borrow)]
    pub title: Text<'a>,
    #[serde(default, borrow)]
    pub sector: Option<Text<'a>>,
    #[serde(default)]
    pub level: Option<i64>,
    pub hours: f64,
    #[serde(default)]
    pub modality: Option<Modality>,
    #[serde(default, borrow, deserialize_with = "null_as_empty")]
    pub languages: Vec<Text<'a>>,
    #[serde(default, borrow, deserialize_with = "null_as_empty")]
    pub audiences: Vec<Text<'a>>,
    #[serde(default)]
    pub cost_eur: Option<f64>,
    #[serde(default, borrow, deserialize_with = "null_as_empty")]
    pub requires: Vec<Text<'a>>,
    #[serde(default, borrow, deserialize_with = "null_as_empty")]
    pub grants: Vec<Text<'a>>,
    #[serde(default, borrow, deserialize_with = "null_as_empty")]
    pub prepares: Vec<Text<'a>>,
    #[serde(default)]
    pub certification: Option<Certification>,
    #[serde(default, borrow)]
    pub badge: Option<Text<'a>>,
    #[serde(default, borrow, deserialize_with = "null_as_empty")]
    pub sessions: Vec<SessionRecord<'a>>,
    #[serde(default)]
    pub weeks: Option<i64>,
    #[serde(default, borrow)]
    pub description: Option<Text<'a>>,
    #[serde(default, borrow)]
    pub url: Option<Text<'a>>,
}

#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LinkRecord<'a> {
    #[serde(borrow)]
    pub from: Text<'a>,
    #[serde(borrow)]
    pub to: Text<'a>,
    pub kind: LinkKind,
    #[serde(default, borrow)]
    pub agreement: Option<Text<'a>>,
    #[serde(default)]
    pub credit_hours: Option<f64>,
    #[serde(default, borrow)]
    pub note: Option<Text<'a>>,
}

#[cfg(test)]
mod tests {
    use std::borrow::Cow;

    use super::{LinkRecord, OfferRecord};
    use crate::model::file as owned;

    /// The borrowed records must refuse what the owned ones refuse, in the
    /// same words: diagnostics quote serde's messages.
    #[test]
    fn borrowed_records_fail_in_the_words_of_the_owned_ones() {
        let cases = [
            r#"{"id": 5, "provider": "p", "title": "T", "hours": 1}"#,
            r#"{"id": "a", "provider": "p", "title": "T", "hours": "1"}"#,
            r#"{"id": "a", "provider": "p", "title": "T"}"#,
            r#"{"id": "a", "provider": "p", "title": "T", "hours": 1, "houres": 2}"#,
            r#"{"id": "a", "id": "b", "provider": "p", "title": "T", "hours": 1}"#,
            r#"{"id": "a", "provider": "p", "title": "T", "hours": 1, "languages": "fr"}"#,
            r#"{"id": "a", "provider": "p", "title": "T", "hours": 1, "languages": [1]}"#,
            r#"{"id": "a", "provider": "p", "title": "T", "hours": 1, "sessions": [{"start": "x"}]}"#,
            r#"{"id": "a", "provider": "p", "title": "T", "hours": 1, "sessions": [{"start": "x", "end": "y", "z": 1}]}"#,
            r#"{"id": "a", "provider": "p", "title": "T", "hours": 1, "modality": "online"}"#,
            r#"{"id": "a", "provider": "p", "title": "T", "hours": 1, "certification": {"name": "x"}}"#,
            r#"{"id": "a", "provider": "p", "title": "T", "hours": 1, "level": 2.5}"#,
            r#"{"id": "a", "provider": "p", "title": null, "hours": 1}"#,
            r#"["a"]"#,
            r#""a""#,
        ];
        for case in cases {
            let owned = serde_json::from_str::<owned::OfferRecord>(case).map(|_| ());
            let borrowed = serde_json::from_str::<OfferRecord<'_>>(case).map(|_| ());
            assert_eq!(
                owned.map_err(|e| e.to_string()),
                borrowed.map_err(|e| e.to_string()),
                "{case}"
            );
        }
        for case in [
            r#"{"from": "a", "to": "b", "kind": "bridges"}"#,
            r#"{"from": "a", "to": "b"}"#,
            r#"{"from": "a", "to": "b", "kind": "bridge", "credit_hours": "5"}"#,
            r#"{"from": "a", "to": "b", "kind": "bridge", "agreement": 3}"#,
        ] {
            let owned = serde_json::from_str::<owned::LinkRecord>(case).map(|_| ());
            let borrowed = serde_json::from_str::<LinkRecord<'_>>(case).map(|_| ());
            assert_eq!(
                owned.map_err(|e| e.to_string()),
                borrowed.map_err(|e| e.to_string()),
                "{case}"
            );
        }
    }

    #[test]
    fn strings_are_borrowed_unless_escaped() {
        let rec: LinkRecord<'_> =
            serde_json::from_str(r#"{"from": "a", "to": "\u0062", "kind": "bridge"}"#).unwrap();
        assert!(matches!(rec.from.0, Cow::Borrowed("a")));
        assert!(matches!(rec.to.0, Cow::Owned(ref s) if s == "b"));
    }
}
