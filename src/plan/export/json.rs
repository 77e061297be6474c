//! The plan as JSON for other programs: the plan as saved, its route
//! evaluated on the day of the export with every id, and what changed.

use serde::Serialize;

use super::Evaluated;
use crate::model::Date;
use crate::model::file::number;
use crate::plan::{Change, Plan};
use crate::text::to_safe_json;

/// The format tag of an exported plan.
pub const EXPORT_FORMAT: &str = "parcours-plan-export/1";

#[derive(Serialize)]
struct Export<'a> {
    format: &'static str,
    /// The day the route was evaluated.
    exported: Date,
    /// The catalogue is the illustrative sample built into parcours.
    sample: bool,
    plan: &'a Plan,
    /// None when an offer or a link of the plan's route is gone.
    route: Option<RouteJson<'a>>,
    changes: Vec<ChangeJson<'a>>,
}

#[derive(Serialize)]
struct RouteJson<'a> {
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
    offer: &'a str,
    title: &'a str,
    provider: &'a str,
    centre: Option<&'a str>,
    city: Option<&'a str>,
    country: &'a str,
    #[serde(serialize_with = "number")]
    hours: f64,
    via: Option<ViaJson<'a>>,
    seam: bool,
    start: Option<Date>,
    end: Option<Date>,
}

#[derive(Serialize)]
struct ViaJson<'a> {
    kind: &'static str,
    agreement: Option<&'a str>,
    #[serde(serialize_with = "number")]
    credit_hours: f64,
    inferred: bool,
    note: Option<String>,
    /// For an inferred step: the competences it rests on.
    competences: Vec<&'a str>,
}

#[derive(Serialize)]
#[serde(tag = "change", rename_all = "snake_case")]
enum ChangeJson<'a> {
    OfferGone {
        offer: &'a str,
    },
    LinkGone {
        from: &'a str,
        to: &'a str,
    },
    SessionPassed {
        offer: &'a str,
        start: &'a str,
    },
    NoSessionLeft {
        offer: &'a str,
    },
    BetterRoute {
        was: &'a crate::plan::PlanTotals,
        now: &'a crate::plan::PlanTotals,
    },
    TotalsChanged {
        was: &'a crate::plan::PlanTotals,
        now: &'a crate::plan::PlanTotals,
    },
}

impl<'a> From<&'a Change> for ChangeJson<'a> {
    fn from(c: &'a Change) -> Self {
        match c {
            Change::OfferGone { id } => Self::OfferGone { offer: id },
            Change::LinkGone { from, to } => Self::LinkGone { from, to },
            Change::SessionPassed { offer, start } => Self::SessionPassed { offer, start },
            Change::NoSessionLeft { offer } => Self::NoSessionLeft { offer },
            Change::BetterRoute { was, now } => Self::BetterRoute { was, now },
            Change::TotalsChanged { was, now } => Self::TotalsChanged { was, now },
        }
    }
}

pub(super) fn write(e: &Evaluated) -> String {
    let cat = e.cat;
    let route = e.route.as_ref().map(|r| RouteJson {
        path: r
            .steps
            .iter()
            .enumerate()
            .map(|(i, s)| {
                let offer = cat.offer(s.offer);
                let (city, country) = e.place(s.offer);
                let why = crate::route::reasons::why(cat, r, i);
                StepJson {
                    offer: &offer.id,
                    title: &offer.title,
                    provider: &cat.provider(offer.provider).id,
                    centre: offer.centre.map(|c| cat.centre(c).id.as_str()),
                    city,
                    country,
                    hours: s.hours,
                    via: why.map(|w| ViaJson {
                        kind: w.link.map_or("progression", |k| k.as_str()),
                        agreement: w.agreement.map(|a| cat.agreement(a).id.as_str()),
                        credit_hours: w.credit_hours,
                        inferred: w.link.is_none(),
                        note: w.note,
                        competences: w
                            .competences
                            .iter()
                            .map(|c| cat.competence(*c).id.as_str())
                            .collect(),
                    }),
                    seam: s.seam,
                    start: s.start,
                    end: s.end,
                }
            })
            .collect(),
        hours: r.hours,
        seams: r.seams,
        steps: r.steps.len(),
        cost_eur: r.cost_eur,
        distance_km: r.distance_km,
        finish: r.finish,
    });
    let export = Export {
        format: EXPORT_FORMAT,
        exported: e.today,
        sample: e.is_sample(),
        plan: e.plan,
        route,
        changes: e.changes.iter().map(ChangeJson::from).collect(),
    };
    let mut text = to_safe_json(&export).expect("plans serialise");
    text.push('\n');
    text
}
