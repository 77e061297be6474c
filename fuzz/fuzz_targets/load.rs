//! Loads arbitrary bytes as a catalogue: one file, or two files when the
//! input holds a NUL byte (to exercise merging and cross-file checks).
//! Loading must never panic, and a catalogue that loads must print.

#![no_main]

use libfuzzer_sys::fuzz_target;
use parcours::load::{Source, load};

fuzz_target!(|data: &[u8]| {
    let files = match data.iter().position(|&b| b == 0) {
        Some(at) => vec![
            ("a.json".to_owned(), data[..at].to_vec()),
            ("b.json".to_owned(), data[at + 1..].to_vec()),
        ],
        None => vec![("a.json".to_owned(), data.to_vec())],
    };
    let loaded = load(&Source::Memory(files));
    for d in loaded.diagnostics.iter() {
        let shown = d.to_string();
        assert!(!shown.chars().any(|c| c.is_control()));
    }
    if let Some(cat) = loaded.catalogue {
        let _ = parcours::stats::Stats::of(&cat);
    }
});
