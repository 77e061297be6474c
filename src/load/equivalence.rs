//! The streaming reader against the careful one: on any damage done to a
//! catalogue, both must find the same catalogue and the same problems, in
//! the same words and places.

use proptest::prelude::*;

use super::pipeline::Reader;
use super::{Progress, Reading, Source, load_with, sample};

/// Pieces that break JSON, records or references in interesting ways.
const DAMAGE: &[&str] = &[
    "\"",
    ",",
    "}",
    "]",
    "{",
    "[",
    ":",
    "\n",
    "null",
    "1.5",
    "-",
    "0",
    "x",
    "\\u0041",
    "\\",
    "\"id\": \"afpa\", ",
    "\"hours\": -3, ",
    "\"houres\": 1, ",
    "\"to\": \"nowhere\", ",
    "\"format\": \"parcours/1\", ",
    "\"offers\": [], ",
    "\"links\": null, ",
    "{}, ",
    "\u{1}",
];

/// A few small files of the sample, with every section kind among them:
/// enough to exercise the readers, small enough for many cases.
fn some_sample_files() -> Vec<(String, Vec<u8>)> {
    let wanted = [
        "agreements.json",
        "bruxelles-formation.json",
        "isq.json",
        "referentiel.json",
        "technifutur.json",
    ];
    sample::FILES
        .iter()
        .filter(|(name, _)| wanted.contains(name))
        .map(|(name, text)| ((*name).to_owned(), text.as_bytes().to_vec()))
        .collect()
}

fn both(files: Vec<(String, Vec<u8>)>) -> (super::Loaded, super::Loaded) {
    let source = Source::Memory(files);
    (
        load_with(
            &source,
            Reading::Copy,
            Reader::Streaming,
            &Progress::default(),
        ),
        load_with(
            &source,
            Reading::Copy,
            Reader::Careful,
            &Progress::default(),
        ),
    )
}

fn assert_same(streaming: &super::Loaded, careful: &super::Loaded) {
    assert_eq!(streaming.diagnostics, careful.diagnostics);
    assert_eq!(streaming.catalogue, careful.catalogue);
}

#[test]
fn the_sample_reads_the_same_both_ways() {
    let files = sample::FILES
        .iter()
        .map(|(name, text)| ((*name).to_owned(), text.as_bytes().to_vec()))
        .collect();
    let (streaming, careful) = both(files);
    assert!(streaming.catalogue.is_some());
    assert_same(&streaming, &careful);
}

#[test]
fn layouts_the_streaming_reader_hands_over_read_the_same() {
    let provider = r#""providers": [{"id": "p", "name": "P", "country": "FR"}]"#;
    let offers = r#""offers": [{"id": "a", "provider": "p", "title": "A", "hours": 3}, {"id": "b", "provider": "p", "title": "B", "hours": 4}]"#;
    let links = r#""links": [{"from": "a", "to": "b", "kind": "bridge", "credit_hours": 2.5}]"#;
    let format = r#""format": "parcours/1""#;
    for text in [
        format!("{{{format}, {provider}, {offers}, {links}}}"),
        format!("{{{provider}, {offers}, {format}, {links}}}"),
        format!("{{{format}, {links}, {offers}, {provider}}}"),
        format!("{{{format}, {offers}, {provider}, {links}}}"),
        format!("{{{format}, {provider}, {offers}, {links}, \"offers\": []}}"),
        format!("{{{format}, {provider}, {offers}, {links}}} x"),
        format!("{{{format}, {provider}, {offers}, {links}"),
        format!("{{\"f\\u006frmat\": \"parcours/1\", {provider}, {offers}, {links}}}"),
        format!("\u{feff} {{ {format} , {provider} , {offers} , {links} }} \n"),
    ] {
        let (streaming, careful) = both(vec![("a.json".to_owned(), text.clone().into_bytes())]);
        assert_same(&streaming, &careful);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn damaged_samples_read_the_same_both_ways(
        file in 0usize..5,
        at in any::<prop::sample::Index>(),
        cut in 0usize..12,
        piece in prop::sample::select(DAMAGE),
        second in any::<prop::sample::Index>(),
    ) {
        let mut files = some_sample_files();
        let text = &mut files[file].1;
        let start = at.index(text.len());
        let end = (start + cut).min(text.len());
        text.splice(start..end, piece.bytes());
        // A second, smaller blow elsewhere in the same file.
        let other = second.index(text.len());
        text.insert(other, b'"');
        let (streaming, careful) = both(files);
        prop_assert_eq!(&streaming.diagnostics, &careful.diagnostics);
        prop_assert_eq!(&streaming.catalogue, &careful.catalogue);
    }
}
