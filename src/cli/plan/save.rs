//! `parcours plan save NAME …`: routes found as `parcours route` finds
//! them, one of them kept as a plan.

use std::io::Write;
use std::process::ExitCode;

use clap::Args;

use super::fail;
use crate::cli::request::RequestArgs;
use crate::cli::route::{Found, find_routes, totals_text};
use crate::model::{Catalogue, Date};
use crate::plan::{Label, Plan, PlanError, Store};
use crate::route;
use crate::text::escape;

#[allow(clippy::doc_markdown)] // clap prints these comments as help, not Markdown
#[derive(Debug, Args)]
pub struct SaveArgs {
    /// The plan's name, as people will see it (up to 80 characters)
    pub name: String,
    #[command(flatten)]
    pub request: RequestArgs,
    /// How to rank routes: hours, seams, steps, cost, distance or finish
    #[arg(long, default_value = "hours", value_name = "CRITERION")]
    pub by: route::Criterion,
    /// How many routes to compare, best first (at least --pick)
    #[arg(short = 'k', default_value_t = 3, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    pub k: u16,
    /// Which of them to keep (1: the best)
    #[arg(long, default_value_t = 1, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    pub pick: u16,
    /// The job seeker's reference
    #[arg(long, default_value = "", value_name = "REF")]
    pub person: String,
    /// A note for the job seeker (shown in the Markdown export)
    #[arg(long, default_value = "", value_name = "TEXT")]
    pub note: String,
    /// Replace a plan of the same name
    #[arg(long)]
    pub replace: bool,
}

pub fn run(
    cat: &Catalogue,
    store: &Store,
    args: &SaveArgs,
    out: &mut impl Write,
) -> std::io::Result<ExitCode> {
    let k = usize::from(args.k.max(args.pick));
    let Found {
        request,
        routes,
        why,
    } = match find_routes(cat, &args.request, args.by, k) {
        Ok(found) => found,
        Err(code) => return Ok(code),
    };
    if let Some(why) = why {
        eprintln!("parcours: no pathway, nothing saved: {}", escape(&why));
        return Ok(ExitCode::FAILURE);
    }
    let pick = usize::from(args.pick);
    let Some(chosen) = routes.get(pick - 1) else {
        eprintln!(
            "parcours: only {} route{} found, no route {pick}; nothing saved",
            routes.len(),
            if routes.len() == 1 { "" } else { "s" }
        );
        return Ok(ExitCode::FAILURE);
    };
    // Only a plan that reads counts as taking the name: an unreadable file
    // of the same stem is left alone, and the plan saved beside it.
    if let (false, Ok(existing)) = (args.replace, store.load(&args.name)) {
        eprintln!(
            "parcours: a plan named \"{}\" exists already; --replace replaces it",
            escape(&existing.name)
        );
        return Ok(ExitCode::FAILURE);
    }
    let plan = Plan::new(
        Label {
            name: &args.name,
            person: &args.person,
            note: &args.note,
        },
        cat,
        &request,
        chosen,
        Date::today(),
    );
    match store.save(&plan) {
        Ok(path) => {
            writeln!(
                out,
                "Saved plan \"{}\" (route {pick} of {}: {}) in {}.",
                escape(&plan.name),
                routes.len(),
                totals_text(chosen),
                escape(&path.display().to_string())
            )?;
            Ok(ExitCode::SUCCESS)
        }
        Err(e @ PlanError::BadName(_)) => {
            eprintln!("parcours: {}", escape(&e.to_string()));
            Ok(ExitCode::from(2))
        }
        Err(e) => Ok(fail(store, &e)),
    }
}
