//! Saved plans: the pathway a counsellor chose with a job seeker, kept as a
//! JSON file (`parcours-plan/1`, docs/plans.md), re-run on the catalogue of
//! the day, and exported for the person to keep.
//!
//! A plan holds ids, never indices: catalogues change between the day a
//! plan is saved and the day it is opened again, and a plan must still
//! say what it was about when an offer has gone.

pub mod atomic;
mod check;
mod error;
pub mod export;
mod rerun;
mod store;

pub use error::PlanError;
pub use rerun::{Change, Rerun, rerun, rerun_until};
pub use store::{Store, Summary};

/// Whether two names name the same plan: case, accents and runs of blanks
/// do not count ("Plan Élise" and "plan  elise").
pub fn same_name(a: &str, b: &str) -> bool {
    check::key(a) == check::key(b)
}

use serde::{Deserialize, Serialize};

use crate::model::{Catalogue, Date, Modality};
use crate::route::{Constraints, Criterion, Request, Route, Start, Target};

/// The format tag every plan file begins with.
pub const FORMAT: &str = "parcours-plan/1";

/// The longest name a plan may have, in characters.
pub const NAME_MAX: usize = 80;

/// A saved plan, as its JSON file holds it (ids, not indices, so it
/// survives catalogue changes).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Plan {
    /// Always [`FORMAT`].
    pub format: String,
    /// Shown to people; any text, 1 to [`NAME_MAX`] characters.
    pub name: String,
    /// The job seeker's reference (may be empty).
    pub person: String,
    /// The counsellor's note (may be empty, may hold several lines).
    pub note: String,
    /// `YYYY-MM-DD` of the last save.
    pub saved: String,
    pub request: PlanRequest,
    /// The chosen route: offer ids in order.
    pub route: Vec<String>,
    /// The chosen route's totals when saved.
    pub totals: PlanTotals,
}

/// The request a plan answers, by ids.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlanRequest {
    /// The offer the person starts from, or
    pub from: Option<String>,
    /// the competences they hold (when `from` is None).
    #[serde(default)]
    pub holding: Vec<String>,
    pub target: PlanTarget,
    /// [`Criterion::as_str`].
    pub criterion: String,
    /// How many alternatives were asked for.
    pub k: usize,
    /// `YYYY-MM-DD`: the day the first step is ready.
    pub start_date: String,
    #[serde(default)]
    pub constraints: PlanConstraints,
}

/// Where a plan leads, by id.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "id", rename_all = "snake_case")]
pub enum PlanTarget {
    Offer(String),
    Occupation(String),
    Competence(String),
}

/// The constraints of a plan's request, by id and name.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct PlanConstraints {
    pub avoid_providers: Vec<String>,
    pub only_providers: Vec<String>,
    /// [`Modality::as_str`] names.
    pub modalities: Vec<String>,
    pub audiences: Vec<String>,
    pub countries: Vec<String>,
    pub languages: Vec<String>,
    pub max_level: Option<u8>,
}

/// A route's figures, as saved with a plan.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlanTotals {
    #[serde(serialize_with = "crate::model::file::number")]
    pub hours: f64,
    pub seams: usize,
    pub steps: usize,
    pub cost_eur: f64,
    pub distance_km: f64,
    /// `YYYY-MM-DD`, or None when a step had no session left.
    pub finish: Option<String>,
}

impl PlanTotals {
    /// The totals of a route.
    pub fn of(route: &Route) -> Self {
        Self {
            hours: route.hours,
            seams: route.seams,
            steps: route.steps.len(),
            cost_eur: route.cost_eur,
            distance_km: route.distance_km,
            finish: route.finish.map(|d| d.to_string()),
        }
    }
}

/// `found`, noting `id` as gone when it is None.
fn need<T>(gone: &mut Vec<String>, found: Option<T>, id: &str) -> Option<T> {
    if found.is_none() {
        gone.push(id.to_owned());
    }
    found
}

/// What a counsellor writes on a plan: its name, the person's reference
/// and a note (the last two may be empty).
#[derive(Clone, Copy, Debug, Default)]
pub struct Label<'a> {
    pub name: &'a str,
    pub person: &'a str,
    pub note: &'a str,
}

