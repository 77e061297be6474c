//! The fields of each kind of item, in schema order (the order of the
//! canonical layout and of DESIGN.md's field lists), and what each holds.
//! A form is drawn and read from these tables: one design for every kind.

use crate::edit::ItemKind;

/// What a field holds, and so how it is edited.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    /// Free text.
    Text,
    /// A number (hours, euros, degrees); a decimal comma is read too.
    Number,
    /// A whole number.
    Integer,
    /// One of a few words, cycled.
    Choice(&'static [&'static str]),
    /// The id of another item, picked from a list.
    Ref(ItemKind),
    /// Ids of other items, picked (ticked) from a list.
    Refs(ItemKind),
    /// Words, typed as a comma-separated line.
    Words,
    /// An object of a few text fields (`certification`).
    Group(&'static [Field]),
    /// A list of objects (`sessions`), each entry a sub-list of fields.
    Entries(&'static [Field]),
}

/// One field of an item.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Field {
    /// Its name in the files.
    pub name: &'static str,
    pub shape: Shape,
    /// Whether the format requires it.
    pub required: bool,
}

impl Field {
    /// The fields inside it: an object's, or each entry's of a list;
    /// none for the others.
    pub fn parts(&self) -> &'static [Field] {
        match self.shape {
            Shape::Group(parts) | Shape::Entries(parts) => parts,
            _ => &[],
        }
    }

    /// The name of its `j`th part; empty when there is none.
    pub fn part_name(&self, j: usize) -> &'static str {
        self.parts().get(j).map_or("", |part| part.name)
    }
}

const fn f(name: &'static str, shape: Shape) -> Field {
    Field {
        name,
        shape,
        required: false,
    }
}

const fn req(name: &'static str, shape: Shape) -> Field {
    Field {
        name,
        shape,
        required: true,
    }
}

use Shape::{Choice, Entries, Group, Integer, Number, Ref, Refs, Text, Words};

/// The modalities, as written in files.
pub const MODALITIES: &[&str] = &["onsite", "distance", "hybrid", "work_based"];
/// The kinds of link, as written in files.
pub const LINK_KINDS: &[&str] = &["progression", "bridge", "equivalence"];

const PROVIDER: &[Field] = &[
    req("id", Text),
    req("name", Text),
    req("country", Text),
    f("kind", Text),
    f("region", Text),
    f("url", Text),
];

const CENTRE: &[Field] = &[
    req("provider", Ref(ItemKind::Provider)),
    req("id", Text),
    req("name", Text),
    req("city", Text),
    f("region", Text),
    f("country", Text),
    req("lat", Number),
    req("lon", Number),
];

const AGREEMENT: &[Field] = &[
    req("id", Text),
    req("title", Text),
    req("parties", Refs(ItemKind::Provider)),
    f("signed", Text),
    f("until", Text),
    f("programme", Text),
    f("url", Text),
    f("note", Text),
];

const COMPETENCE: &[Field] = &[
    req("id", Text),
    req("label", Text),
    f("esco", Text),
    f("description", Text),
];

const OCCUPATION: &[Field] = &[
    req("id", Text),
    req("label", Text),
    f("rome", Text),
    f("esco", Text),
];

const CERTIFICATION: &[Field] = &[f("title", Text), f("code", Text)];
const SESSION: &[Field] = &[req("start", Text), req("end", Text)];

const OFFER: &[Field] = &[
    req("id", Text),
    req("provider", Ref(ItemKind::Provider)),
    f("centre", Ref(ItemKind::Centre)),
    req("title", Text),
    f("sector", Text),
    f("level", Integer),
    req("hours", Number),
    f("modality", Choice(MODALITIES)),
    f("languages", Words),
    f("audiences", Words),
    f("cost_eur", Number),
    f("requires", Refs(ItemKind::Competence)),
    f("grants", Refs(ItemKind::Competence)),
    f("prepares", Refs(ItemKind::Occupation)),
    f("certification", Group(CERTIFICATION)),
    f("badge", Text),
    f("sessions", Entries(SESSION)),
    f("weeks", Integer),
    f("description", Text),
    f("url", Text),
];

