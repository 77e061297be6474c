//! `parcours import lheo FILE`: a catalogue published in LHÉO as
//! `parcours/1` files, with a report of what could not be brought over.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Args, Subcommand};
use serde::Serialize;

use crate::import::lheo::{self, Failure, Imported};
use crate::import::output::{self, OutFile};
use crate::import::report::Unmapped;
use crate::load::Diagnostic;
use crate::model::is_valid_id;
use crate::text::{escape, to_safe_json};

/// Bring a catalogue published in another format into parcours
#[allow(clippy::doc_markdown)] // clap prints these comments as help, not Markdown
#[derive(Debug, Args)]
pub struct ImportArgs {
    #[command(subcommand)]
    pub format: Format,
}

#[allow(clippy::doc_markdown)]
#[derive(Debug, Subcommand)]
pub enum Format {
    /// Import offers published in LHÉO 2.x (Carif-Oref, Intercarif, …)
    ///
    /// Writes one parcours/1 file per body (the body, its centres, its
    /// offers), occupations.json (ROME codes) and links.json (modules), then
    /// reports each item or value it left out, at its file:line:column, and
    /// what parcours has no place for, counted with examples
    /// (docs/import.md).
    ///
    /// Exits with 0 when everything read came in, 1 when some item or value
    /// was left out or nothing could be imported, 2 when the file is not
    /// well-formed LHÉO or nothing could be written.
    Lheo(LheoArgs),
}

#[allow(clippy::doc_markdown)]
#[derive(Debug, Args)]
pub struct LheoArgs {
    /// The LHÉO file (UTF-8, ISO-8859-1, ISO-8859-15 or Windows-1252)
    pub file: PathBuf,
    /// The id to give the body responsible for the offers (for a file of
    /// one body; default: made from its name)
    #[arg(long, value_name = "ID")]
    pub provider: Option<String>,
    /// Where to write (default: a directory named after the file, such as
    /// ./offres for offres.xml)
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
    /// Replace files of the same names in DIR
    #[arg(long)]
    pub force: bool,
    /// Read and report, write nothing
    #[arg(long)]
    pub dry_run: bool,
    /// Print the report as JSON
    #[arg(long)]
    pub json: bool,
}

/// How many of each thing were imported.
#[derive(Debug, Default, Serialize)]
struct Counts {
    bodies: usize,
    centres: usize,
    offers: usize,
    sessions: usize,
    occupations: usize,
    links: usize,
}

/// The report, as printed with `--json`.
#[derive(Serialize)]
struct Report<'a> {
    file: &'a str,
    out: String,
    written: Vec<String>,
    counts: Counts,
    errors: &'a [Diagnostic],
    unmapped: &'a [Unmapped],
}

