//! A form's values: an item's fields as the texts typed, read from its
//! record and read back into one. The conversion goes through JSON
//! values, so that one piece of code serves every kind of item, led by
//! the field tables of [`super::schema`].

use serde_json::{Map, Number, Value};

use super::schema::{Field, Shape, fields};
use crate::edit::{CentreOf, ItemKind, Record};

/// The text of one field: one line, the lines of an object's fields, or
/// the lines of each entry of a list of objects.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Slot {
    Text(String),
    Group(Vec<String>),
    Entries(Vec<Vec<String>>),
}

/// An item's fields as typed, in schema order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Draft {
    pub kind: ItemKind,
    pub slots: Vec<Slot>,
}

/// What keeps a typed value from being read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Bad {
    /// Not a number: what was typed.
    NotANumber(String),
    /// Not a whole number: what was typed.
    NotWhole(String),
    /// A required field left empty.
    Required,
    /// The record itself refused the values (a bug if it shows).
    Other(String),
}

/// A field that cannot be read, by its path (`hours`,
/// `sessions[1].end`), and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unreadable {
    pub field: String,
    pub bad: Bad,
}

impl Draft {
    /// An empty item of a kind (a choice field on its first word).
    pub fn empty(kind: ItemKind) -> Self {
        let slots = fields(kind)
            .iter()
            .map(|f| match f.shape {
                Shape::Group(sub) => Slot::Group(vec![String::new(); sub.len()]),
                Shape::Entries(_) => Slot::Entries(Vec::new()),
                Shape::Choice(words) if f.required => Slot::Text(words[0].to_owned()),
                _ => Slot::Text(String::new()),
            })
            .collect();
        Self { kind, slots }
    }

    /// The fields of a record.
    pub fn of(record: &Record) -> Self {
        let map = to_map(record);
        let kind = record.kind();
        let slots = fields(kind)
            .iter()
            .map(|f| {
                let value = map.get(f.name).unwrap_or(&Value::Null);
                match f.shape {
                    Shape::Group(sub) => Slot::Group(sub_texts(sub, value)),
                    Shape::Entries(sub) => Slot::Entries(
                        value
                            .as_array()
                            .map(|a| a.iter().map(|e| sub_texts(sub, e)).collect())
                            .unwrap_or_default(),
                    ),
                    _ => Slot::Text(text_of(value)),
                }
            })
            .collect();
        Self { kind, slots }
    }

    /// The record these values make. `base`, the item as it was, gives
    /// what the form does not show (a provider's centres).
    pub fn to_record(&self, base: Option<&Record>) -> Result<Record, Unreadable> {
        let mut map = Map::new();
        for (field, slot) in fields(self.kind).iter().zip(&self.slots) {
            if let Some(value) = read_slot(field, slot)? {
                map.insert(field.name.to_owned(), value);
            }
        }
        from_map(self.kind, map, base).map_err(|e| Unreadable {
            field: String::new(),
            bad: Bad::Other(e.to_string()),
        })
    }

    /// The text of a simple field by its place in the table.
    pub fn text(&self, field: usize) -> &str {
        match self.slots.get(field) {
            Some(Slot::Text(t)) => t,
            _ => "",
        }
    }
}

/// The record's fields as JSON (a centre with its provider's id).
fn to_map(record: &Record) -> Map<String, Value> {
    let value = match record {
        Record::Provider(p) => serde_json::to_value(p),
        Record::Centre(c) => serde_json::to_value(&c.centre),
        Record::Agreement(a) => serde_json::to_value(a),
        Record::Competence(c) => serde_json::to_value(c),
        Record::Occupation(o) => serde_json::to_value(o),
        Record::Offer(o) => serde_json::to_value(o),
        Record::Link(l) => serde_json::to_value(l),
    };
    let mut map = match value {
        Ok(Value::Object(map)) => map,
        _ => Map::new(),
    };
    match record {
        Record::Provider(_) => {
            map.remove("centres");
        }
        Record::Centre(c) => {
            map.insert("provider".to_owned(), Value::String(c.provider.clone()));
        }
        _ => {}
    }
    map
}

/// The record of a kind from its fields as JSON.
fn from_map(
    kind: ItemKind,
    mut map: Map<String, Value>,
    base: Option<&Record>,
) -> serde_json::Result<Record> {
    let value = |map: Map<String, Value>| Value::Object(map);
    Ok(match kind {
        ItemKind::Provider => {
            let mut p: crate::model::file::ProviderRecord = serde_json::from_value(value(map))?;
            if let Some(Record::Provider(old)) = base {
                p.centres.clone_from(&old.centres);
            }
            Record::Provider(p)
        }
        ItemKind::Centre => {
            let provider = match map.remove("provider") {
                Some(Value::String(p)) => p,
                _ => String::new(),
            };
            Record::Centre(CentreOf {
                provider,
                centre: serde_json::from_value(value(map))?,
            })
        }
        ItemKind::Agreement => Record::Agreement(serde_json::from_value(value(map))?),
        ItemKind::Competence => Record::Competence(serde_json::from_value(value(map))?),
        ItemKind::Occupation => Record::Occupation(serde_json::from_value(value(map))?),
        ItemKind::Offer => Record::Offer(serde_json::from_value(value(map))?),
        ItemKind::Link => Record::Link(serde_json::from_value(value(map))?),
    })
}

/// A value as one line: text as written, numbers in their shortest form,
/// lists of words joined with commas, nothing for an absent field.
fn text_of(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        Value::Number(n) => n.to_string(),
        Value::Array(items) => items.iter().map(text_of).collect::<Vec<_>>().join(", "),
        Value::Bool(b) => b.to_string(),
        Value::Null | Value::Object(_) => String::new(),
    }
}