const LINK: &[Field] = &[
    req("from", Ref(ItemKind::Offer)),
    req("to", Ref(ItemKind::Offer)),
    req("kind", Choice(LINK_KINDS)),
    f("agreement", Ref(ItemKind::Agreement)),
    f("credit_hours", Number),
    f("note", Text),
];

/// The fields of a kind of item, in schema order. A provider's centres
/// are items of their own, edited apart.
pub fn fields(kind: ItemKind) -> &'static [Field] {
    match kind {
        ItemKind::Provider => PROVIDER,
        ItemKind::Centre => CENTRE,
        ItemKind::Agreement => AGREEMENT,
        ItemKind::Competence => COMPETENCE,
        ItemKind::Occupation => OCCUPATION,
        ItemKind::Offer => OFFER,
        ItemKind::Link => LINK,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::file::{
        AgreementRecord, CentreRecord, CompetenceRecord, LinkRecord, OccupationRecord, OfferRecord,
        ProviderRecord,
    };
    use serde_json::json;

    /// Every field of `full` read into the record type (which refuses an
    /// unknown name) and written back: the table names them all, in the
    /// order written.
    fn follows<T: serde::de::DeserializeOwned + serde::Serialize>(
        kind: ItemKind,
        full: serde_json::Value,
    ) {
        let record: T = serde_json::from_value(full).unwrap();
        let text = serde_json::to_string(&record).unwrap();
        let table: Vec<&str> = fields(kind)
            .iter()
            .map(|f| f.name)
            .filter(|n| kind != ItemKind::Centre || *n != "provider")
            .collect();
        let mut places: Vec<usize> = table
            .iter()
            .map(|n| {
                text.find(&format!("\"{n}\":"))
                    .unwrap_or_else(|| panic!("{n}"))
            })
            .collect();
        let written = places.clone();
        places.sort_unstable();
        assert_eq!(places, written, "{kind:?}: {text}");
        let count = serde_json::to_value(&record)
            .unwrap()
            .as_object()
            .unwrap()
            .len();
        assert_eq!(count, table.len(), "{kind:?}");
    }

    #[test]
    fn the_tables_follow_the_records_field_for_field() {
        follows::<OfferRecord>(
            ItemKind::Offer,
            json!({
                "id": "x", "provider": "p", "centre": "c", "title": "t", "sector": "s",
                "level": 3, "hours": 1, "modality": "onsite", "languages": ["fr"],
                "audiences": ["a"], "cost_eur": 1, "requires": ["r"], "grants": ["g"],
                "prepares": ["o"], "certification": {"title": "t", "code": "c"},
                "badge": "b", "sessions": [{"start": "2027-01-01", "end": "2027-02-01"}],
                "weeks": 2, "description": "d", "url": "u"
            }),
        );
        follows::<ProviderRecord>(
            ItemKind::Provider,
            json!({"id": "p", "name": "n", "country": "FR", "kind": "k", "region": "r", "url": "u"}),
        );
        follows::<CentreRecord>(
            ItemKind::Centre,
            json!({"id": "c", "name": "n", "city": "c", "region": "r", "country": "FR",
                   "lat": 1.5, "lon": 2.5}),
        );
        follows::<AgreementRecord>(
            ItemKind::Agreement,
            json!({"id": "a", "title": "t", "parties": ["p", "q"], "signed": "2020-01-01",
                   "until": "2030-01-01", "programme": "p", "url": "u", "note": "n"}),
        );
        follows::<CompetenceRecord>(
            ItemKind::Competence,
            json!({"id": "c", "label": "l", "esco": "e", "description": "d"}),
        );
        follows::<OccupationRecord>(
            ItemKind::Occupation,
            json!({"id": "o", "label": "l", "rome": "r", "esco": "e"}),
        );
        follows::<LinkRecord>(
            ItemKind::Link,
            json!({"from": "a", "to": "b", "kind": "bridge", "agreement": "x",
                   "credit_hours": 10, "note": "n"}),
        );
    }
}
