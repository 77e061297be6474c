//! The JSON of a route: what `parcours route --json` prints (DESIGN.md's
//! contract) and what the plan export gives, built in one place so that
//! the two stay alike. The export says more about each step, in extra
//! fields placed among the contract's ones.

use serde::Serialize;

use crate::model::file::number;
use crate::model::{Catalogue, Date};
use crate::route::Route;
use crate::route::reasons::{Why, why};

/// How much a route's JSON says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Detail {
    /// The fields of DESIGN.md's contract for `parcours route --json`.
    Contract,
    /// Those fields, and for a reader of an exported plan each offer's
    /// title, centre, city and country, each link's note and the
    /// competences an inferred step rests on.
    Export,
}

/// One route: its steps, then its totals.
#[derive(Serialize)]
pub(crate) struct RouteJson<'a> {
    path: Vec<StepJson<'a>>,
    #[serde(serialize_with = "number")]
    hours: f64,
    seams: usize,
    steps: usize,
    cost_eur: f64,
    distance_km: f64,
    finish: Option<Date>,
}

#[derive(Serialize)]
struct StepJson<'a> {
    #[serde(flatten)]
    offer: OfferJson<'a>,
    #[serde(serialize_with = "number")]
    hours: f64,
    via: Option<ViaJson<'a>>,
    seam: bool,
    start: Option<Date>,
    end: Option<Date>,
}

/// The offer of a step, its fields in the order they are written.
#[derive(Serialize)]
#[serde(untagged)]
enum OfferJson<'a> {
    Contract {
        offer: &'a str,
        provider: &'a str,
    },
    Export {
        offer: &'a str,
        title: &'a str,
        provider: &'a str,
        centre: Option<&'a str>,
        /// None: distance learning.
        city: Option<&'a str>,
        country: &'a str,
    },
}

/// The way into a step from the one before it.
#[derive(Serialize)]
struct ViaJson<'a> {
    kind: &'static str,
    agreement: Option<&'a str>,
    #[serde(serialize_with = "number")]
    credit_hours: f64,
    inferred: bool,
    /// [`Detail::Export`] only.
    #[serde(flatten)]
    more: Option<ViaMoreJson<'a>>,
}

#[derive(Serialize)]
struct ViaMoreJson<'a> {
    note: Option<String>,
    /// For an inferred step: the competences it rests on.
    competences: Vec<&'a str>,
}

impl<'a> RouteJson<'a> {
    /// The JSON of `route`, saying as much as `detail` asks.
    pub(crate) fn new(cat: &'a Catalogue, route: &Route, detail: Detail) -> Self {
        let path = route
            .steps
            .iter()
            .enumerate()
            .map(|(i, s)| {
                let o = cat.offer(s.offer);
                let (offer, provider) = (o.id.as_str(), cat.provider(o.provider).id.as_str());
                StepJson {
                    offer: match detail {
                        Detail::Contract => OfferJson::Contract { offer, provider },
                        Detail::Export => {
                            let centre = o.centre.map(|c| cat.centre(c));
                            OfferJson::Export {
                                offer,
                                title: &o.title,
                                provider,
                                centre: centre.map(|c| c.id.as_str()),
                                city: centre.map(|c| c.city.as_str()),
                                country: cat.offer_country(s.offer),
                            }
                        }
                    },
                    hours: s.hours,
                    via: why(cat, route, i).map(|w| ViaJson::new(cat, w, detail)),
                    seam: s.seam,
                    start: s.start,
                    end: s.end,
                }
            })
            .collect();
        Self {
            path,
            hours: route.hours,
            seams: route.seams,
            steps: route.steps.len(),
            cost_eur: route.cost_eur,
            distance_km: route.distance_km,
            finish: route.finish,
        }
    }
}

impl<'a> ViaJson<'a> {
    fn new(cat: &'a Catalogue, why: Why, detail: Detail) -> Self {
        Self {
            // An inferred step follows no written link: it is a progression.
            kind: why.link.map_or("progression", |k| k.as_str()),
            agreement: why.agreement.map(|a| cat.agreement(a).id.as_str()),
            credit_hours: why.credit_hours,
            inferred: why.link.is_none(),
            more: (detail == Detail::Export).then(|| ViaMoreJson {
                note: why.note,
                competences: why
                    .competences
                    .iter()
                    .map(|c| cat.competence(*c).id.as_str())
                    .collect(),
            }),
        }
    }
}
