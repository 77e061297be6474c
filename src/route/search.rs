//! Best-first search over a filtered view of the pathway graph.
//!
//! Static criteria (hours, seams, steps, cost, distance) add up along a
//! route, so Dijkstra's algorithm settles each offer once
//! ([`dijkstra`]). The finish criterion is time-dependent: the date a step
//! ends depends on the day it becomes ready, and a later arrival may catch
//! the same session with fewer hours. There each offer keeps the labels
//! (end date, hours) that no other label beats on both, an earliest-arrival
//! search that stays exact for the hours tie-break ([`arrival`]) — as long
//! as sessions are in step (see [`super::finish`] for when they are not).
//! None recurses.

mod arrival;
mod dijkstra;
mod slots;
mod state;

pub(super) use arrival::earliest as earliest_arrival;
pub(super) use state::{Queue, State, UNREACHED, top};

use std::cell::RefCell;
use std::sync::atomic::{AtomicBool, Ordering};

use petgraph::visit::{EdgeFiltered, EdgeRef, NodeFiltered};

use super::cost::Key;
use super::guide::Guide;
use super::{Criterion, Request, Target};
use crate::graph::{Edge, PathwayGraph};
use crate::model::{Catalogue, Date, OfferIx};
use slots::Slots;

/// No offer, no label: the parent of a root.
pub(super) const NONE: u32 = u32::MAX;

/// How many offers a search settles between two looks at its cancel flag:
/// often enough to stop within a millisecond, rarely enough to cost
/// nothing.
const CHECK_EVERY: usize = 1024;

/// Everything a search needs that does not change between the searches of
/// one request.
pub struct Problem<'a> {
    pub graph: &'a PathwayGraph,
    pub criterion: Criterion,
    pub start_date: Date,
    /// Offers the constraints allow.
    pub allowed: Vec<bool>,
    /// Offers that end a route.
    pub is_target: Vec<bool>,
    /// Where routes may begin, with the key of the one-offer route.
    pub sources: Vec<(OfferIx, Key)>,
    /// Per-offer arrays of [`dijkstra`] and [`arrival`], kept between the
    /// many searches of one request.
    states: RefCell<Slots<State>>,
    heads: RefCell<Slots<u32>>,
    /// Set by whoever asked once the answer is no longer wanted (the
    /// interface, when a newer request or Escape replaces it): searches
    /// then stop, finding nothing.
    cancel: Option<&'a AtomicBool>,
}

/// How a search may be narrowed: a bound on what remains from each offer
/// (A*), and a key beyond which no route is wanted.
#[derive(Clone, Copy, Default)]
pub struct Aim<'g> {
    pub guide: Option<&'g Guide>,
    pub limit: Option<Key>,
}

impl Aim<'_> {
    /// The bound from an offer: zero without a guide, none when no target
    /// can be reached from it.
    fn estimate(&self, offer: u32) -> Option<Key> {
        match self.guide {
            None => Some(Key::ZERO),
            Some(guide) => guide.estimate(offer),
        }
    }

    /// Whether a route whose key will be at least `key` is not wanted.
    fn past_limit(&self, key: Key) -> bool {
        self.limit.is_some_and(|limit| key.beyond(limit))
    }
}

/// One search: the part of the graph it may walk, the offers where it may
/// end, and how it is narrowed.
pub(super) struct Walk<'p, 'a, G, E> {
    pub problem: &'p Problem<'a>,
    pub view: G,
    pub aim: Aim<'p>,
    pub ends: E,
}

impl<'a> Problem<'a> {
    pub fn new(cat: &'a Catalogue, graph: &'a PathwayGraph, request: &Request) -> Self {
        let allowed = request.constraints.mask(cat, None);
        let mut is_target = vec![false; cat.offers.len()];
        let targets: &[OfferIx] = match &request.target {
            Target::Offer(o) => std::slice::from_ref(o),
            Target::Occupation(o) => graph.preparing(*o),
            Target::Competence(c) => graph.granting(*c),
        };
        for t in targets {
            is_target[t.index()] = allowed[t.index()];
        }
        let candidates = request.start.offers(cat);
        let sources = candidates
            .into_iter()
            .filter(|o| allowed[o.index()])
            .filter_map(|o| {
                Some((
                    o,
                    Key::first(graph, request.criterion, o, request.start_date)?,
                ))
            })
            .collect();
        Self {
            graph,
            criterion: request.criterion,
            start_date: request.start_date,
            allowed,
            is_target,
            sources,
            states: RefCell::new(Slots::new(UNREACHED)),
            heads: RefCell::new(Slots::new(NONE)),
            cancel: None,
        }
    }

    /// Makes every search of this problem stop, finding nothing, once
    /// `flag` is set.
    pub fn cancel_on(&mut self, flag: &'a AtomicBool) {
        self.cancel = Some(flag);
    }

