//! An offer written out: its title, languages, audiences, price,
//! certification and sessions, drawn as it is written.

use super::ids;
use super::offers::Offer;
use super::places::{CITIES, Lang, Zone};
use super::rng::Rng;
use super::skills::Referentiel;
use super::words::{AUDIENCES, BodyKind, SECTORS, title_prefix};
use super::world::World;
use crate::model::file::{OfferRecord, SessionRecord};
use crate::model::{Certification, Date, Modality};

/// Hours of training in a week, to turn hours into weeks.
const HOURS_PER_WEEK: u32 = 30;

/// Sessions start on a Monday from 2026-01-05 and end by 2028-12-31,
/// within this many weeks.
const SESSION_WEEKS: u32 = 156;

/// The record of offer `o`: what the generator keeps of it, and the rest
/// drawn now.
pub fn record(
    o: u32,
    offer: &Offer,
    world: &World,
    skills: &Referentiel,
    rng: &mut Rng,
) -> OfferRecord {
    let provider = &world.providers[offer.provider as usize];
    let city = &CITIES[usize::from(offer.city)];
    let zone = city.zone;
    let sector = &SECTORS[usize::from(offer.sector)];
    let lang = zone.language();
    let names = &sector.titles[match lang {
        Lang::Fr => 0,
        Lang::Nl => 1,
        Lang::Pt => 2,
    }];
    let base = *rng.pick(names);
    let title = format!("{} – {base}", title_prefix(lang, offer.level, offer.short));
    let weeks = u32::from(offer.hours).div_ceil(HOURS_PER_WEEK).max(1);
    let (sessions, open_weeks) = if rng.chance(0.7) {
        (sessions(weeks, rng), None)
    } else {
        (Vec::new(), rng.chance(0.5).then_some(i64::from(weeks)))
    };
    let certification = (!offer.short && rng.chance(0.4)).then(|| Certification {
        title: Some(format!("Certification {base}")),
        code: (zone.country() == "FR").then(|| format!("RNCP3{:04}", rng.below(10_000))),
    });
    OfferRecord {
        id: ids::offer(o),
        provider: ids::provider(offer.provider),
        centre: offer.centre.map(|c| {
            let centre = &world.centres[c as usize];
            ids::centre(centre.provider, centre.number)
        }),
        title,
        sector: Some(sector.id.to_owned()),
        level: Some(i64::from(offer.level)),
        hours: f64::from(offer.hours),
        modality: Some(offer.modality),
        languages: languages(zone, provider.kind, rng),
        audiences: audiences(offer.level, rng),
        cost_eur: Some(if rng.chance(0.6) {
            0.0
        } else {
            f64::from(10 * rng.between(20, 600))
        }),
        requires: competence_ids(offer.requires.as_slice()),
        grants: competence_ids(offer.grants.as_slice()),
        prepares: prepares(offer, skills, rng),
        certification,
        badge: None,
        sessions,
        weeks: open_weeks,
        description: rng.chance(0.3).then(|| match offer.modality {
            Modality::Distance => format!("{base}, niveau {}, à distance.", offer.level),
            _ => format!("{base}, niveau {}, à {}.", offer.level, city.name),
        }),
        url: None,
    }
}

fn competence_ids(competences: &[u32]) -> Vec<String> {
    competences.iter().map(|&c| ids::competence(c)).collect()
}

/// One to three sessions of `weeks` weeks, Monday to Friday, in order.
fn sessions(weeks: u32, rng: &mut Rng) -> Vec<SessionRecord> {
    let first_monday = Date::from_ymd(2026, 1, 5).expect("a date");
    let latest = SESSION_WEEKS.saturating_sub(weeks);
    let mut starts: Vec<u32> = (0..=rng.below(3)).map(|_| rng.between(0, latest)).collect();
    starts.sort_unstable();
    starts.dedup();
    starts
        .into_iter()
        .map(|week| {
            let start = first_monday.add_days(days(7 * week));
            SessionRecord {
                start: ids::date(start),
                end: ids::date(start.add_days(days(7 * weeks - 3))),
            }
        })
        .collect()
}

fn days(n: u32) -> i32 {
    i32::try_from(n).expect("a few thousand days")
}

/// The languages taught in, by where the offer is.
fn languages(zone: Zone, kind: BodyKind, rng: &mut Rng) -> Vec<String> {
    let mut list: Vec<&str> = match zone {
        Zone::Luxembourg => vec!["fr", "de"],
        Zone::Bruxelles if rng.chance(0.4) => vec!["fr", "nl"],
        Zone::GrandEst if rng.chance(0.05) => vec!["fr", "de"],
        _ => vec![match zone.language() {
            Lang::Fr => "fr",
            Lang::Nl => "nl",
            Lang::Pt => "pt",
        }],
    };
    let english = if kind == BodyKind::University {
        0.4
    } else {
        0.06
    };
    if rng.chance(english) {
        list.push("en");
    }
    list.into_iter().map(str::to_owned).collect()
}

/// Who the offer is for: at least one audience.
fn audiences(level: u8, rng: &mut Rng) -> Vec<String> {
    let mut list: Vec<String> = AUDIENCES
        .iter()
        .filter(|(name, percent)| {
            let percent = match *name {
                "students" if level >= 5 => 70,
                "young_people" if level >= 5 => 5,
                _ => *percent,
            };
            rng.below(100) < percent as usize
        })
        .map(|(name, _)| (*name).to_owned())
        .collect();
    if list.is_empty() {
        list.push(AUDIENCES[0].0.to_owned());
    }
    list
}

/// None to two occupations of the offer's sector, near its level.
fn prepares(offer: &Offer, skills: &Referentiel, rng: &mut Rng) -> Vec<String> {
    let pool = &skills.occupations_by_sector[usize::from(offer.sector)];
    let count = [0, 0, 0, 1, 1, 1, 1, 1, 2, 2][rng.below(10)];
    let mut chosen: Vec<u32> = Vec::with_capacity(count);
    for _ in 0..count * 3 {
        if chosen.len() == count || pool.is_empty() {
            break;
        }
        let o = *rng.pick(pool);
        let level = skills.occupations[o as usize].level;
        if level.abs_diff(offer.level) <= 1 && !chosen.contains(&o) {
            chosen.push(o);
        }
    }
    chosen.into_iter().map(ids::occupation).collect()
}
