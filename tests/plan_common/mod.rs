//! Helpers shared by the plan tests (`mod plan_common;` in each): dates,
//! the sample catalogue, and copies of it edited the way a catalogue
//! changes between the day a plan is saved and the day it is opened.

// Each test file uses its own share of these.
#![allow(dead_code)]

use parcours::load::{Source, load, sample};
use parcours::model::{Catalogue, Date};
use serde_json::Value;

pub fn date(text: &str) -> Date {
    Date::parse(text).unwrap()
}

/// The sample catalogue built into parcours.
pub fn sample_cat() -> Catalogue {
    load(&Source::Sample).catalogue.expect("the sample loads")
}

/// The sample with `edit` applied to its files (name → JSON). The copy is
/// no longer the sample built into parcours: its files are `edited/NAME`.
pub fn edited(edit: impl Fn(&str, &mut Value)) -> Catalogue {
    let files = sample::FILES
        .iter()
        .map(|(name, text)| {
            let mut value: Value = serde_json::from_str(text).unwrap();
            edit(name, &mut value);
            (
                format!("edited/{name}"),
                serde_json::to_vec(&value).unwrap(),
            )
        })
        .collect();
    let loaded = load(&Source::Memory(files));
    loaded
        .catalogue
        .unwrap_or_else(|| panic!("{:?}", loaded.diagnostics.errors))
}

/// The sample without the offer `id` of the sample file `file`, nor the
/// links from or to it.
pub fn without_offer(file: &str, id: &str) -> Catalogue {
    edited(|name, value| {
        if name == file {
            list(value, "offers").retain(|o| o["id"] != id);
        } else if name == "links.json" {
            list(value, "links").retain(|l| l["from"] != id && l["to"] != id);
        }
    })
}

/// The sample with `edit` applied to the offer `id` of the sample file
/// `file`.
pub fn with_offer(file: &str, id: &str, edit: impl Fn(&mut Value)) -> Catalogue {
    edited(|name, value| {
        if name == file {
            for o in list(value, "offers") {
                if o["id"] == id {
                    edit(o);
                }
            }
        }
    })
}

/// The array `key` of a catalogue file.
pub fn list<'a>(file: &'a mut Value, key: &str) -> &'a mut Vec<Value> {
    file[key].as_array_mut().unwrap()
}