pub fn run(args: ImportArgs, out: &mut impl Write) -> std::io::Result<ExitCode> {
    let Format::Lheo(args) = args.format;
    if let Some(id) = args.provider.as_deref().filter(|id| !is_valid_id(id)) {
        eprintln!(
            "parcours: --provider {}: an id is lowercase letters, digits, '.', '_' and '-', starting with a letter or a digit",
            escape(id)
        );
        return Ok(ExitCode::from(2));
    }
    let shown = args.file.display().to_string();
    let dir = args.out.clone().unwrap_or_else(|| default_dir(&args.file));
    let imported = match lheo::import(&args.file, &shown, args.provider.as_deref()) {
        Ok(imported) => imported,
        Err(Failure::Unreadable(d)) => {
            eprintln!("{d}");
            eprintln!("parcours: nothing was imported from {}", escape(&shown));
            return Ok(ExitCode::from(2));
        }
        Err(Failure::SeveralBodies(names)) => {
            eprintln!(
                "parcours: {} holds the offers of {} bodies ({}); --provider names the id of one body, so import this file without it",
                escape(&shown),
                names.len(),
                escape(&names.join(", "))
            );
            return Ok(ExitCode::from(2));
        }
    };
    let files = output::files(&imported.built);
    let counts = counts(&imported);
    let check = output::check(&files);
    if check.has_errors() {
        // A bug of the import, not of the file: say so plainly.
        for d in &check.errors {
            eprintln!("{d}");
        }
        eprintln!(
            "parcours: the imported catalogue does not load (a fault of parcours; please report it with the file); nothing was written"
        );
        return Ok(ExitCode::from(2));
    }
    let mut written = Vec::new();
    if counts.offers > 0 && !args.dry_run {
        match write(&dir, &files, args.force) {
            Ok(paths) => written = paths,
            Err(message) => {
                eprintln!("parcours: {message}");
                return Ok(ExitCode::from(2));
            }
        }
    }
    let report = Report {
        file: &shown,
        out: dir.display().to_string(),
        written: written.iter().map(|p| p.display().to_string()).collect(),
        counts,
        errors: &imported.errors,
        unmapped: &imported.unmapped,
    };
    if args.json {
        writeln!(out, "{}", to_safe_json(&report)?)?;
    } else {
        print(&report, check.warnings.len(), args.dry_run, out)?;
    }
    Ok(if report.counts.offers > 0 && report.errors.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

/// `./offres` for `some/where/offres.xml`.
fn default_dir(file: &Path) -> PathBuf {
    PathBuf::from(file.file_stem().unwrap_or(file.as_os_str()))
}

/// Writes the files, unless one exists and `force` is not given.
fn write(dir: &Path, files: &[OutFile], force: bool) -> Result<Vec<PathBuf>, String> {
    let shown = escape(&dir.display().to_string()).into_owned();
    let present = output::existing(dir, files);
    if !present.is_empty() && !force {
        let names: Vec<String> = present.iter().map(|p| p.display().to_string()).collect();
        return Err(format!(
            "{shown} already holds {}; nothing was written (--force replaces them)",
            escape(&names.join(", "))
        ));
    }
    output::write(dir, files).map_err(|e| format!("cannot write into {shown}: {e}"))
}

fn counts(imported: &Imported) -> Counts {
    let bodies = &imported.built.bodies;
    Counts {
        bodies: bodies.len(),
        centres: bodies.iter().map(|b| b.provider.centres.len()).sum(),
        offers: bodies.iter().map(|b| b.offers.len()).sum(),
        sessions: bodies
            .iter()
            .flat_map(|b| &b.offers)
            .map(|o| o.sessions.len())
            .sum(),
        occupations: imported.built.occupations.len(),
        links: imported.built.links.len(),
    }
}

fn print(
    report: &Report<'_>,
    warnings: usize,
    dry_run: bool,
    out: &mut impl Write,
) -> std::io::Result<()> {
    for d in report.errors {
        writeln!(out, "{d}")?;
    }
    let c = &report.counts;
    let plural = |n: usize, word: &str| match (n, word) {
        (1, _) => format!("1 {word}"),
        (_, "body") => format!("{n} bodies"),
        _ => format!("{n} {word}s"),
    };
    writeln!(
        out,
        "{}: {}, {}, {} ({}), {}, {}; {}",
        escape(report.file),
        plural(c.bodies, "body"),
        plural(c.centres, "centre"),
        plural(c.offers, "offer"),
        plural(c.sessions, "session"),
        plural(c.occupations, "occupation"),
        plural(c.links, "link"),
        plural(report.errors.len(), "error"),
    )?;
    let dir = escape(&report.out);
    if c.offers == 0 {
        writeln!(out, "No offer could be imported; nothing was written.")?;
    } else if dry_run {
        writeln!(
            out,
            "Dry run: nothing was written (it would go into {dir})."
        )?;
    } else {
        writeln!(
            out,
            "Wrote {} into {dir}:",
            plural(report.written.len(), "file")
        )?;
        for path in &report.written {
            writeln!(out, "  {}", escape(path))?;
        }
        if warnings > 0 {
            writeln!(
                out,
                "It loads, with {} (`parcours validate {dir}` lists them).",
                plural(warnings, "warning")
            )?;
        }
        writeln!(out, "Use it with `parcours --data {dir}`.")?;
    }
    if !report.unmapped.is_empty() {
        writeln!(
            out,
            "Not imported (parcours has no place for these, or does not know the value):"
        )?;
        for u in report.unmapped {
            writeln!(out, "  {} ×{}", escape(&u.what), u.count)?;
            for e in &u.examples {
                let value = if e.value.is_empty() {
                    String::new()
                } else {
                    format!(": {}", e.value)
                };
                writeln!(
                    out,
                    "    {}:{}:{}{}",
                    escape(report.file),
                    e.line,
                    e.column,
                    escape(&value)
                )?;
            }
        }
    }
    Ok(())
}
