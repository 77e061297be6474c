//! `parcours reach`: what an offer or the competences held unlock, and what
//! leads to an offer.

use std::io::Write;
use std::process::ExitCode;

use clap::Args;
use serde::Serialize;

use super::request::{self, ConstraintArgs, build_constraints};
use super::route::hours_text;
use crate::graph::PathwayGraph;
use crate::model::file::number;
use crate::model::{Catalogue, OfferIx};
use crate::route::reach::{self, Direction, Limits, Reached, ReachedOccupation};
use crate::text::{escape, to_safe_json};

#[allow(clippy::doc_markdown)] // clap prints these comments as help, not Markdown
#[derive(Debug, Args)]
#[command(group = clap::ArgGroup::new("origin").required(true).args(["from", "holding", "to"]))]
pub struct ReachArgs {
    /// What this offer leads to
    #[arg(long, value_name = "OFFER")]
    pub from: Option<String>,
    /// What these competences give access to, and where that leads
    #[arg(long, value_name = "C1,C2", value_delimiter = ',')]
    pub holding: Vec<String>,
    /// What leads to this offer (the hours are those of a route starting at each offer listed)
    #[arg(long, value_name = "OFFER")]
    pub to: Option<String>,
    /// Only routes of at most N offers (the first one counts)
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..))]
    pub max_steps: Option<u32>,
    /// Only routes of at most H hours
    #[arg(long, value_name = "H")]
    pub max_hours: Option<f64>,
    /// Print at most this many offers and occupations (0 for all)
    #[arg(long, default_value_t = 30, value_name = "N")]
    pub limit: usize,
    #[command(flatten)]
    pub constraints: ConstraintArgs,
    /// Print {"direction", "offers": […], "occupations": […]} instead
    #[arg(long)]
    pub json: bool,
}

#[derive(Serialize)]
struct ReachJson<'a> {
    direction: &'static str,
    offers: Vec<OfferJson<'a>>,
    occupations: Vec<OccupationJson<'a>>,
}

#[derive(Serialize)]
struct OfferJson<'a> {
    offer: &'a str,
    provider: &'a str,
    #[serde(serialize_with = "number")]
    hours: f64,
    steps: usize,
}

#[derive(Serialize)]
struct OccupationJson<'a> {
    occupation: &'a str,
    rome: Option<&'a str>,
    #[serde(serialize_with = "number")]
    hours: f64,
    offer: &'a str,
}

/// The offers to search from (or to), the direction, and the offers the
/// constraints allow; a sentence naming a bad id otherwise.
fn parse(
    cat: &Catalogue,
    args: &ReachArgs,
) -> Result<(Vec<OfferIx>, Direction, Vec<bool>), String> {
    let (starts, direction) = match &args.to {
        Some(id) => (vec![request::offer(cat, id)?], Direction::Backward),
        None => (
            request::start(cat, args.from.as_deref(), &args.holding)?.offers(cat),
            Direction::Forward,
        ),
    };
    Ok((
        starts,
        direction,
        build_constraints(cat, &args.constraints)?.mask(cat, None),
    ))
}

pub fn run(cat: &Catalogue, args: &ReachArgs, out: &mut impl Write) -> std::io::Result<ExitCode> {
    let (starts, direction, allowed) = match parse(cat, args) {
        Ok(r) => r,
        Err(message) => return Ok(request::refuse(&message)),
    };
    let graph = PathwayGraph::new(cat);
    let limits = Limits {
        max_steps: args.max_steps.map(|n| n as usize),
        max_hours: args.max_hours,
    };
    let mut reached = reach::reach(&graph, &starts, direction, &allowed, limits);
    // The offer asked about is not news; competences held list all they open.
    if args.holding.is_empty() {
        reached.retain(|r| !starts.contains(&r.offer));
    }
    let occupations = match direction {
        Direction::Forward => reach::occupations(cat, &reached),
        Direction::Backward => Vec::new(),
    };
    if args.json {
        write_json(cat, direction, &reached, &occupations, out)?;
    } else {
        write_text(cat, direction, &reached, &occupations, args.limit, out)?;
    }
    Ok(if reached.is_empty() {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}

fn write_json(
    cat: &Catalogue,
    direction: Direction,
    reached: &[Reached],
    occupations: &[ReachedOccupation],
    out: &mut impl Write,
) -> std::io::Result<()> {
    let json = ReachJson {
        direction: match direction {
            Direction::Forward => "forward",
            Direction::Backward => "backward",
        },
        offers: reached
            .iter()
            .map(|r| {
                let o = cat.offer(r.offer);
                OfferJson {
                    offer: &o.id,
                    provider: &cat.provider(o.provider).id,
                    hours: r.hours,
                    steps: r.steps,
                }
            })
            .collect(),
        occupations: occupations
            .iter()
            .map(|r| {
                let o = cat.occupation(r.occupation);
                OccupationJson {
                    occupation: &o.id,
                    rome: o.rome.as_deref(),
                    hours: r.hours,
                    offer: &cat.offer(r.offer).id,
                }
            })
            .collect(),
    };
    writeln!(out, "{}", to_safe_json(&json)?)
}

fn write_text(
    cat: &Catalogue,
    direction: Direction,
    reached: &[Reached],
    occupations: &[ReachedOccupation],
    limit: usize,
    out: &mut impl Write,
) -> std::io::Result<()> {
    let cap = |n: usize| if limit == 0 { n } else { n.min(limit) };
    let heading = match direction {
        Direction::Forward => format!("{} offers can be reached", reached.len()),
        Direction::Backward => format!("{} offers lead there", reached.len()),
    };
    writeln!(
        out,
        "{heading} (hours of the cheapest route, offers in it):"
    )?;
    for r in &reached[..cap(reached.len())] {
        let o = cat.offer(r.offer);
        writeln!(
            out,
            "  {:>6} h  {:>2}  {}  {} ({}, {})",
            hours_text(r.hours),
            r.steps,
            escape(&o.id),
            escape(&o.title),
            escape(&cat.provider(o.provider).name),
            escape(o.centre.map_or("distance", |c| cat.centre(c).city.as_str())),
        )?;
    }
    if cap(reached.len()) < reached.len() {
        writeln!(
            out,
            "  … and {} more (--limit 0 shows all)",
            reached.len() - cap(reached.len())
        )?;
    }
    if direction == Direction::Forward {
        writeln!(
            out,
            "\n{} occupations are prepared along the way:",
            occupations.len()
        )?;
        for r in &occupations[..cap(occupations.len())] {
            let o = cat.occupation(r.occupation);
            writeln!(
                out,
                "  {:>6} h  {} — {}{} (by {})",
                hours_text(r.hours),
                escape(&o.id),
                escape(&o.label),
                o.rome
                    .as_ref()
                    .map_or(String::new(), |r| format!(", ROME {}", escape(r))),
                escape(&cat.offer(r.offer).id),
            )?;
        }
    }
    Ok(())
}
