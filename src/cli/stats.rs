//! `parcours stats`: what the catalogue holds.

use std::io::Write;
use std::process::ExitCode;

use crate::load::Source;
use crate::model::Catalogue;
use crate::stats::Stats;
use crate::text::{escape, to_safe_json};

pub fn run(
    cat: &Catalogue,
    source: &Source,
    json: bool,
    out: &mut impl Write,
) -> std::io::Result<ExitCode> {
    let s = Stats::of(cat);
    if json {
        writeln!(out, "{}", to_safe_json(&s)?)?;
        return Ok(ExitCode::SUCCESS);
    }
    let name = match source {
        Source::Sample => {
            "the sample catalogue (illustrative, not an official catalogue)".to_owned()
        }
        other => escape(&other.describe()).into_owned(),
    };
    writeln!(out, "Catalogue: {name}, {} files", s.files)?;
    let join = |map: &std::collections::BTreeMap<String, usize>| {
        map.iter()
            .map(|(k, n)| format!("{} {n}", escape(if k.is_empty() { "(none)" } else { k })))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let rows: [(&str, usize, String); 8] = [
        ("providers", s.providers, join(&s.providers_by_country)),
        ("centres", s.centres, String::new()),
        ("agreements", s.agreements, String::new()),
        ("competences", s.competences, String::new()),
        ("occupations", s.occupations, String::new()),
        (
            "offers",
            s.offers,
            format!("{} open entry (no session)", s.open_entry_offers),
        ),
        (
            "links",
            s.links,
            s.links_by_kind
                .iter()
                .map(|(k, n)| format!("{k} {n}"))
                .collect::<Vec<_>>()
                .join(", "),
        ),
        (
            "sessions",
            s.sessions,
            match (s.first_session, s.last_session) {
                (Some(a), Some(b)) => format!("from {a} to {b}"),
                _ => String::new(),
            },
        ),
    ];
    for (label, n, detail) in rows {
        if detail.is_empty() {
            writeln!(out, "  {label:<12} {n:>7}")?;
        } else {
            writeln!(out, "  {label:<12} {n:>7}   {detail}")?;
        }
    }
    writeln!(
        out,
        "  {:<12} {:>7}   progressions found from competences",
        "inferred", s.inferred_progressions
    )?;
    writeln!(out, "\nOffers by body:    {}", join(&s.offers_by_provider))?;
    writeln!(out, "Offers by sector:  {}", join(&s.offers_by_sector))?;
    Ok(ExitCode::SUCCESS)
}
