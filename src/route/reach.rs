//! What a person can reach, and what leads to an offer: every offer on some
//! pathway, with the fewest hours a route to (or from) it takes.
//!
//! Hours are counted as routes count them (the first offer in full, then
//! step hours). A step limit bounds the number of offers in the route; the
//! search then goes layer by layer, so that a cheaper route with more steps
//! never hides one within the limit.

use std::cmp::Reverse;

use super::cost::Key;
use super::search::Queue;
use crate::graph::PathwayGraph;
use crate::model::{Catalogue, OccupationIx, OfferIx};

/// How far to look.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Limits {
    /// At most this many offers in a route (the start counts as one).
    pub max_steps: Option<usize>,
    /// At most this many hours in a route.
    pub max_hours: Option<f64>,
}

/// An offer on some pathway, and the best route to (or from) it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Reached {
    pub offer: OfferIx,
    /// Hours of the cheapest route.
    pub hours: f64,
    /// Offers in that route.
    pub steps: usize,
}

/// An occupation prepared by a reachable offer.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ReachedOccupation {
    pub occupation: OccupationIx,
    pub hours: f64,
    /// The offer that prepares it at that cost.
    pub offer: OfferIx,
}

/// Which way to search.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    /// From the starts to what they unlock.
    Forward,
    /// From an offer back to what leads to it.
    Backward,
}

/// Best (hours, offers) so far for each offer; backward, the hours leave
/// out the offer's own.
type Best = Vec<Option<(f64, usize)>>;

struct Search<'a> {
    graph: &'a PathwayGraph,
    direction: Direction,
    allowed: &'a [bool],
    limits: Limits,
}

impl Search<'_> {
    /// What a route of just this offer has counted so far.
    fn initial(&self, o: OfferIx) -> f64 {
        match self.direction {
            Direction::Forward => self.graph.node(o).hours,
            Direction::Backward => 0.0,
        }
    }

    /// Whether a route reaching `at` with `hours` counted may go on.
    fn admits(&self, at: OfferIx, hours: f64) -> bool {
        let total = match self.direction {
            Direction::Forward => hours,
            Direction::Backward => hours + self.graph.node(at).hours,
        };
        self.allowed[at.index()] && self.limits.max_hours.is_none_or(|max| total <= max)
    }

    /// The next offers along the direction, with the hours each step adds.
    fn neighbours(&self, v: OfferIx) -> Vec<(OfferIx, f64)> {
        match self.direction {
            Direction::Forward => self
                .graph
                .out_edges(v)
                .map(|(w, e)| (w, e.cheapest.step_hours))
                .collect(),
            // Entering v from u costs the edge's step hours.
            Direction::Backward => self
                .graph
                .in_edges(v)
                .map(|(u, e)| (u, e.cheapest.step_hours))
                .collect(),
        }
    }

    /// Bellman–Ford in layers: after layer L, the best hours of routes of at
    /// most L offers.
    fn by_layers(&self, best: &mut Best, mut frontier: Vec<OfferIx>, max_steps: usize) {
        for layer in 2..=max_steps {
            let snapshot: Vec<(OfferIx, f64)> = frontier
                .drain(..)
                .map(|v| (v, best[v.index()].expect("frontier offers are reached").0))
                .collect();
            for (v, hours) in snapshot {
                for (w, step) in self.neighbours(v) {
                    let candidate = hours + step;
                    if self.admits(w, candidate)
                        && best[w.index()].is_none_or(|(h, _)| candidate < h)
                    {
                        best[w.index()] = Some((candidate, layer));
                        frontier.push(w);
                    }
                }
            }
            frontier.sort_unstable();
            frontier.dedup();
            if frontier.is_empty() {
                break;
            }
        }
    }

    /// Dijkstra by (hours, offers).
    fn by_hours(&self, best: &mut Best, frontier: &[OfferIx]) {
        let mut heap: Queue = frontier
            .iter()
            .map(|s| Reverse((Key([self.initial(*s), 1.0, 0.0]), s.0)))
            .collect();
        let mut done = vec![false; best.len()];
        while let Some(Reverse((Key([hours, steps, _]), v))) = heap.pop() {
            let v = OfferIx(v);
            if std::mem::replace(&mut done[v.index()], true) {
                continue;
            }
            for (w, step) in self.neighbours(v) {
                let (h, s) = (hours + step, steps + 1.0);
                if !done[w.index()]
                    && self.admits(w, h)
                    && best[w.index()].is_none_or(|(bh, bs)| (h, s) < (bh, to_f64(bs)))
                {
                    best[w.index()] = Some((h, to_usize(s)));
                    heap.push(Reverse((Key([h, s, 0.0]), w.0)));
                }
            }
        }
    }
}

/// Offers reachable from `starts` (forward), or from which the one offer
/// in `starts` can be reached (backward), through `allowed` offers, cheapest
/// first. Backward hours are those of the route that starts at the offer
/// listed and ends with the target.
pub fn reach(
    graph: &PathwayGraph,
    starts: &[OfferIx],
    direction: Direction,
    allowed: &[bool],
    limits: Limits,
) -> Vec<Reached> {
    let search = Search {
        graph,
        direction,
        allowed,
        limits,
    };
    let mut best: Best = vec![None; allowed.len()];
    let mut frontier = Vec::new();
    for &s in starts {
        let hours = search.initial(s);
        if search.admits(s, hours) && best[s.index()].is_none() {
            best[s.index()] = Some((hours, 1));
            frontier.push(s);
        }
    }
    match limits.max_steps {
        Some(max_steps) => search.by_layers(&mut best, frontier, max_steps),
        None => search.by_hours(&mut best, &frontier),
    }
    let mut reached: Vec<Reached> = best
        .iter()
        .enumerate()
        .filter_map(|(i, b)| {
            let (hours, steps) = (*b)?;
            let offer = OfferIx::new(i);
            let hours = match direction {
                Direction::Forward => hours,
                Direction::Backward => hours + graph.node(offer).hours,
            };
            Some(Reached {
                offer,
                hours,
                steps,
            })
        })
        .collect();
    reached.sort_by(|a, b| {
        a.hours
            .total_cmp(&b.hours)
            .then(a.steps.cmp(&b.steps))
            .then(a.offer.cmp(&b.offer))
    });
    reached
}

/// The occupations that reached offers prepare, each with its cheapest
/// offer, cheapest first.
pub fn occupations(cat: &Catalogue, reached: &[Reached]) -> Vec<ReachedOccupation> {
    let mut best: Vec<Option<ReachedOccupation>> = vec![None; cat.occupations.len()];
    for r in reached {
        for &occupation in &cat.offer(r.offer).prepares {
            let slot = &mut best[occupation.index()];
            if slot.is_none_or(|b| r.hours < b.hours) {
                *slot = Some(ReachedOccupation {
                    occupation,
                    hours: r.hours,
                    offer: r.offer,
                });
            }
        }
    }
    let mut list: Vec<ReachedOccupation> = best.into_iter().flatten().collect();
    list.sort_by(|a, b| {
        a.hours
            .total_cmp(&b.hours)
            .then(a.occupation.cmp(&b.occupation))
    });
    list
}

#[allow(clippy::cast_precision_loss)] // step counts are small
fn to_f64(n: usize) -> f64 {
    n as f64
}

#[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)] // step counts are small and whole
fn to_usize(x: f64) -> usize {
    x as usize
}
