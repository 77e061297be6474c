//! `parcours route` and `parcours reach` as processes, on the sample.

use assert_cmd::Command;
use assert_cmd::assert::Assert;
use predicates::prelude::*;
use serde_json::Value;

fn parcours(home: &std::path::Path) -> Command {
    let mut cmd = Command::cargo_bin("parcours").unwrap();
    cmd.env_remove("PARCOURS_DATA")
        .env("HOME", home)
        .env("XDG_DATA_HOME", home.join("data"));
    cmd
}

/// `parcours route ARGS…` run to its end, in a home of its own.
fn route(args: &[&str]) -> Assert {
    let home = tempfile::tempdir().unwrap();
    parcours(home.path()).arg("route").args(args).assert()
}

/// The JSON `parcours route --json --start 2026-11-22 ARGS…` prints, and
/// its exit code.
fn route_json(args: &[&str]) -> (Value, i32) {
    let ran = route(&[&["--json", "--start", "2026-11-22"], args].concat());
    let output = ran.get_output();
    (
        serde_json::from_slice(&output.stdout).unwrap(),
        output.status.code().unwrap(),
    )
}

/// The JSON `parcours reach --json ARGS…` prints, after it succeeded.
fn reach_json(args: &[&str]) -> Value {
    let home = tempfile::tempdir().unwrap();
    let ran = parcours(home.path())
        .args(["reach", "--json"])
        .args(args)
        .assert()
        .success();
    serde_json::from_slice(&ran.get_output().stdout).unwrap()
}

const LIEGE: &str = "forem-liege-cariste";
const METZ: &str = "cnam-ge-metz-lp-logistique";

#[test]
fn json_follows_the_contract() {
    let (json, code) = route_json(&["--from", LIEGE, "--to", METZ, "--by", "seams"]);
    assert_eq!(code, 0);
    assert_eq!(json["criterion"], "seams");
    let route = &json["routes"][0];
    let offers: Vec<&str> = route["path"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["offer"].as_str().unwrap())
        .collect();
    assert_eq!(offers, [LIEGE, "afpa-metz-tle", METZ]);
    assert_eq!(route["hours"], 1410);
    assert_eq!(route["seams"], 0);
    assert_eq!(route["steps"], 3);
    let first = &route["path"][0];
    assert_eq!(first["via"], Value::Null);
    assert_eq!(first["provider"], "forem");
    assert_eq!(first["hours"], 300);
    assert_eq!(first["start"], "2026-12-07");
    let second = &route["path"][1];
    assert_eq!(
        second["via"],
        serde_json::json!({"kind": "bridge", "agreement": "afpa-forem", "credit_hours": 120, "inferred": false})
    );
    assert_eq!(second["hours"], 720);
    let keys: Vec<&String> = route.as_object().unwrap().keys().collect();
    assert_eq!(
        keys,
        [
            "cost_eur",
            "distance_km",
            "finish",
            "hours",
            "path",
            "seams",
            "steps"
        ]
    );
    assert!(route["cost_eur"].is_f64() && route["distance_km"].is_f64());
    assert_eq!(route["finish"], route["path"][2]["end"]);
}

#[test]
fn k_routes_come_best_first() {
    let (json, code) = route_json(&["--from", LIEGE, "--to", METZ, "-k", "3"]);
    assert_eq!(code, 0);
    let routes = json["routes"].as_array().unwrap();
    assert_eq!(routes.len(), 3);
    let hours: Vec<f64> = routes
        .iter()
        .map(|r| r["hours"].as_f64().unwrap())
        .collect();
    assert!(hours.windows(2).all(|w| w[0] <= w[1]), "{hours:?}");
    assert_eq!(routes[0]["hours"], 1250);
    let inferred = &routes[0]["path"][2]["via"];
    assert_eq!(inferred["inferred"], true);
    assert_eq!(inferred["kind"], "progression");
    assert_eq!(routes[0]["path"][2]["seam"], true);
}

#[test]
fn no_route_says_why_and_exits_1() {
    let (json, code) = route_json(&["--from", LIEGE, "--to", METZ, "--country", "BE"]);
    assert_eq!(code, 1);
    assert_eq!(json["routes"], serde_json::json!([]));
    assert_eq!(
        json["reason"],
        "offer cnam-ge-metz-lp-logistique is excluded by the constraints"
    );
    route(&["--from", METZ, "--to", LIEGE])
        .code(1)
        .stdout(predicate::str::contains(
            "cannot be reached from offer cnam-ge-metz-lp-logistique at all",
        ));
    route(&[
        "--from",
        LIEGE,
        "--to",
        METZ,
        "--avoid-provider",
        "afpa",
        "--avoid-provider",
        "cnam-grand-est",
    ])
    .code(1)
    .stdout(predicate::str::contains("excluded by the constraints"));
}

#[test]
fn a_bad_request_names_what_is_wrong_and_exits_2() {
    for (args, message) in [
        (
            vec!["--from", "forem-liege-caristes", "--to", METZ],
            "unknown offer \"forem-liege-caristes\"; did you mean \"forem-liege-cariste\"?",
        ),
        (
            vec!["--from", LIEGE, "--to", METZ, "--start", "2027-02-30"],
            "bad --start \"2027-02-30\": February 2027 has 28 days",
        ),
        (
            vec!["--from", LIEGE, "--to-occupation", "o-nope"],
            "unknown occupation \"o-nope\"",
        ),
        (
            vec!["--from", LIEGE, "--to", METZ, "--modality", "online"],
            "unknown modality \"online\"",
        ),
    ] {
        route(&args)
            .code(2)
            .stderr(predicate::str::contains(message));
    }
    route(&["--to", METZ]).code(2);
}

#[test]
fn the_table_shows_steps_reasons_and_seams() {
    route(&["--from", LIEGE, "--to", METZ, "--start", "2026-11-22"])
        .success()
        .stdout(
            predicate::str::contains("Route 1 of 1 (by hours): 1250 h · 1 seam · 3 steps")
                .and(predicate::str::contains("inferred: requires"))
                .and(predicate::str::contains(
                    "⚠ seam: from Le Forem to Cnam Grand Est",
                )),
        );
}

#[test]
fn reach_lists_what_an_offer_unlocks_and_what_leads_to_it() {
    let json = reach_json(&["--from", LIEGE, "--max-steps", "3"]);
    let offers = json["offers"].as_array().unwrap();
    let metz = offers
        .iter()
        .find(|o| o["offer"] == METZ)
        .expect("Metz within 3 steps");
    assert_eq!(metz["hours"], 1250);
    assert_eq!(metz["steps"], 3);
    assert!(offers.iter().all(|o| o["steps"].as_u64().unwrap() <= 3));
    assert!(
        json["occupations"]
            .as_array()
            .unwrap()
            .iter()
            .any(|o| o["rome"] == "N1301")
    );

    let json = reach_json(&["--to", METZ]);
    let liege = json["offers"]
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["offer"] == LIEGE)
        .expect("Liège leads to Metz");
    assert_eq!(liege["hours"], 1250);
}
