//! The route engine against an independent oracle: a brute force over every
//! simple path of small random catalogues, written from DESIGN.md ("Data
//! format", "The pathway graph", "Routes").

mod common;

use std::sync::atomic::{AtomicUsize, Ordering};

use common::*;
use proptest::strategy::Strategy;
use proptest::test_runner::TestCaseError;

/// Path extensions the brute force may make before a request is skipped.
const BUDGET: usize = 60_000;

const ALL: [usize; 6] = [0, 1, 2, 3, 4, 5];
const STATIC: [usize; 5] = [0, 1, 2, 3, 4];
const FINISH: [usize; 1] = [5];

/// Random requests of one kind, each compared with the brute force.
#[derive(Clone, Copy)]
struct Property {
    name: &'static str,
    /// Fewer offers, more links: many paths between two offers.
    dense: bool,
    cases: u32,
    /// Positions in [`CRITERIA`].
    criteria: &'static [usize],
    /// Requests ask for 1 to `max_k` routes.
    max_k: usize,
    sessions: Sessions,
}

/// The best route by any criterion, sessions in step.
const BEST: Property = Property {
    name: "best",
    dense: false,
    cases: 400,
    criteria: &ALL,
    max_k: 1,
    sessions: Sessions::Ordered,
};

#[derive(Default)]
struct Stats {
    compared: AtomicUsize,
    with_routes: AtomicUsize,
    skipped: AtomicUsize,
    paths: AtomicUsize,
    many: AtomicUsize,
}

impl Property {
    /// Runs the cases; panics with the first (shrunk) failure.
    fn check(self) {
        let stats = Stats::default();
        let catalogues = if self.dense {
            dense_cat_strategy().boxed()
        } else {
            cat_strategy().boxed()
        };
        let result = runner(self.cases).run(
            &(catalogues, req_strategy(self.criteria.to_vec(), self.max_k)),
            |(g, r)| {
                let spec = g.spec(self.sessions);
                let req = r.req(&spec);
                match compare(&spec, &req, BUDGET) {
                    Ok(Outcome::Skipped) => {
                        stats.skipped.fetch_add(1, Ordering::Relaxed);
                        Ok(())
                    }
                    Ok(Outcome::Compared(n)) => {
                        stats.compared.fetch_add(1, Ordering::Relaxed);
                        if n > 0 {
                            stats.with_routes.fetch_add(1, Ordering::Relaxed);
                        }
                        if n > 4 {
                            stats.many.fetch_add(1, Ordering::Relaxed);
                        }
                        stats.paths.fetch_add(n, Ordering::Relaxed);
                        Ok(())
                    }
                    Err(why) => Err(TestCaseError::fail(why)),
                }
            },
        );
        eprintln!(
            "{}: {} requests compared, shrinking included ({} with at least one route, {} with more than 4, {} paths in all), {} skipped (too many paths)",
            self.name,
            stats.compared.load(Ordering::Relaxed),
            stats.with_routes.load(Ordering::Relaxed),
            stats.many.load(Ordering::Relaxed),
            stats.paths.load(Ordering::Relaxed),
            stats.skipped.load(Ordering::Relaxed),
        );
        if let Err(e) = result {
            panic!("{}: {e}", self.name);
        }
    }
}

#[test]
fn best_route_matches_brute_force_for_static_criteria() {
    Property {
        name: "best/static",
        cases: 500,
        criteria: &STATIC,
        sessions: Sessions::Any,
        ..BEST
    }
    .check();
}

#[test]
fn best_route_matches_brute_force_for_finish_with_ordered_sessions() {
    Property {
        name: "best/finish/ordered",
        criteria: &FINISH,
        ..BEST
    }
    .check();
}

/// Sessions as generated: a session that starts later may end sooner, so
/// arriving later at an offer may finish sooner (see
/// `finish_counts_a_later_arrival_that_catches_a_shorter_session`; random
/// cases hit it only now and then).
#[test]
fn best_route_matches_brute_force_for_finish_with_any_sessions() {
    Property {
        name: "best/finish/any",
        criteria: &FINISH,
        sessions: Sessions::Any,
        ..BEST
    }
    .check();
}

/// k best by finish with sessions out of step: every spur search starts
/// from each end date the root can reach.
#[test]
fn k_best_routes_match_brute_force_for_finish_with_any_sessions() {
    Property {
        name: "k-best/finish/any-sessions",
        cases: 300,
        criteria: &FINISH,
        max_k: 4,
        sessions: Sessions::Any,
        ..BEST
    }
    .check();
}

#[test]
fn best_route_matches_brute_force_in_dense_catalogues() {
    Property {
        name: "best/dense",
        dense: true,
        cases: 300,
        ..BEST
    }
    .check();
}

#[test]
fn k_best_routes_match_brute_force_in_dense_catalogues() {
    Property {
        name: "k-best/dense",
        dense: true,
        cases: 300,
        max_k: 4,
        ..BEST
    }
    .check();
}

/// Routes as DESIGN defines them: any simple path from a start to a target,
/// including those that pass through another target on the way (see
/// `k_best_counts_routes_that_pass_through_a_target`).
#[test]
fn k_best_routes_match_brute_force() {
    Property {
        name: "k-best/all",
        max_k: 4,
        ..BEST
    }
    .check();
}

