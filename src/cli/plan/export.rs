//! `parcours plan export NAME --format md|csv|json [--out FILE]`.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, ValueEnum};

use super::fail;
use crate::graph::PathwayGraph;
use crate::lang::Lang;
use crate::model::{Catalogue, Date};
use crate::plan::atomic::{Access, write_atomically};
use crate::plan::{Store, export};
use crate::text::escape;

#[allow(clippy::doc_markdown)] // clap prints these comments as help, not Markdown
#[derive(Debug, Args)]
pub struct ExportArgs {
    /// The plan's name (case and accents do not matter), or its file name
    pub name: String,
    /// md: a letter for the job seeker; csv: one row per step; json: the
    /// plan and its route with ids
    #[arg(long, value_enum, default_value_t = Format::Md)]
    pub format: Format,
    /// Write into this file instead of printing
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// Evaluate the plan as on this day, YYYY-MM-DD (default: today)
    #[arg(long, value_name = "DATE")]
    pub on: Option<String>,
}

/// An export format.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Md,
    Csv,
    Json,
}

pub fn run(
    cat: &Catalogue,
    store: &Store,
    args: &ExportArgs,
    lang: Option<Lang>,
    today: Date,
    out: &mut impl Write,
) -> std::io::Result<ExitCode> {
    let plan = match store.load(&args.name) {
        Ok(plan) => plan,
        Err(e) => return Ok(fail(store, &e)),
    };
    let graph = PathwayGraph::new(cat);
    let format = match args.format {
        // For the job seeker: French unless asked otherwise, whatever the
        // counsellor's locale.
        Format::Md => export::Format::Markdown(lang.unwrap_or(Lang::Fr)),
        Format::Csv => export::Format::Csv,
        Format::Json => export::Format::Json,
    };
    let text = export::render(format, cat, &graph, &plan, today);
    let Some(path) = &args.out else {
        out.write_all(text.as_bytes())?;
        return Ok(ExitCode::SUCCESS);
    };
    let shown = escape(&path.display().to_string()).into_owned();
    match write_atomically(path, text.as_bytes(), Access::Shared) {
        Ok(()) => {
            writeln!(out, "Wrote plan \"{}\" to {shown}.", escape(&plan.name))?;
            Ok(ExitCode::SUCCESS)
        }
        Err(e) => {
            eprintln!("parcours: cannot write {shown}: {e}");
            Ok(ExitCode::from(2))
        }
    }
}
