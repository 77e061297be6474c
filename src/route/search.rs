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

use std::cell::RefCell;
use std::cmp::Reverse;
use std::collections::BinaryHeap;

use petgraph::visit::{EdgeFiltered, EdgeRef, IntoEdges, NodeFiltered};

use super::cost::Key;
use super::guide::Guide;
use super::{Criterion, Request, Target};
use crate::graph::{Edge, PathwayGraph};
use crate::model::{Catalogue, Date, OfferIx};

pub(super) const NONE: u32 = u32::MAX;

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
    /// The per-offer states of [`Self::dijkstra`], kept between the many
    /// searches of one request and reset where a search wrote.
    scratch: RefCell<Scratch>,
}

#[derive(Default)]
struct Scratch {
    at: Vec<State>,
    /// The first label at each offer, for [`Problem::earliest_arrival`].
    heads: Vec<u32>,
    touched: Vec<u32>,
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

/// Where a search stands at one offer.
#[derive(Clone, Copy)]
struct State {
    key: Key,
    parent: u32,
    settled: bool,
}

const UNREACHED: State = State {
    key: Key::INFINITE,
    parent: NONE,
    settled: false,
};

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
            scratch: RefCell::default(),
        }
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
                self.earliest_arrival(&view, sources, aim, ends)
            }
            Criterion::Finish => super::finish::exact(self, &view, sources, ends),
            _ => self.dijkstra(&view, sources, aim, ends),
        }
    }

    fn dijkstra<'g, G>(
        &self,
        view: G,
        sources: impl Iterator<Item = &'g (OfferIx, Key)>,
        aim: Aim<'_>,
        ends: impl Fn(u32) -> bool,
    ) -> Option<Vec<OfferIx>>
    where
        G: IntoEdges<NodeId = u32, EdgeWeight = u32>,
    {
        let mut scratch = self.scratch.borrow_mut();
        let Scratch { at, touched, .. } = &mut *scratch;
        if at.is_empty() {
            at.resize(self.allowed.len(), UNREACHED);
        }
        let found = self.dijkstra_in(view, sources, aim, ends, at, touched);
        for v in touched.drain(..) {
            at[v as usize] = UNREACHED;
        }
        found
    }

    /// [`Self::dijkstra`] in `at` (all unreached), noting in `touched`
    /// every offer it writes.
    fn dijkstra_in<'g, G>(
        &self,
        view: G,
        sources: impl Iterator<Item = &'g (OfferIx, Key)>,
        aim: Aim<'_>,
        ends: impl Fn(u32) -> bool,
        at: &mut [State],
        touched: &mut Vec<u32>,
    ) -> Option<Vec<OfferIx>>
    where
        G: IntoEdges<NodeId = u32, EdgeWeight = u32>,
    {
        // Ordered by key + estimate (A*). An offer is settled the first time
        // it leaves the queue; entries left behind by a better key come later.
        let mut heap: BinaryHeap<Reverse<(Key, u32)>> = BinaryHeap::new();
        for &(offer, key) in sources {
            let Some(estimate) = aim.estimate(offer.0) else {
                continue;
            };
            if key < at[offer.index()].key {
                at[offer.index()].key = key;
                touched.push(offer.0);
                heap.push(Reverse((key.plus(estimate), offer.0)));
            }
        }
        while let Some(Reverse((f, v))) = heap.pop() {
            let here = &mut at[v as usize];
            if std::mem::replace(&mut here.settled, true) {
                continue;
            }
            if aim.past_limit(f) {
                return None;
            }
            if ends(v) {
                return Some(walk_back(v, |n| at[n as usize].parent));
            }
            let key = here.key;
            for e in view.edges(v) {
                let w = e.target();
                let there = &mut at[w as usize];
                if there.settled {
                    continue;
                }
                let Some(next) = self.then(key, v, w, self.graph.edge_data(*e.weight())) else {
                    continue;
                };
                if next < there.key
                    && let Some(estimate) = aim.estimate(w)
                {
                    if there.key == Key::INFINITE {
                        touched.push(w);
                    }
                    there.key = next;
                    there.parent = v;
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
        aim: Aim<'_>,
        ends: impl Fn(u32) -> bool,
    ) -> Option<Vec<OfferIx>>
    where
        G: IntoEdges<NodeId = u32, EdgeWeight = u32>,
    {
        let mut scratch = self.scratch.borrow_mut();
        let Scratch { heads, touched, .. } = &mut *scratch;
        if heads.is_empty() {
            heads.resize(self.allowed.len(), NONE);
        }
        let mut at_node = AtNode { heads, touched };
        let found = self.earliest_arrival_in(view, sources, aim, ends, &mut at_node);
        for v in at_node.touched.drain(..) {
            at_node.heads[v as usize] = NONE;
        }
        found
    }

    /// [`Self::earliest_arrival`] with the labels at each offer chained
    /// from `at_node` (all empty).
    fn earliest_arrival_in<'g, G>(
        &self,
        view: G,
        sources: impl Iterator<Item = &'g (OfferIx, Key)>,
        aim: Aim<'_>,
        ends: impl Fn(u32) -> bool,
        at_node: &mut AtNode<'_>,
    ) -> Option<Vec<OfferIx>>
    where
        G: IntoEdges<NodeId = u32, EdgeWeight = u32>,
    {
        let mut labels: Vec<Label> = Vec::new();
        let mut heap = BinaryHeap::new();
        for &(offer, key) in sources {
            if let Some(estimate) = aim.estimate(offer.0) {
                let entry = Entry {
                    node: offer.0,
                    key,
                    estimate,
                    parent: NONE,
                };
                insert(&mut labels, at_node, &mut heap, entry);
            }
        }
        while let Some(Reverse((f, l))) = heap.pop() {
            let label = labels[l as usize];
            if label.dead {
                continue;
            }
            if aim.past_limit(f) {
                return None;
            }
            let (v, key) = (label.node, label.key);
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
                if let Some(next) = self.then(key, v, w, self.graph.edge_data(*e.weight()))
                    && let Some(estimate) = aim.estimate(w)
                {
                    let entry = Entry {
                        node: w,
                        key: next,
                        estimate,
                        parent: l,
                    };
                    insert(&mut labels, at_node, &mut heap, entry);
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
    /// The label before it at the same offer, in the chain from
    /// [`AtNode::heads`].
    next: u32,
    dead: bool,
}

/// The live labels at each offer, as chains through [`Label::next`]: no
/// list to allocate per offer.
struct AtNode<'s> {
    heads: &'s mut [u32],
    touched: &'s mut Vec<u32>,
}

/// A label to add, with the bound on what remains from its offer.
#[derive(Clone, Copy)]
struct Entry {
    node: u32,
    key: Key,
    estimate: Key,
    parent: u32,
}

/// Adds a label unless one at the same offer ends no later with no more
/// hours; drops the labels it beats. The queue orders labels by key +
/// estimate (A*).
fn insert(
    labels: &mut Vec<Label>,
    at_node: &mut AtNode<'_>,
    heap: &mut BinaryHeap<Reverse<(Key, u32)>>,
    entry: Entry,
) {
    let Entry {
        node,
        key,
        estimate,
        parent,
    } = entry;
    let beats = |a: Key, b: Key| a.0[0] <= b.0[0] && a.0[1] <= b.0[1];
    let first = at_node.heads[node as usize];
    let mut l = first;
    while l != NONE {
        if beats(labels[l as usize].key, key) {
            return;
        }
        l = labels[l as usize].next;
    }
    // Unchain the labels the new one beats.
    let (mut kept, mut l) = (NONE, first);
    let mut last_kept = NONE;
    while l != NONE {
        let next = labels[l as usize].next;
        if beats(key, labels[l as usize].key) {
            labels[l as usize].dead = true;
        } else {
            labels[l as usize].next = NONE;
            if last_kept == NONE {
                kept = l;
            } else {
                labels[last_kept as usize].next = l;
            }
            last_kept = l;
        }
        l = next;
    }
    if first == NONE {
        at_node.touched.push(node);
    }
    let id = u32::try_from(labels.len()).expect("fewer than 2^32 labels");
    labels.push(Label {
        node,
        key,
        parent,
        next: kept,
        dead: false,
    });
    at_node.heads[node as usize] = id;
    heap.push(Reverse((key.plus(estimate), id)));
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
