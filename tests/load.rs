//! Loading through the library: merging, hostile input, positions.

use parcours::load::{Source, load};
use proptest::prelude::*;

fn memory(files: &[(&str, &str)]) -> Source {
    Source::Memory(
        files
            .iter()
            .map(|(n, t)| ((*n).to_owned(), t.as_bytes().to_vec()))
            .collect(),
    )
}

const PROVIDER: &str =
    r#"{"format": "parcours/1", "providers": [{"id": "afpa", "name": "Afpa", "country": "FR"}]}"#;

#[test]
fn merges_files_into_one_catalogue() {
    let offers = r#"{"format": "parcours/1", "offers": [
        {"id": "a", "provider": "afpa", "title": "A", "hours": 10},
        {"id": "b", "provider": "afpa", "title": "B", "hours": 20}],
      "links": [{"from": "a", "to": "b", "kind": "progression"}]}"#;
    let loaded = load(&memory(&[
        ("offers.json", offers),
        ("providers.json", PROVIDER),
    ]));
    let cat = loaded.catalogue.expect("no error");
    assert_eq!(cat.offers.len(), 2);
    assert_eq!(cat.links.len(), 1);
    assert_eq!(cat.offer(cat.lookup.offer("b").unwrap()).origin.line, 3);
    assert_eq!(cat.files[1].name, "providers.json");
}

#[test]
fn nesting_a_hundred_thousand_levels_deep_is_an_error_not_a_crash() {
    let deep_unclosed = format!(
        r#"{{"format": "parcours/1", "offers": [{}"#,
        "[".repeat(100_000)
    );
    let deep_closed = format!(
        r#"{{"format": "parcours/1", "offers": [{{"id": "a", "provider": "afpa", "title": "A", "hours": 1, "description": {}{}}}]}}"#,
        "[".repeat(100_000),
        "]".repeat(100_000)
    );
    let deep_section = format!(
        r#"{{"format": "parcours/1", "offers": [{}{}]}}"#,
        "[".repeat(100_000),
        "]".repeat(100_000)
    );
    for text in [deep_unclosed, deep_closed, deep_section] {
        let loaded = load(&memory(&[("deep.json", &text), ("p.json", PROVIDER)]));
        assert!(loaded.catalogue.is_none());
        assert_eq!(
            loaded.diagnostics.errors.len(),
            1,
            "{:?}",
            loaded.diagnostics.errors
        );
        let error = &loaded.diagnostics.errors[0];
        assert_eq!(error.file, "deep.json");
        assert_eq!(error.line, Some(1));
    }
}

#[test]
fn a_twenty_megabyte_title_loads() {
    let title = "é".repeat(10_000_000);
    let text = format!(
        r#"{{"format": "parcours/1", "offers": [{{"id": "a", "provider": "afpa", "title": "{title}", "hours": 1, "grants": ["c"]}}, {{"id": "b", "provider": "afpa", "title": "B", "hours": 1, "requires": ["c"]}}], "competences": [{{"id": "c", "label": "C"}}]}}"#
    );
    let loaded = load(&memory(&[("big.json", &text), ("p.json", PROVIDER)]));
    let cat = loaded.catalogue.expect("valid");
    assert_eq!(cat.offers[0].title.len(), 20_000_000);
    // A problem after the big string is placed by characters, not bytes.
    let broken = text.replace(r#""hours": 1, "requires""#, r#""hours": 0, "requires""#);
    let loaded = load(&memory(&[("big.json", &broken), ("p.json", PROVIDER)]));
    let error = &loaded.diagnostics.errors[0];
    assert_eq!(error.message, "hours must be more than 0; this offer has 0");
    let before = &broken[..broken.find(r#""hours": 0"#).unwrap() + 9];
    assert_eq!(
        error.column,
        Some(u32::try_from(before.chars().count() + 1).unwrap())
    );
}

#[test]
fn every_rule_is_reported_not_only_the_first() {
    let text = r#"{"format": "parcours/1", "offers": [
        {"id": "a", "provider": "afpa", "title": "A", "hours": 0},
        {"id": "b", "provider": "nobody", "title": "B", "hours": 3, "level": 11},
        {"id": "c", "provider": "afpa", "title": "C", "hours": 3, "houres": 3}]}"#;
    let loaded = load(&memory(&[("o.json", text), ("p.json", PROVIDER)]));
    let lines: Vec<_> = loaded
        .diagnostics
        .errors
        .iter()
        .map(|e| e.line.unwrap())
        .collect();
    assert_eq!(lines, [2, 3, 3, 4]);
}

#[test]
fn reads_directories_recursively_in_sorted_order_and_skips_hidden_ones() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    std::fs::create_dir_all(root.join("b/nested")).unwrap();
    std::fs::create_dir_all(root.join(".git")).unwrap();
    std::fs::write(root.join("b/nested/offers.json"), r#"{"format": "parcours/1", "offers": [{"id": "x", "provider": "afpa", "title": "X", "hours": 5}]}"#).unwrap();
    std::fs::write(root.join("a.json"), PROVIDER).unwrap();
    std::fs::write(root.join("notes.md"), "not a catalogue").unwrap();
    std::fs::write(root.join(".git/config.json"), "not json at all").unwrap();
    let loaded = load(&Source::Path(root.to_owned()));
    let cat = loaded.catalogue.expect("valid");
    let names: Vec<_> = cat
        .files
        .iter()
        .map(|f| {
            f.name
                .strip_prefix(&root.display().to_string())
                .unwrap()
                .to_owned()
        })
        .collect();
    assert_eq!(names, ["/a.json", "/b/nested/offers.json"]);
}

#[test]
fn a_missing_path_or_an_empty_directory_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let loaded = load(&Source::Path(dir.path().to_owned()));
    assert!(
        loaded.diagnostics.errors[0]
            .message
            .contains("holds no .json file")
    );
    let loaded = load(&Source::Path(dir.path().join("nope.json")));
    assert_eq!(
        loaded.diagnostics.errors[0].message,
        "cannot read: no such file or directory"
    );
    assert_eq!(loaded.diagnostics.errors[0].line, None);
}

