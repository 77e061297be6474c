//! Best-first search over a filtered view of the pathway graph.
//!
//! Static criteria (hours, seams, steps, cost, distance) add up along a
//! route, so Dijkstra's algorithm settles each offer once. The finish
//! criterion is time-dependent: the date a step ends depends on the day it
//! becomes ready, and a later arrival may catch the same session with fewer
//! hours. There each offer keeps the labels (end date, hours) that no other
//! label beats on both, an earliest-arrival search that stays exact for the
//! hours tie-break — as long as sessions are in step (see
//! [`super::finish`] for when they are not). None recurses.

use std::cmp::Reverse;
use std::collections::BinaryHeap;

use petgraph::visit::{EdgeFiltered, EdgeRef, IntoEdges, NodeFiltered};

use super::cost::Key;
use super::{Criterion, Request, Target};
use crate::graph::{Edge, PathwayGraph};
use crate::model::{Catalogue, Date, OfferIx};

pub(super) const NONE: u32 = u32::MAX;

/// Everything a search needs that does not change between the searches of
/// one request.
pub struct Problem<'a> {
    pub cat: &'a Catalogue,
    pub graph: &'a PathwayGraph,
    pub criterion: Criterion,
    pub start_date: Date,
    /// Offers the constraints allow.
    pub allowed: Vec<bool>,
    /// Offers that end a route.
    pub is_target: Vec<bool>,
    /// Where routes may begin, with the key of the one-offer route.
    pub sources: Vec<(OfferIx, Key)>,
    /// For A*: from each offer, the best key still to add to reach a
    /// target (none: no target can be reached); see [`Self::with_guide`].
    to_go: Option<Vec<Option<Key>>>,
}

