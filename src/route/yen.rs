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
use super::guide::Guide;
use super::search::{Aim, Problem};
use super::{Criterion, Route, bidir, evaluate, finish};
use crate::model::OfferIx;

/// How far the guide reaches back from the targets, as a share of what may
/// remain after a spur. Where it has not reached, the spur searches use its
/// frontier as the bound and search that part themselves: a backward
/// search to the full remainder settles most of the catalogue (its ball
/// grows much faster than linearly with its radius), while the spur
/// searches, once the candidates in hand bound them, stay small. Measured
/// at 100k offers (docs/performance.md): 0.25 is 1.5 to 10 times faster
/// than 1.0 by every criterion, and 0.5 and 0.1 no better.
const GUIDE_REACH: f64 = 0.25;

/// Routes found but not yet taken, best first (of equal keys, in offer
/// order), each with where it leaves the route it came from.
type Candidates = BinaryHeap<Reverse<(Key, Vec<OfferIx>, usize)>>;

/// Up to `k` routes, best first; routes of equal key in offer order.
pub fn k_best(problem: &Problem<'_>, k: usize) -> Vec<Route> {
    let route =
        |offers: &[OfferIx]| evaluate(problem.graph, offers, problem.criterion, problem.start_date);
    let any = |_: u32| true;
    let Some(first) = first_route(problem) else {
        return Vec::new();
    };
    if k == 1 {
        return vec![route(&first)];
    }
    // Finish dates out of step take the exact search, which has no use
    // for a guide.
    let mut guide = (problem.criterion != Criterion::Finish || problem.graph.sessions_in_step())
        .then(|| Guide::new(problem));
    let first_key = route(&first).key(problem.criterion);
    let mut found: Vec<Vec<OfferIx>> = vec![first.clone()];
    let mut seen: HashSet<Vec<OfferIx>> = HashSet::from([first]);
    let mut candidates = Candidates::new();
    // The root of the current spur, as marks set and cleared around each search.
    let mut in_root = vec![false; problem.allowed.len()];
    let mut deviation = 0;
    while found.len() < k {
        let last = found.last().expect("at least one route").clone();
        let states = prefix_states(problem, &last);
        // Lawler: before the offer where `last` left the route it came
        // from, its spur problems are those already solved for that route
        // (or for a later route with the same root), so their best detours
        // are among the candidates already.
        for spur_at in deviation..=last.len() {
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
            let sources: Vec<(OfferIx, Key)> = if spur_at == 0 {
                problem
                    .sources
                    .iter()
                    .filter(|(o, _)| !taken.contains(&o.0))
                    .copied()
                    .collect()
            } else {
                let spur = root[spur_at - 1];
                states[spur_at - 1].iter().map(|k| (spur, *k)).collect()
            };
            // Routes beyond the candidates already in hand are not wanted.
            let limit = limit(&candidates, k - found.len());
            if let Some(guide) = guide.as_mut() {
                grow(guide, problem, &sources, limit.unwrap_or(first_key));
            }
            let aim = Aim {
                guide: guide.as_ref(),
                limit,
            };
            let tail = if spur_at == 0 {
                problem.best(&sources, aim, any, |_, _| true, any)
            } else {
                let spur = root[spur_at - 1];
                let before = &root[..spur_at - 1];
                for o in before {
                    in_root[o.index()] = true;
                }
                let tail = problem.best(
                    &sources,
                    aim,
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
                candidates.push(Reverse((key, offers, spur_at)));
            }
        }
        let Some(Reverse((_, next, left_at))) = candidates.pop() else {
            break;
        };
        found.push(next);
        deviation = left_at;
    }
    found.iter().map(|offers| route(offers)).collect()
}

/// The best route.
fn first_route(problem: &Problem<'_>) -> Option<Vec<OfferIx>> {
    // Searching from both ends pays where many steps cost nothing (hours,
    // cost); by seams, steps or distance one way stops sooner (measured,
    // docs/performance.md).
    if matches!(problem.criterion, Criterion::Hours | Criterion::Cost) {
        bidir::best(problem)
    } else {
        let any = |_: u32| true;
        problem.best(&problem.sources, Aim::default(), any, |_, _| true, any)
    }
}

/// Grows the guide to [`GUIDE_REACH`] of what may remain after the spur
/// when the routes wanted go no further than `limit`.
fn grow(guide: &mut Guide, problem: &Problem<'_>, sources: &[(OfferIx, Key)], limit: Key) {
    if let Some(nearest) = sources.iter().map(|(_, key)| *key).min() {
        guide.extend_to(problem, limit.minus(nearest).times(GUIDE_REACH));
    }
}

/// The key of the `wanted`-th best candidate, when there are that many: no
/// route beyond it can be among the next `wanted`.
fn limit(candidates: &Candidates, wanted: usize) -> Option<Key> {
    if wanted == 0 || candidates.len() < wanted {
        return None;
    }
    let mut keys: Vec<Key> = candidates.iter().map(|Reverse((key, _, _))| *key).collect();
    let (_, nth, _) = keys.select_nth_unstable(wanted - 1);
    Some(*nth)
}

/// After each offer of a route, the keys a search could continue from: one
/// (the route's own) for most criteria; for finish dates with sessions out
/// of step, one per end date some choice of links reaches.
fn prefix_states(problem: &Problem<'_>, offers: &[OfferIx]) -> Vec<Vec<Key>> {
    if problem.criterion == Criterion::Finish && !problem.graph.sessions_in_step() {
        return finish::states(problem.graph, offers, problem.start_date)
            .into_iter()
            .map(|states| states.into_iter().map(|(k, _)| k).collect())
            .collect();
    }
    let mut keys = Vec::with_capacity(offers.len());
    let mut key = Key::first(
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
            k.then(problem.graph, problem.criterion, pair[0], pair[1], &via)
        });
        keys.push(key.into_iter().collect());
    }
    keys
}
