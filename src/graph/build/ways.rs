//! Every way from one offer to another, by the offer it leaves: those
//! written in links, and the inferred progressions.

use crate::graph::buckets::{Buckets, Counting};
use crate::graph::{EdgeKind, Via};
use crate::model::{Catalogue, CoveredPairs, LinkKind, ProviderIx};

/// What deciding a way's step hours and seam needs, in compact arrays.
pub struct Ways {
    provider: Vec<ProviderIx>,
    hours: Vec<f64>,
    cover: CoveredPairs,
}

impl Ways {
    pub fn new(cat: &Catalogue) -> Self {
        Self {
            provider: cat.offers.iter().map(|o| o.provider).collect(),
            hours: cat.offers.iter().map(|o| o.hours).collect(),
            cover: cat.covered_pairs(),
        }
    }

    /// The way from `from` to `to` crediting `credit` hours; `named` when
    /// an agreement backs it (no seam then).
    pub fn way(&self, kind: EdgeKind, from: u32, to: u32, credit: f64, named: bool) -> Via {
        let (pa, pb) = (self.provider[from as usize], self.provider[to as usize]);
        Via::new(
            kind,
            (self.hours[to as usize] - credit).max(0.0),
            pa != pb && !named && !self.cover.covers(pa, pb),
        )
    }

    /// An inferred progression's way: nothing credited, no agreement.
    pub fn inferred(&self, from: u32, to: u32) -> Via {
        self.way(EdgeKind::Inferred, from, to, 0.0, false)
    }
}

/// Every way written in links as `(target, way)`, by source: progressions
/// and bridges one way, equivalences both. The links are read twice in
/// plain loops: the same with iterators runs a third more instructions.
pub fn written(cat: &Catalogue, ways: &Ways) -> Buckets<(u32, Via)> {
    let mut counting = Counting::new(cat.offers.len());
    for link in &cat.links {
        counting.count(link.from.index());
        if link.kind == LinkKind::Equivalence {
            counting.count(link.to.index());
        }
    }
    let mut placing = counting.placing((0, Via::new(EdgeKind::Inferred, 0.0, false)));
    for (i, link) in cat.links.iter().enumerate() {
        let kind = EdgeKind::Link(u32::try_from(i).expect("fewer than 2^32 links"));
        let named = link.agreement.is_some();
        let (a, b) = (link.from.0, link.to.0);
        match link.kind {
            LinkKind::Progression | LinkKind::Bridge => {
                let credit = link.credit_hours.unwrap_or(0.0);
                placing.put(a as usize, (b, ways.way(kind, a, b, credit, named)));
            }
            // An equivalence recognises the whole offer entered.
            LinkKind::Equivalence => {
                let (hours_a, hours_b) = (ways.hours[a as usize], ways.hours[b as usize]);
                placing.put(a as usize, (b, ways.way(kind, a, b, hours_b, named)));
                placing.put(b as usize, (a, ways.way(kind, b, a, hours_a, named)));
            }
        }
    }
    placing.done()
}

/// The inferred progressions (`pairs` from [`crate::graph::infer`]) as
/// targets by source. Their ways are made, and those a written link
/// already makes dropped, as each source's ways are collapsed.
pub fn inferred(offers: usize, pairs: &[(u32, u32)]) -> Buckets<u32> {
    Buckets::new(
        offers,
        pairs.iter().map(|p| p.0 as usize),
        pairs.iter().map(|&(a, b)| (a as usize, b)),
        0,
    )
}
