//! Progressions inferred from competences: A → B whenever B requires
//! something and everything B requires, A grants.
//!
//! Pairs are found through an index from each competence to the offers
//! that grant it, starting from the rarest competence each offer requires,
//! so the work grows with the number of candidate pairs, not with the
//! square of the catalogue.

use super::buckets::Buckets;
use crate::model::{Catalogue, CompetenceIx, OccupationIx, OfferIx};

/// Offers grouped by a key (a competence they grant, an occupation they
/// prepare), in offer order.
pub struct Index(Buckets<OfferIx>);

impl Index {
    /// Groups offers by the keys `keys_of` gives each (a key's position by
    /// `position`), among `keys` keys.
    pub fn new<'c, K: Copy + 'c>(
        catalogue: &'c Catalogue,
        keys: usize,
        keys_of: impl Fn(&'c crate::model::Offer) -> &'c [K],
        position: impl Fn(K) -> usize,
    ) -> Self {
        let keyed = || {
            catalogue.offers.iter().enumerate().flat_map(|(ix, offer)| {
                let position = &position;
                keys_of(offer)
                    .iter()
                    .map(move |&k| (position(k), OfferIx::new(ix)))
            })
        };
        Self(Buckets::new(
            keys,
            keyed().map(|(k, _)| k),
            keyed(),
            OfferIx(0),
        ))
    }

    /// The offers of a key (an offer listing it twice comes twice).
    pub fn get(&self, key: usize) -> &[OfferIx] {
        self.0.of(key)
    }

    /// Offers by the competences they grant.
    pub fn granting(catalogue: &Catalogue) -> Self {
        Self::new(
            catalogue,
            catalogue.competences.len(),
            |o| &o.grants,
            CompetenceIx::index,
        )
    }

    /// Offers by the occupations they prepare.
    pub fn preparing(catalogue: &Catalogue) -> Self {
        Self::new(
            catalogue,
            catalogue.occupations.len(),
            |o| &o.prepares,
            OccupationIx::index,
        )
    }
}

/// Calls `found(a, b)` for every inferred pair A → B (A ≠ B), each once,
/// grouped by B in offer order and then in order of A.
pub fn for_each_pair(catalogue: &Catalogue, found: impl FnMut(OfferIx, OfferIx)) {
    for_each_pair_in(catalogue, &Index::granting(catalogue), found);
}

/// [`for_each_pair`] with the catalogue's [`Index::granting`] already made.
pub fn for_each_pair_in(
    catalogue: &Catalogue,
    index: &Index,
    mut found: impl FnMut(OfferIx, OfferIx),
) {
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
            .min_by_key(|c| index.get(c.index()).len())
            .expect("requires is not empty");
        let mut last = None;
        for &a in index.get(rarest.index()) {
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
