//! The k best loopless routes, by Yen's algorithm: each next route leaves
//! one of the routes found so far at some offer (the spur), continuing by the
//! best way that avoids the offers before the spur and the next offers the
//! routes sharing that beginning already took.

use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashSet};

use super::cost::Key;
use super::search::Problem;
use super::{Route, evaluate};
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
    let Some(first) = problem.best(&problem.sources, |_| true, |_, _| true) else {
        return Vec::new();
    };
    let mut found: Vec<Vec<OfferIx>> = vec![first.clone()];
    let mut seen: HashSet<Vec<OfferIx>> = HashSet::from([first]);
    let mut candidates: BinaryHeap<Reverse<(Key, Vec<u32>)>> = BinaryHeap::new();
    while found.len() < k {
        let last = found.last().expect("at least one route").clone();
        let prefix_keys = prefix_keys(problem, &last);
        for spur_at in 0..last.len() {
            let root = &last[..spur_at];
            // The offers that routes sharing this root took next.
            let taken: Vec<u32> = found
                .iter()
                .filter(|p| p.len() > spur_at && p[..spur_at] == *root)
                .map(|p| p[spur_at].0)
                .collect();
            let in_root: HashSet<u32> = root.iter().map(|o| o.0).collect();
            let tail = if spur_at == 0 {
                let sources: Vec<(OfferIx, Key)> = problem
                    .sources
                    .iter()
                    .filter(|(o, _)| !taken.contains(&o.0))
                    .copied()
                    .collect();
                problem.best(&sources, |_| true, |_, _| true)
            } else {
                let spur = root[spur_at - 1];
                let Some(key) = prefix_keys[spur_at - 1] else {
                    continue;
                };
                problem.best(
                    &[(spur, key)],
                    |n| n == spur.0 || !in_root.contains(&n),
                    |from, to| from != spur.0 || !taken.contains(&to),
                )
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

/// The key after each offer of a route, as the search computes it.
fn prefix_keys(problem: &Problem<'_>, offers: &[OfferIx]) -> Vec<Option<Key>> {
    let mut keys = Vec::with_capacity(offers.len());
    let mut key = Key::first(
        problem.cat,
        problem.graph,
        problem.criterion,
        offers[0],
        problem.start_date,
    );
    keys.push(key);
    for pair in offers.windows(2) {
        key = key.and_then(|k| {
            let edge = problem.graph.edge(pair[0], pair[1])?;
            let via = edge.via(problem.criterion == super::Criterion::Seams);
            k.then(
                problem.cat,
                problem.graph,
                problem.criterion,
                pair[0],
                pair[1],
                &via,
            )
        });
        keys.push(key);
    }
    keys
}