impl<'a> Problem<'a> {
    pub fn new(
        cat: &'a Catalogue,
        graph: &'a PathwayGraph,
        request: &Request,
        allowed: Vec<bool>,
    ) -> Self {
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
                    Key::first(cat, graph, request.criterion, o, request.start_date)?,
                ))
            })
            .collect();
        Self {
            cat,
            graph,
            criterion: request.criterion,
            start_date: request.start_date,
            allowed,
            is_target,
            sources,
            to_go: None,
        }
    }

    /// Guides later searches with the exact cost to a target from every
    /// offer, found by one search backwards from the targets. Worth it when
    /// many searches follow (Yen's spurs): each then goes almost straight to
    /// its target. Bans in a spur search only make the way dearer, so the
    /// guide never overestimates. Finish dates depend on the day, not only
    /// on the offer: they are not guided.
    #[must_use]
    pub fn with_guide(mut self) -> Self {
        if self.criterion == Criterion::Finish {
            return self;
        }
        let n = self.allowed.len();
        let mut best: Vec<Option<Key>> = vec![None; n];
        let mut done = vec![false; n];
        let mut heap = BinaryHeap::new();
        let zero = Key([0.0; 3]);
        for (t, _) in self.is_target.iter().enumerate().filter(|(_, t)| **t) {
            best[t] = Some(zero);
            heap.push(Reverse((zero, OfferIx::new(t).0)));
        }
        let seams_first = self.criterion == Criterion::Seams;
        while let Some(Reverse((key, v))) = heap.pop() {
            if std::mem::replace(&mut done[v as usize], true) {
                continue;
            }
            for (u, edge) in self.graph.in_edges(OfferIx(v)) {
                if !self.allowed[u.index()] || done[u.index()] {
                    continue;
                }
                let via = edge.via(seams_first);
                let next = Key::step(self.graph, self.criterion, u, OfferIx(v), &via).plus(key);
                let slot = &mut best[u.index()];
                if slot.is_none_or(|b| next < b) {
                    *slot = Some(next);
                    heap.push(Reverse((next, u.0)));
                }
            }
        }
        self.to_go = Some(best);
        self
    }

    /// The guide's estimate from an offer: zero without a guide, none when
    /// no target can be reached from it.
    fn guide(&self, offer: u32) -> Option<Key> {
        match &self.to_go {
            None => Some(Key([0.0; 3])),
            Some(to_go) => to_go[offer as usize],
        }
    }

    /// The key after one more step.
    pub(super) fn then(&self, key: Key, from: u32, to: u32, edge: &Edge) -> Option<Key> {
        let via = edge.via(self.criterion == Criterion::Seams);
        key.then(
            self.cat,
            self.graph,
            self.criterion,
            OfferIx(from),
            OfferIx(to),
            &via,
        )
    }

    /// The best route from any of `sources` (offer, key so far) to a target
    /// that `end_ok` accepts, through offers `node_ok` accepts and edges
    /// `edge_ok` accepts.
    pub fn best(
        &self,
        sources: &[(OfferIx, Key)],
        node_ok: impl Fn(u32) -> bool,
        edge_ok: impl Fn(u32, u32) -> bool,
        end_ok: impl Fn(u32) -> bool,
    ) -> Option<Vec<OfferIx>> {
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
        let ends = |n: u32| self.is_target[n as usize] && end_ok(n);
        match self.criterion {
            Criterion::Finish if self.graph.sessions_in_step() => {
                self.earliest_arrival(&view, sources, ends)
            }
            Criterion::Finish => super::finish::exact(self, &view, sources, ends),
            _ => self.dijkstra(&view, sources, ends),
        }
    }

    fn dijkstra<'g, G>(
        &self,
        view: G,
        sources: impl Iterator<Item = &'g (OfferIx, Key)>,
        ends: impl Fn(u32) -> bool,
    ) -> Option<Vec<OfferIx>>
    where
        G: IntoEdges<NodeId = u32, EdgeWeight = u32>,
    {
        let n = self.allowed.len();
        let unreached = Key([f64::INFINITY; 3]);
        let mut best: Vec<Key> = vec![unreached; n];
        let mut parent = vec![NONE; n];
        let mut done = vec![false; n];
        // Ordered by key + guide (A*). An offer is settled the first time it
        // leaves the queue; entries left behind by a better key come later.
        let mut heap: BinaryHeap<Reverse<(Key, u32)>> = BinaryHeap::new();
        for &(offer, key) in sources {
            let Some(estimate) = self.guide(offer.0) else {
                continue;
            };
            if key < best[offer.index()] {
                best[offer.index()] = key;
                heap.push(Reverse((key.plus(estimate), offer.0)));
            }
        }
        while let Some(Reverse((_, v))) = heap.pop() {
            let vi = v as usize;
            if std::mem::replace(&mut done[vi], true) {
                continue;
            }
            if ends(v) {
                return Some(walk_back(v, |n| parent[n as usize]));
            }
            let key = best[vi];
            for e in view.edges(v) {
                let w = e.target();
                if done[w as usize] {
                    continue;
                }
                let Some(next) = self.then(key, v, w, self.graph.edge_data(*e.weight())) else {
                    continue;
                };
                if next < best[w as usize]
                    && let Some(estimate) = self.guide(w)
                {
                    best[w as usize] = next;
                    parent[w as usize] = v;
                    heap.push(Reverse((next.plus(estimate), w)));
                }
            }
        }
        None
    }

    pub(super) fn earliest_arrival<'g, G>(
        &self,
        view: G,
        sources: impl Iterator<Item = &'g (OfferIx, Key)>,
        ends: impl Fn(u32) -> bool,
    ) -> Option<Vec<OfferIx>>
    where
        G: IntoEdges<NodeId = u32, EdgeWeight = u32>,
    {
        let mut labels: Vec<Label> = Vec::new();
        let mut at_node: Vec<Vec<u32>> = vec![Vec::new(); self.allowed.len()];
        let mut heap = BinaryHeap::new();
        for &(offer, key) in sources {
            insert(&mut labels, &mut at_node, &mut heap, offer.0, key, NONE);
        }
        while let Some(Reverse((key, l))) = heap.pop() {
            let label = labels[l as usize];
            if label.dead {
                continue;
            }
            let v = label.node;
            if ends(v) {
                let path = walk_back(l, |i| labels[i as usize].parent);
                return Some(
                    path.into_iter()
                        .map(|i| OfferIx(labels[i.index()].node))
                        .collect(),
                );
            }
            for e in view.edges(v) {
                let w = e.target();
                if let Some(next) = self.then(key, v, w, self.graph.edge_data(*e.weight())) {
                    insert(&mut labels, &mut at_node, &mut heap, w, next, l);
                }
            }
        }
        None
    }
}

#[derive(Clone, Copy)]
struct Label {
    node: u32,
    key: Key,
    parent: u32,
    dead: bool,
}

/// Adds a label unless one at the same offer ends no later with no more
/// hours; drops the labels it beats.
fn insert(
    labels: &mut Vec<Label>,
    at_node: &mut [Vec<u32>],
    heap: &mut BinaryHeap<Reverse<(Key, u32)>>,
    node: u32,
    key: Key,
    parent: u32,
) {
    let here = &mut at_node[node as usize];
    let beats = |a: Key, b: Key| a.0[0] <= b.0[0] && a.0[1] <= b.0[1];
    if here.iter().any(|&l| beats(labels[l as usize].key, key)) {
        return;
    }
    here.retain(|&l| {
        let keep = !beats(key, labels[l as usize].key);
        if !keep {
            labels[l as usize].dead = true;
        }
        keep
    });
    let id = u32::try_from(labels.len()).expect("fewer than 2^32 labels");
    labels.push(Label {
        node,
        key,
        parent,
        dead: false,
    });
    here.push(id);
    heap.push(Reverse((key, id)));
}

/// Follows parents from `last` back to a root, and returns the way forward.
pub(super) fn walk_back(last: u32, parent: impl Fn(u32) -> u32) -> Vec<OfferIx> {
    let mut path = vec![OfferIx(last)];
    let mut at = last;
    while parent(at) != NONE {
        at = parent(at);
        path.push(OfferIx(at));
    }
    path.reverse();
    path
}
