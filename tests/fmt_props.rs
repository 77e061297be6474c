//! Properties of the canonical layout: formatting is idempotent, and the
//! formatted files load into the same catalogue as the files before
//! (`load(fmt(x)) == load(x)`), on the sample, on generated catalogues and
//! on numbers written every way JSON allows.

mod edit_common;

use std::path::Path;

use edit_common::{load_dir, open, snapshot};
use parcours::edit::{Records, same_content};
use parcours::load::sample;
use parcours::synth::{Options, write_dir};
use proptest::prelude::*;

/// Formats the catalogue in `dir` twice, checking that the content stays
/// and that the second time writes nothing.
fn check_fmt(dir: &Path) -> usize {
    let before = load_dir(dir);
    let mut doc = open(dir);
    let written = doc.format().expect("formatting works").len();
    let after = load_dir(dir);
    assert!(same_content(&before, &after), "the content changed");
    assert_eq!(
        doc.catalogue(),
        &after,
        "the document holds the files as written"
    );
    let bytes = snapshot(dir);
    let mut again = open(dir);
    assert!(again.unformatted().is_empty());
    assert_eq!(
        again.format().unwrap(),
        vec![],
        "idempotent: nothing left to format"
    );
    assert_eq!(snapshot(dir), bytes);
    written
}

#[test]
fn the_sample_formats_to_itself() {
    let dir = tempfile::tempdir().unwrap();
    for (name, text) in sample::FILES {
        std::fs::write(dir.path().join(name), text).unwrap();
    }
    assert_eq!(
        check_fmt(dir.path()),
        0,
        "the sample is in the canonical layout"
    );
}

#[test]
fn the_sample_written_any_other_way_formats_back_to_its_bytes() {
    let dir = tempfile::tempdir().unwrap();
    for (name, text) in sample::FILES {
        // One line, keys in alphabetical order: nothing like the canonical layout.
        let value: serde_json::Value = serde_json::from_str(text).unwrap();
        std::fs::write(
            dir.path().join(name),
            serde_json::to_string(&value).unwrap(),
        )
        .unwrap();
    }
    assert_eq!(check_fmt(dir.path()), sample::FILES.len());
    for (name, text) in sample::FILES {
        let formatted = std::fs::read_to_string(dir.path().join(name)).unwrap();
        assert!(formatted == *text, "{name} differs from the sample's");
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 12, ..ProptestConfig::default() })]

    #[test]
    fn generated_catalogues_format_without_change_of_content(
        offers in 2usize..400,
        seed in any::<u64>(),
        links_per_offer in 0.5f64..12.0,
    ) {
        let dir = tempfile::tempdir().unwrap();
        write_dir(&Options { offers, seed, links_per_offer }, dir.path()).unwrap();
        // Generated files hold an item per line: every one is rewritten.
        let files = snapshot(dir.path()).len();
        prop_assert_eq!(check_fmt(dir.path()), files);
    }
}

/// Writes a number as a person or a tool might: `875`, `875.0`, `8.75e2`.
fn spelled(value: f64, how: u8) -> String {
    match how % 3 {
        0 => format!("{value}"),
        1 => format!("{value:e}"),
        _ => format!("{value:.17}"),
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    /// Every number keeps its value through the canonical layout, however
    /// it was written, as the loader reads it.
    #[test]
    fn numbers_keep_their_value_however_they_are_written(
        lat in -90.0f64..90.0,
        lon in -180.0f64..180.0,
        hours in 0.001f64..100_000.0,
        cost in 0.0f64..1.0e7,
        credit in 0.0f64..1.0,
        how in any::<[u8; 5]>(),
    ) {
        let text = format!(
            r#"{{"format": "parcours/1",
              "providers": [{{"id": "p", "name": "P", "country": "FR",
                "centres": [{{"id": "c", "name": "C", "city": "X", "lat": {}, "lon": {}}}]}}],
              "offers": [
                {{"id": "a", "provider": "p", "centre": "c", "title": "A", "hours": {}, "cost_eur": {}}},
                {{"id": "b", "provider": "p", "title": "B", "hours": {}}}],
              "links": [{{"from": "a", "to": "b", "kind": "progression", "credit_hours": {}}}]}}"#,
            spelled(lat, how[0]), spelled(lon, how[1]), spelled(hours, how[2]), spelled(cost, how[3]),
            spelled(hours, how[2]), spelled(credit * hours, how[4]),
        );
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("one.json"), &text).unwrap();
        check_fmt(dir.path());
        let records = Records::parse(text.as_bytes()).unwrap();
        prop_assert_eq!(Records::parse(records.to_text().as_bytes()).unwrap(), records);
    }
}
