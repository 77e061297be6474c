//! The whole catalogue, and finding items by id.

use std::path::PathBuf;

use super::id_index::IdIndex;
use super::{
    Agreement, AgreementIx, Centre, CentreIx, Competence, CompetenceIx, Occupation, OccupationIx,
    Offer, OfferIx, Provider, ProviderIx,
};

/// A file's position in [`Catalogue::files`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct FileIx(pub u32);

/// Where an item was written: its file, and the line and column (from 1) of
/// its opening brace.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Origin {
    pub file: FileIx,
    pub line: u32,
    pub column: u32,
}

/// One file the catalogue was read from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SourceFile {
    /// The name shown in messages: the path as given, or `sample/NAME` for
    /// the embedded sample.
    pub name: String,
    /// The file on disk, if the catalogue came from disk.
    pub path: Option<PathBuf>,
}

/// Ids to indices, one map per kind.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Lookup {
    pub(crate) providers: IdIndex<ProviderIx>,
    pub(crate) centres: IdIndex<CentreIx>,
    pub(crate) agreements: IdIndex<AgreementIx>,
    pub(crate) competences: IdIndex<CompetenceIx>,
    pub(crate) occupations: IdIndex<OccupationIx>,
    pub(crate) offers: IdIndex<OfferIx>,
}

impl Lookup {
    pub fn provider(&self, id: &str) -> Option<ProviderIx> {
        self.providers.get(id).copied()
    }
    pub fn centre(&self, id: &str) -> Option<CentreIx> {
        self.centres.get(id).copied()
    }
    pub fn agreement(&self, id: &str) -> Option<AgreementIx> {
        self.agreements.get(id).copied()
    }
    pub fn competence(&self, id: &str) -> Option<CompetenceIx> {
        self.competences.get(id).copied()
    }
    pub fn occupation(&self, id: &str) -> Option<OccupationIx> {
        self.occupations.get(id).copied()
    }
    pub fn offer(&self, id: &str) -> Option<OfferIx> {
        self.offers.get(id).copied()
    }
}

/// A loaded, checked catalogue: every reference points at an item that
/// exists.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Catalogue {
    pub files: Vec<SourceFile>,
    pub providers: Vec<Provider>,
    pub centres: Vec<Centre>,
    pub agreements: Vec<Agreement>,
    pub competences: Vec<Competence>,
    pub occupations: Vec<Occupation>,
    pub offers: Vec<Offer>,
    pub links: Vec<super::Link>,
    pub lookup: Lookup,
}

impl Catalogue {
    pub fn provider(&self, ix: ProviderIx) -> &Provider {
        &self.providers[ix.index()]
    }
    pub fn centre(&self, ix: CentreIx) -> &Centre {
        &self.centres[ix.index()]
    }
    pub fn agreement(&self, ix: AgreementIx) -> &Agreement {
        &self.agreements[ix.index()]
    }
    pub fn competence(&self, ix: CompetenceIx) -> &Competence {
        &self.competences[ix.index()]
    }
    pub fn occupation(&self, ix: OccupationIx) -> &Occupation {
        &self.occupations[ix.index()]
    }
    pub fn offer(&self, ix: OfferIx) -> &Offer {
        &self.offers[ix.index()]
    }

    /// The country of a centre: its own, else its provider's.
    pub fn centre_country(&self, ix: CentreIx) -> &str {
        let centre = self.centre(ix);
        centre
            .country
            .as_deref()
            .unwrap_or(&self.provider(centre.provider).country)
    }

    /// The country of an offer: its centre's, else its provider's.
    pub fn offer_country(&self, ix: OfferIx) -> &str {
        let offer = self.offer(ix);
        match offer.centre {
            Some(centre) => self.centre_country(centre),
            None => &self.provider(offer.provider).country,
        }
    }

    /// Which pairs of providers some agreement names together, worked out
    /// once for checks made per link.
    pub fn covered_pairs(&self) -> CoveredPairs {
        let providers = self.providers.len();
        let mut covered = vec![false; providers * providers];
        for agreement in &self.agreements {
            for &a in &agreement.parties {
                for &b in &agreement.parties {
                    covered[a.index() * providers + b.index()] = true;
                }
            }
        }
        CoveredPairs { providers, covered }
    }

    /// The file and line an item was written at, as `FILE:LINE:COLUMN`.
    pub fn place(&self, origin: Origin) -> String {
        format!(
            "{}:{}:{}",
            self.files[origin.file.0 as usize].name, origin.line, origin.column
        )
    }
}

/// Which pairs of providers some agreement covers: a table of every pair,
/// so that the question costs one read (it is asked for every link that
/// crosses from one body to another). Made by [`Catalogue::covered_pairs`].
#[derive(Clone, Debug)]
pub struct CoveredPairs {
    providers: usize,
    /// `covered[a * providers + b]`: some agreement names both.
    covered: Vec<bool>,
}

impl CoveredPairs {
    /// Whether some agreement counts both `a` and `b` among its parties
    /// (a provider is covered with itself only by an agreement naming it).
    pub fn covers(&self, a: ProviderIx, b: ProviderIx) -> bool {
        self.covered[a.index() * self.providers + b.index()]
    }
}

#[cfg(test)]
mod tests {
    use crate::load::{Source, load};
    use crate::model::ProviderIx;

    #[test]
    fn covered_pairs_are_the_pairs_an_agreement_names() {
        let cat = load(&Source::Sample).catalogue.expect("the sample loads");
        let covered = cat.covered_pairs();
        let mut seen = [false; 2];
        for a in (0..cat.providers.len()).map(ProviderIx::new) {
            for b in (0..cat.providers.len()).map(ProviderIx::new) {
                let named = cat
                    .agreements
                    .iter()
                    .any(|ag| ag.parties.contains(&a) && ag.parties.contains(&b));
                assert_eq!(covered.covers(a, b), named, "{a:?} {b:?}");
                seen[usize::from(named)] = true;
            }
        }
        assert_eq!(seen, [true, true], "the sample has pairs of both kinds");
    }
}