impl Plan {
    /// A plan of `route`, chosen among the answers to `request`.
    ///
    /// The name and the person's reference are trimmed, the note loses its
    /// trailing blanks; [`Store::save`] checks the name.
    pub fn new(
        label: Label<'_>,
        cat: &Catalogue,
        request: &Request,
        route: &Route,
        today: Date,
    ) -> Plan {
        let offer_id = |o| cat.offer(o).id.clone();
        let c = &request.constraints;
        let providers = |list: &[crate::model::ProviderIx]| {
            list.iter().map(|p| cat.provider(*p).id.clone()).collect()
        };
        let (from, holding) = match &request.start {
            Start::From(o) => (Some(offer_id(*o)), Vec::new()),
            Start::Holding(held) => (
                None,
                held.iter().map(|c| cat.competence(*c).id.clone()).collect(),
            ),
        };
        Plan {
            format: FORMAT.to_owned(),
            name: label.name.trim().to_owned(),
            person: label.person.trim().to_owned(),
            note: label.note.trim_end().to_owned(),
            saved: today.to_string(),
            request: PlanRequest {
                from,
                holding,
                target: match request.target {
                    Target::Offer(o) => PlanTarget::Offer(offer_id(o)),
                    Target::Occupation(o) => PlanTarget::Occupation(cat.occupation(o).id.clone()),
                    Target::Competence(c) => PlanTarget::Competence(cat.competence(c).id.clone()),
                },
                criterion: request.criterion.as_str().to_owned(),
                k: request.k,
                start_date: request.start_date.to_string(),
                constraints: PlanConstraints {
                    avoid_providers: providers(&c.avoid_providers),
                    only_providers: providers(&c.only_providers),
                    modalities: c.modalities.iter().map(|m| m.as_str().to_owned()).collect(),
                    audiences: c.audiences.clone(),
                    countries: c.countries.clone(),
                    languages: c.languages.clone(),
                    max_level: c.max_level,
                },
            },
            route: route.steps.iter().map(|s| offer_id(s.offer)).collect(),
            totals: PlanTotals::of(route),
        }
    }

    /// The request again, on `cat`; Err lists the ids no longer in it.
    ///
    /// A plan read by [`Store::load`] has a known criterion, dates and
    /// modalities; should one be wrong all the same (a plan built by hand
    /// in memory), it is listed in the Err as it is written.
    pub fn request(&self, cat: &Catalogue) -> Result<Request, Vec<String>> {
        let r = &self.request;
        let l = &cat.lookup;
        let mut gone = Vec::new();
        let start = if let Some(id) = &r.from {
            need(&mut gone, l.offer(id), id).map(Start::From)
        } else {
            let held: Vec<_> = r
                .holding
                .iter()
                .filter_map(|id| need(&mut gone, l.competence(id), id))
                .collect();
            Some(Start::Holding(held))
        };
        let target = match &r.target {
            PlanTarget::Offer(id) => need(&mut gone, l.offer(id), id).map(Target::Offer),
            PlanTarget::Occupation(id) => {
                need(&mut gone, l.occupation(id), id).map(Target::Occupation)
            }
            PlanTarget::Competence(id) => {
                need(&mut gone, l.competence(id), id).map(Target::Competence)
            }
        };
        let c = &r.constraints;
        let avoid: Vec<_> = c
            .avoid_providers
            .iter()
            .filter_map(|id| need(&mut gone, l.provider(id), id))
            .collect();
        let only: Vec<_> = c
            .only_providers
            .iter()
            .filter_map(|id| need(&mut gone, l.provider(id), id))
            .collect();
        let modalities: Vec<Modality> = c
            .modalities
            .iter()
            .filter_map(|m| need(&mut gone, m.parse().ok(), m))
            .collect();
        let criterion = need(
            &mut gone,
            r.criterion.parse::<Criterion>().ok(),
            &r.criterion,
        );
        let start_date = need(&mut gone, Date::parse(&r.start_date).ok(), &r.start_date);
        match (start, target, criterion, start_date) {
            (Some(start), Some(target), Some(criterion), Some(start_date)) if gone.is_empty() => {
                Ok(Request {
                    start,
                    target,
                    criterion,
                    k: r.k.max(1),
                    start_date,
                    constraints: Constraints {
                        avoid_providers: avoid,
                        only_providers: only,
                        modalities,
                        audiences: c.audiences.clone(),
                        countries: c.countries.clone(),
                        languages: c.languages.clone(),
                        max_level: c.max_level,
                    },
                })
            }
            _ => Err(gone),
        }
    }
}
