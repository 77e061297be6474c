//! One request, the engine against the brute force.

use std::cmp::Ordering;

use super::engine::{Engine, route_tuple, same_figures};
use super::oracle::{Oracle, cmp_tuple, tuple_eq};
use super::spec::{Req, Spec};

/// What one comparison did.
#[derive(Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Compared; that many brute-force paths.
    Compared(usize),
    /// The brute force was too big.
    Skipped,
}

/// Compares the engine's `k` best routes with the oracle's on one request
/// (checks 1 to 4 of the brief), skipping it when the brute force takes
/// more than `budget` path extensions; an error says what differs.
pub fn compare(spec: &Spec, req: &Req, budget: usize) -> Result<Outcome, String> {
    let oracle = Oracle::new(spec);
    let Some(brute) = oracle.brute(req, budget) else {
        return Ok(Outcome::Skipped);
    };
    let engine = Engine::new(spec);
    let routes = engine.find(req);
    let crit = req.criterion;
    let ctx = || {
        let mut sorted: Vec<(&Vec<usize>, &Vec<f64>)> = brute.iter().collect();
        sorted.sort_by(|a, b| cmp_tuple(a.1, b.1).then(a.0.cmp(b.0)));
        sorted.truncate(8);
        format!(
            "\n  catalogue: {}\n  request: {req:?}\n  engine: {:?}\n  brute force (best 8 of {}): {:?}",
            spec.json_text(),
            routes
                .iter()
                .map(|r| (engine.offers(r), route_tuple(r, crit)))
                .collect::<Vec<_>>(),
            brute.len(),
            sorted
        )
    };
    if brute.is_empty() {
        if routes.is_empty() {
            return Ok(Outcome::Compared(0));
        }
        return Err(format!("engine found routes, brute force none{}", ctx()));
    }
    if routes.is_empty() {
        return Err(format!(
            "engine found no route, brute force {}{}",
            brute.len(),
            ctx()
        ));
    }
    let mut sorted: Vec<&Vec<f64>> = brute.values().collect();
    sorted.sort_by(|a, b| cmp_tuple(a, b));
    let want = req.k.min(brute.len());
    if routes.len() != want {
        return Err(format!(
            "engine returned {} routes, expected {want}{}",
            routes.len(),
            ctx()
        ));
    }
    let mut seqs: Vec<Vec<usize>> = Vec::new();
    let mut prev: Option<Vec<f64>> = None;
    for (r, route) in routes.iter().enumerate() {
        let seq = engine.offers(route);
        // Check 2: a valid simple path from a start to a target.
        let mut distinct = seq.clone();
        distinct.sort_unstable();
        distinct.dedup();
        if distinct.len() != seq.len() {
            return Err(format!("route {r} {seq:?} repeats an offer{}", ctx()));
        }
        if !oracle.is_start(req, seq[0]) {
            return Err(format!(
                "route {r} {seq:?} does not begin at a valid start{}",
                ctx()
            ));
        }
        if !oracle.is_target(req, *seq.last().unwrap()) {
            return Err(format!(
                "route {r} {seq:?} does not end at a target{}",
                ctx()
            ));
        }
        if let Some(&o) = seq.iter().find(|&&o| !oracle.allowed(&req.cons, o)) {
            return Err(format!(
                "route {r} {seq:?} uses x{o}, which the constraints remove{}",
                ctx()
            ));
        }
        if let Some(w) = seq.windows(2).find(|w| oracle.alts[w[0]][w[1]].is_empty()) {
            return Err(format!(
                "route {r} {seq:?}: no edge x{} -> x{}{}",
                w[0],
                w[1],
                ctx()
            ));
        }
        if seqs.contains(&seq) {
            return Err(format!("route {r} {seq:?} returned twice{}", ctx()));
        }
        // Check 4: figures of the route are those of an optimal evaluation.
        let Some((mine, optimal)) = oracle.best_of_path(&seq, crit, req.start_day) else {
            return Err(format!(
                "route {r} {seq:?} cannot be taken (finish){}",
                ctx()
            ));
        };
        if let Err(why) = optimal
            .iter()
            .map(|e| same_figures(&engine, route, e))
            .find(Result::is_ok)
            .unwrap_or_else(|| same_figures(&engine, route, &optimal[0]))
        {
            return Err(format!("route {r} {seq:?}: {why}{}", ctx()));
        }
        let reported = route_tuple(route, crit);
        if !reported.as_ref().is_some_and(|t| tuple_eq(t, &mine)) {
            return Err(format!(
                "route {r} {seq:?}: engine totals give {reported:?}, oracle {mine:?}{}",
                ctx()
            ));
        }
        // Checks 1 and 3: the best tuples, in order.
        if !tuple_eq(&mine, sorted[r]) {
            return Err(format!(
                "route {r} {seq:?} has tuple {mine:?}, the {r}-th best is {:?}{}",
                sorted[r],
                ctx()
            ));
        }
        if let Some(p) = &prev {
            if cmp_tuple(p, &mine) == Ordering::Greater {
                return Err(format!("route {r} is better than route {}{}", r - 1, ctx()));
            }
        }
        prev = Some(mine);
        seqs.push(seq);
    }
    Ok(Outcome::Compared(brute.len()))
}
