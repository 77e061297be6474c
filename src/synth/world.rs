//! The bodies of a synthetic network: providers and their centres, and the
//! agreements between neighbouring providers.

use std::collections::HashMap;
use std::ops::Range;

use super::ids;
use super::places::{CITIES, NEAR, Zone, cities_of, nearest};
use super::rng::Rng;
use super::words::{AGREEMENT_NOTES, BodyKind, programme};
use crate::model::Date;
use crate::model::file::{AgreementRecord, CentreRecord, ProviderRecord};

/// A provider, before it is written.
pub struct Provider {
    pub name: String,
    pub kind: BodyKind,
    pub zone: Zone,
    /// The city of its seat, where its first centre stands.
    pub home: u16,
    /// Its centres, in [`World::centres`].
    pub centres: Range<u32>,
    /// How many offers it has, relative to the others.
    pub weight: u32,
}

/// A centre, before it is written.
pub struct Centre {
    pub provider: u32,
    /// From 1 within its provider.
    pub number: u32,
    pub city: u16,
    pub lat: f64,
    pub lon: f64,
}

pub struct Agreement {
    pub parties: Vec<u32>,
    pub title: String,
    pub signed: Date,
    pub until: Option<Date>,
    pub programme: Option<&'static str>,
    pub note: Option<&'static str>,
}

/// Providers, centres and agreements, and who can bridge to whom.
pub struct World {
    pub providers: Vec<Provider>,
    pub centres: Vec<Centre>,
    pub agreements: Vec<Agreement>,
    /// For each provider, every (partner, agreement) it shares.
    pub partners: Vec<Vec<(u32, u32)>>,
    /// For each city, the nearest cities, itself first.
    pub near: Vec<[u16; NEAR]>,
}

impl World {
    /// A network sized for `offers` offers: one provider per 400 offers,
    /// at least 6, and one and a half agreements per provider.
    pub fn new(offers: usize, rng: &mut Rng) -> Self {
        let near = nearest();
        let count = (offers / 400).max(6);
        let mut names: HashMap<String, u32> = HashMap::new();
        let mut providers = Vec::with_capacity(count);
        let mut centres = Vec::new();
        for p in 0..count {
            // The first providers cover every zone, so that small networks
            // still cross borders.
            let zone = Zone::ALL
                .get(p)
                .copied()
                .unwrap_or_else(|| Zone::ALL[rng.weighted(&Zone::WEIGHTS)]);
            let kind = if p == 0 {
                BodyKind::PublicEmploymentService
            } else {
                BodyKind::ALL[rng.weighted(&BodyKind::WEIGHTS)]
            };
            let home = *rng.pick(&cities_of(zone));
            let pattern = rng.pick(kind.names(zone));
            let mut name = pattern.replace("{}", CITIES[usize::from(home)].name);
            let seen = names.entry(name.clone()).or_default();
            *seen += 1;
            if *seen > 1 {
                name = format!("{name} {seen}");
            }
            let provider = u32::try_from(p).expect("fewer than 2^32 providers");
            let first = u32::try_from(centres.len()).expect("fewer than 2^32 centres");
            let wanted = 2 + rng.below(4) + rng.below(4);
            let mut cities = vec![home];
            for _ in 1..wanted {
                let city = (0..4)
                    .map(|_| nearby_city(rng, zone, home, &near))
                    .find(|c| !cities.contains(c))
                    .unwrap_or_else(|| nearby_city(rng, zone, home, &near));
                cities.push(city);
            }
            for (number, &city) in (1..).zip(&cities) {
                let at = &CITIES[usize::from(city)];
                centres.push(Centre {
                    provider,
                    number,
                    city,
                    lat: jitter(rng, at.lat),
                    lon: jitter(rng, at.lon),
                });
            }
            let last = u32::try_from(centres.len()).expect("fewer than 2^32 centres");
            providers.push(Provider {
                name,
                kind,
                zone,
                home,
                centres: first..last,
                weight: kind.size() * (5 + u32::try_from(rng.below(11)).expect("small")),
            });
        }
        let agreements = agreements(&providers, rng);
        let mut partners = vec![Vec::new(); providers.len()];
        for (a, agreement) in (0..).zip(&agreements) {
            for &x in &agreement.parties {
                for &y in agreement.parties.iter().filter(|&&y| y != x) {
                    partners[x as usize].push((y, a));
                }
            }
        }
        Self {
            providers,
            centres,
            agreements,
            partners,
            near,
        }
    }

