//! What a best-first search keeps: a state per offer, and a queue of
//! offers by key.

use std::cmp::Reverse;
use std::collections::BinaryHeap;

use super::NONE;
use crate::route::cost::Key;

/// Where a search stands at one offer.
#[derive(Clone, Copy)]
pub struct State {
    /// The best key found so far.
    pub key: Key,
    /// The offer the search reached this one from: the one before it on
    /// the best way found or, searching backwards, the one after.
    pub parent: u32,
    /// Whether `key` is final.
    pub settled: bool,
}

pub const UNREACHED: State = State {
    key: Key::INFINITE,
    parent: NONE,
    settled: false,
};

/// Offers by key (plus any estimate), least first. An offer goes in again
/// each time its key improves; the entries left behind surface after it
/// is settled, to be dropped.
pub type Queue = BinaryHeap<Reverse<(Key, u32)>>;

/// The least entry of the queue whose offer is not settled, left in the
/// queue; the entries above it, of settled offers, are dropped.
pub fn top(queue: &mut Queue, settled: impl Fn(u32) -> bool) -> Option<(Key, u32)> {
    while let Some(&Reverse((key, v))) = queue.peek() {
        if !settled(v) {
            return Some((key, v));
        }
        queue.pop();
    }
    None
}
