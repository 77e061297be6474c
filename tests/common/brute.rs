//! The brute force: every simple path from a start to a target, through
//! every choice of parallel ways.

use std::cmp::Ordering;
use std::collections::HashMap;

use super::oracle::{Alt, Oracle, cmp_tuple};
use super::spec::Req;

/// Each path found, with its best tuple.
pub type Paths = HashMap<Vec<usize>, Vec<f64>>;

impl Oracle<'_> {
    /// Every simple path from a start to a target through allowed offers,
    /// passing other targets or not, with its best tuple. None when the
    /// search exceeds `budget` path extensions.
    pub fn brute(&self, req: &Req, budget: usize) -> Option<Paths> {
        let n = self.spec.offers.len();
        let mut walk = Walk {
            oracle: self,
            req,
            allowed: (0..n).map(|o| self.allowed(&req.cons, o)).collect(),
            target: (0..n).map(|o| self.is_target(req, o)).collect(),
            path: Vec::new(),
            chosen: Vec::new(),
            found: HashMap::new(),
            budget,
        };
        for s in (0..n).filter(|&o| self.is_start(req, o)) {
            walk.path = vec![s];
            if !walk.extend() {
                return None;
            }
        }
        Some(walk.found)
    }
}

/// A depth-first walk over simple paths, and what it has found.
struct Walk<'o, 's> {
    oracle: &'o Oracle<'s>,
    req: &'o Req,
    allowed: Vec<bool>,
    target: Vec<bool>,
    /// The path so far, and the way into each of its offers but the first.
    path: Vec<usize>,
    chosen: Vec<Alt>,
    found: Paths,
    /// Path extensions left before giving up.
    budget: usize,
}

impl Walk<'_, '_> {
    /// Records the path if it ends at a target, then every extension of
    /// it; false when the budget ran out.
    fn extend(&mut self) -> bool {
        let Some(budget) = self.budget.checked_sub(1) else {
            return false;
        };
        self.budget = budget;
        let last = *self.path.last().unwrap();
        if self.target[last] {
            let e = self
                .oracle
                .eval(&self.path, &self.chosen, self.req.start_day);
            if let Some(t) = e.tuple(self.req.criterion) {
                match self.found.get_mut(&self.path) {
                    Some(best) => {
                        if cmp_tuple(&t, best) == Ordering::Less {
                            *best = t;
                        }
                    }
                    None => {
                        self.found.insert(self.path.clone(), t);
                    }
                }
            }
        }
        for next in 0..self.allowed.len() {
            if !self.allowed[next] || self.path.contains(&next) {
                continue;
            }
            for &alt in &self.oracle.alts[last][next] {
                self.path.push(next);
                self.chosen.push(alt);
                let ok = self.extend();
                self.path.pop();
                self.chosen.pop();
                if !ok {
                    return false;
                }
            }
        }
        true
    }
}
