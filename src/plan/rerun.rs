//! A saved plan on the catalogue of the day: the routes its request finds
//! now, its chosen route evaluated again, and what changed since it was
//! saved.

use std::sync::atomic::AtomicBool;

use super::{Plan, PlanTotals};
use crate::graph::PathwayGraph;
use crate::model::{Catalogue, Date, OfferIx};
use crate::route::{self, Request, Route};

/// A plan re-run on the current catalogue.
#[derive(Clone, Debug, PartialEq)]
pub struct Rerun {
    /// The request rebuilt on this catalogue (Err: ids gone). Its start
    /// date is the plan's, or today when that has passed.
    pub request: Result<Request, Vec<String>>,
    /// The routes it finds now, best first (empty if none or request Err).
    pub routes: Vec<Route>,
    /// The saved route evaluated now, when all its offers and links still
    /// exist, from the same start date as `routes`.
    pub saved_route: Option<Route>,
    pub changes: Vec<Change>,
}

/// One thing that changed since a plan was saved.
#[derive(Clone, Debug, PartialEq)]
pub enum Change {
    /// An offer of the saved route is no longer in the catalogue.
    OfferGone { id: String },
    /// Two consecutive offers of the saved route are no longer joined.
    LinkGone { from: String, to: String },
    /// A step of the saved route was to start (from the plan's start
    /// date) before today.
    SessionPassed { offer: String, start: String },
    /// A step can no longer be taken: no session starts after the step
    /// before it ends (the first such step; those after it follow).
    NoSessionLeft { offer: String },
    /// The best route now beats the saved one, by the plan's criterion.
    BetterRoute { was: PlanTotals, now: PlanTotals },
    /// The saved route's figures are not those saved.
    TotalsChanged { was: PlanTotals, now: PlanTotals },
}

/// Re-runs a plan on the current catalogue and says what changed.
pub fn rerun(cat: &Catalogue, graph: &PathwayGraph, plan: &Plan, today: Date) -> Rerun {
    rerun_until(cat, graph, plan, today, &AtomicBool::new(false)).expect("never cancelled")
}

/// [`rerun`], given up (`None`) once `cancel` is set by another thread, as
/// [`route::find_until`] is: the interface opens plans off its drawing
/// thread, and Esc stops the search itself.
pub fn rerun_until(
    cat: &Catalogue,
    graph: &PathwayGraph,
    plan: &Plan,
    today: Date,
    cancel: &AtomicBool,
) -> Option<Rerun> {
    let request = plan.request(cat).map(|mut r| {
        // A plan opened after its start date is planned from today.
        r.start_date = r.start_date.max(today);
        r
    });
    let routes = match &request {
        Ok(r) => route::find_until(cat, graph, r, cancel)?,
        Err(_) => Vec::new(),
    };
    let Saved {
        route: saved_route,
        mut changes,
    } = saved(cat, graph, plan, today);
    let criterion = plan.request.criterion.parse().unwrap_or_default();
    if let (Some(now), Some(best)) = (&saved_route, routes.first())
        && best.offers() != now.offers()
        && best.key(criterion) < now.key(criterion)
    {
        changes.push(Change::BetterRoute {
            was: PlanTotals::of(now),
            now: PlanTotals::of(best),
        });
    }
    Some(Rerun {
        request,
        routes,
        saved_route,
        changes,
    })
}

/// A plan's own route on the current catalogue.
pub(super) struct Saved {
    /// Evaluated from the plan's start date, or today when that has passed;
    /// None when an offer or a link of it is gone.
    pub route: Option<Route>,
    /// Every change but [`Change::BetterRoute`], which needs a search.
    pub changes: Vec<Change>,
}

/// The plan's own route evaluated now, and what changed in it.
pub(super) fn saved(cat: &Catalogue, graph: &PathwayGraph, plan: &Plan, today: Date) -> Saved {
    let mut changes = Vec::new();
    let offers: Vec<Option<OfferIx>> = plan.route.iter().map(|id| cat.lookup.offer(id)).collect();
    for (id, offer) in plan.route.iter().zip(&offers) {
        if offer.is_none() {
            changes.push(Change::OfferGone { id: id.clone() });
        }
    }
    for (pair, ids) in offers.windows(2).zip(plan.route.windows(2)) {
        if let [Some(a), Some(b)] = pair
            && graph.edge(*a, *b).is_none()
        {
            changes.push(Change::LinkGone {
                from: ids[0].clone(),
                to: ids[1].clone(),
            });
        }
    }
    let offers: Option<Vec<OfferIx>> = offers.into_iter().collect();
    let criterion = plan.request.criterion.parse().unwrap_or_default();
    let saved_start = Date::parse(&plan.request.start_date).unwrap_or(today);
    let route = offers.filter(|o| joined(graph, o)).map(|offers| {
        let as_planned = route::evaluate(graph, &offers, criterion, saved_start);
        for step in &as_planned.steps {
            if let Some(start) = step.start.filter(|s| *s < today) {
                changes.push(Change::SessionPassed {
                    offer: cat.offer(step.offer).id.clone(),
                    start: start.to_string(),
                });
            }
        }
        let start = saved_start.max(today);
        if start == saved_start {
            as_planned
        } else {
            route::evaluate(graph, &offers, criterion, start)
        }
    });
    if let Some(now) = &route {
        // Said only of a plan that had dates: one saved without a session
        // for some step has lost nothing since.
        if plan.totals.finish.is_some()
            && let Some(step) = now.steps.iter().find(|s| s.start.is_none())
        {
            changes.push(Change::NoSessionLeft {
                offer: cat.offer(step.offer).id.clone(),
            });
        }
        let totals = PlanTotals::of(now);
        if !same_totals(&totals, &plan.totals) {
            changes.push(Change::TotalsChanged {
                was: plan.totals.clone(),
                now: totals,
            });
        }
    }
    Saved { route, changes }
}

/// Whether each offer is joined to the next by an edge of the graph.
fn joined(graph: &PathwayGraph, offers: &[OfferIx]) -> bool {
    offers.windows(2).all(|w| graph.edge(w[0], w[1]).is_some())
}

/// Whether two sets of totals are the same, to the precision shown
/// (hours and euros to the cent, kilometres to the metre).
fn same_totals(a: &PlanTotals, b: &PlanTotals) -> bool {
    let close = |x: f64, y: f64, by: f64| (x - y).abs() < by;
    close(a.hours, b.hours, 0.01)
        && a.seams == b.seams
        && a.steps == b.steps
        && close(a.cost_eur, b.cost_eur, 0.01)
        && close(a.distance_km, b.distance_km, 0.001)
        && a.finish == b.finish
}
