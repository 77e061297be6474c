//! The k best loopless routes, by Yen's algorithm.
//!
//! Routes end at a target; think of every target as joined to one sink, so
//! a route may pass a target and end at another. Each next route leaves one
//! of the routes found so far at some offer (the spur): it keeps the offers
//! before (the root), avoids them, and does not continue the way a route
//! found with the same root did (to the same next offer, or by ending at
//! the spur). The best such detours are candidates; the best candidate is
//! the next route.

use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashSet};

use super::cost::Key;
use super::search::Problem;
use super::{Criterion, Route, evaluate, finish};
use crate::model::OfferIx;

/// Up to `k` routes, best first; routes of equal key in offer order.
pub fn k_best(problem: &Problem<'_>, k: usize) -> Vec<Route> {
    let route = |offers: &[OfferIx]| {
        evaluate(
            problem.cat,
            problem.graph,
            offers,
            problem.criterion,
            problem.start_date,
        )
    };
    let any = |_: u32| true;
    let Some(first) = problem.best(&problem.sources, any, |_, _| true, any) else {
        return Vec::new();
    };
    let mut found: Vec<Vec<OfferIx>> = vec![first.clone()];
    let mut seen: HashSet<Vec<OfferIx>> = HashSet::from([first]);
    let mut candidates: BinaryHeap<Reverse<(Key, Vec<u32>)>> = BinaryHeap::new();
    // The root of the current spur, as marks set and cleared around each search.
    let mut in_root = vec![false; problem.allowed.len()];
    while found.len() < k {
        let last = found.last().expect("at least one route").clone();
        let states = prefix_states(problem, &last);
        for spur_at in 0..=last.len() {
            let root = &last[..spur_at];
            let sharing = || {
                found
                    .iter()
                    .filter(|p| p.len() >= spur_at && p[..spur_at] == *root)
            };
            // Where routes with this root went next; ending here is "none".
            let taken: Vec<u32> = sharing()
                .filter_map(|p| p.get(spur_at))
                .map(|o| o.0)
                .collect();
            let ended = sharing().any(|p| p.len() == spur_at);
            let tail = if spur_at == 0 {
                let sources: Vec<(OfferIx, Key)> = problem
                    .sources
                    .iter()
                    .filter(|(o, _)| !taken.contains(&o.0))
                    .copied()
                    .collect();
                problem.best(&sources, any, |_, _| true, any)
            } else {
                let spur = root[spur_at - 1];
                let before = &root[..spur_at - 1];
                for o in before {
                    in_root[o.index()] = true;
                }
                let sources: Vec<(OfferIx, Key)> =
                    states[spur_at - 1].iter().map(|k| (spur, *k)).collect();
                let tail = problem.best(
                    &sources,
                    |n| !in_root[n as usize],
                    |from, to| from != spur.0 || !taken.contains(&to),
                    |n| n != spur.0 || !ended,
                );
                for o in before {
                    in_root[o.index()] = false;
                }
                tail
            };
            let Some(tail) = tail else {
                continue;
            };
            let mut offers = root[..spur_at.saturating_sub(1)].to_vec();
            offers.extend(tail);
            if seen.insert(offers.clone()) {
                let key = route(&offers).key(problem.criterion);
                candidates.push(Reverse((key, offers.iter().map(|o| o.0).collect())));
            }
        }
        let Some(Reverse((_, next))) = candidates.pop() else {
            break;
        };
        found.push(next.into_iter().map(OfferIx).collect());
    }
    found.iter().map(|offers| route(offers)).collect()
}

/// After each offer of a route, the keys a search could continue from: one
/// (the route's own) for most criteria; for finish dates with sessions out
/// of step, one per end date some choice of links reaches.
fn prefix_states(problem: &Problem<'_>, offers: &[OfferIx]) -> Vec<Vec<Key>> {
    if problem.criterion == Criterion::Finish && !problem.graph.sessions_in_step() {
        return finish::states(problem.cat, problem.graph, offers, problem.start_date)
            .into_iter()
            .map(|states| states.into_iter().map(|(k, _)| k).collect())
            .collect();
    }
    let mut keys = Vec::with_capacity(offers.len());
    let mut key = Key::first(
        problem.cat,
        problem.graph,
        problem.criterion,
        offers[0],
        problem.start_date,
    );
    keys.push(key.into_iter().collect());
    for pair in offers.windows(2) {
        key = key.and_then(|k| {
            let edge = problem.graph.edge(pair[0], pair[1])?;
            let via = edge.via(problem.criterion == Criterion::Seams);
            k.then(
                problem.cat,
                problem.graph,
                problem.criterion,
                pair[0],
                pair[1],
                &via,
            )
        });
        keys.push(key.into_iter().collect());
    }
    keys
}