// ------------------------------------------------------------------------
// Minimal cases of the discrepancies the properties found.

use parcours::model::Catalogue;
use parcours::route::{Criterion, Request, Route, Start, Target};

/// The best `k` routes by `criterion`, the first step ready on 2027-01-04.
fn routes(
    cat: &Catalogue,
    start: Start,
    target: Target,
    criterion: Criterion,
    k: usize,
) -> Vec<Route> {
    ask(
        cat,
        &Request {
            k,
            ..request(start, target, criterion, "2027-01-04")
        },
    )
}

/// DESIGN: `finish` minimises the finish date. With sessions where a later
/// one ends sooner, reaching an offer later can finish sooner, so an
/// earlier arrival with fewer hours does not make a later one useless.
///
/// Holding nothing, start 2027-01-04, to `c`, by finish:
/// - m, c: m 01-04..01-10, c ready 01-11 → session 01-11..12-31;
/// - b, m, c: b (10 weeks) 01-04..03-14, m 03-15..03-21, c ready 03-22 →
///   session 03-22..03-26: finishes nine months sooner.
#[test]
fn finish_counts_a_later_arrival_that_catches_a_shorter_session() {
    let cat = one_provider(
        r#"{"id": "m", "provider": "p", "title": "M", "hours": 35, "grants": ["k"]},
           {"id": "b", "provider": "p", "title": "B", "hours": 350},
           {"id": "c", "provider": "p", "title": "C", "hours": 10, "requires": ["k"],
            "sessions": [{"start": "2027-01-11", "end": "2027-12-31"},
                         {"start": "2027-03-22", "end": "2027-03-26"}]}"#,
        r#"{"from": "b", "to": "m", "kind": "progression"}"#,
    );
    let c = offer(&cat, "c");
    let found = routes(
        &cat,
        Start::Holding(vec![]),
        Target::Offer(c),
        Criterion::Finish,
        1,
    );
    assert_eq!(found.len(), 1);
    assert_eq!(
        (ids(&cat, &found[0]), found[0].finish.map(|d| d.to_string())),
        (
            vec!["b".to_owned(), "m".to_owned(), "c".to_owned()],
            Some("2027-03-26".to_owned())
        )
    );
}

/// DESIGN: "Where several edges join the same pair, a route uses the
/// cheapest for the chosen criterion." For `finish` the cheapest link is
/// the one that finishes first, not always the one with fewer hours.
///
/// From a, start 2027-01-04, to c, by finish: a 01-04..01-10; entering m
/// through the equivalence (0 hours) ends 01-10 and c's long session ends
/// 12-31; through the progression (350 hours, 10 weeks) m runs
/// 01-11..03-21 and c's session 03-22..03-26 ends on 03-26.
#[test]
fn finish_chooses_between_parallel_links_by_finish_date() {
    let cat = one_provider(
        r#"{"id": "a", "provider": "p", "title": "A", "hours": 35},
           {"id": "m", "provider": "p", "title": "M", "hours": 350},
           {"id": "c", "provider": "p", "title": "C", "hours": 10,
            "sessions": [{"start": "2027-01-11", "end": "2027-12-31"},
                         {"start": "2027-03-22", "end": "2027-03-26"}]}"#,
        r#"{"from": "a", "to": "m", "kind": "equivalence"},
           {"from": "a", "to": "m", "kind": "progression"},
           {"from": "m", "to": "c", "kind": "progression"}"#,
    );
    let (a, c) = (offer(&cat, "a"), offer(&cat, "c"));
    let found = routes(&cat, Start::From(a), Target::Offer(c), Criterion::Finish, 1);
    assert_eq!(found.len(), 1);
    let r = &found[0];
    assert_eq!(ids(&cat, r), ["a", "m", "c"]);
    assert_eq!(
        (r.finish.map(|d| d.to_string()), r.hours, r.steps[1].hours),
        (Some("2027-03-26".to_owned()), 395.0, 350.0)
    );
}

/// DESIGN: "A route is a sequence of distinct offers, each joined to the
/// next by an edge", ending at a target; nothing says it must end at the
/// first target it meets. From a to occupation o (both a and b prepare
/// it), k = 2: [a] and [a, b].
#[test]
fn k_best_counts_routes_that_pass_through_a_target() {
    let cat = one_provider(
        r#"{"id": "a", "provider": "p", "title": "A", "hours": 35, "prepares": ["o"]},
           {"id": "b", "provider": "p", "title": "B", "hours": 35, "prepares": ["o"]}"#,
        r#"{"from": "a", "to": "b", "kind": "progression"}"#,
    );
    let a = offer(&cat, "a");
    let o = cat.lookup.occupation("o").unwrap();
    let found = routes(
        &cat,
        Start::From(a),
        Target::Occupation(o),
        Criterion::Hours,
        2,
    );
    let routes: Vec<Vec<String>> = found.iter().map(|r| ids(&cat, r)).collect();
    assert_eq!(routes, [vec!["a"], vec!["a", "b"]]);
}
