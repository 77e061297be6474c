//! Earliest arrival for the finish criterion when sessions are in step.
//!
//! Each offer keeps the labels (end date, hours) that no other label at
//! it beats on both: a later arrival with fewer hours may still give the
//! better route, since hours break ties between finish dates.

use std::cmp::Reverse;

use petgraph::visit::{EdgeRef, IntoEdges};

use super::slots::Slots;
use super::state::Queue;
use super::{NONE, Walk, label_route};
use crate::model::OfferIx;
use crate::route::cost::Key;

/// The best route of the walk by finish date, then hours, from any of
/// `sources` (offer, key so far).
pub(in crate::route) fn earliest<'s, G, E>(
    walk: &Walk<'_, '_, G, E>,
    sources: impl Iterator<Item = &'s (OfferIx, Key)>,
) -> Option<Vec<OfferIx>>
where
    G: IntoEdges<NodeId = u32, EdgeWeight = u32> + Copy,
    E: Fn(u32) -> bool,
{
    let offers = walk.problem.allowed.len();
    walk.problem
        .heads
        .borrow_mut()
        .lend(offers, |heads| search(walk, sources, heads))
}

/// [`earliest`] with the labels at each offer chained from `heads` (all
/// empty), noting every offer it writes.
fn search<'s, G, E>(
    walk: &Walk<'_, '_, G, E>,
    sources: impl Iterator<Item = &'s (OfferIx, Key)>,
    heads: &mut Slots<u32>,
) -> Option<Vec<OfferIx>>
where
    G: IntoEdges<NodeId = u32, EdgeWeight = u32> + Copy,
    E: Fn(u32) -> bool,
{
    let (problem, aim) = (walk.problem, walk.aim);
    let mut labels = Labels {
        all: Vec::new(),
        heads,
        queue: Queue::new(),
    };
    for &(offer, key) in sources {
        if let Some(estimate) = aim.estimate(offer.0) {
            labels.insert(Entry {
                node: offer.0,
                key,
                estimate,
                parent: NONE,
            });
        }
    }
    let mut settled = 0;
    while let Some(Reverse((f, l))) = labels.queue.pop() {
        let label = labels.all[l as usize];
        if label.dead {
            continue;
        }
        settled += 1;
        if aim.past_limit(f) || problem.halted(settled) {
            return None;
        }
        let (v, key) = (label.node, label.key);
        if (walk.ends)(v) {
            return Some(label_route(l, |i| {
                let label = labels.all[i as usize];
                (label.node, label.parent)
            }));
        }
        for e in walk.view.edges(v) {
            let w = e.target();
            if let Some(next) = problem.then(key, v, w, problem.graph.edge_data(*e.weight()))
                && let Some(estimate) = aim.estimate(w)
            {
                labels.insert(Entry {
                    node: w,
                    key: next,
                    estimate,
                    parent: l,
                });
            }
        }
    }
    None
}

#[derive(Clone, Copy)]
struct Label {
    node: u32,
    key: Key,
    parent: u32,
    /// The label before it at the same offer, in the chain from
    /// [`Labels::heads`].
    next: u32,
    dead: bool,
}

/// A label to add, with the bound on what remains from its offer.
#[derive(Clone, Copy)]
struct Entry {
    node: u32,
    key: Key,
    estimate: Key,
    parent: u32,
}

/// Every label made, the live ones at each offer, and the queue.
struct Labels<'h> {
    all: Vec<Label>,
    /// The latest live label at each offer: the live labels are chained
    /// through [`Label::next`], so there is no list to allocate per offer.
    heads: &'h mut Slots<u32>,
    /// Labels by key + estimate (A*).
    queue: Queue,
}

impl Labels<'_> {
    /// Adds a label unless one at the same offer ends no later with no
    /// more hours; drops the labels it beats.
    fn insert(&mut self, entry: Entry) {
        let Entry {
            node,
            key,
            estimate,
            parent,
        } = entry;
        let beats = |a: Key, b: Key| a.0[0] <= b.0[0] && a.0[1] <= b.0[1];
        let labels = &mut self.all;
        let first = self.heads.values[node as usize];
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
            self.heads.touched.push(node);
        }
        let id = u32::try_from(labels.len()).expect("fewer than 2^32 labels");
        labels.push(Label {
            node,
            key,
            parent,
            next: kept,
            dead: false,
        });
        self.heads.values[node as usize] = id;
        self.queue.push(Reverse((key.plus(estimate), id)));
    }
}
