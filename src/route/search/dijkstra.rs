//! Dijkstra's algorithm, with A* when the aim has a guide: for the static
//! criteria, whose keys add up along a route.

use std::cmp::Reverse;

use petgraph::visit::{EdgeRef, IntoEdges};

use super::slots::Slots;
use super::state::{Queue, State, UNREACHED};
use super::{Walk, walk_back};
use crate::model::OfferIx;
use crate::route::cost::Key;

/// The best route of the walk from any of `sources` (offer, key so far).
pub fn shortest<'s, G, E>(
    walk: &Walk<'_, '_, G, E>,
    sources: impl Iterator<Item = &'s (OfferIx, Key)>,
) -> Option<Vec<OfferIx>>
where
    G: IntoEdges<NodeId = u32, EdgeWeight = u32> + Copy,
    E: Fn(u32) -> bool,
{
    let offers = walk.problem.allowed.len();
    walk.problem
        .states
        .borrow_mut()
        .lend(offers, |states| search(walk, sources, states))
}

/// [`shortest`] in `states` (all unreached), noting every offer it writes.
fn search<'s, G, E>(
    walk: &Walk<'_, '_, G, E>,
    sources: impl Iterator<Item = &'s (OfferIx, Key)>,
    states: &mut Slots<State>,
) -> Option<Vec<OfferIx>>
where
    G: IntoEdges<NodeId = u32, EdgeWeight = u32> + Copy,
    E: Fn(u32) -> bool,
{
    let Walk {
        problem, aim, ends, ..
    } = walk;
    let Slots {
        values: at,
        touched,
        ..
    } = states;
    // Ordered by key + estimate (A*). An offer is settled the first time
    // it leaves the queue; entries left behind by a better key come later.
    let mut heap = Queue::new();
    let mut settled = 0;
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
        settled += 1;
        if aim.past_limit(f) || problem.halted(settled) {
            return None;
        }
        if ends(v) {
            let path = walk_back(v, |n| at[n as usize].parent);
            return Some(path.into_iter().map(OfferIx).collect());
        }
        let key = here.key;
        for e in walk.view.edges(v) {
            let w = e.target();
            let there = &mut at[w as usize];
            if there.settled {
                continue;
            }
            let Some(next) = problem.then(key, v, w, problem.graph.edge_data(*e.weight())) else {
                continue;
            };
            if next < there.key
                && let Some(estimate) = aim.estimate(w)
            {
                if there.key == UNREACHED.key {
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
