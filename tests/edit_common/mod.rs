//! Helpers shared by the editing tests: the sample as files in a
//! temporary directory, and a document open on it.

#![allow(dead_code)] // each test file uses some of them

use std::path::{Path, PathBuf};

use parcours::edit::{Address, Document, ItemKind, Record};
use parcours::load::{Source, load, sample};
use parcours::model::Catalogue;
use parcours::model::file::OfferRecord;

/// The sample catalogue written into a new temporary directory.
pub fn sample_dir() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("a temporary directory");
    for (name, text) in sample::FILES {
        std::fs::write(dir.path().join(name), text).expect("write a sample file");
    }
    dir
}

/// A document open on the sample written into `dir`.
pub fn open(dir: &Path) -> Document {
    Document::open(&Source::Path(dir.to_owned())).expect("the sample opens")
}

/// The catalogue in `dir`, loaded from disk, which must load.
pub fn load_dir(dir: &Path) -> Catalogue {
    let loaded = load(&Source::Path(dir.to_owned()));
    let errors: Vec<String> = loaded
        .diagnostics
        .errors
        .iter()
        .map(ToString::to_string)
        .collect();
    loaded.catalogue.unwrap_or_else(|| panic!("{errors:#?}"))
}

/// The offer of this id, with its address.
pub fn offer(doc: &Document, id: &str) -> (Address, OfferRecord) {
    let at = doc.find(ItemKind::Offer, id).expect("the offer is there");
    let Some(Record::Offer(o)) = doc.record(at) else {
        panic!("not an offer at {at:?}")
    };
    (at, o)
}

/// Temporary files saving may have left in `dir`.
pub fn temp_files(dir: &Path) -> Vec<PathBuf> {
    std::fs::read_dir(dir)
        .expect("read the directory")
        .map(|e| e.expect("an entry").path())
        .filter(|p| {
            p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with(".parcours-"))
        })
        .collect()
}

/// The bytes of every file in `dir`, by name.
pub fn snapshot(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<(String, Vec<u8>)> = std::fs::read_dir(dir)
        .expect("read the directory")
        .map(|e| {
            let e = e.expect("an entry");
            (
                e.file_name().to_string_lossy().into_owned(),
                std::fs::read(e.path()).unwrap_or_default(),
            )
        })
        .collect();
    files.sort();
    files
}
