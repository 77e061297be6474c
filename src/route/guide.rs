//! A lower bound on what remains from each offer to a target, for A*.
//!
//! Yen's spur searches are many searches towards the same targets, so one
//! search backwards from the targets pays for itself: from every offer it
//! settles, it knows the least that remains, and each spur search then
//! goes almost straight to its target. Bans in a spur search only make
//! the way dearer, so the bound never overestimates.
//!
//! The backward search is not run to the end: it settles offers in order
//! of what remains and stops once it has passed what the spur searches can
//! use (see [`Guide::extend_to`]). An offer it has not settled yet is at
//! least as far as the search's frontier, so the frontier is its bound.
//! That bound stays consistent (a step never lowers key + bound), so A*
//! settles each offer once. When the backward search has run out, an
//! offer it never reached cannot reach a target.
//!
//! Finish dates depend on the day a step is ready, not only on the offer,
//! but every step takes at least a known number of days (see
//! [`super::cost::min_days`]); those days, with the hours, make the bound
//! for the finish criterion.

use std::cmp::Reverse;

use super::Criterion;
use super::cost::{Key, min_days};
use super::search::{Problem, Queue, State, UNREACHED, top};
use crate::model::OfferIx;

/// The backward search, resumable.
pub struct Guide {
    /// Of each offer: the least remaining key the search has found, and
    /// whether it is final.
    at: Vec<State>,
    heap: Queue,
}

impl Guide {
    /// A search started at the problem's targets, nothing settled yet.
    pub fn new(problem: &Problem<'_>) -> Self {
        let mut at = vec![UNREACHED; problem.allowed.len()];
        let mut heap = Queue::new();
        for (t, _) in problem.is_target.iter().enumerate().filter(|(_, t)| **t) {
            at[t].key = Key::ZERO;
            heap.push(Reverse((Key::ZERO, OfferIx::new(t).0)));
        }
        Self { at, heap }
    }

    /// Settles every offer from which at most `bound` remains.
    pub fn extend_to(&mut self, problem: &Problem<'_>, bound: Key) {
        let (graph, criterion) = (problem.graph, problem.criterion);
        let seams_first = criterion == Criterion::Seams;
        let back = graph.backward();
        let mut settled = 0;
        while let Some((key, v)) = top(&mut self.heap, |v| self.at[v as usize].settled) {
            settled += 1;
            // Stopped short, the guide still bounds what remains: its
            // frontier is below every offer it has not settled.
            if key > bound || problem.halted(settled) {
                break;
            }
            self.heap.pop();
            self.at[v as usize].settled = true;
            for (&u, step) in back.neighbors_slice(v).iter().zip(back.edges_slice(v)) {
                if !problem.allowed[u as usize] {
                    continue;
                }
                let slot = &mut self.at[u as usize];
                if slot.settled {
                    continue;
                }
                let (hours, seam) = step.way(seams_first);
                let step = match criterion {
                    Criterion::Finish => Key([min_days(graph, OfferIx(v), hours), hours, 1.0]),
                    _ => Key::step(graph, criterion, OfferIx(u), OfferIx(v), (hours, seam)),
                };
                let next = step.plus(key);
                if next < slot.key {
                    slot.key = next;
                    self.heap.push(Reverse((next, u)));
                }
            }
        }
    }

    /// The least that remains from `offer` to a target, as far as the
    /// search knows; none when no target can be reached from it.
    pub fn estimate(&self, offer: u32) -> Option<Key> {
        let State { key, settled, .. } = self.at[offer as usize];
        if settled {
            return Some(key);
        }
        // Entries left behind by a better key are never above the
        // frontier, so the top of the heap is a bound either way.
        self.heap.peek().map(|Reverse((key, _))| *key)
    }
}
