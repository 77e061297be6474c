//! The best route by a static criterion, searched from both ends at once.
//!
//! Hours and cost settle a large part of the catalogue before a one-way
//! search reaches the target: many steps cost nothing (equivalences, full
//! credits). Searching forwards from the start and backwards from the
//! targets, each side only goes about half the way, and the two balls
//! together hold far fewer offers than the one.
//!
//! The keys are lexicographic triples added component-wise: an ordered
//! group, so the textbook rule holds. Every step either side takes
//! updates the best route met so far (`forward key + step + backward key`
//! wherever both sides have reached an offer); the search stops when the
//! two queue tops together can no longer beat it. A route that meets
//! itself through a cycle of steps that cost nothing is cut short, which
//! keeps it simple and no dearer.

use std::cmp::Reverse;

use super::Criterion;
use super::cost::Key;
use super::search::{NONE, Problem, Queue, State, UNREACHED, top, walk_back};
use crate::model::OfferIx;

const FORWARD: usize = 0;
const BACKWARD: usize = 1;

/// Both sides' states at each offer side by side: meeting checks read the
/// other side where this one just wrote. A side's parent is the next offer
/// towards its end.
type Sides = Vec<[State; 2]>;

/// The best route met so far, and the offer where its halves meet.
struct Met {
    best: Key,
    meet: u32,
}

impl Met {
    fn offer(&mut self, through: Key, at: u32) {
        if through < self.best {
            self.best = through;
            self.meet = at;
        }
    }
}

/// Settles the nearest offer of the forward queue and steps out of it.
fn grow_forward(problem: &Problem<'_>, sides: &mut Sides, queue: &mut Queue, met: &mut Met) {
    let Some(Reverse((key, v))) = queue.pop() else {
        return;
    };
    let graph = problem.graph;
    let seams_first = problem.criterion == Criterion::Seams;
    sides[v as usize][FORWARD].settled = true;
    let g = graph.forward();
    for (&w, &edge) in g.neighbors_slice(v).iter().zip(g.edges_slice(v)) {
        if !problem.allowed[w as usize] {
            continue;
        }
        let [there, other] = &mut sides[w as usize];
        if there.settled {
            continue;
        }
        let via = graph.edge_data(edge).via(seams_first);
        let way = (via.step_hours, via.seam);
        let step = Key::step(graph, problem.criterion, OfferIx(v), OfferIx(w), way);
        let next = key.plus(step);
        if next < there.key {
            there.key = next;
            there.parent = v;
            queue.push(Reverse((next, w)));
            met.offer(next.plus(other.key), w);
        }
    }
}

/// Settles the nearest offer of the backward queue and steps back from it.
fn grow_backward(problem: &Problem<'_>, sides: &mut Sides, queue: &mut Queue, met: &mut Met) {
    let Some(Reverse((key, v))) = queue.pop() else {
        return;
    };
    let graph = problem.graph;
    let seams_first = problem.criterion == Criterion::Seams;
    sides[v as usize][BACKWARD].settled = true;
    let g = graph.backward();
    for (&u, step) in g.neighbors_slice(v).iter().zip(g.edges_slice(v)) {
        if !problem.allowed[u as usize] {
            continue;
        }
        let [other, there] = &mut sides[u as usize];
        if there.settled {
            continue;
        }
        let way = step.way(seams_first);
        let next = Key::step(graph, problem.criterion, OfferIx(u), OfferIx(v), way).plus(key);
        if next < there.key {
            there.key = next;
            there.parent = v;
            queue.push(Reverse((next, u)));
            met.offer(other.key.plus(next), u);
        }
    }
}

/// The best route from the problem's sources to a target, for any
/// criterion but finish (whose steps depend on the day they are ready).
pub fn best(problem: &Problem<'_>) -> Option<Vec<OfferIx>> {
    debug_assert!(problem.criterion != Criterion::Finish);
    let mut sides: Sides = vec![[UNREACHED; 2]; problem.allowed.len()];
    let mut queues = [Queue::new(), Queue::new()];
    for &(o, key) in &problem.sources {
        let here = &mut sides[o.index()][FORWARD];
        if key < here.key {
            here.key = key;
            queues[FORWARD].push(Reverse((key, o.0)));
        }
    }
    for (t, _) in problem.is_target.iter().enumerate().filter(|(_, t)| **t) {
        sides[t][BACKWARD].key = Key::ZERO;
        queues[BACKWARD].push(Reverse((Key::ZERO, OfferIx::new(t).0)));
    }
    let origin = problem
        .sources
        .iter()
        .map(|(_, key)| *key)
        .min()
        .unwrap_or(Key::ZERO);
    let mut met = Met {
        best: Key::INFINITE,
        meet: NONE,
    };
    for &(o, key) in &problem.sources {
        if problem.is_target[o.index()] {
            met.offer(key, o.0);
        }
    }
    let [fq, bq] = &mut queues;
    let top_key = |queue: &mut Queue, sides: &Sides, side: usize| {
        top(queue, |v| sides[v as usize][side].settled).map(|(key, _)| key)
    };
    let mut grown = 0;
    while let (Some(f), Some(b)) = (top_key(fq, &sides, FORWARD), top_key(bq, &sides, BACKWARD)) {
        if f.plus(b) >= met.best {
            break;
        }
        grown += 1;
        if problem.halted(grown) {
            return None;
        }
        // Grow the side whose frontier is nearer its end: the two balls
        // then meet about halfway. (The forward keys begin with the first
        // offer's own figures.)
        if f.minus(origin) <= b {
            grow_forward(problem, &mut sides, fq, &mut met);
        } else {
            grow_backward(problem, &mut sides, bq, &mut met);
        }
    }
    let Met { meet, .. } = met;
    if meet == NONE {
        return None;
    }
    let mut path = walk_back(meet, |v| sides[v as usize][FORWARD].parent);
    let mut at = sides[meet as usize][BACKWARD].parent;
    while at != NONE {
        path.push(at);
        at = sides[at as usize][BACKWARD].parent;
    }
    Some(simple(path).into_iter().map(OfferIx).collect())
}

/// Cuts the cycles out of a walk: from the first visit of an offer
/// straight to the step after its last.
fn simple(walk: Vec<u32>) -> Vec<u32> {
    let mut path: Vec<u32> = Vec::with_capacity(walk.len());
    for o in walk {
        if let Some(at) = path.iter().position(|p| *p == o) {
            path.truncate(at);
        }
        path.push(o);
    }
    path
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cycles_are_cut_from_walks() {
        assert_eq!(simple(vec![1, 2, 3]), [1, 2, 3]);
        assert_eq!(simple(vec![1, 2, 3, 2, 4]), [1, 2, 4]);
        assert_eq!(simple(vec![1, 2, 1, 3]), [1, 3]);
    }
}
