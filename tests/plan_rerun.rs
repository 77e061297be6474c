//! A saved plan re-run on the sample and on edited copies of it: what
//! changed is said, and nothing else.

// Hours here are sums of whole numbers: exact in f64.
#![allow(clippy::float_cmp)]

use parcours::graph::PathwayGraph;
use parcours::load::{Source, load, sample};
use parcours::model::{Catalogue, Date};
use parcours::plan::{Change, Plan, PlanTotals, rerun};
use parcours::route::{Constraints, Criterion, Request, Start, Target, find};
use serde_json::{Value, json};

const CARISTE: &str = "forem-liege-cariste";
const GESTIONNAIRE: &str = "forem-liege-gestionnaire-entrepot";
const LICENCE: &str = "cnam-ge-metz-lp-logistique";

fn date(text: &str) -> Date {
    Date::parse(text).unwrap()
}

/// The sample with `edit` applied to its files (name → JSON).
fn edited(edit: impl Fn(&str, &mut Value)) -> Catalogue {
    let files = sample::FILES
        .iter()
        .map(|(name, text)| {
            let mut value: Value = serde_json::from_str(text).unwrap();
            edit(name, &mut value);
            (name.to_string(), serde_json::to_vec(&value).unwrap())
        })
        .collect();
    let loaded = load(&Source::Memory(files));
    loaded
        .catalogue
        .unwrap_or_else(|| panic!("{:?}", loaded.diagnostics.errors))
}

fn sample() -> Catalogue {
    edited(|_, _| {})
}

/// The plan saved on 2026-11-22: Liège forklift course, then warehouse
/// manager, then the logistics degree in Metz (1250 h, finish 2029-06-29).
fn saved_plan() -> Plan {
    let cat = sample();
    let graph = PathwayGraph::new(&cat);
    let request = Request {
        start: Start::From(cat.lookup.offer(CARISTE).unwrap()),
        target: Target::Offer(cat.lookup.offer(LICENCE).unwrap()),
        criterion: Criterion::Hours,
        k: 3,
        start_date: date("2026-11-22"),
        constraints: Constraints::default(),
    };
    let routes = find(&cat, &graph, &request);
    let plan = Plan::new(
        "Marie",
        "",
        "",
        &cat,
        &request,
        &routes[0],
        date("2026-11-22"),
    );
    assert_eq!(plan.route, [CARISTE, GESTIONNAIRE, LICENCE]);
    assert_eq!(plan.totals.finish.as_deref(), Some("2029-06-29"));
    plan
}

fn changes(cat: &Catalogue, today: &str) -> Vec<Change> {
    rerun(cat, &PathwayGraph::new(cat), &saved_plan(), date(today)).changes
}

fn offers_of(file: &mut Value) -> &mut Vec<Value> {
    file["offers"].as_array_mut().unwrap()
}

#[test]
fn nothing_changed_on_the_same_catalogue_and_day() {
    let cat = sample();
    let again = rerun(
        &cat,
        &PathwayGraph::new(&cat),
        &saved_plan(),
        date("2026-11-22"),
    );
    assert_eq!(again.changes, []);
    let saved = again.saved_route.unwrap();
    assert_eq!(PlanTotals::of(&saved), saved_plan().totals);
    assert_eq!(again.routes[0].offers(), saved.offers());
    assert_eq!(again.request.unwrap().start_date, date("2026-11-22"));
}

#[test]
fn a_passed_session_is_said_and_the_plan_runs_from_today() {
    let cat = sample();
    // The first session began on 2026-12-07; the next one still leads to
    // the same finish, so the totals are unchanged.
    let again = rerun(
        &cat,
        &PathwayGraph::new(&cat),
        &saved_plan(),
        date("2026-12-10"),
    );
    assert_eq!(
        again.changes,
        [Change::SessionPassed {
            offer: CARISTE.to_owned(),
            start: "2026-12-07".to_owned()
        }]
    );
    let saved = again.saved_route.unwrap();
    assert_eq!(saved.steps[0].start, Some(date("2027-03-01")));
    assert_eq!(again.request.unwrap().start_date, date("2026-12-10"));
}

