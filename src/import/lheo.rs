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

#[cfg(test)]
mod tests {
    use super::*;

    fn import_text(xml: &str) -> Imported {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("f.xml");
        std::fs::write(&path, xml).unwrap();
        import(&path, "f.xml", None).unwrap()
    }

    const BODY: &str = "<organisme-formation-responsable><nom-organisme>Organisme</nom-organisme></organisme-formation-responsable>";

    #[test]
    fn prefixes_cdata_references_and_empty_elements_are_read() {
        let xml = format!(
            "<l:lheo xmlns:l=\"http://lheo.gouv.fr/2.3\"><l:offres><l:formation>\
             <l:intitule-formation><![CDATA[Cr<é>er]]> &#233;&amp;&#x41;</l:intitule-formation>\
             <l:certifiante/>\
             <l:action><l:nombre-heures-total>35</l:nombre-heures-total></l:action>{}\
             </l:formation></l:offres></l:lheo>",
            BODY.replace('<', "<l:").replace("<l:/", "</l:")
        );
        let imported = import_text(&xml);
        let offer = &imported.built.bodies[0].offers[0];
        assert_eq!(offer.title, "Cr<é>er é&A");
        assert!((offer.hours - 35.0).abs() < f64::EPSILON);
        assert!(imported.errors.is_empty());
        assert_eq!(imported.unmapped[0].what, "formation/certifiante");
    }

    #[test]
    fn repeated_values_and_stray_text_are_reported_not_lost() {
        let xml = format!(
            "<lheo><offres><formation>\n<intitule-formation>Un</intitule-formation>\n\
             <intitule-formation>Deux</intitule-formation>\nstray\n\
             <action><nombre-heures-total>35</nombre-heures-total></action>{BODY}\
             </formation><extras info=\"x\"><extra>1</extra></extras></offres></lheo>"
        );
        let imported = import_text(&xml);
        assert_eq!(imported.built.bodies[0].offers[0].title, "Un");
        let what: Vec<(&str, u32, &str)> = imported
            .unmapped
            .iter()
            .map(|u| {
                (
                    u.what.as_str(),
                    u.examples[0].line,
                    u.examples[0].value.as_str(),
                )
            })
            .collect();
        assert_eq!(
            what,
            [
                ("extras[info=x]", 5, "1"),
                ("formation (text between elements)", 4, "stray"),
                ("formation/intitule-formation (repeated)", 3, "Deux"),
            ]
        );
    }

    #[test]
    fn a_second_root_and_an_empty_file_are_malformed() {
        let dir = tempfile::tempdir().unwrap();
        for (xml, message) in [
            (
                "<lheo/>\n<lheo/>",
                "f.xml:2:1: error: <lheo> after the end of <lheo>",
            ),
            ("", "f.xml:1:1: error: the file holds no element"),
            ("<lheo>", "f.xml:1:1: error: <lheo> is never closed"),
        ] {
            let path = dir.path().join("f.xml");
            std::fs::write(&path, xml).unwrap();
            let Err(Failure::Unreadable(d)) = import(&path, "f.xml", None) else {
                panic!("{xml:?} is read");
            };
            assert!(d.to_string().starts_with(message), "{d}");
        }
    }
}
