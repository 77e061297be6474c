//! A saved plan re-run on the sample and on edited copies of it: what
//! changed is said, and nothing else.

// Hours here are sums of whole numbers: exact in f64.
#![allow(clippy::float_cmp)]

mod plan_common;

use parcours::graph::PathwayGraph;
use parcours::model::Catalogue;
use parcours::plan::{Change, Label, Plan, PlanTotals, Rerun, rerun, rerun_until};
use parcours::route::{Constraints, Criterion, Request, Start, Target, find};
use plan_common::{date, edited, list, sample_cat, with_offer, without_offer};
use serde_json::json;

const CARISTE: &str = "forem-liege-cariste";
const GESTIONNAIRE: &str = "forem-liege-gestionnaire-entrepot";
const LICENCE: &str = "cnam-ge-metz-lp-logistique";

/// The plan saved on 2026-11-22: Liège forklift course, then warehouse
/// manager, then the logistics degree in Metz (1250 h, finish 2029-06-29).
fn saved_plan() -> Plan {
    let cat = sample_cat();
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
        Label {
            name: "Marie",
            ..Label::default()
        },
        &cat,
        &request,
        &routes[0],
        date("2026-11-22"),
    );
    assert_eq!(plan.route, [CARISTE, GESTIONNAIRE, LICENCE]);
    assert_eq!(plan.totals.finish.as_deref(), Some("2029-06-29"));
    plan
}

/// The saved plan re-run on `cat` on the day `today`.
fn again(cat: &Catalogue, today: &str) -> Rerun {
    rerun(cat, &PathwayGraph::new(cat), &saved_plan(), date(today))
}

fn changes(cat: &Catalogue, today: &str) -> Vec<Change> {
    again(cat, today).changes
}

#[test]
fn nothing_changed_on_the_same_catalogue_and_day() {
    let cat = sample_cat();
    let again = again(&cat, "2026-11-22");
    assert_eq!(again.changes, []);
    let saved = again.saved_route.unwrap();
    assert_eq!(PlanTotals::of(&saved), saved_plan().totals);
    assert_eq!(again.routes[0].offers(), saved.offers());
    assert_eq!(again.request.unwrap().start_date, date("2026-11-22"));
}

#[test]
fn a_passed_session_is_said_and_the_plan_runs_from_today() {
    let cat = sample_cat();
    // The first session began on 2026-12-07; the next one still leads to
    // the same finish, so the totals are unchanged.
    let again = again(&cat, "2026-12-10");
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
    let cat = sample_cat();
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
fn a_plan_saved_without_dates_is_not_said_to_have_lost_its_sessions() {
    // Saved when a step already had no session left: no finish date then,
    // none now, and nothing lost since.
    let cat = sample_cat();
    let mut plan = saved_plan();
    plan.request.start_date = "2028-10-01".to_owned();
    let graph = PathwayGraph::new(&cat);
    let then = parcours::route::evaluate(
        &graph,
        &again(&cat, "2026-11-22").saved_route.unwrap().offers(),
        Criterion::Hours,
        date("2028-10-01"),
    );
    plan.totals = PlanTotals::of(&then);
    assert_eq!(plan.totals.finish, None);
    let changes = rerun(&cat, &graph, &plan, date("2028-10-01")).changes;
    assert!(
        !changes
            .iter()
            .any(|c| matches!(c, Change::NoSessionLeft { .. })),
        "{changes:?}"
    );
}

#[test]
fn an_offer_gone_is_named_and_the_saved_route_cannot_be_followed() {
    let cat = without_offer("forem.json", GESTIONNAIRE);
    let again = again(&cat, "2026-11-22");
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
    let cat = with_offer("cnam-grand-est.json", LICENCE, |o| {
        list(o, "requires").push(json!("c-soudage-mig"));
    });
    let again = again(&cat, "2026-11-22");
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
            list(file, "links").push(json!({
                "from": CARISTE, "to": LICENCE, "kind": "bridge",
                "agreement": "afpa-forem", "credit_hours": 50
            }));
        }
    });
    let again = again(&cat, "2026-11-22");
    let [Change::BetterRoute { was, now }] = again.changes.as_slice() else {
        panic!("{:?}", again.changes)
    };
    assert_eq!(was, &saved_plan().totals);
    assert_eq!((now.hours, now.steps), (700.0, 2));
    assert_eq!(again.routes[0].steps.len(), 2);
}

#[test]
fn changed_sessions_change_the_totals() {
    let cat = with_offer("cnam-grand-est.json", LICENCE, |o| {
        o["sessions"] = json!([{ "start": "2028-10-02", "end": "2029-07-13" }]);
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
    let cat = without_offer("cnam-grand-est.json", LICENCE);
    let again = again(&cat, "2026-11-22");
    assert_eq!(again.request, Err(vec![LICENCE.to_owned()]));
    assert!(again.routes.is_empty());
    assert_eq!(
        again.changes,
        [Change::OfferGone {
            id: LICENCE.to_owned()
        }]
    );
}

#[test]
fn a_rerun_stopped_from_another_thread_answers_nothing() {
    let cat = sample_cat();
    let graph = PathwayGraph::new(&cat);
    let plan = saved_plan();
    let today = date("2026-11-22");
    let stop = std::sync::atomic::AtomicBool::new(false);
    assert_eq!(
        rerun_until(&cat, &graph, &plan, today, &stop),
        Some(rerun(&cat, &graph, &plan, today))
    );
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    assert_eq!(rerun_until(&cat, &graph, &plan, today, &stop), None);
}