    /// Whether the answer is no longer wanted.
    pub fn cancelled(&self) -> bool {
        self.cancel.is_some_and(|flag| flag.load(Ordering::Relaxed))
    }

    /// Whether a search that has settled `count` offers should stop: the
    /// flag is looked at every [`CHECK_EVERY`] offers.
    pub(super) fn halted(&self, count: usize) -> bool {
        count.is_multiple_of(CHECK_EVERY) && self.cancelled()
    }

    /// The key after one more step.
    pub(super) fn then(&self, key: Key, from: u32, to: u32, edge: &Edge) -> Option<Key> {
        let via = edge.via(self.criterion == Criterion::Seams);
        key.then(self.graph, self.criterion, OfferIx(from), OfferIx(to), &via)
    }

    /// The best route from any of `sources` (offer, key so far) to a target
    /// that `end_ok` accepts, through offers `node_ok` accepts and edges
    /// `edge_ok` accepts; none beyond `aim`'s limit.
    pub fn best(
        &self,
        sources: &[(OfferIx, Key)],
        aim: Aim<'_>,
        node_ok: impl Fn(u32) -> bool,
        edge_ok: impl Fn(u32, u32) -> bool,
        end_ok: impl Fn(u32) -> bool,
    ) -> Option<Vec<OfferIx>> {
        if self.cancelled() {
            return None;
        }
        let nodes = NodeFiltered::from_fn(self.graph.forward(), |n: u32| {
            self.allowed[n as usize] && node_ok(n)
        });
        let view = EdgeFiltered::from_fn(
            &nodes,
            |e: petgraph::csr::EdgeReference<'_, u32, petgraph::Directed, u32>| {
                edge_ok(e.source(), e.target())
            },
        );
        let sources = sources
            .iter()
            .filter(|(o, _)| self.allowed[o.index()] && node_ok(o.0));
        let walk = Walk {
            problem: self,
            view: &view,
            aim,
            ends: |n: u32| self.is_target[n as usize] && end_ok(n),
        };
        match self.criterion {
            Criterion::Finish if self.graph.sessions_in_step() => earliest_arrival(&walk, sources),
            Criterion::Finish => super::finish::exact(&walk, sources),
            _ => dijkstra::shortest(&walk, sources),
        }
    }
}

/// Follows `parent` from `last` back to a root (whose parent is [`NONE`]):
/// the ids met, root first.
pub(super) fn walk_back(last: u32, parent: impl Fn(u32) -> u32) -> Vec<u32> {
    let mut path = vec![last];
    let mut at = last;
    while parent(at) != NONE {
        at = parent(at);
        path.push(at);
    }
    path.reverse();
    path
}

/// The offers of the labels from a root to the label `last`, where
/// `label(l)` is the offer and the parent of label `l`: the route a
/// label-setting search found.
pub(super) fn label_route(last: u32, label: impl Fn(u32) -> (u32, u32)) -> Vec<OfferIx> {
    walk_back(last, |l| label(l).1)
        .into_iter()
        .map(|l| OfferIx(label(l).0))
        .collect()
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::{AtomicBool, Ordering};

    use super::super::{Constraints, Criterion, Request, Start, Target, find, find_until};
    use super::{Aim, Problem};
    use crate::graph::PathwayGraph;
    use crate::load::{Source, load};
    use crate::model::Date;

    #[test]
    fn a_cancel_flag_stops_every_search_and_an_unset_one_changes_nothing() {
        let cat = load(&Source::Sample).catalogue.unwrap();
        let graph = PathwayGraph::new(&cat);
        let offer = |id| cat.lookup.offer(id).unwrap();
        for criterion in Criterion::ALL {
            let request = Request {
                start: Start::From(offer("forem-liege-cariste")),
                target: Target::Offer(offer("cnam-ge-metz-lp-logistique")),
                criterion,
                k: 3,
                start_date: Date::parse("2026-11-22").unwrap(),
                constraints: Constraints::default(),
            };
            let routes = find(&cat, &graph, &request);
            assert!(!routes.is_empty(), "{criterion}");
            let flag = AtomicBool::new(false);
            assert_eq!(
                find_until(&cat, &graph, &request, &flag),
                Some(routes),
                "{criterion}"
            );
            flag.store(true, Ordering::Relaxed);
            assert_eq!(find_until(&cat, &graph, &request, &flag), None);
            // The searches themselves stop, not only the answer.
            let mut problem = Problem::new(&cat, &graph, &request);
            problem.cancel_on(&flag);
            let any = |_: u32| true;
            let sources = problem.sources.clone();
            assert_eq!(
                problem.best(&sources, Aim::default(), any, |_, _| true, any),
                None
            );
        }
    }
}