#[test]
fn a_step_without_session_left_changes_the_totals() {
    let cat = sample();
    let changes = changes(&cat, "2028-10-01");
    let passed: Vec<&str> = changes
        .iter()
        .filter_map(|c| match c {
            Change::SessionPassed { offer, .. } => Some(offer.as_str()),
            _ => None,
        })
        .collect();
    assert_eq!(passed, [CARISTE, GESTIONNAIRE, LICENCE]);
    assert!(changes.contains(&Change::NoSessionLeft {
        offer: CARISTE.to_owned()
    }));
    let Some(Change::TotalsChanged { was, now }) = changes
        .iter()
        .find(|c| matches!(c, Change::TotalsChanged { .. }))
    else {
        panic!("{changes:?}")
    };
    assert_eq!(was.finish.as_deref(), Some("2029-06-29"));
    assert_eq!(now.finish, None);
}

#[test]
fn an_offer_gone_is_named_and_the_saved_route_cannot_be_followed() {
    let cat = edited(|name, file| match name {
        "forem.json" => offers_of(file).retain(|o| o["id"] != GESTIONNAIRE),
        "links.json" => file["links"]
            .as_array_mut()
            .unwrap()
            .retain(|l| l["from"] != GESTIONNAIRE && l["to"] != GESTIONNAIRE),
        _ => {}
    });
    let again = rerun(
        &cat,
        &PathwayGraph::new(&cat),
        &saved_plan(),
        date("2026-11-22"),
    );
    assert_eq!(
        again.changes,
        [Change::OfferGone {
            id: GESTIONNAIRE.to_owned()
        }]
    );
    assert_eq!(again.saved_route, None);
    // The request still stands: its start and target are there.
    assert!(again.request.is_ok());
    assert!(!again.routes.is_empty());
}

#[test]
fn a_link_gone_is_named() {
    // The degree now also requires a competence the warehouse course does
    // not grant: the inferred progression into it is gone.
    let cat = edited(|name, file| {
        if name == "cnam-grand-est.json" {
            for o in offers_of(file) {
                if o["id"] == LICENCE {
                    o["requires"]
                        .as_array_mut()
                        .unwrap()
                        .push(json!("c-soudage-mig"));
                }
            }
        }
    });
    let again = rerun(
        &cat,
        &PathwayGraph::new(&cat),
        &saved_plan(),
        date("2026-11-22"),
    );
    assert_eq!(
        again.changes,
        [Change::LinkGone {
            from: GESTIONNAIRE.to_owned(),
            to: LICENCE.to_owned()
        }]
    );
    assert_eq!(again.saved_route, None);
}

#[test]
fn a_better_route_now_is_offered() {
    // A new bridge straight from the forklift course to the degree.
    let cat = edited(|name, file| {
        if name == "links.json" {
            file["links"].as_array_mut().unwrap().push(json!({
                "from": CARISTE, "to": LICENCE, "kind": "bridge",
                "agreement": "afpa-forem", "credit_hours": 50
            }));
        }
    });
    let again = rerun(
        &cat,
        &PathwayGraph::new(&cat),
        &saved_plan(),
        date("2026-11-22"),
    );
    let [Change::BetterRoute { was, now }] = again.changes.as_slice() else {
        panic!("{:?}", again.changes)
    };
    assert_eq!(was, &saved_plan().totals);
    assert_eq!((now.hours, now.steps), (700.0, 2));
    assert_eq!(again.routes[0].steps.len(), 2);
}

#[test]
fn changed_sessions_change_the_totals() {
    let cat = edited(|name, file| {
        if name == "cnam-grand-est.json" {
            for o in offers_of(file) {
                if o["id"] == LICENCE {
                    o["sessions"] = json!([{ "start": "2028-10-02", "end": "2029-07-13" }]);
                }
            }
        }
    });
    let changes = changes(&cat, "2026-11-22");
    let [Change::TotalsChanged { was, now }] = changes.as_slice() else {
        panic!("{changes:?}")
    };
    assert_eq!(was.finish.as_deref(), Some("2029-06-29"));
    assert_eq!(now.finish.as_deref(), Some("2029-07-13"));
    assert_eq!(now.hours, was.hours);
}

#[test]
fn a_target_gone_leaves_no_request() {
    let cat = edited(|name, file| match name {
        "cnam-grand-est.json" => offers_of(file).retain(|o| o["id"] != LICENCE),
        "links.json" => file["links"]
            .as_array_mut()
            .unwrap()
            .retain(|l| l["from"] != LICENCE && l["to"] != LICENCE),
        _ => {}
    });
    let again = rerun(
        &cat,
        &PathwayGraph::new(&cat),
        &saved_plan(),
        date("2026-11-22"),
    );
    assert_eq!(again.request, Err(vec![LICENCE.to_owned()]));
    assert!(again.routes.is_empty());
    assert_eq!(
        again.changes,
        [Change::OfferGone {
            id: LICENCE.to_owned()
        }]
    );
}
