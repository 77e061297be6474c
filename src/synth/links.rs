//! Explicit links between offers: progressions within a body or a sector
//! nearby, bridges between bodies that share an agreement, equivalences
//! between courses of the same sector and level.
//!
//! Links are drawn offer by offer, each offer's outgoing links at once, so
//! duplicates are caught without a set of every link ever drawn.

use std::io;

use super::groups::Groups;
use super::ids;
use super::offers::Offer;
use super::places::NEAR;
use super::rng::Rng;
use super::skills::{BUCKETS, LEVEL_COUNT, LEVELS, bucket};
use super::words::{BRIDGE_NOTES, SECTORS};
use super::world::World;
use crate::model::LinkKind;
use crate::model::file::LinkRecord;

/// Where to look for the other end of a link.
struct Index {
    by_provider: Groups,
    by_provider_sector: Groups,
    /// By (city, sector, level).
    by_place: Groups,
    by_bucket: Groups,
    /// Each offer's level, apart: a small array stays in cache.
    levels: Vec<u8>,
}

/// How a link was drawn, before it is written.
struct Drawn {
    to: u32,
    kind: LinkKind,
    agreement: Option<u32>,
}

/// Draws about `per_offer` links for each offer (more when `per_offer` is
/// below 1, so that every offer is linked) and hands each to `emit`.
pub fn generate(
    offers: &[Offer],
    world: &World,
    per_offer: f64,
    rng: &mut Rng,
    mut emit: impl FnMut(&LinkRecord) -> io::Result<()>,
) -> io::Result<()> {
    if offers.len() < 2 {
        return Ok(());
    }
    let sectors = SECTORS.len();
    let levels = LEVEL_COUNT;
    let cities = world.near.len();
    let index = Index {
        by_provider: Groups::new(world.providers.len(), offers.len(), |o| {
            [offers[o].provider as usize]
        }),
        by_provider_sector: Groups::new(world.providers.len() * sectors, offers.len(), |o| {
            [offers[o].provider as usize * sectors + usize::from(offers[o].sector)]
        }),
        by_place: Groups::new(cities * BUCKETS, offers.len(), |o| {
            [usize::from(offers[o].city) * BUCKETS + offers[o].bucket()]
        }),
        by_bucket: Groups::new(sectors * levels, offers.len(), |o| [offers[o].bucket()]),
        levels: offers.iter().map(|o| o.level).collect(),
    };
    let per_offer = if per_offer.is_finite() {
        per_offer.max(0.0)
    } else {
        0.0
    };
    let whole = per_offer.floor();
    let fraction = per_offer - whole;
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)] // finite, ≥ 0
    let whole = whole.min(1.0e6) as usize;
    let agreements: Vec<String> = (0..)
        .take(world.agreements.len())
        .map(ids::agreement)
        .collect();
    let mut linked = vec![false; offers.len()];
    let mut drawn: Vec<Drawn> = Vec::new();
    let mut record = LinkRecord {
        from: String::new(),
        to: String::new(),
        kind: LinkKind::Progression,
        agreement: None,
        credit_hours: None,
        note: None,
    };
    for from in 0..offers.len() {
        let o = u32::try_from(from).expect("fewer than 2^32 offers");
        let mut count = whole + usize::from(rng.chance(fraction));
        if count == 0 && !linked[from] {
            count = 1;
        }
        drawn.clear();
        for _ in 0..count {
            for _ in 0..4 {
                let link = draw(o, offers, world, &index, rng);
                if let Some(link) = link.filter(|l| {
                    l.to != o && !drawn.iter().any(|d| d.to == l.to && d.kind == l.kind)
                }) {
                    drawn.push(link);
                    break;
                }
            }
        }
        if count > 0 && drawn.is_empty() {
            // Nothing fits (a tiny catalogue): any other offer will do, so
            // that no offer is left unlinked.
            let others = u32::try_from(offers.len() - 1).expect("fewer than 2^32 offers");
            drawn.push(Drawn {
                to: (o + 1 + u32::try_from(rng.below(others as usize)).expect("below"))
                    % (others + 1),
                kind: LinkKind::Progression,
                agreement: None,
            });
        }
        ids::write_offer(&mut record.from, o);
        for link in &drawn {
            linked[from] = true;
            linked[link.to as usize] = true;
            let target = &offers[link.to as usize];
            ids::write_offer(&mut record.to, link.to);
            record.kind = link.kind;
            record.agreement = link.agreement.map(|a| agreements[a as usize].clone());
            record.credit_hours = (link.kind != LinkKind::Equivalence && rng.chance(0.5))
                .then(|| credit(target.hours, rng));
            record.note = (link.kind == LinkKind::Bridge && rng.chance(0.15))
                .then(|| (*rng.pick(&BRIDGE_NOTES)).to_owned());
            emit(&record)?;
        }
    }
    Ok(())
}

