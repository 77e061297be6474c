//! Routes through the pathway graph: from where a person stands to an
//! offer, an occupation or a competence, best first by one of six criteria,
//! with why each step is possible and when it ends.
//!
//! DESIGN.md fixes the semantics; this module follows it to the letter.

mod bidir;
mod cost;
mod explain;
mod finish;
mod guide;
pub mod reach;
pub mod reasons;
mod search;
mod yen;

pub use cost::{Key, evaluate, haversine_km};
pub use explain::{NoRoute, explain};

use std::fmt;
use std::str::FromStr;
use std::sync::atomic::AtomicBool;

use crate::graph::{PathwayGraph, Via};
use crate::model::{Catalogue, CompetenceIx, Date, Modality, OccupationIx, OfferIx, ProviderIx};

/// What a route minimises, in order (DESIGN.md, "Routes").
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Criterion {
    /// Total step hours, then seams, then steps.
    #[default]
    Hours,
    /// Seams, then total hours.
    Seams,
    /// Number of offers, then total hours.
    Steps,
    /// Total cost, then hours.
    Cost,
    /// Kilometres between consecutive centres, then hours.
    Distance,
    /// Finish date, then hours.
    Finish,
}

impl Criterion {
    pub const ALL: [Self; 6] = [
        Self::Hours,
        Self::Seams,
        Self::Steps,
        Self::Cost,
        Self::Distance,
        Self::Finish,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Hours => "hours",
            Self::Seams => "seams",
            Self::Steps => "steps",
            Self::Cost => "cost",
            Self::Distance => "distance",
            Self::Finish => "finish",
        }
    }
}

impl fmt::Display for Criterion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Criterion {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .into_iter()
            .find(|c| c.as_str() == s)
            .ok_or_else(|| format!("unknown criterion \"{s}\": expected hours, seams, steps, cost, distance or finish"))
    }
}

/// Where a route begins.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Start {
    /// With this offer, its hours counted.
    From(OfferIx),
    /// With any offer whose requirements these competences meet.
    Holding(Vec<CompetenceIx>),
}

impl Start {
    /// The offers a route may begin with (before constraints): the `from`
    /// offer, or every offer whose requirements the competences held meet.
    pub fn offers(&self, cat: &Catalogue) -> Vec<OfferIx> {
        match self {
            Self::From(offer) => vec![*offer],
            Self::Holding(held) => (0..cat.offers.len())
                .map(OfferIx::new)
                .filter(|o| cat.offer(*o).requires.iter().all(|c| held.contains(c)))
                .collect(),
        }
    }
}

/// Where a route ends.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    Offer(OfferIx),
    /// Any offer that prepares the occupation.
    Occupation(OccupationIx),
    /// Any offer that grants the competence.
    Competence(CompetenceIx),
}

impl Target {
    /// Whether an offer ends a route to this target.
    pub fn reached_by(self, cat: &Catalogue, offer: OfferIx) -> bool {
        match self {
            Self::Offer(o) => o == offer,
            Self::Occupation(o) => cat.offer(offer).prepares.contains(&o),
            Self::Competence(c) => cat.offer(offer).grants.contains(&c),
        }
    }
}

/// Offers a route may not use (DESIGN.md, "Routes"). Empty lists constrain
/// nothing; repeated values add up.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Constraints {
    pub avoid_providers: Vec<ProviderIx>,
    pub only_providers: Vec<ProviderIx>,
    pub modalities: Vec<Modality>,
    /// An offer that lists audiences must list one of these.
    pub audiences: Vec<String>,
    /// The country of the offer's centre, or of its provider without one.
    pub countries: Vec<String>,
    /// An offer that lists languages must list one of these.
    pub languages: Vec<String>,
    /// An offer that has a level must not exceed it.
    pub max_level: Option<u8>,
}

/// One constraint, to say which one cut every pathway.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConstraintKind {
    AvoidProvider,
    OnlyProvider,
    Modality,
    Audience,
    Country,
    Language,
    MaxLevel,
}

impl ConstraintKind {
    pub const ALL: [Self; 7] = [
        Self::AvoidProvider,
        Self::OnlyProvider,
        Self::Modality,
        Self::Audience,
        Self::Country,
        Self::Language,
        Self::MaxLevel,
    ];

    /// The command-line option that sets it.
    pub fn option(self) -> &'static str {
        match self {
            Self::AvoidProvider => "--avoid-provider",
            Self::OnlyProvider => "--only-provider",
            Self::Modality => "--modality",
            Self::Audience => "--audience",
            Self::Country => "--country",
            Self::Language => "--language",
            Self::MaxLevel => "--max-level",
        }
    }
}

