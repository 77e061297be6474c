//! Finish dates when sessions are not in step.
//!
//! DESIGN.md takes an offer "in the first session starting on or after the
//! ready date". When one session starts later but ends sooner than another
//! (an intensive run beside a long one), arriving later can finish earlier,
//! and a detour or a link with fewer hours recognised can pay. Then an
//! offer's arrival date cannot be summed up by its earliest one: the search
//! keeps every (end date, hours) a route can reach an offer with, drops a
//! label only for one that ends the same day with no more hours through no
//! more offers, tries every link between two offers, and never revisits an
//! offer. Labels leave the queue in (finish, hours) order and finish dates
//! never go back along a route, so the first route to reach a target is the
//! best. This costs more than the in-step search, which the engine uses
//! whenever the catalogue allows it.

use std::cmp::Reverse;

use petgraph::visit::{EdgeRef, IntoEdges};

use super::Criterion;
use super::cost::Key;
use super::search::{Aim, NONE, Queue, Walk, earliest_arrival, label_route};
use crate::graph::{PathwayGraph, Via};
use crate::model::{Date, OfferIx};

/// Labels a search may make before it settles for the in-step answer.
const MAX_LABELS: usize = 2_000_000;

#[derive(Clone, Copy)]
struct Label {
    node: u32,
    key: Key,
    parent: u32,
}

struct Labels {
    all: Vec<Label>,
    at_node: Vec<Vec<u32>>,
}

impl Labels {
    fn path(&self, mut l: u32) -> Vec<u32> {
        let mut nodes = Vec::new();
        while l != NONE {
            nodes.push(self.all[l as usize].node);
            l = self.all[l as usize].parent;
        }
        nodes
    }

    fn on_path(&self, mut l: u32, node: u32) -> bool {
        while l != NONE {
            let label = self.all[l as usize];
            if label.node == node {
                return true;
            }
            l = label.parent;
        }
        false
    }

    /// Adds a label unless one at the same offer ends the same day with no
    /// more hours through offers all on the new label's way.
    fn insert(&mut self, heap: &mut Queue, node: u32, key: Key, parent: u32) {
        let mut way: Option<Vec<u32>> = None;
        for &l in &self.at_node[node as usize] {
            let other = self.all[l as usize];
            if other.key.finish() == key.finish() && other.key.0[1] <= key.0[1] {
                let way = way.get_or_insert_with(|| {
                    let mut w = self.path(parent);
                    w.push(node);
                    w
                });
                if self.path(l).iter().all(|n| way.contains(n)) {
                    return;
                }
            }
        }
        let id = u32::try_from(self.all.len()).expect("fewer than 2^32 labels");
        self.all.push(Label { node, key, parent });
        self.at_node[node as usize].push(id);
        heap.push(Reverse((key, id)));
    }
}

/// The best route of the walk by finish date, exactly, whatever the
/// sessions.
pub(super) fn exact<'s, G, E>(
    walk: &Walk<'_, '_, G, E>,
    sources: impl Iterator<Item = &'s (OfferIx, Key)>,
) -> Option<Vec<OfferIx>>
where
    G: IntoEdges<NodeId = u32, EdgeWeight = u32> + Copy,
    E: Fn(u32) -> bool,
{
    let (problem, ends) = (walk.problem, &walk.ends);
    let sources: Vec<(OfferIx, Key)> = sources.copied().collect();
    let mut labels = Labels {
        all: Vec::new(),
        at_node: vec![Vec::new(); problem.allowed.len()],
    };
    let mut heap = Queue::new();
    for &(offer, key) in &sources {
        labels.insert(&mut heap, offer.0, key, NONE);
    }
    let mut settled = 0;
    while let Some(Reverse((key, l))) = heap.pop() {
        settled += 1;
        if problem.halted(settled) {
            return None;
        }
        if labels.all.len() > MAX_LABELS {
            let walk = Walk {
                problem,
                view: walk.view,
                aim: Aim::default(),
                ends,
            };
            return earliest_arrival(&walk, sources.iter());
        }
        let v = labels.all[l as usize].node;
        if ends(v) {
            return Some(label_route(l, |i| {
                let label = labels.all[i as usize];
                (label.node, label.parent)
            }));
        }
        for e in walk.view.edges(v) {
            let w = e.target();
            if labels.on_path(l, w) {
                continue;
            }
            let mut last_hours = None;
            for via in problem
                .graph
                .alternatives(problem.graph.edge_data(*e.weight()))
            {
                // Ways with the same hours lead to the same dates.
                if last_hours == Some(via.step_hours) {
                    continue;
                }
                last_hours = Some(via.step_hours);
                if let Some(next) = key.then(
                    problem.graph,
                    Criterion::Finish,
                    OfferIx(v),
                    OfferIx(w),
                    via,
                ) {
                    labels.insert(&mut heap, w, next, l);
                }
            }
        }
    }
    None
}

/// For a route along `offers`, after each offer, the (finish, hours) keys
/// some choice of links reaches that no other choice beats (same day, fewer
/// hours), each with the links chosen.
pub(super) fn states(
    graph: &PathwayGraph,
    offers: &[OfferIx],
    start: Date,
) -> Vec<Vec<(Key, Vec<Via>)>> {
    let mut all = Vec::with_capacity(offers.len());
    let first: Vec<(Key, Vec<Via>)> = Key::first(graph, Criterion::Finish, offers[0], start)
        .map(|k| (k, Vec::new()))
        .into_iter()
        .collect();
    all.push(first);
    for pair in offers.windows(2) {
        let edge = graph.edge(pair[0], pair[1]).expect("routes follow edges");
        let mut next: Vec<(Key, Vec<Via>)> = Vec::new();
        for (key, ways) in all.last().expect("one list per offer") {
            for via in graph.alternatives(edge) {
                let Some(k) = key.then(graph, Criterion::Finish, pair[0], pair[1], via) else {
                    continue;
                };
                match next
                    .iter_mut()
                    .find(|(other, _)| other.finish() == k.finish())
                {
                    Some(slot) if k.0[1] < slot.0.0[1] => {
                        slot.0 = k;
                        slot.1 = ways.iter().copied().chain([*via]).collect();
                    }
                    Some(_) => {}
                    None => next.push((k, ways.iter().copied().chain([*via]).collect())),
                }
            }
        }
        all.push(next);
    }
    all
}

/// The links that give a route along `offers` its best finish, if it can
/// be taken at all.
pub(super) fn best_ways(graph: &PathwayGraph, offers: &[OfferIx], start: Date) -> Option<Vec<Via>> {
    let last = states(graph, offers, start).pop()?;
    last.into_iter()
        .min_by_key(|(k, _)| *k)
        .map(|(_, ways)| ways)
}
