//! Imported records as `parcours/1` files: one file per body (the body,
//! its centres and its offers), `occupations.json` and `links.json`, laid
//! out as the sample catalogue is (2-space indentation, fields in the
//! order of the format).

use std::path::{Path, PathBuf};

use serde::Serialize;

use super::lheo::Built;
use crate::load::{Diagnostics, Source, load};
use crate::model::file::{FORMAT, LinkRecord, OccupationRecord, OfferRecord, ProviderRecord};
use crate::plan::atomic::{Access, write_atomically};

/// The file of the occupations offers prepare for.
pub const OCCUPATIONS: &str = "occupations.json";
/// The file of the links between offers.
pub const LINKS: &str = "links.json";

/// One file to write: its name in the output directory and its bytes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OutFile {
    pub name: String,
    pub bytes: Vec<u8>,
}

/// A `parcours/1` file; empty sections are left out.
#[derive(Serialize)]
struct FileOut<'a> {
    format: &'static str,
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    providers: &'a [ProviderRecord],
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    occupations: &'a [OccupationRecord],
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    offers: &'a [OfferRecord],
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    links: &'a [LinkRecord],
}

impl FileOut<'_> {
    fn bytes(&self) -> Vec<u8> {
        let mut bytes = serde_json::to_vec_pretty(self).expect("records serialise");
        bytes.push(b'\n');
        bytes
    }
}

/// The files of an import, bodies in the order they were read.
pub fn files(built: &Built) -> Vec<OutFile> {
    let mut out = Vec::new();
    for body in &built.bodies {
        let id = &body.provider.id;
        // A body whose id is the name of a shared file gets another name.
        let name = if [OCCUPATIONS, LINKS].contains(&format!("{id}.json").as_str()) {
            format!("{id}-body.json")
        } else {
            format!("{id}.json")
        };
        let file = FileOut {
            format: FORMAT,
            providers: std::slice::from_ref(&body.provider),
            occupations: &[],
            offers: &body.offers,
            links: &[],
        };
        out.push(OutFile {
            name,
            bytes: file.bytes(),
        });
    }
    let shared = [
        (OCCUPATIONS, !built.occupations.is_empty()),
        (LINKS, !built.links.is_empty()),
    ];
    for (name, any) in shared {
        if !any {
            continue;
        }
        let file = FileOut {
            format: FORMAT,
            providers: &[],
            occupations: if name == OCCUPATIONS {
                &built.occupations
            } else {
                &[]
            },
            offers: &[],
            links: if name == LINKS { &built.links } else { &[] },
        };
        out.push(OutFile {
            name: name.to_owned(),
            bytes: file.bytes(),
        });
    }
    out
}

/// Loads the files as parcours will, to check them before they are
/// written: an import must never write a catalogue that does not load.
pub fn check(files: &[OutFile]) -> Diagnostics {
    let source = Source::Memory(
        files
            .iter()
            .map(|f| (f.name.clone(), f.bytes.clone()))
            .collect(),
    );
    load(&source).diagnostics
}

/// The files that already exist in `dir`.
pub fn existing(dir: &Path, files: &[OutFile]) -> Vec<PathBuf> {
    files
        .iter()
        .map(|f| dir.join(&f.name))
        .filter(|p| p.exists())
        .collect()
}

/// Writes every file into `dir` (made if need be), each whole or not at
/// all; returns the paths written.
pub fn write(dir: &Path, files: &[OutFile]) -> std::io::Result<Vec<PathBuf>> {
    let mut written = Vec::new();
    for f in files {
        let path = dir.join(&f.name);
        write_atomically(&path, &f.bytes, Access::Shared)?;
        written.push(path);
    }
    Ok(written)
}