/// Hours of `hours` recognised on entry: 5% to 40%, in whole days of 7 h.
fn credit(hours: u16, rng: &mut Rng) -> f64 {
    let share = 0.05 + 0.35 * rng.unit();
    (f64::from(hours) * share / 7.0).floor() * 7.0
}

/// One link from offer `o`: 55% progressions, 30% bridges (progressions
/// for a body without partners), 15% equivalences.
fn draw(o: u32, offers: &[Offer], world: &World, index: &Index, rng: &mut Rng) -> Option<Drawn> {
    let from = &offers[o as usize];
    let partners = &world.partners[from.provider as usize];
    let roll = rng.below(100);
    if roll < 15 {
        let to = nearby(o, from.level, offers, world, index, rng)?;
        return Some(Drawn {
            to,
            kind: LinkKind::Equivalence,
            agreement: None,
        });
    }
    let level = next_level(from.level, rng);
    if roll < 45 && !partners.is_empty() {
        let &(partner, agreement) = rng.pick(partners);
        let to = within(partner, from.sector, level, 0.7, index, rng)?;
        // Two bridges in three name the agreement; the others are still
        // covered by it, so none is a seam.
        return Some(Drawn {
            to,
            kind: LinkKind::Bridge,
            agreement: rng.chance(2.0 / 3.0).then_some(agreement),
        });
    }
    let to = if rng.chance(0.5) {
        within(from.provider, from.sector, level, 0.6, index, rng)?
    } else {
        nearby(o, level, offers, world, index, rng)?
    };
    Some(Drawn {
        to,
        kind: LinkKind::Progression,
        agreement: None,
    })
}

/// An offer of `provider`, of `sector` with probability `same_sector`
/// (when it has two), at `level` if one of a few draws is.
///
/// Links to other sectors of a body join the sectors into one network.
fn within(
    provider: u32,
    sector: u8,
    level: u8,
    same_sector: f64,
    index: &Index,
    rng: &mut Rng,
) -> Option<u32> {
    let mut pool = index
        .by_provider_sector
        .get(provider as usize * SECTORS.len() + usize::from(sector));
    if pool.len() < 2 || !rng.chance(same_sector) {
        pool = index.by_provider.get(provider as usize);
    }
    pick_level(pool, level, index, rng)
}

/// The level a progression leads to: mostly the same or the next one.
fn next_level(level: u8, rng: &mut Rng) -> u8 {
    match rng.below(100) {
        0..45 => level,
        45..85 => (level + 1).min(LEVELS.end - 1),
        _ => LEVELS.start + u8::try_from(rng.below(LEVEL_COUNT)).expect("6 levels"),
    }
}

/// An offer of `pool`, at `level` if one of a few draws is.
fn pick_level(pool: &[u32], level: u8, index: &Index, rng: &mut Rng) -> Option<u32> {
    if pool.is_empty() {
        return None;
    }
    let mut last = None;
    for _ in 0..4 {
        let o = *rng.pick(pool);
        if index.levels[o as usize] == level {
            return Some(o);
        }
        last = Some(o);
    }
    last
}

/// An offer other than `o` of its sector at `level`, in a city near its
/// own (its own most often), or anywhere when no city near has one.
fn nearby(
    o: u32,
    level: u8,
    offers: &[Offer],
    world: &World,
    index: &Index,
    rng: &mut Rng,
) -> Option<u32> {
    let from = &offers[o as usize];
    let near = &world.near[usize::from(from.city)];
    let key = bucket(from.sector, level);
    let first = if rng.chance(0.4) { 0 } else { rng.below(NEAR) };
    for step in 0..NEAR {
        let city = usize::from(near[(first + step) % NEAR]);
        let pool = index.by_place.get(city * BUCKETS + key);
        if !pool.is_empty() && pool != [o] {
            return Some(*rng.pick(pool));
        }
    }
    let pool = index.by_bucket.get(key);
    (!pool.is_empty()).then(|| *rng.pick(pool))
}
