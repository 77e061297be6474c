//! Why there is no route: the target cannot be reached at all, or which
//! constraint cut every pathway, or (by finish date) no session is left.

use std::collections::VecDeque;

use super::{ConstraintKind, Request, Start};
use crate::graph::PathwayGraph;
use crate::model::{Catalogue, OfferIx};

/// The reason a request found no route.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NoRoute {
    /// The competences held meet the requirements of no offer.
    NoStart,
    /// No offer is the target: none prepares the occupation, or grants the
    /// competence.
    NoTarget,
    /// Even without constraints, no pathway leads from the start to the
    /// target.
    Unreachable,
    /// The `from` offer is excluded by these constraints.
    StartExcluded(Vec<ConstraintKind>),
    /// Every offer that could start a route is excluded by the constraints.
    StartsExcluded,
    /// Every target offer is excluded by the constraints.
    TargetExcluded,
    /// Pathways exist, but the constraints cut them all; relaxing any one
    /// of these alone gives a pathway (empty: only relaxing several does).
    CutBy(Vec<ConstraintKind>),
    /// Pathways exist, but each reaches an offer with no session left after
    /// the day it would be ready (finish criterion only).
    NoSessionLeft,
}

/// Explains why `request` has no route. Meant for requests where
/// [`super::find`] returned none.
pub fn explain(cat: &Catalogue, graph: &PathwayGraph, request: &Request) -> NoRoute {
    let n = cat.offers.len();
    let starts = request.start.offers(cat);
    let targets: Vec<bool> = (0..n)
        .map(|i| request.target.reached_by(cat, OfferIx::new(i)))
        .collect();
    if starts.is_empty() {
        return NoRoute::NoStart;
    }
    if !targets.contains(&true) {
        return NoRoute::NoTarget;
    }
    if !reaches(graph, &starts, &targets, &vec![true; n]) {
        return NoRoute::Unreachable;
    }
    let constraints = &request.constraints;
    if let Start::From(offer) = request.start
        && !constraints.allows(cat, offer)
    {
        let by = constraints
            .kinds()
            .into_iter()
            .filter(|k| !constraints.passes(cat, offer, *k))
            .collect();
        return NoRoute::StartExcluded(by);
    }
    let allowed = constraints.mask(cat, None);
    if !starts.iter().any(|o| allowed[o.index()]) {
        return NoRoute::StartsExcluded;
    }
    if !(0..n).any(|i| targets[i] && allowed[i]) {
        return NoRoute::TargetExcluded;
    }
    if reaches(graph, &starts, &targets, &allowed) {
        return NoRoute::NoSessionLeft;
    }
    let by = constraints
        .kinds()
        .into_iter()
        .filter(|k| reaches(graph, &starts, &targets, &constraints.mask(cat, Some(*k))))
        .collect();
    NoRoute::CutBy(by)
}

/// Whether some target can be reached from some start through allowed
/// offers, ignoring sessions.
fn reaches(graph: &PathwayGraph, starts: &[OfferIx], targets: &[bool], allowed: &[bool]) -> bool {
    let mut seen = vec![false; allowed.len()];
    let mut queue: VecDeque<OfferIx> = VecDeque::new();
    for &s in starts {
        if allowed[s.index()] && !seen[s.index()] {
            seen[s.index()] = true;
            queue.push_back(s);
        }
    }
    while let Some(v) = queue.pop_front() {
        if targets[v.index()] {
            return true;
        }
        for (w, _) in graph.out_edges(v) {
            if allowed[w.index()] && !seen[w.index()] {
                seen[w.index()] = true;
                queue.push_back(w);
            }
        }
    }
    false
}
