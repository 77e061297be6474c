//! Items of a loaded catalogue written back as records.

use super::{
    AgreementRecord, CentreRecord, CompetenceRecord, LinkRecord, OccupationRecord, OfferRecord,
    ProviderRecord, SessionRecord,
};
use crate::model::{Agreement, Catalogue, Centre, Competence, Link, Occupation, Offer, Provider};

impl ProviderRecord {
    pub fn of(cat: &Catalogue, p: &Provider) -> Self {
        Self {
            id: p.id.clone(),
            name: p.name.clone(),
            country: p.country.clone(),
            kind: p.kind.clone(),
            region: p.region.clone(),
            url: p.url.clone(),
            centres: p
                .centres
                .iter()
                .map(|c| CentreRecord::of(cat.centre(*c)))
                .collect(),
        }
    }
}

impl CentreRecord {
    pub fn of(c: &Centre) -> Self {
        Self {
            id: c.id.clone(),
            name: c.name.clone(),
            city: c.city.clone(),
            region: c.region.clone(),
            country: c.country.clone(),
            lat: c.lat,
            lon: c.lon,
        }
    }
}

impl AgreementRecord {
    pub fn of(cat: &Catalogue, a: &Agreement) -> Self {
        Self {
            id: a.id.clone(),
            title: a.title.clone(),
            parties: a
                .parties
                .iter()
                .map(|p| cat.provider(*p).id.clone())
                .collect(),
            signed: a.signed.map(|d| d.to_string()),
            until: a.until.map(|d| d.to_string()),
            programme: a.programme.clone(),
            url: a.url.clone(),
            note: a.note.clone(),
        }
    }
}

impl CompetenceRecord {
    pub fn of(c: &Competence) -> Self {
        Self {
            id: c.id.clone(),
            label: c.label.clone(),
            esco: c.esco.clone(),
            description: c.description.clone(),
        }
    }
}

impl OccupationRecord {
    pub fn of(o: &Occupation) -> Self {
        Self {
            id: o.id.clone(),
            label: o.label.clone(),
            rome: o.rome.clone(),
            esco: o.esco.clone(),
        }
    }
}

impl OfferRecord {
    pub fn of(cat: &Catalogue, o: &Offer) -> Self {
        let competences = |list: &[crate::model::CompetenceIx]| {
            list.iter().map(|c| cat.competence(*c).id.clone()).collect()
        };
        Self {
            id: o.id.clone(),
            provider: cat.provider(o.provider).id.clone(),
            centre: o.centre.map(|c| cat.centre(c).id.clone()),
            title: o.title.clone(),
            sector: o.sector.clone(),
            level: o.level.map(i64::from),
            hours: o.hours,
            modality: o.modality,
            languages: o.languages.clone(),
            audiences: o.audiences.clone(),
            cost_eur: o.cost_eur,
            requires: competences(&o.requires),
            grants: competences(&o.grants),
            prepares: o
                .prepares
                .iter()
                .map(|p| cat.occupation(*p).id.clone())
                .collect(),
            certification: o.certification.clone(),
            badge: o.badge.clone(),
            sessions: o
                .sessions
                .iter()
                .map(|s| SessionRecord {
                    start: s.start.to_string(),
                    end: s.end.to_string(),
                })
                .collect(),
            weeks: o.weeks.map(i64::from),
            description: o.description.clone(),
            url: o.url.clone(),
        }
    }
}

impl LinkRecord {
    pub fn of(cat: &Catalogue, l: &Link) -> Self {
        Self {
            from: cat.offer(l.from).id.clone(),
            to: cat.offer(l.to).id.clone(),
            kind: l.kind,
            agreement: l.agreement.map(|a| cat.agreement(a).id.clone()),
            credit_hours: l.credit_hours,
            note: l.note.clone(),
        }
    }
}
