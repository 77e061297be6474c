//! `parcours route`: the best pathways, as a table or as JSON.

use std::io::Write;
use std::process::ExitCode;

use clap::Args;
use serde::Serialize;

mod table;
mod why;

pub use table::{hours_text, totals_line, totals_text, write_steps};
pub(crate) use why::why_none;

use super::request::{RequestArgs, build_request, refuse};
use crate::graph::PathwayGraph;
use crate::model::Catalogue;
use crate::plan::export::{Detail, RouteJson};
use crate::route::{self, Request, Route};
use crate::text::{escape, to_safe_json};

#[derive(Debug, Args)]
pub struct RouteArgs {
    #[command(flatten)]
    pub request: RequestArgs,
    /// How to rank routes: hours, seams, steps, cost, distance or finish
    #[arg(long, default_value = "hours", value_name = "CRITERION")]
    pub by: route::Criterion,
    /// How many routes, best first
    #[arg(short = 'k', default_value_t = 1, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    pub k: u16,
    /// Print {"criterion", "routes": […]} as DESIGN.md describes
    #[arg(long)]
    pub json: bool,
}

pub fn run(cat: &Catalogue, args: &RouteArgs, out: &mut impl Write) -> std::io::Result<ExitCode> {
    let Found {
        request,
        routes,
        why,
    } = match find_routes(cat, &args.request, args.by, usize::from(args.k)) {
        Ok(found) => found,
        Err(code) => return Ok(code),
    };
    if args.json {
        let json = RoutesJson {
            criterion: request.criterion.as_str(),
            routes: routes
                .iter()
                .map(|r| RouteJson::new(cat, r, Detail::Contract))
                .collect(),
            reason: why.clone(),
        };
        writeln!(out, "{}", to_safe_json(&json)?)?;
    } else if let Some(why) = &why {
        writeln!(out, "No pathway: {}", escape(why))?;
    } else {
        for (n, r) in routes.iter().enumerate() {
            if n > 0 {
                writeln!(out)?;
            }
            table::write_route(cat, r, n + 1, routes.len(), request.criterion, out)?;
        }
    }
    Ok(if routes.is_empty() {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}

/// A request read from the options, the routes it finds, best first, and
/// why there is none when there is none.
pub(super) struct Found {
    pub request: Request,
    pub routes: Vec<Route>,
    pub why: Option<String>,
}

/// Finds the routes the options ask for; a bad request is said on stderr
/// and gives its exit code.
pub(super) fn find_routes(
    cat: &Catalogue,
    args: &RequestArgs,
    by: route::Criterion,
    k: usize,
) -> Result<Found, ExitCode> {
    let request = build_request(cat, args, by, k).map_err(|message| refuse(&message))?;
    let graph = PathwayGraph::new(cat);
    let routes = route::find(cat, &graph, &request);
    let why = routes
        .is_empty()
        .then(|| why::why_none(cat, &request, &route::explain(cat, &graph, &request)));
    Ok(Found {
        request,
        routes,
        why,
    })
}

#[derive(Serialize)]
struct RoutesJson<'a> {
    criterion: &'static str,
    routes: Vec<RouteJson<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    reason: Option<String>,
}
