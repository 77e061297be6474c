//! Single LHÉO values as parcours fields: publics, language, NSF, level,
//! ROME, certification codes, web addresses.

use super::super::codes::{self, Level};
use super::super::record::{Formation, Val};
use super::super::values::line;
use super::Builder;
use crate::import::report::Findings;
use crate::model::Certification;
use crate::model::file::OccupationRecord;

/// The audiences of the publics, each once.
pub(super) fn audiences(publics: &[Val], findings: &mut Findings) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for v in publics {
        match codes::public(&v.text) {
            Some((audiences, _)) if !audiences.is_empty() => {
                for a in audiences {
                    if !out.iter().any(|o| o == a) {
                        out.push((*a).to_owned());
                    }
                }
            }
            Some((_, label)) => findings.unmapped(
                "formation/action/code-public-vise (no parcours audience)",
                v.at,
                &format!("{} {label}", v.text.trim()),
            ),
            None => findings.unmapped(
                "formation/action/code-public-vise (not a known public code)",
                v.at,
                &v.text,
            ),
        }
    }
    out
}

pub(super) fn language(v: Option<&Val>, findings: &mut Findings) -> Vec<String> {
    let Some(v) = v else { return Vec::new() };
    let code = v.text.trim().to_ascii_lowercase();
    if code.len() == 2 && code.bytes().all(|b| b.is_ascii_lowercase()) {
        vec![code]
    } else {
        findings.unmapped(
            "formation/action/langue-formation (not an ISO 639-1 code)",
            v.at,
            &v.text,
        );
        Vec::new()
    }
}

pub(super) fn sector(nsf: &[Val], findings: &mut Findings) -> Option<String> {
    let mut sector = None;
    for v in nsf {
        match codes::sector(&v.text) {
            Some(s) if sector.is_none() => sector = Some(s.to_owned()),
            Some(s) if sector.as_deref() == Some(s) => {}
            Some(_) => findings.unmapped(
                "formation/domaine-formation/code-NSF (another sector: an offer has one)",
                v.at,
                &v.text,
            ),
            None => findings.unmapped(
                "formation/domaine-formation/code-NSF (not an NSF speciality)",
                v.at,
                &v.text,
            ),
        }
    }
    sector
}

pub(super) fn level(v: Option<&Val>, findings: &mut Findings) -> Option<i64> {
    let v = v?;
    match codes::level(&v.text) {
        Level::Eqf(n) => Some(i64::from(n)),
        Level::None => None,
        Level::Unknown => {
            findings.unmapped(
                "formation/code-niveau-sortie (not a code of dict-niveaux, 0 to 8)",
                v.at,
                &v.text,
            );
            None
        }
    }
}

/// The occupation of a ROME code, made on first sight.
pub(super) fn occupation(b: &mut Builder, v: &Val, findings: &mut Findings) -> Option<String> {
    let rome = v.text.trim().to_ascii_uppercase();
    let b2 = rome.as_bytes();
    if !(b2.len() == 5 && b2[0].is_ascii_uppercase() && b2[1..].iter().all(u8::is_ascii_digit)) {
        findings.unmapped(
            "formation/domaine-formation/code-ROME (not a ROME code such as H2913)",
            v.at,
            &v.text,
        );
        return None;
    }
    let id = format!("rome-{}", rome.to_ascii_lowercase());
    b.occupations
        .entry(rome.clone())
        .or_insert_with(|| OccupationRecord {
            id: id.clone(),
            label: format!("ROME {rome}"),
            rome: Some(rome),
            esco: None,
        });
    Some(id)
}

/// The first certification code, preferring RNCP, then RS, then Certif
/// Info; the others are reported.
pub(super) fn certification(f: &Formation, findings: &mut Findings) -> Option<Certification> {
    let mut codes: Vec<(u8, &Val, String)> = Vec::new();
    for c in &f.certifications {
        let found = [
            (0, &c.rncp, "RNCP"),
            (1, &c.rs, "RS"),
            (2, &c.certifinfo, "CERTIFINFO "),
        ];
        for (rank, v, prefix) in found {
            if let Some(v) = v {
                codes.push((
                    rank,
                    v,
                    format!(
                        "{prefix}{}",
                        line(&v.text).trim_start_matches(prefix.trim())
                    ),
                ));
            }
        }
    }
    codes.sort_by_key(|c| c.0);
    let mut codes = codes.into_iter().filter(|c| !c.2.trim().is_empty());
    let (_, _, kept) = codes.next()?;
    for (_, v, other) in codes {
        findings.unmapped(
            "formation/certification (another code: an offer keeps one)",
            v.at,
            &other,
        );
    }
    Some(Certification {
        title: None,
        code: Some(kept),
    })
}

pub(super) fn first_url(urls: &[Val], what: &str, findings: &mut Findings) -> Option<String> {
    let mut urls = urls
        .iter()
        .map(|v| (v, line(&v.text)))
        .filter(|(_, u)| !u.is_empty());
    let (_, first) = urls.next()?;
    for (v, _) in urls {
        findings.unmapped(
            format!("{what} (another address: an offer has one)"),
            v.at,
            &v.text,
        );
    }
    Some(first)
}
