//! The referentiel: competences by sector and EQF level, grouped in tracks,
//! and occupations.
//!
//! Offers grant competences of one track at their level and require
//! competences of one track a level below. Tracks keep the number of
//! offers granting any set of competences small and independent of the
//! catalogue's size, so inferred progressions grow with the number of
//! offers, not with its square.

use std::ops::Range;

use super::ids;
use super::rng::Rng;
use super::words::{BodyKind, SECTORS};
use crate::model::file::{CompetenceRecord, OccupationRecord};

/// The EQF levels offers are at.
pub const LEVELS: Range<u8> = 2..8;

/// How many levels `LEVELS` holds.
pub const LEVEL_COUNT: usize = 6;

/// How many competences a track has, at most.
const TRACK: usize = 12;

/// The (sector, level) bucket of an offer or a competence.
pub fn bucket(sector: u8, level: u8) -> usize {
    usize::from(sector) * LEVEL_COUNT + usize::from(level - LEVELS.start)
}

pub const BUCKETS: usize = SECTORS.len() * LEVEL_COUNT;

/// Competences `first..first + len`.
#[derive(Clone, Copy, Debug)]
pub struct Track {
    pub first: u32,
    pub len: u32,
}

pub struct Occupation {
    pub level: u8,
    pub label: String,
    pub rome: String,
}

pub struct Referentiel {
    pub tracks: Vec<Track>,
    /// The tracks of each bucket.
    pub bucket_tracks: Vec<Range<u32>>,
    /// The first competence of each bucket, and the total at the end.
    pub bucket_starts: Vec<u32>,
    pub occupations: Vec<Occupation>,
    pub occupations_by_sector: Vec<Vec<u32>>,
}

/// The share of offers at each level, over every kind of body.
pub fn level_shares() -> [f64; 6] {
    let mut shares = [0.0; 6];
    for (kind, weight) in BodyKind::ALL.iter().zip(BodyKind::WEIGHTS) {
        for (share, level) in shares.iter_mut().zip(kind.levels()) {
            *share += f64::from(weight * kind.size() * level);
        }
    }
    let total: f64 = shares.iter().sum();
    shares.map(|s| s / total)
}

impl Referentiel {
    /// About one competence per 8 offers (at least 4 per bucket), and one
    /// occupation per 40 offers (at least 25).
    pub fn new(offers: usize, rng: &mut Rng) -> Self {
        let sector_total: u32 = SECTORS.iter().map(|s| s.weight).sum();
        let levels = level_shares();
        let mut tracks = Vec::new();
        let mut bucket_tracks = Vec::with_capacity(BUCKETS);
        let mut bucket_starts = vec![0];
        let mut next = 0u32;
        for sector in &SECTORS {
            for share in levels {
                let expected = f64::from(u32::try_from(offers).unwrap_or(u32::MAX))
                    * f64::from(sector.weight)
                    / f64::from(sector_total)
                    * share;
                // One per 8 offers; in buckets of few offers, enough that
                // two competences are seldom granted together.
                let competences = whole(expected / 8.0)
                    .max(whole((1.7 * expected).sqrt()) + 1)
                    .max(4);
                let count = competences.div_ceil(TRACK);
                let first_track = u32::try_from(tracks.len()).expect("few tracks");
                for t in 0..count {
                    // Spreads the competences evenly over the tracks.
                    let len = competences * (t + 1) / count - competences * t / count;
                    let len = u32::try_from(len).expect("small");
                    tracks.push(Track { first: next, len });
                    next += len;
                }
                let last_track = u32::try_from(tracks.len()).expect("few tracks");
                bucket_tracks.push(first_track..last_track);
                bucket_starts.push(next);
            }
        }
        let count = (offers / 40).max(25);
        let mut occupations = Vec::with_capacity(count);
        let mut occupations_by_sector = vec![Vec::new(); SECTORS.len()];
        let weights: Vec<u32> = SECTORS.iter().map(|s| s.weight).collect();
        let level_weights = levels.map(|s| whole(s * 1000.0).try_into().unwrap_or(1));
        let mut seen = vec![[0u32; 4]; SECTORS.len()];
        for o in 0..count {
            let sector = if o < SECTORS.len() {
                o
            } else {
                rng.weighted(&weights)
            };
            let which = rng.below(4);
            seen[sector][which] += 1;
            let base = SECTORS[sector].occupations[which];
            let label = match seen[sector][which] {
                1 => base.to_owned(),
                n => format!("{base} ({n})"),
            };
            occupations_by_sector[sector].push(u32::try_from(o).expect("few occupations"));
            occupations.push(Occupation {
                level: LEVELS.start + u8::try_from(rng.weighted(&level_weights)).expect("6"),
                label,
                rome: format!(
                    "{}{}{:03}",
                    SECTORS[sector].rome,
                    1 + rng.below(4),
                    rng.below(1000)
                ),
            });
        }
        Self {
            tracks,
            bucket_tracks,
            bucket_starts,
            occupations,
            occupations_by_sector,
        }
    }

    pub fn competences(&self) -> u32 {
        *self
            .bucket_starts
            .last()
            .expect("one start per bucket, and the end")
    }

    /// A random track of a bucket.
    pub fn track_of(&self, bucket: usize, rng: &mut Rng) -> Track {
        let range = &self.bucket_tracks[bucket];
        let span = (range.end - range.start) as usize;
        self.tracks[range.start as usize + rng.below(span)]
    }

    /// Every competence, in id order, bucket by bucket.
    pub fn competence_records(&self) -> impl Iterator<Item = CompetenceRecord> + '_ {
        (0..BUCKETS).flat_map(move |b| {
            let sector = &SECTORS[b / LEVEL_COUNT];
            let level = usize::from(LEVELS.start) + b % LEVEL_COUNT;
            let (first, end) = (self.bucket_starts[b], self.bucket_starts[b + 1]);
            (first..end).map(move |c| {
                let n = c - first;
                CompetenceRecord {
                    id: ids::competence(c),
                    label: format!(
                        "{} (N{level}) #{}",
                        sector.skills[n as usize % sector.skills.len()],
                        n + 1
                    ),
                    esco: None,
                    description: None,
                }
            })
        })
    }

    pub fn occupation_record(&self, o: u32) -> OccupationRecord {
        let occupation = &self.occupations[o as usize];
        OccupationRecord {
            id: ids::occupation(o),
            label: occupation.label.clone(),
            rome: Some(occupation.rome.clone()),
            esco: None,
        }
    }
}

/// A non-negative figure rounded to a whole count.
#[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)] // clamped first
fn whole(x: f64) -> usize {
    x.round().clamp(0.0, 1.0e12) as usize
}
