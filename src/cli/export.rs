//! `parcours export --format dot`: the pathway graph for Graphviz — the
//! whole of it, the neighbourhood of an offer, or the routes a request
//! finds (with the options of `parcours route`).

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, ValueEnum};

use super::request::{RequestArgs, offer, refuse};
use super::route::find_routes;
use crate::graph::PathwayGraph;
use crate::lang::Lang;
use crate::model::Catalogue;
use crate::picture::Neighbourhood;
use crate::picture::dot::{self, Words};
use crate::plan::atomic::{Access, write_atomically};
use crate::route::Criterion;
use crate::text::escape;

/// A format `export` writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Graphviz's DOT language (render it with `dot -Tsvg`)
    Dot,
}

#[allow(clippy::doc_markdown)] // clap prints these comments as help, not Markdown
#[derive(Debug, Args)]
// The route's options are optional here (without them, the whole graph),
// but one of start and goal still asks for the other.
#[command(mut_group("origin", |g| g.required(false).requires("destination")))]
#[command(mut_group("destination", |g| g.required(false).requires("origin")))]
pub struct ExportArgs {
    /// The format to write
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub format: Format,
    /// Only the offers around this one: what leads to it and what it leads to
    #[arg(long, value_name = "OFFER", conflicts_with_all = ["origin", "destination"])]
    pub around: Option<String>,
    /// How many steps around the offer, 1 to 3
    #[arg(long, default_value_t = 2, value_name = "N", requires = "around",
          value_parser = clap::value_parser!(u8).range(1..=3))]
    pub depth: u8,
    // The routes of a request instead: --from or --holding, and --to,
    // --to-occupation or --to-competence, as for `parcours route`.
    #[command(flatten, next_help_heading = "Routes (as for `parcours route`)")]
    pub request: RequestArgs,
    /// How to rank the routes: hours, seams, steps, cost, distance or finish
    #[arg(long, value_name = "CRITERION", requires = "origin")]
    pub by: Option<Criterion>,
    /// How many routes, best first
    #[arg(short = 'k', value_name = "N", requires = "origin",
          value_parser = clap::value_parser!(u16).range(1..))]
    pub k: Option<u16>,
    /// Write to this file (whole or not at all) instead of the standard output
    #[arg(long, short, value_name = "FILE")]
    pub out: Option<PathBuf>,
}

pub fn run(
    cat: &Catalogue,
    args: &ExportArgs,
    lang: Option<Lang>,
    out: &mut impl Write,
) -> std::io::Result<ExitCode> {
    let Format::Dot = args.format;
    let words = Words::of(lang.unwrap_or(Lang::En));
    let graph = PathwayGraph::new(cat);
    let picture = if let Some(id) = &args.around {
        let centre = match offer(cat, id) {
            Ok(o) => o,
            Err(message) => return Ok(refuse(&message)),
        };
        let n = Neighbourhood::around(cat, &graph, centre, usize::from(args.depth));
        dot::around(cat, &graph, &n, words)
    } else if args.request.from.is_some() || !args.request.holding.is_empty() {
        let request = &args.request;
        let by = args.by.unwrap_or(Criterion::Hours);
        let k = usize::from(args.k.unwrap_or(1));
        let found = match find_routes(cat, request, by, k) {
            Ok(found) => found,
            Err(code) => return Ok(code),
        };
        if let Some(why) = &found.why {
            eprintln!("parcours: no pathway: {}", escape(why));
            return Ok(ExitCode::FAILURE);
        }
        dot::routes(cat, &found.routes, words)
    } else if has_route_options(&args.request) {
        return Ok(refuse(
            "the route's options (--start, --country, …) need a start (--from or --holding) and a goal (--to, --to-occupation or --to-competence)",
        ));
    } else {
        dot::whole(cat, &graph, words)
    };
    let mut text = Vec::new();
    dot::write(cat, &picture, words, &mut text)?;
    match &args.out {
        Some(path) => {
            if let Err(e) = write_atomically(path, &text, Access::Shared) {
                eprintln!(
                    "parcours: cannot write {}: {e}",
                    escape(&path.display().to_string())
                );
                return Ok(ExitCode::from(2));
            }
        }
        None => out.write_all(&text)?,
    }
    Ok(ExitCode::SUCCESS)
}

/// Whether any of the route's options besides its start and goal is given.
fn has_route_options(r: &RequestArgs) -> bool {
    let c = &r.constraints;
    r.start.is_some()
        || c.max_level.is_some()
        || [
            &c.avoid_provider,
            &c.only_provider,
            &c.modality,
            &c.audience,
            &c.country,
            &c.language,
        ]
        .iter()
        .any(|v| !v.is_empty())
}
