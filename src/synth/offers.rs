//! Offers as the generator keeps them: the few figures that links and
//! inferred progressions depend on, about 60 bytes each.

use super::groups::Groups;
use super::rng::Rng;
use super::skills::{BUCKETS, LEVELS, Referentiel, Track, bucket};
use super::words::SECTORS;
use super::world::World;
use crate::model::Modality;

/// A set of up to four competences.
#[derive(Clone, Copy, Debug, Default)]
pub struct Set {
    items: [u32; 4],
    len: u8,
}

impl Set {
    pub fn as_slice(&self) -> &[u32] {
        &self.items[..usize::from(self.len)]
    }

    fn from_slice(items: &[u32]) -> Self {
        let mut set = Self::default();
        set.items[..items.len()].copy_from_slice(items);
        set.len = u8::try_from(items.len()).expect("at most 4");
        set.items[..items.len()].sort_unstable();
        set
    }
}

/// An offer, as much of it as links and requirements are drawn from.
pub struct Offer {
    pub provider: u32,
    pub centre: Option<u32>,
    /// The city of its centre, else of its provider's seat.
    pub city: u16,
    pub sector: u8,
    pub level: u8,
    pub hours: u16,
    pub modality: Modality,
    /// A short module rather than a whole course.
    pub short: bool,
    pub grants: Set,
    pub requires: Set,
}

impl Offer {
    pub fn bucket(&self) -> usize {
        bucket(self.sector, self.level)
    }
}

/// The share of offers, above level 2, that require nothing, so that
/// about 30% of all offers are entry points.
const ENTRY: f64 = 0.16;

/// Requirements are grown until at most this many offers grant them all.
const MAX_PREDECESSORS: usize = 6;

/// Draws every offer: its body, place, sector, level, hours, and the
/// competences it grants and requires.
pub fn generate(count: usize, world: &World, skills: &Referentiel, rng: &mut Rng) -> Vec<Offer> {
    let sector_weights: Vec<u32> = SECTORS.iter().map(|s| s.weight).collect();
    let mut cumulative = Vec::with_capacity(world.providers.len());
    let mut total = 0u64;
    for p in &world.providers {
        total += u64::from(p.weight);
        cumulative.push(total);
    }
    let mut offers = Vec::with_capacity(count);
    for i in 0..count {
        let provider = if i < world.providers.len() {
            i
        } else {
            let draw = rng.next_u64() % total;
            cumulative.partition_point(|&c| c <= draw)
        };
        let body = &world.providers[provider];
        let (centre, city, modality) = if rng.chance(0.05) {
            (None, body.home, Modality::Distance)
        } else {
            let range = body.centres.clone();
            let c = if rng.chance(0.4) {
                range.start
            } else {
                range.start + u32::try_from(rng.below(range.len())).expect("few centres")
            };
            let modality = [
                Modality::Onsite,
                Modality::Hybrid,
                Modality::WorkBased,
                Modality::Distance,
            ][rng.weighted(&[75, 12, 10, 3])];
            (Some(c), world.centres[c as usize].city, modality)
        };
        let sector = u8::try_from(rng.weighted(&sector_weights)).expect("12 sectors");
        let level = LEVELS.start + u8::try_from(rng.weighted(&body.kind.levels())).expect("6");
        let short = rng.chance(0.15);
        let hours = if short {
            7 * rng.between(5, 20)
        } else {
            match level {
                2 => 7 * rng.between(22, 85),
                3 | 4 => 7 * rng.between(29, 128),
                _ => 7 * rng.between(43, 200),
            }
        };
        let track = skills.track_of(bucket(sector, level), rng);
        let grants = draw_from(track, 2 + rng.below(3), rng);
        offers.push(Offer {
            provider: u32::try_from(provider).expect("fewer than 2^32 providers"),
            centre,
            city,
            sector,
            level,
            hours: u16::try_from(hours).expect("at most 1400 hours"),
            modality,
            short,
            grants,
            requires: Set::default(),
        });
    }
    add_requirements(&mut offers, skills, rng);
    offers
}

/// Up to `n` (at most 4) distinct competences of a track.
fn draw_from(track: Track, n: usize, rng: &mut Rng) -> Set {
    let n = n.min(track.len as usize);
    let mut drawn = [0u32; 4];
    let mut len = 0;
    while len < n {
        let c = track.first + u32::try_from(rng.below(track.len as usize)).expect("small");
        if !drawn[..len].contains(&c) {
            drawn[len] = c;
            len += 1;
        }
    }
    Set::from_slice(&drawn[..len])
}

/// Gives offers above level 2 requirements a level below, in their sector.
///
/// Most take them from the grants of one offer a level below, so at least
/// that offer leads to them; the set grows until at most
/// `MAX_PREDECESSORS` offers grant all of it, or it has three.
fn add_requirements(offers: &mut [Offer], skills: &Referentiel, rng: &mut Rng) {
    let by_bucket = Groups::new(BUCKETS, offers.len(), |o| [offers[o].bucket()]);
    let granting = Groups::new(skills.competences() as usize, offers.len(), |o| {
        offers[o].grants.as_slice().iter().map(|&c| c as usize)
    });
    let granted_by_all = |wanted: &[u32]| {
        let rarest = wanted
            .iter()
            .min_by_key(|&&c| granting.get(c as usize).len())
            .expect("not empty");
        granting
            .get(*rarest as usize)
            .iter()
            .filter(|&&o| {
                let grants = offers[o as usize].grants.as_slice();
                wanted.iter().all(|c| grants.contains(c))
            })
            .count()
    };
    let mut requires = Vec::with_capacity(offers.len());
    for offer in offers.iter() {
        if offer.level == LEVELS.start || rng.chance(ENTRY) {
            requires.push(Set::default());
            continue;
        }
        let below = bucket(offer.sector, offer.level - 1);
        let wanted = 1 + rng.weighted(&[20, 50, 30]);
        let sources = by_bucket.get(below);
        if sources.is_empty() || rng.chance(0.15) {
            // Some requirements no offer a level below grants all of: the
            // way in is an explicit link, or holding them already.
            let track = skills.track_of(below, rng);
            requires.push(draw_from(track, 2 + rng.below(2), rng));
            continue;
        }
        // The fewest predecessors over a few tries, stopping at the first
        // with few enough.
        let mut best: Option<(usize, Set)> = None;
        for _ in 0..3 {
            let source = &offers[*rng.pick(sources) as usize];
            let mut pool = [0u32; 4];
            let pool = &mut pool[..source.grants.as_slice().len()];
            pool.copy_from_slice(source.grants.as_slice());
            rng.shuffle(pool);
            let most = pool.len().min(3);
            let mut n = wanted.min(most);
            let mut count = granted_by_all(&pool[..n]);
            while n < most && count > MAX_PREDECESSORS {
                n += 1;
                count = granted_by_all(&pool[..n]);
            }
            if best.is_none_or(|(fewest, _)| count < fewest) {
                best = Some((count, Set::from_slice(&pool[..n])));
            }
            if count <= MAX_PREDECESSORS {
                break;
            }
        }
        requires.push(best.expect("three tries").1);
    }
    for (offer, requires) in offers.iter_mut().zip(requires) {
        offer.requires = requires;
    }
}
