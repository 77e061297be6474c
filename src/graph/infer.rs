//! Progressions inferred from competences: A → B whenever B requires
//! something and everything B requires, A grants.
//!
//! Pairs are found through an index from each competence to the offers
//! that grant it, starting from the rarest competence each offer requires,
//! so the work grows with the number of candidate pairs, not with the
//! square of the catalogue.

use crate::model::{Catalogue, CompetenceIx, OfferIx};

/// For each competence, the offers that grant it, in offer order.
pub struct GrantIndex {
    starts: Vec<u32>,
    offers: Vec<OfferIx>,
}

impl GrantIndex {
    pub fn new(catalogue: &Catalogue) -> Self {
        let mut counts = vec![0u32; catalogue.competences.len() + 1];
        for offer in &catalogue.offers {
            for c in &offer.grants {
                counts[c.index() + 1] += 1;
            }
        }
        for i in 1..counts.len() {
            counts[i] += counts[i - 1];
        }
        let starts = counts.clone();
        let mut offers = vec![OfferIx(0); counts.last().copied().unwrap_or(0) as usize];
        let mut next = counts;
        for (ix, offer) in catalogue.offers.iter().enumerate() {
            for c in &offer.grants {
                let slot = &mut next[c.index()];
                offers[*slot as usize] = OfferIx::new(ix);
                *slot += 1;
            }
        }
        Self { starts, offers }
    }

    /// The offers that grant a competence (an offer granting it twice is
    /// listed twice).
    pub fn granting(&self, c: CompetenceIx) -> &[OfferIx] {
        &self.offers[self.starts[c.index()] as usize..self.starts[c.index() + 1] as usize]
    }
}

/// Calls `found(a, b)` for every inferred pair A → B (A ≠ B), each once,
/// grouped by B in offer order and then in order of A.
pub fn for_each_pair(catalogue: &Catalogue, mut found: impl FnMut(OfferIx, OfferIx)) {
    let index = GrantIndex::new(catalogue);
    // Each offer's grants, sorted, in one flat list: the subset checks below
    // read contiguous memory rather than whole offers.
    let mut grant_starts = Vec::with_capacity(catalogue.offers.len() + 1);
    let mut grants: Vec<CompetenceIx> = Vec::new();
    grant_starts.push(0);
    for offer in &catalogue.offers {
        let from = grants.len();
        grants.extend(&offer.grants);
        grants[from..].sort_unstable();
        grant_starts.push(grants.len());
    }
    let granted_by = |a: OfferIx| &grants[grant_starts[a.index()]..grant_starts[a.index() + 1]];
    let mut required: Vec<CompetenceIx> = Vec::new();
    for (b, offer) in catalogue.offers.iter().enumerate() {
        if offer.requires.is_empty() {
            continue;
        }
        let b = OfferIx::new(b);
        required.clear();
        required.extend(&offer.requires);
        required.sort_unstable();
        required.dedup();
        let rarest = *required
            .iter()
            .min_by_key(|c| index.granting(**c).len())
            .expect("requires is not empty");
        let mut last = None;
        for &a in index.granting(rarest) {
            if a == b || last == Some(a) {
                continue;
            }
            last = Some(a);
            let held = granted_by(a);
            if required.iter().all(|c| held.binary_search(c).is_ok()) {
                found(a, b);
            }
        }
    }
}
