//! Sizes and make-up of a catalogue, for `parcours stats` and the header.

use std::collections::{BTreeMap, HashSet};

use serde::Serialize;

use crate::graph::infer;
use crate::model::{Catalogue, Date, LinkKind, OfferIx};

/// Counts of everything in a catalogue.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Stats {
    pub files: usize,
    pub providers: usize,
    pub centres: usize,
    pub agreements: usize,
    pub competences: usize,
    pub occupations: usize,
    pub offers: usize,
    pub links: usize,
    /// Links by kind, in the format's order.
    pub links_by_kind: BTreeMap<&'static str, usize>,
    /// Progressions inferred from competences (B requires ⊆ A grants).
    pub inferred_progressions: usize,
    pub sessions: usize,
    pub first_session: Option<Date>,
    pub last_session: Option<Date>,
    /// Offers with no session: open entry.
    pub open_entry_offers: usize,
    pub providers_by_country: BTreeMap<String, usize>,
    /// Offers of each provider, by provider id.
    pub offers_by_provider: BTreeMap<String, usize>,
    /// Offers of each sector; offers without one count under "".
    pub offers_by_sector: BTreeMap<String, usize>,
}

impl Stats {
    pub fn of(cat: &Catalogue) -> Self {
        let mut links_by_kind: BTreeMap<&'static str, usize> =
            LinkKind::ALL.iter().map(|k| (k.as_str(), 0)).collect();
        for link in &cat.links {
            *links_by_kind.entry(link.kind.as_str()).or_default() += 1;
        }
        // Inferred edges exist only where no link already joins the pair
        // in that direction (DESIGN.md, "The pathway graph").
        let explicit: HashSet<(OfferIx, OfferIx)> = cat
            .links
            .iter()
            .flat_map(|k| {
                let back = (k.kind == LinkKind::Equivalence).then_some((k.to, k.from));
                std::iter::once((k.from, k.to)).chain(back)
            })
            .collect();
        let mut inferred_progressions = 0;
        infer::for_each_pair(cat, |a, b| {
            inferred_progressions += usize::from(!explicit.contains(&(a, b)));
        });
        let sessions = cat.offers.iter().flat_map(|o| &o.sessions);
        let mut providers_by_country = BTreeMap::new();
        for p in &cat.providers {
            *providers_by_country.entry(p.country.clone()).or_default() += 1;
        }
        let mut offers_by_provider = BTreeMap::new();
        let mut offers_by_sector = BTreeMap::new();
        for o in &cat.offers {
            *offers_by_provider
                .entry(cat.provider(o.provider).id.clone())
                .or_default() += 1;
            *offers_by_sector
                .entry(o.sector.clone().unwrap_or_default())
                .or_default() += 1;
        }
        Self {
            files: cat.files.len(),
            providers: cat.providers.len(),
            centres: cat.centres.len(),
            agreements: cat.agreements.len(),
            competences: cat.competences.len(),
            occupations: cat.occupations.len(),
            offers: cat.offers.len(),
            links: cat.links.len(),
            links_by_kind,
            inferred_progressions,
            sessions: sessions.clone().count(),
            first_session: sessions.clone().map(|s| s.start).min(),
            last_session: sessions.map(|s| s.end).max(),
            open_entry_offers: cat.offers.iter().filter(|o| o.sessions.is_empty()).count(),
            providers_by_country,
            offers_by_provider,
            offers_by_sector,
        }
    }
}
