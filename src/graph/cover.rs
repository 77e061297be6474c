//! Which pairs of bodies an agreement covers: a step between two of them
//! is no seam (DESIGN.md, "The pathway graph").

use crate::model::{Catalogue, ProviderIx};

/// For every ordered pair of providers, whether some agreement counts both
/// among its parties: made once per catalogue, where asking the
/// agreements would cost a search for every link between two bodies.
pub struct AgreementCover {
    providers: usize,
    /// `covered[a * providers + b]`.
    covered: Vec<bool>,
}

impl AgreementCover {
    pub fn new(cat: &Catalogue) -> Self {
        let providers = cat.providers.len();
        let mut covered = vec![false; providers * providers];
        for agreement in &cat.agreements {
            for &a in &agreement.parties {
                for &b in &agreement.parties {
                    covered[a.index() * providers + b.index()] = true;
                }
            }
        }
        Self { providers, covered }
    }

    /// Whether some agreement names both `a` and `b` (a provider with
    /// itself only when an agreement names it).
    pub fn covers(&self, a: ProviderIx, b: ProviderIx) -> bool {
        self.covered[a.index() * self.providers + b.index()]
    }
}