fn sub_texts(sub: &[Field], value: &Value) -> Vec<String> {
    sub.iter()
        .map(|f| text_of(value.get(f.name).unwrap_or(&Value::Null)))
        .collect()
}

/// One field's value; none when it is left out (empty and optional).
fn read_slot(field: &Field, slot: &Slot) -> Result<Option<Value>, Unreadable> {
    match (field.shape, slot) {
        (Shape::Group(sub), Slot::Group(texts)) => {
            let mut map = Map::new();
            for (f, text) in sub.iter().zip(texts) {
                let path = format!("{}.{}", field.name, f.name);
                if let Some(v) = read_text(f, text, &path)? {
                    map.insert(f.name.to_owned(), v);
                }
            }
            Ok((!map.is_empty()).then_some(Value::Object(map)))
        }
        (Shape::Entries(sub), Slot::Entries(entries)) => {
            let mut list = Vec::with_capacity(entries.len());
            for (n, texts) in entries.iter().enumerate() {
                let mut map = Map::new();
                for (f, text) in sub.iter().zip(texts) {
                    let path = format!("{}[{n}].{}", field.name, f.name);
                    if let Some(v) = read_text(f, text, &path)? {
                        map.insert(f.name.to_owned(), v);
                    }
                }
                list.push(Value::Object(map));
            }
            Ok((!list.is_empty()).then_some(Value::Array(list)))
        }
        (_, Slot::Text(text)) => read_text(field, text, field.name),
        _ => Ok(None),
    }
}

/// One line's value, read as its shape says.
fn read_text(field: &Field, text: &str, path: &str) -> Result<Option<Value>, Unreadable> {
    let text = text.trim();
    let bad = |bad| Unreadable {
        field: path.to_owned(),
        bad,
    };
    if text.is_empty() {
        return match field.shape {
            // The loader says what an empty required text lacks.
            Shape::Text | Shape::Ref(_) | Shape::Choice(_) if field.required => {
                Ok(Some(Value::String(String::new())))
            }
            Shape::Refs(_) if field.required => Ok(Some(Value::Array(Vec::new()))),
            Shape::Number | Shape::Integer if field.required => Err(bad(Bad::Required)),
            _ => Ok(None),
        };
    }
    Ok(Some(match field.shape {
        Shape::Number => {
            let n: f64 = text
                .replace(',', ".")
                .parse()
                .ok()
                .filter(|n: &f64| n.is_finite())
                .ok_or_else(|| bad(Bad::NotANumber(text.to_owned())))?;
            Value::Number(Number::from_f64(n).ok_or_else(|| bad(Bad::NotANumber(text.to_owned())))?)
        }
        Shape::Integer => {
            let n: i64 = text
                .parse()
                .map_err(|_| bad(Bad::NotWhole(text.to_owned())))?;
            Value::Number(n.into())
        }
        Shape::Words | Shape::Refs(_) => Value::Array(
            text.split(',')
                .map(str::trim)
                .filter(|w| !w.is_empty())
                .map(|w| Value::String(w.to_owned()))
                .collect(),
        ),
        _ => Value::String(text.to_owned()),
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::edit::Records;
    use crate::load::sample;

    fn sample_records() -> Vec<Record> {
        let mut all = Vec::new();
        for (_, text) in sample::FILES {
            let r = Records::parse(text.as_bytes()).unwrap();
            for p in &r.providers {
                all.push(Record::Provider(p.clone()));
                for c in &p.centres {
                    all.push(Record::Centre(CentreOf {
                        provider: p.id.clone(),
                        centre: c.clone(),
                    }));
                }
            }
            all.extend(r.agreements.iter().cloned().map(Record::Agreement));
            all.extend(r.competences.iter().cloned().map(Record::Competence));
            all.extend(r.occupations.iter().cloned().map(Record::Occupation));
            all.extend(r.offers.iter().cloned().map(Record::Offer));
            all.extend(r.links.iter().cloned().map(Record::Link));
        }
        all
    }

    #[test]
    fn every_item_of_the_sample_goes_through_a_form_unchanged() {
        for record in sample_records() {
            let draft = Draft::of(&record);
            assert_eq!(draft.to_record(Some(&record)).unwrap(), record);
        }
    }

    #[test]
    fn typed_values_are_read_as_their_shape_says() {
        let Record::Offer(offer) = sample_records()
            .into_iter()
            .find(|r| r.kind() == ItemKind::Offer)
            .unwrap()
        else {
            unreachable!()
        };
        let record = Record::Offer(offer);
        let mut draft = Draft::of(&record);
        let at = |name: &str| {
            fields(ItemKind::Offer)
                .iter()
                .position(|f| f.name == name)
                .unwrap()
        };
        draft.slots[at("hours")] = Slot::Text("87,5".to_owned());
        draft.slots[at("grants")] = Slot::Text(" c-a , ,c-b".to_owned());
        draft.slots[at("sessions")] = Slot::Entries(vec![vec!["2027-01-01".into(), String::new()]]);
        let Record::Offer(read) = draft.to_record(None).unwrap() else {
            unreachable!()
        };
        assert!((read.hours - 87.5).abs() < f64::EPSILON);
        assert_eq!(read.grants, ["c-a", "c-b"]);
        assert_eq!(read.sessions[0].end, "");
        draft.slots[at("level")] = Slot::Text("3.5".to_owned());
        assert_eq!(
            draft.to_record(None).unwrap_err(),
            Unreadable {
                field: "level".into(),
                bad: Bad::NotWhole("3.5".into())
            }
        );
        draft.slots[at("hours")] = Slot::Text(String::new());
        draft.slots[at("level")] = Slot::Text(String::new());
        assert_eq!(draft.to_record(None).unwrap_err().bad, Bad::Required);
    }
}