    pub fn provider_record(&self, p: u32) -> ProviderRecord {
        let provider = &self.providers[p as usize];
        let home = &CITIES[usize::from(provider.home)];
        ProviderRecord {
            id: ids::provider(p),
            name: provider.name.clone(),
            country: provider.zone.country().to_owned(),
            kind: Some(provider.kind.as_str().to_owned()),
            region: Some(home.region.to_owned()),
            url: None,
            centres: self.centres[provider.centres.start as usize..provider.centres.end as usize]
                .iter()
                .map(|c| {
                    let city = &CITIES[usize::from(c.city)];
                    let country = city.zone.country();
                    CentreRecord {
                        id: ids::centre(c.provider, c.number),
                        name: format!("{} – {}", provider.name, city.name),
                        city: city.name.to_owned(),
                        region: Some(city.region.to_owned()),
                        country: (country != provider.zone.country()).then(|| country.to_owned()),
                        lat: c.lat,
                        lon: c.lon,
                    }
                })
                .collect(),
        }
    }

    pub fn agreement_record(&self, a: usize) -> AgreementRecord {
        let agreement = &self.agreements[a];
        AgreementRecord {
            id: ids::agreement(u32::try_from(a).expect("few agreements")),
            title: agreement.title.clone(),
            parties: agreement
                .parties
                .iter()
                .map(|&p| ids::provider(p))
                .collect(),
            signed: Some(ids::date(agreement.signed)),
            until: agreement.until.map(ids::date),
            programme: agreement.programme.map(str::to_owned),
            url: None,
            note: agreement.note.map(str::to_owned),
        }
    }
}

/// A city for another centre: most often one of the nearest, seldom
/// across a border, else anywhere in the provider's zone.
fn nearby_city(rng: &mut Rng, zone: Zone, home: u16, near: &[[u16; NEAR]]) -> u16 {
    if rng.chance(0.65) {
        let city = near[usize::from(home)][1 + rng.below(NEAR - 1)];
        if CITIES[usize::from(city)].zone.country() == zone.country() || rng.chance(0.15) {
            return city;
        }
    }
    *rng.pick(&cities_of(zone))
}

/// A coordinate moved by less than 0.04°, to four decimals.
fn jitter(rng: &mut Rng, degrees: f64) -> f64 {
    let moved = degrees + (rng.unit() - 0.5) * 0.08;
    (moved * 10_000.0).round() / 10_000.0
}

/// About one and a half agreements per provider, each between 2 to 4
/// providers of the same or neighbouring zones; every provider signs at
/// least one.
fn agreements(providers: &[Provider], rng: &mut Rng) -> Vec<Agreement> {
    let mut by_zone: Vec<Vec<u32>> = vec![Vec::new(); Zone::ALL.len()];
    for (p, provider) in (0..).zip(providers) {
        by_zone[zone_index(provider.zone)].push(p);
    }
    let all: Vec<u32> = (0..).take(providers.len()).collect();
    let count = providers.len() * 3 / 2;
    let first_day = Date::from_ymd(2015, 1, 1)
        .expect("a date")
        .days_since_epoch();
    let last_day = Date::from_ymd(2025, 12, 31)
        .expect("a date")
        .days_since_epoch();
    let span = usize::try_from(last_day - first_day).expect("after") + 1;
    let mut list = Vec::with_capacity(count);
    for a in 0..count {
        let first = all.get(a).copied().unwrap_or_else(|| *rng.pick(&all));
        let home = providers[first as usize].zone;
        let size = [2, 2, 2, 2, 2, 3, 3, 3, 4, 4][rng.below(10)];
        let mut parties = vec![first];
        for _ in 0..size * 4 {
            if parties.len() == size {
                break;
            }
            let zone = match rng.below(10) {
                0..5 => home,
                5..9 => *rng.pick(home.neighbours()),
                _ => *rng.pick(&Zone::ALL),
            };
            let pool = &by_zone[zone_index(zone)];
            let candidate = if pool.is_empty() {
                *rng.pick(&all)
            } else {
                *rng.pick(pool)
            };
            if !parties.contains(&candidate) {
                parties.push(candidate);
            }
        }
        if parties.len() < 2 {
            parties.push((first + 1) % u32::try_from(providers.len()).expect("few"));
        }
        let zones: Vec<Zone> = parties
            .iter()
            .map(|&p| providers[p as usize].zone)
            .collect();
        let programme = programme(&zones, rng.below(6));
        let title = match (parties.as_slice(), programme) {
            ([x, y], _) => format!(
                "Convention {} – {}",
                providers[*x as usize].name, providers[*y as usize].name
            ),
            (_, Some(programme)) => format!("Accord de coopération {programme} n° {}", a + 1),
            (_, None) => format!("Accord de partenariat n° {}", a + 1),
        };
        let signed = Date::from_days_since_epoch(
            first_day + i32::try_from(rng.below(span)).expect("a few thousand days"),
        );
        let years = i32::try_from(3 + rng.below(4)).expect("small");
        list.push(Agreement {
            parties,
            title,
            signed,
            until: rng.chance(0.5).then(|| signed.add_days(365 * years)),
            programme,
            note: rng.chance(0.6).then(|| *rng.pick(&AGREEMENT_NOTES)),
        });
    }
    list
}

fn zone_index(zone: Zone) -> usize {
    Zone::ALL
        .iter()
        .position(|&z| z == zone)
        .expect("every zone is listed")
}
