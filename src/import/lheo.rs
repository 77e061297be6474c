//! `parcours import lheo`: offers published in LHÉO 2.x, the French
//! standard for exchanging training offers (Carif-Oref, Intercarif, …).
//!
//! The file is read as a stream of XML events ([`reader`]), one
//! `<formation>` at a time ([`fill`]); each is mapped to bodies, centres and
//! offers as soon as it is read ([`build`]). The mapping is described in
//! docs/import.md.

mod build;
mod codes;
mod decode;
mod fill;
mod modules;
mod paths;
mod reader;
mod record;
mod values;

use std::collections::HashMap;
use std::path::Path;

pub use build::{Built, BuiltBody};

use crate::import::report::{Findings, Unmapped};
use crate::load::{Diagnostic, Severity};

/// What was imported, and what could not be.
#[derive(Debug)]
pub struct Imported {
    pub built: Built,
    /// Items left out, each at its place in the file.
    pub errors: Vec<Diagnostic>,
    /// What parcours has no place for, counted, with examples.
    pub unmapped: Vec<Unmapped>,
}

/// Why nothing can be imported.
#[derive(Debug)]
pub enum Failure {
    /// The file cannot be read, or is not well-formed XML, or not LHÉO.
    Unreadable(Diagnostic),
    /// `--provider` named one body's id, and the file holds several.
    SeveralBodies(Vec<String>),
}

/// Reads the LHÉO file at `path` (named `shown` in messages); `provider` is
/// the id to give its responsible body.
pub fn import(path: &Path, shown: &str, provider: Option<&str>) -> Result<Imported, Failure> {
    let mut findings = Findings::default();
    let mut builder = build::Builder::new(provider.map(str::to_owned));
    let read = reader::read(path, &mut findings, |formation, findings| {
        builder.formation(formation, findings);
    });
    let encoding = match read {
        Ok(encoding) => encoding,
        Err((encoding, fatal)) => {
            let place = match (fatal.at, encoding) {
                (Some(0), _) => Some((1, 1)),
                (Some(at), Some(encoding)) => {
                    decode::locate(path, encoding, &[at]).ok().map(|p| p[0])
                }
                _ => None,
            };
            return Err(Failure::Unreadable(Diagnostic {
                severity: Severity::Error,
                file: shown.to_owned(),
                line: place.map(|p| p.0),
                column: place.map(|p| p.1),
                message: fatal.message,
            }));
        }
    };
    if let Some(names) = builder.provider_conflict() {
        return Err(Failure::SeveralBodies(names));
    }
    let built = builder.finish(&mut findings);
    let offsets = findings.offsets();
    let places: HashMap<u64, (u32, u32)> = match decode::locate(path, encoding, &offsets) {
        Ok(places) => offsets.into_iter().zip(places).collect(),
        // The file changed or vanished since it was read: no places.
        Err(_) => HashMap::new(),
    };
    let (errors, unmapped) =
        findings.resolve(shown, |at| places.get(&at).copied().unwrap_or((0, 0)));
    Ok(Imported {
        built,
        errors,
        unmapped,
    })
}