#[test]
fn the_sample_loads_without_error_or_warning() {
    let loaded = load(&Source::Sample);
    assert_eq!(loaded.diagnostics.errors, []);
    assert_eq!(loaded.diagnostics.warnings, []);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn any_bytes_load_without_panic(bytes in proptest::collection::vec(any::<u8>(), 0..300)) {
        let loaded = load(&Source::Memory(vec![("f.json".to_owned(), bytes)]));
        prop_assert!(loaded.catalogue.is_some() || loaded.diagnostics.has_errors());
    }

    #[test]
    fn damaged_catalogues_load_without_panic_and_point_inside_the_file(
        cut in 0usize..400,
        insert in "[\\[\\]{}\",:0-9a-z \\\\]{0,4}",
    ) {
        let text = r#"{"format": "parcours/1", "providers": [{"id": "afpa", "name": "Afpa", "country": "FR", "centres": [{"id": "m", "name": "M", "city": "Metz", "lat": 49.1, "lon": 6.2}]}], "offers": [{"id": "a", "provider": "afpa", "centre": "m", "title": "A", "hours": 10, "sessions": [{"start": "2027-01-01", "end": "2027-02-01"}]}]}"#;
        let at = cut.min(text.len());
        let damaged = format!("{}{insert}{}", &text[..at], &text[at..]);
        let loaded = load(&memory(&[("d.json", &damaged)]));
        let lines = u32::try_from(damaged.lines().count()).unwrap().max(1);
        for d in loaded.diagnostics.iter() {
            prop_assert!(d.line.unwrap() <= lines);
            prop_assert!(!d.message.is_empty());
        }
    }
}

/// Commands that read once map the files (`load_once`): the same catalogue,
/// places and problems as copying them, an empty file and one that is not
/// UTF-8 included.
#[test]
fn mapped_files_load_as_copied_ones() {
    use parcours::load::load_once;
    let dir = tempfile::tempdir().unwrap();
    parcours::edit::init_sample(dir.path()).unwrap();
    let source = Source::Path(dir.path().to_path_buf());
    let (copied, mapped) = (load(&source), load_once(&source));
    assert!(copied.diagnostics.errors.is_empty());
    assert_eq!(copied.diagnostics, mapped.diagnostics);
    // Compared whole, not printed: a catalogue is long.
    assert!(copied.catalogue.unwrap() == mapped.catalogue.unwrap());

    std::fs::write(dir.path().join("empty.json"), "").unwrap();
    std::fs::write(dir.path().join("latin1.json"), b"{\"format\": \"caf\xe9\"}").unwrap();
    let (copied, mapped) = (load(&source), load_once(&source));
    assert_eq!(
        copied.diagnostics.errors.len(),
        2,
        "{:?}",
        copied.diagnostics
    );
    assert_eq!(copied.diagnostics, mapped.diagnostics);
    // One file, not a directory.
    let one = Source::Path(dir.path().join("latin1.json"));
    assert_eq!(load(&one).diagnostics, load_once(&one).diagnostics);
}
