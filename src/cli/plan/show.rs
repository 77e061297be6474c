//! `parcours plan show NAME`: a plan, its route re-run on today's
//! catalogue, and what changed since it was saved.

use std::io::Write;
use std::process::ExitCode;

use super::fail;
use crate::cli::route::{totals_line, totals_text, why_none, write_steps};
use crate::graph::PathwayGraph;
use crate::model::{Catalogue, Date};
use crate::plan::{Change, Plan, PlanTarget, Store, rerun};
use crate::route;
use crate::text::escape;

pub fn run(
    cat: &Catalogue,
    store: &Store,
    name: &str,
    today: Date,
    out: &mut impl Write,
) -> std::io::Result<ExitCode> {
    let plan = match store.load(name) {
        Ok(plan) => plan,
        Err(e) => return Ok(fail(store, &e)),
    };
    let path = store.path_of(name).unwrap_or_default();
    write_plan(cat, &plan, &path.display().to_string(), out)?;
    let graph = PathwayGraph::new(cat);
    let again = rerun(cat, &graph, &plan, today);
    let criterion: route::Criterion = plan.request.criterion.parse().unwrap_or_default();
    writeln!(out)?;
    match &again.saved_route {
        Some(r) => {
            writeln!(out, "Chosen route, as on {today}: {}", totals_text(r))?;
            write_steps(cat, r, out)?;
        }
        None => writeln!(
            out,
            "The chosen route can no longer be followed: {}",
            escape(&plan.route.join(" → "))
        )?,
    }
    writeln!(out)?;
    writeln!(out, "Since it was saved on {}:", escape(&plan.saved))?;
    if again.changes.is_empty() {
        writeln!(out, " - nothing changed")?;
    }
    for change in &again.changes {
        writeln!(out, " - {}", escape(&describe(change)))?;
    }
    match &again.request {
        Err(gone) => {
            writeln!(
                out,
                "\nThe request cannot be run again: {} no longer in the catalogue.",
                escape(&gone.join(", "))
            )?;
        }
        Ok(request) => {
            let better = again
                .changes
                .iter()
                .any(|c| matches!(c, Change::BetterRoute { .. }));
            if let (Some(best), true) =
                (again.routes.first(), better || again.saved_route.is_none())
            {
                writeln!(
                    out,
                    "\nBest route now (by {criterion}): {}",
                    totals_text(best)
                )?;
                write_steps(cat, best, out)?;
            } else if again.routes.is_empty() {
                let why = why_none(cat, request, &route::explain(cat, &graph, request));
                writeln!(out, "\nNo pathway now: {}", escape(&why))?;
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// The plan as saved: its name, person, file, request and note.
fn write_plan(
    cat: &Catalogue,
    plan: &Plan,
    file: &str,
    out: &mut impl Write,
) -> std::io::Result<()> {
    let r = &plan.request;
    let offer = |id: &str| match cat.lookup.offer(id) {
        Some(o) => format!("offer {id} ({})", cat.offer(o).title),
        None => format!("offer {id} (no longer in the catalogue)"),
    };
    writeln!(out, "Plan \"{}\"", escape(&plan.name))?;
    let mut field = |label: &str, value: &str| writeln!(out, "  {label:<12}{}", escape(value));
    if !plan.person.is_empty() {
        field("person", &plan.person)?;
    }
    field("saved", &plan.saved)?;
    field("file", file)?;
    let from = match &r.from {
        Some(id) => offer(id),
        None if r.holding.is_empty() => "no competence held".to_owned(),
        None => format!("holding {}", r.holding.join(", ")),
    };
    field("from", &from)?;
    let to = match &r.target {
        PlanTarget::Offer(id) => offer(id),
        PlanTarget::Occupation(id) => format!("occupation {id}"),
        PlanTarget::Competence(id) => format!("competence {id}"),
    };
    field("to", &to)?;
    field(
        "by",
        &format!(
            "{}, from {}, {} routes asked",
            r.criterion, r.start_date, r.k
        ),
    )?;
    let c = &r.constraints;
    let mut options = Vec::new();
    for (option, values) in [
        ("--avoid-provider", &c.avoid_providers),
        ("--only-provider", &c.only_providers),
        ("--modality", &c.modalities),
        ("--audience", &c.audiences),
        ("--country", &c.countries),
        ("--language", &c.languages),
    ] {
        options.extend(values.iter().map(|v| format!("{option} {v}")));
    }
    if let Some(level) = c.max_level {
        options.push(format!("--max-level {level}"));
    }
    if !options.is_empty() {
        field("constraints", &options.join(" "))?;
    }
    for (i, line) in plan.note.lines().enumerate() {
        field(if i == 0 { "note" } else { "" }, line)?;
    }
    Ok(())
}

/// A change in words.
fn describe(change: &Change) -> String {
    match change {
        Change::OfferGone { id } => format!("offer {id} is no longer in the catalogue"),
        Change::LinkGone { from, to } => format!(
            "{to} no longer follows from {from}: no link or inferred progression joins them"
        ),
        Change::SessionPassed { offer, start } => {
            format!("the session of {offer} that was to start on {start} has begun or passed")
        }
        Change::NoSessionLeft { offer } => {
            format!("{offer} has no session left after the step before it")
        }
        Change::TotalsChanged { was, now } => {
            format!(
                "the route now takes {} (it took {})",
                totals_line(now),
                totals_line(was)
            )
        }
        Change::BetterRoute { was, now } => format!(
            "a better route exists now: {} (the chosen one: {})",
            totals_line(now),
            totals_line(was)
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::PlanTotals;

    #[test]
    fn changed_totals_are_worded_as_a_route_s_with_cost_and_distance() {
        let totals = |hours, cost_eur, finish: Option<&str>| PlanTotals {
            hours,
            seams: 1,
            steps: 3,
            cost_eur,
            distance_km: 42.25,
            finish: finish.map(str::to_owned),
        };
        let change = Change::TotalsChanged {
            was: totals(1250.0, 0.0, Some("2027-06-30")),
            now: totals(1300.5, 1200.5, None),
        };
        assert_eq!(
            describe(&change),
            "the route now takes 1300.5 h · 1 seam · 3 steps · 1200.50 € · 42.2 km · \
             no finish date (a step has no session left) (it took 1250 h · 1 seam · 3 steps · \
             0 € · 42.2 km · finish 2027-06-30)"
        );
    }
}
