//! Bodies, centres, agreements, competences and occupations: the items
//! offers and links refer to.

use super::{Resolver, at, is_country};
use crate::load::Severity;
use crate::load::locate::{Seg, find_path, item_offsets};
use crate::load::parse::Item;
use crate::model::file::{
    AgreementRecord, CentreRecord, CompetenceRecord, OccupationRecord, ProviderRecord,
};
use crate::model::{
    Agreement, AgreementIx, Catalogue, Centre, CentreIx, Competence, CompetenceIx, Occupation,
    OccupationIx, Provider, ProviderIx,
};

impl Resolver<'_> {
    pub(super) fn provider(&mut self, f: usize, item: &Item<ProviderRecord>, cat: &mut Catalogue) {
        let rec = &item.record;
        let keep = self.check_new_id(
            |r| &mut r.providers,
            &rec.id,
            f,
            item.offset,
            &[Seg::Key("id")],
        );
        let ix = ProviderIx::new(cat.providers.len());
        Self::register(
            &mut self.providers,
            &rec.id,
            keep.then_some(ix),
            f,
            item.offset,
        );
        if !is_country(&rec.country) {
            self.problem(
                Severity::Warning,
                f,
                at(item.offset, &[Seg::Key("country")]),
                format!(
                    "country \"{}\" is not an ISO 3166-1 alpha-2 code such as FR or BE",
                    rec.country
                ),
            );
        }
        let centre_offsets = if rec.centres.is_empty() {
            Vec::new()
        } else {
            let text = self.lines[f].text();
            find_path(text, item.offset, &[Seg::Key("centres")], false)
                .map(|list| item_offsets(text, list))
                .unwrap_or_default()
        };
        let mut centres = Vec::new();
        for (j, centre) in rec.centres.iter().enumerate() {
            let offset = centre_offsets.get(j).copied().unwrap_or(item.offset);
            if let Some(c) = self.centre(f, offset, centre, ix, keep, cat) {
                centres.push(c);
            }
        }
        if keep {
            cat.providers.push(Provider {
                id: rec.id.clone(),
                name: rec.name.clone(),
                country: rec.country.clone(),
                kind: rec.kind.clone(),
                region: rec.region.clone(),
                url: rec.url.clone(),
                centres,
                origin: self.origin(f, item.offset),
            });
        }
    }

    pub(super) fn centre(
        &mut self,
        f: usize,
        offset: usize,
        rec: &CentreRecord,
        provider: ProviderIx,
        provider_kept: bool,
        cat: &mut Catalogue,
    ) -> Option<CentreIx> {
        let keep = self.check_new_id(|r| &mut r.centres, &rec.id, f, offset, &[Seg::Key("id")])
            && provider_kept;
        let ix = CentreIx::new(cat.centres.len());
        Self::register(&mut self.centres, &rec.id, keep.then_some(ix), f, offset);
        for (name, value, limit) in [("lat", rec.lat, 90.0), ("lon", rec.lon, 180.0)] {
            if !(-limit..=limit).contains(&value) {
                self.error(
                    f,
                    at(offset, &[Seg::Key(name)]),
                    format!(
                        "{name} {value} is out of range: it must lie between -{limit} and {limit}"
                    ),
                );
            }
        }
        if let Some(country) = &rec.country
            && !is_country(country)
        {
            self.problem(
                Severity::Warning,
                f,
                at(offset, &[Seg::Key("country")]),
                format!("country \"{country}\" is not an ISO 3166-1 alpha-2 code such as FR or BE"),
            );
        }
        if !keep {
            return None;
        }
        cat.centres.push(Centre {
            id: rec.id.clone(),
            provider,
            name: rec.name.clone(),
            city: rec.city.clone(),
            region: rec.region.clone(),
            country: rec.country.clone(),
            lat: rec.lat,
            lon: rec.lon,
            origin: self.origin(f, offset),
        });
        Some(ix)
    }

    pub(super) fn agreement(
        &mut self,
        f: usize,
        item: &Item<AgreementRecord>,
        cat: &mut Catalogue,
    ) {
        let (rec, base) = (&item.record, item.offset);
        let keep = self.check_new_id(|r| &mut r.agreements, &rec.id, f, base, &[Seg::Key("id")]);
        let ix = AgreementIx::new(cat.agreements.len());
        Self::register(&mut self.agreements, &rec.id, keep.then_some(ix), f, base);
        let mut parties: Vec<ProviderIx> = Vec::new();
        for (i, party) in rec.parties.iter().enumerate() {
            let place = at(base, &[Seg::Key("parties"), Seg::Index(i)]);
            if let Ok(p) = self.reference(|r| &mut r.providers, party, f, place)
                && !parties.contains(&p)
            {
                parties.push(p);
            }
        }
        let mut distinct: Vec<&str> = rec.parties.iter().map(String::as_str).collect();
        distinct.sort_unstable();
        distinct.dedup();
        if distinct.len() < 2 {
            self.error(
                f,
                at(base, &[Seg::Key("parties")]),
                format!(
                    "an agreement needs at least two distinct parties; this one names {}",
                    match distinct.as_slice() {
                        [] => "none".to_owned(),
                        [one] => format!("only \"{one}\""),
                        _ => unreachable!(),
                    }
                ),
            );
        }
        let signed = rec
            .signed
            .as_ref()
            .and_then(|d| self.date(d, f, at(base, &[Seg::Key("signed")])));
        let until = rec
            .until
            .as_ref()
            .and_then(|d| self.date(d, f, at(base, &[Seg::Key("until")])));
        if let (Some(s), Some(u)) = (signed, until)
            && u < s
        {
            self.problem(
                Severity::Warning,
                f,
                at(base, &[Seg::Key("until")]),
                format!("this agreement ends ({u}) before it is signed ({s})"),
            );
        }
        if keep {
            cat.agreements.push(Agreement {
                id: rec.id.clone(),
                title: rec.title.clone(),
                parties,
                signed,
                until,
                programme: rec.programme.clone(),
                url: rec.url.clone(),
                note: rec.note.clone(),
                origin: self.origin(f, base),
            });
        }
    }

    pub(super) fn competence(
        &mut self,
        f: usize,
        item: &Item<CompetenceRecord>,
        cat: &mut Catalogue,
    ) {
        let rec = &item.record;
        let keep = self.check_new_id(
            |r| &mut r.competences,
            &rec.id,
            f,
            item.offset,
            &[Seg::Key("id")],
        );
        let ix = CompetenceIx::new(cat.competences.len());
        Self::register(
            &mut self.competences,
            &rec.id,
            keep.then_some(ix),
            f,
            item.offset,
        );
        if keep {
            cat.competences.push(Competence {
                id: rec.id.clone(),
                label: rec.label.clone(),
                esco: rec.esco.clone(),
                description: rec.description.clone(),
                origin: self.origin(f, item.offset),
            });
        }
    }

    pub(super) fn occupation(
        &mut self,
        f: usize,
        item: &Item<OccupationRecord>,
        cat: &mut Catalogue,
    ) {
        let rec = &item.record;
        let keep = self.check_new_id(
            |r| &mut r.occupations,
            &rec.id,
            f,
            item.offset,
            &[Seg::Key("id")],
        );
        let ix = OccupationIx::new(cat.occupations.len());
        Self::register(
            &mut self.occupations,
            &rec.id,
            keep.then_some(ix),
            f,
            item.offset,
        );
        if keep {
            cat.occupations.push(Occupation {
                id: rec.id.clone(),
                label: rec.label.clone(),
                rome: rec.rome.clone(),
                esco: rec.esco.clone(),
                origin: self.origin(f, item.offset),
            });
        }
    }
}
