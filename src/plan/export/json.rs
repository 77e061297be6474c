//! The plan as JSON for other programs: the plan as saved, its route
//! evaluated on the day of the export with every id, and what changed.

use serde::Serialize;

mod route;

pub(crate) use route::{Detail, RouteJson};

use super::Evaluated;
use crate::model::Date;
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
    let export = Export {
        format: EXPORT_FORMAT,
        exported: e.today,
        sample: e.is_sample(),
        plan: e.plan,
        route: e
            .route
            .as_ref()
            .map(|r| RouteJson::new(e.cat, r, Detail::Export)),
        changes: e.changes.iter().map(ChangeJson::from).collect(),
    };
    let mut text = to_safe_json(&export).expect("plans serialise");
    text.push('\n');
    text
}
