//! `parcours validate`: every problem of a catalogue, then a summary.

use std::io::Write;
use std::process::ExitCode;

use crate::load::{Source, load_once};
use crate::text::{escape, to_safe_json};

pub fn run(source: &Source, json: bool, out: &mut impl Write) -> std::io::Result<ExitCode> {
    let loaded = load_once(source);
    let d = &loaded.diagnostics;
    if json {
        writeln!(out, "{}", to_safe_json(d)?)?;
    } else {
        for diagnostic in d.iter() {
            writeln!(out, "{diagnostic}")?;
        }
        let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
        let sizes = loaded.catalogue.as_ref().map_or(String::new(), |c| {
            format!(
                ": {}, {}, {}, {}",
                plural(c.providers.len(), "provider"),
                plural(c.offers.len(), "offer"),
                plural(c.links.len(), "link"),
                plural(c.agreements.len(), "agreement"),
            )
        });
        writeln!(
            out,
            "{} — {}, {} in {}{sizes}",
            escape(&source.describe()),
            plural(d.errors.len(), "error"),
            plural(d.warnings.len(), "warning"),
            plural(loaded.files, "file"),
        )?;
    }
    let failed = d.has_errors();
    // Left to the system to take back as the process ends: see
    // `with_catalogue` in cli.rs.
    std::mem::forget(loaded);
    Ok(if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}
