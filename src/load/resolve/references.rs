//! Bodies, centres, agreements, competences and occupations: the items
//! offers and links refer to.

use super::{ItemReport, Resolver, date, is_country, origin};
use crate::load::locate::Seg;
use crate::load::parse::{Item, ProviderItem};
use crate::load::place::Place;
use crate::load::records::{
    AgreementRecord, CentreRecord, CompetenceRecord, OccupationRecord, Text, owned,
};
use crate::model::{
    Agreement, AgreementIx, Catalogue, Centre, CentreIx, Competence, CompetenceIx, Occupation,
    OccupationIx, Provider, ProviderIx,
};

fn country_warning(country: &str) -> String {
    format!("country \"{country}\" is not an ISO 3166-1 alpha-2 code such as FR or BE")
}

impl<'a> Resolver<'a, '_> {
    pub fn provider(&mut self, f: usize, provider: ProviderItem<'a>, cat: &mut Catalogue) {
        let ProviderItem { item, centres } = provider;
        let (rec, base) = (item.record, item.place.offset);
        let keep = self.check_new_id(|r| &r.providers, rec.id.as_str(), f, base);
        let ix = ProviderIx::new(cat.providers.len());
        self.registries
            .providers
            .register(rec.id.as_str(), keep.then_some(ix), f, base);
        if !is_country(rec.country.as_str()) {
            self.report(f, base).warning(
                &[Seg::Key("country")],
                country_warning(rec.country.as_str()),
            );
        }
        let mut kept = Vec::new();
        for (centre, place) in rec.centres.into_iter().zip(centres) {
            if let Some(c) = self.centre(f, place, &centre, ix, keep, cat) {
                kept.push(c);
            }
        }
        if keep {
            cat.providers.push(Provider {
                id: rec.id.to_string(),
                name: rec.name.to_string(),
                country: rec.country.to_string(),
                kind: owned(rec.kind.as_ref()),
                region: owned(rec.region.as_ref()),
                url: owned(rec.url.as_ref()),
                centres: kept,
                origin: origin(f, item.place),
            });
        }
    }

    fn centre(
        &mut self,
        f: usize,
        place: Place,
        rec: &CentreRecord<'_>,
        provider: ProviderIx,
        provider_kept: bool,
        cat: &mut Catalogue,
    ) -> Option<CentreIx> {
        let offset = place.offset;
        let keep = self.check_new_id(|r| &r.centres, rec.id.as_str(), f, offset) && provider_kept;
        let ix = CentreIx::new(cat.centres.len());
        self.registries
            .centres
            .register(rec.id.as_str(), keep.then_some(ix), f, offset);
        let mut report = self.report(f, offset);
        for (name, value, limit) in [("lat", rec.lat, 90.0), ("lon", rec.lon, 180.0)] {
            if !(-limit..=limit).contains(&value) {
                report.error(
                    &[Seg::Key(name)],
                    format!(
                        "{name} {value} is out of range: it must lie between -{limit} and {limit}"
                    ),
                );
            }
        }
        if let Some(country) = &rec.country
            && !is_country(country.as_str())
        {
            report.warning(&[Seg::Key("country")], country_warning(country.as_str()));
        }
        if !keep {
            return None;
        }
        cat.centres.push(Centre {
            id: rec.id.to_string(),
            provider,
            name: rec.name.to_string(),
            city: rec.city.to_string(),
            region: owned(rec.region.as_ref()),
            country: owned(rec.country.as_ref()),
            lat: rec.lat,
            lon: rec.lon,
            origin: origin(f, place),
        });
        Some(ix)
    }

    pub fn agreement(&mut self, f: usize, item: Item<AgreementRecord<'a>>, cat: &mut Catalogue) {
        let (rec, base) = (item.record, item.place.offset);
        let keep = self.check_new_id(|r| &r.agreements, rec.id.as_str(), f, base);
        let ix = AgreementIx::new(cat.agreements.len());
        self.registries
            .agreements
            .register(rec.id.as_str(), keep.then_some(ix), f, base);
        let mut report = ItemReport::new(&mut self.pending, f, base);
        let mut parties: Vec<ProviderIx> = Vec::new();
        for (i, party) in rec.parties.iter().enumerate() {
            let path = &[Seg::Key("parties"), Seg::Index(i)];
            let found = self.registries.providers.find(party.as_str());
            if let Some(p) = report.found(found, path)
                && !parties.contains(&p)
            {
                parties.push(p);
            }
        }
        let mut distinct: Vec<&str> = rec.parties.iter().map(Text::as_str).collect();
        distinct.sort_unstable();
        distinct.dedup();
        if distinct.len() < 2 {
            report.error(
                &[Seg::Key("parties")],
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
        let mut read_date = |field: &'static str, text: Option<&Text<'_>>| {
            date(text?.as_str())
                .map_err(|message| report.error(&[Seg::Key(field)], message))
                .ok()
        };
        let signed = read_date("signed", rec.signed.as_ref());
        let until = read_date("until", rec.until.as_ref());
        if let (Some(s), Some(u)) = (signed, until)
            && u < s
        {
            report.warning(
                &[Seg::Key("until")],
                format!("this agreement ends ({u}) before it is signed ({s})"),
            );
        }
        if keep {
            cat.agreements.push(Agreement {
                id: rec.id.to_string(),
                title: rec.title.to_string(),
                parties,
                signed,
                until,
                programme: owned(rec.programme.as_ref()),
                url: owned(rec.url.as_ref()),
                note: owned(rec.note.as_ref()),
                origin: origin(f, item.place),
            });
        }
    }

    pub fn competence(&mut self, f: usize, item: Item<CompetenceRecord<'a>>, cat: &mut Catalogue) {
        let (rec, base) = (item.record, item.place.offset);
        let keep = self.check_new_id(|r| &r.competences, rec.id.as_str(), f, base);
        let ix = CompetenceIx::new(cat.competences.len());
        self.registries
            .competences
            .register(rec.id.as_str(), keep.then_some(ix), f, base);
        if keep {
            cat.competences.push(Competence {
                id: rec.id.to_string(),
                label: rec.label.to_string(),
                esco: owned(rec.esco.as_ref()),
                description: owned(rec.description.as_ref()),
                origin: origin(f, item.place),
            });
        }
    }

    pub fn occupation(&mut self, f: usize, item: Item<OccupationRecord<'a>>, cat: &mut Catalogue) {
        let (rec, base) = (item.record, item.place.offset);
        let keep = self.check_new_id(|r| &r.occupations, rec.id.as_str(), f, base);
        let ix = OccupationIx::new(cat.occupations.len());
        self.registries
            .occupations
            .register(rec.id.as_str(), keep.then_some(ix), f, base);
        if keep {
            cat.occupations.push(Occupation {
                id: rec.id.to_string(),
                label: rec.label.to_string(),
                rome: owned(rec.rome.as_ref()),
                esco: owned(rec.esco.as_ref()),
                origin: origin(f, item.place),
            });
        }
    }
}
