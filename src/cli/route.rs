//! `parcours route`: the best pathways, as a table or as JSON.

use std::io::Write;
use std::process::ExitCode;

use clap::Args;
use serde::Serialize;

mod table;
mod why;

pub use table::{hours_text, totals_text, write_steps};
pub(crate) use why::why_none;

use super::request::{RequestArgs, build_request};
use crate::graph::{EdgeKind, PathwayGraph};
use crate::model::file::number;
use crate::model::{Catalogue, Date};
use crate::route::{self, Route};
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
    let request = match build_request(cat, &args.request, args.by, usize::from(args.k)) {
        Ok(request) => request,
        Err(message) => {
            eprintln!("parcours: {}", escape(&message));
            return Ok(ExitCode::from(2));
        }
    };
    let graph = PathwayGraph::new(cat);
    let routes = route::find(cat, &graph, &request);
    let why = routes
        .is_empty()
        .then(|| why::why_none(cat, &request, &route::explain(cat, &graph, &request)));
    if args.json {
        let json = RoutesJson {
            criterion: request.criterion.as_str(),
            routes: routes.iter().map(|r| RouteJson::of(cat, r)).collect(),
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

#[derive(Serialize)]
struct RoutesJson<'a> {
    criterion: &'static str,
    routes: Vec<RouteJson<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    reason: Option<String>,
}

#[derive(Serialize)]
struct RouteJson<'a> {
    path: Vec<StepJson<'a>>,
    #[serde(serialize_with = "number")]
    hours: f64,
    seams: usize,
    steps: usize,
    cost_eur: f64,
    distance_km: f64,
    finish: Option<Date>,
}

#[derive(Serialize)]
struct StepJson<'a> {
    offer: &'a str,
    provider: &'a str,
    #[serde(serialize_with = "number")]
    hours: f64,
    via: Option<ViaJson<'a>>,
    seam: bool,
    start: Option<Date>,
    end: Option<Date>,
}

#[derive(Serialize)]
struct ViaJson<'a> {
    kind: &'static str,
    agreement: Option<&'a str>,
    #[serde(serialize_with = "number")]
    credit_hours: f64,
    inferred: bool,
}

impl<'a> RouteJson<'a> {
    fn of(cat: &'a Catalogue, r: &Route) -> Self {
        Self {
            path: r
                .steps
                .iter()
                .map(|s| {
                    let offer = cat.offer(s.offer);
                    StepJson {
                        offer: &offer.id,
                        provider: &cat.provider(offer.provider).id,
                        hours: s.hours,
                        via: s.via.map(|via| {
                            let link = via.link(cat);
                            ViaJson {
                                kind: link.map_or("progression", |l| l.kind.as_str()),
                                agreement: link
                                    .and_then(|l| l.agreement)
                                    .map(|a| cat.agreement(a).id.as_str()),
                                credit_hours: via.credit(cat, s.offer),
                                inferred: via.kind == EdgeKind::Inferred,
                            }
                        }),
                        seam: s.seam,
                        start: s.start,
                        end: s.end,
                    }
                })
                .collect(),
            hours: r.hours,
            seams: r.seams,
            steps: r.steps.len(),
            cost_eur: r.cost_eur,
            distance_km: r.distance_km,
            finish: r.finish,
        }
    }
}