impl Constraints {
    /// Whether an offer passes one constraint (an unset one passes all).
    pub fn passes(&self, cat: &Catalogue, ix: OfferIx, kind: ConstraintKind) -> bool {
        let offer = cat.offer(ix);
        let any_listed = |wanted: &[String], listed: &[String]| {
            wanted.is_empty() || listed.is_empty() || listed.iter().any(|x| wanted.contains(x))
        };
        match kind {
            ConstraintKind::AvoidProvider => !self.avoid_providers.contains(&offer.provider),
            ConstraintKind::OnlyProvider => {
                self.only_providers.is_empty() || self.only_providers.contains(&offer.provider)
            }
            ConstraintKind::Modality => {
                self.modalities.is_empty() || self.modalities.contains(&offer.modality())
            }
            ConstraintKind::Audience => any_listed(&self.audiences, &offer.audiences),
            ConstraintKind::Country => {
                self.countries.is_empty()
                    || self.countries.iter().any(|c| c == cat.offer_country(ix))
            }
            ConstraintKind::Language => any_listed(&self.languages, &offer.languages),
            ConstraintKind::MaxLevel => match (self.max_level, offer.level) {
                (Some(max), Some(level)) => level <= max,
                _ => true,
            },
        }
    }

    /// Whether an offer passes every constraint but `except`.
    pub fn allows_except(
        &self,
        cat: &Catalogue,
        ix: OfferIx,
        except: Option<ConstraintKind>,
    ) -> bool {
        ConstraintKind::ALL
            .into_iter()
            .all(|k| Some(k) == except || self.passes(cat, ix, k))
    }

    /// Whether an offer passes every constraint.
    pub fn allows(&self, cat: &Catalogue, ix: OfferIx) -> bool {
        self.allows_except(cat, ix, None)
    }

    /// For each offer, whether it passes every constraint but `except`.
    pub fn mask(&self, cat: &Catalogue, except: Option<ConstraintKind>) -> Vec<bool> {
        if self.kinds().iter().all(|k| Some(*k) == except) {
            return vec![true; cat.offers.len()];
        }
        (0..cat.offers.len())
            .map(|i| self.allows_except(cat, OfferIx::new(i), except))
            .collect()
    }

    /// The constraints that are set.
    pub fn kinds(&self) -> Vec<ConstraintKind> {
        use ConstraintKind as K;
        [
            (K::AvoidProvider, !self.avoid_providers.is_empty()),
            (K::OnlyProvider, !self.only_providers.is_empty()),
            (K::Modality, !self.modalities.is_empty()),
            (K::Audience, !self.audiences.is_empty()),
            (K::Country, !self.countries.is_empty()),
            (K::Language, !self.languages.is_empty()),
            (K::MaxLevel, self.max_level.is_some()),
        ]
        .into_iter()
        .filter_map(|(k, set)| set.then_some(k))
        .collect()
    }
}

/// A request for routes.
#[derive(Clone, Debug, PartialEq)]
pub struct Request {
    pub start: Start,
    pub target: Target,
    pub criterion: Criterion,
    /// How many routes, best first (at least 1).
    pub k: usize,
    /// The day the first step is ready.
    pub start_date: Date,
    pub constraints: Constraints,
}

/// One offer of a route, and how it was entered.
#[derive(Clone, Debug, PartialEq)]
pub struct Step {
    pub offer: OfferIx,
    /// The edge followed into this offer; none for the first.
    pub via: Option<Via>,
    /// Hours to do: all of them for the first offer, `hours − credit` after.
    pub hours: f64,
    pub seam: bool,
    /// What this step costs: `cost_eur × step hours / hours`.
    pub cost_eur: f64,
    /// Kilometres from the previous offer's centre.
    pub km: f64,
    /// When the step is taken, by the finish-date rules; none when it
    /// cannot be (no session left).
    pub start: Option<Date>,
    pub end: Option<Date>,
}

/// A pathway: offers one after the other, with totals.
#[derive(Clone, Debug, PartialEq)]
pub struct Route {
    pub steps: Vec<Step>,
    pub hours: f64,
    pub seams: usize,
    pub cost_eur: f64,
    pub distance_km: f64,
    pub finish: Option<Date>,
}

impl Route {
    /// The offers, in order.
    pub fn offers(&self) -> Vec<OfferIx> {
        self.steps.iter().map(|s| s.offer).collect()
    }

    /// The figures a criterion compares, most important first.
    pub fn key(&self, criterion: Criterion) -> Key {
        Key::of_route(self, criterion)
    }
}

/// The best routes for a request, up to `k`, best first; empty when there
/// is none (see [`explain`] for why).
pub fn find(cat: &Catalogue, graph: &PathwayGraph, request: &Request) -> Vec<Route> {
    let problem = search::Problem::new(cat, graph, request);
    yen::k_best(&problem, request.k.max(1))
}

/// [`find`], given up once `cancel` is set (by another thread: the
/// interface runs routes off its drawing thread and drops those no longer
/// wanted). None when it was given up: a search cut short proves nothing.
pub fn find_until(
    cat: &Catalogue,
    graph: &PathwayGraph,
    request: &Request,
    cancel: &AtomicBool,
) -> Option<Vec<Route>> {
    let mut problem = search::Problem::new(cat, graph, request);
    problem.cancel_on(cancel);
    let routes = yen::k_best(&problem, request.k.max(1));
    (!problem.cancelled()).then_some(routes)
}
