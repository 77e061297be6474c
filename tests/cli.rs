//! The command line as a process: exit codes and output, on the sample and
//! on small catalogues.

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value;

const RULES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/rules");

/// `parcours` with a home of its own, so that no catalogue of the person
/// running the tests is read.
fn parcours(home: &std::path::Path) -> Command {
    let mut cmd = Command::cargo_bin("parcours").unwrap();
    cmd.env_remove("PARCOURS_DATA")
        .env("HOME", home)
        .env("XDG_DATA_HOME", home.join("data"))
        .env("XDG_CONFIG_HOME", home.join("config"));
    cmd
}

fn json_of(output: &std::process::Output) -> Value {
    serde_json::from_slice(&output.stdout).expect("stdout is JSON")
}

#[test]
fn help_lists_the_commands() {
    let home = tempfile::tempdir().unwrap();
    parcours(home.path())
        .arg("--help")
        .assert()
        .success()
        .stdout(
            predicate::str::contains("Usage: parcours").and(predicate::str::contains("validate")),
        );
}

#[test]
fn validate_accepts_the_sample_and_exits_0() {
    let home = tempfile::tempdir().unwrap();
    parcours(home.path())
        .arg("validate")
        .assert()
        .code(0)
        .stdout(predicate::str::starts_with(
            "sample — 0 errors, 0 warnings in 15 files",
        ));
}

#[test]
fn validate_json_lists_errors_and_warnings() {
    let home = tempfile::tempdir().unwrap();
    let output = parcours(home.path())
        .current_dir(RULES)
        .args(["validate", "--json", "numbers.json"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let json = json_of(&output);
    assert_eq!(json["errors"].as_array().unwrap().len(), 10);
    assert_eq!(
        json["errors"][0],
        serde_json::json!({"file": "numbers.json", "line": 5, "column": 90,
            "message": "lat 150.6326 is out of range: it must lie between -90 and 90"})
    );
    assert_eq!(json["warnings"], serde_json::json!([]));
}

#[test]
fn stats_shows_the_sample_sizes() {
    let home = tempfile::tempdir().unwrap();
    let output = parcours(home.path())
        .args(["stats", "--json"])
        .output()
        .unwrap();
    assert!(output.status.success());
    let s = json_of(&output);
    let at_least = |key: &str, n: u64| assert!(s[key].as_u64().unwrap() >= n, "{key}: {}", s[key]);
    at_least("providers", 10);
    at_least("centres", 40);
    at_least("offers", 120);
    at_least("competences", 60);
    at_least("occupations", 25);
    at_least("links", 200);
    at_least("inferred_progressions", 1);
    for kind in ["progression", "bridge", "equivalence"] {
        assert!(s["links_by_kind"][kind].as_u64().unwrap() > 0, "{kind}");
    }
    assert!(s["first_session"].as_str().unwrap() < "2027");
    assert!(s["last_session"].as_str().unwrap() >= "2028");

    parcours(home.path())
        .arg("stats")
        .assert()
        .success()
        .stdout(predicate::str::contains("illustrative").and(predicate::str::contains("offers")));
}

#[test]
fn search_ignores_case_and_accents() {
    let home = tempfile::tempdir().unwrap();
    let with_accents = parcours(home.path())
        .args(["search", "--json", "électricité"])
        .output()
        .unwrap();
    let without = parcours(home.path())
        .args(["search", "--json", "ELECTRICITE"])
        .output()
        .unwrap();
    assert!(with_accents.status.success());
    let found = json_of(&without);
    assert_eq!(found, json_of(&with_accents));
    assert!(!found.as_array().unwrap().is_empty());
    for hit in found.as_array().unwrap() {
        let id = hit["id"].as_str().unwrap();
        let shown = parcours(home.path()).args(["show", id]).output().unwrap();
        let text = parcours::search::fold(&String::from_utf8(shown.stdout).unwrap());
        assert!(text.contains("electric"), "{id}");
    }
    parcours(home.path())
        .args(["search", "zzzzqqq"])
        .assert()
        .code(1)
        .stdout(predicate::str::contains("No offer matches"));
}

#[test]
fn show_prints_an_offer_and_its_links() {
    let home = tempfile::tempdir().unwrap();
    let first = parcours(home.path())
        .args(["search", "--json", "--limit", "1", "soudeur"])
        .output()
        .unwrap();
    let id = json_of(&first)[0]["id"].as_str().unwrap().to_owned();
    let output = parcours(home.path())
        .args(["show", "--json", &id])
        .output()
        .unwrap();
    assert!(output.status.success());
    let shown = json_of(&output);
    assert_eq!(shown[0]["kind"], "offer");
    assert_eq!(shown[0]["item"]["id"], id.as_str());
    assert!(shown[0]["file"].as_str().unwrap().starts_with("sample/"));
    parcours(home.path())
        .args(["show", &id])
        .assert()
        .success()
        .stdout(
            predicate::str::contains(format!("offer {id}")).and(predicate::str::contains("title")),
        );
}

#[test]
fn show_an_unknown_id_is_a_bad_request() {
    let home = tempfile::tempdir().unwrap();
    parcours(home.path())
        .args(["show", "afpaa"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("did you mean \"afpa\""));
}

#[test]
fn data_comes_from_the_option_or_the_environment() {
    let home = tempfile::tempdir().unwrap();
    let file = format!("{RULES}/warnings.json");
    for cmd in [
        parcours(home.path())
            .args(["stats", "--json", "--data", &file])
            .output()
            .unwrap(),
        parcours(home.path())
            .args(["stats", "--json"])
            .env("PARCOURS_DATA", &file)
            .output()
            .unwrap(),
    ] {
        assert_eq!(json_of(&cmd)["offers"], 3);
    }
}

#[test]
fn a_catalogue_with_errors_stops_other_commands() {
    let home = tempfile::tempdir().unwrap();
    parcours(home.path())
        .args(["stats", "--data", &format!("{RULES}/numbers.json")])
        .assert()
        .code(2)
        .stdout("")
        .stderr(
            predicate::str::contains("numbers.json:5:90: error:")
                .and(predicate::str::contains("10 error(s)")),
        );
}

#[test]
fn init_writes_the_sample_once_and_it_becomes_the_default() {
    let home = tempfile::tempdir().unwrap();
    parcours(home.path())
        .arg("init")
        .assert()
        .success()
        .stdout(predicate::str::contains("15 files"));
    let dir = home.path().join("data/parcours/catalogue");
    assert!(dir.join("afpa.json").is_file());
    // The default catalogue is now the editable copy: change it and see it.
    let links = dir.join("links.json");
    let text = std::fs::read_to_string(&links).unwrap();
    std::fs::write(
        &links,
        text.replacen(
            "\"links\": [",
            "\"links\": [\n    { \"from\": \"nope\", \"to\": \"nope2\", \"kind\": \"bridge\" },",
            1,
        ),
    )
    .unwrap();
    parcours(home.path())
        .arg("validate")
        .assert()
        .code(1)
        .stdout(predicate::str::contains(
            "catalogue/links.json:4:15: error: unknown offer \"nope\"",
        ));
    // A second init refuses and leaves the edited file alone.
    parcours(home.path())
        .arg("init")
        .assert()
        .code(1)
        .stderr(predicate::str::contains("never overwrites"));
    assert!(std::fs::read_to_string(&links).unwrap().contains("nope2"));
}

#[test]
fn init_into_a_directory_never_overwrites() {
    let home = tempfile::tempdir().unwrap();
    let target = home.path().join("mine");
    std::fs::create_dir_all(&target).unwrap();
    std::fs::write(target.join("vdab.json"), "my own work").unwrap();
    parcours(home.path())
        .arg("init")
        .arg(&target)
        .assert()
        .code(1);
    assert_eq!(
        std::fs::read_to_string(target.join("vdab.json")).unwrap(),
        "my own work"
    );
    assert!(!target.join("afpa.json").exists());
    std::fs::remove_file(target.join("vdab.json")).unwrap();
    parcours(home.path())
        .arg("init")
        .arg(&target)
        .assert()
        .success();
    parcours(home.path())
        .arg("validate")
        .arg(&target)
        .assert()
        .code(0);
}

#[test]
fn titles_with_escape_sequences_never_reach_the_terminal_raw() {
    let home = tempfile::tempdir().unwrap();
    let data = format!("{RULES}/escapes.json");
    for args in [
        vec!["show", "afpa-x"],
        vec!["show", "--json", "afpa-x"],
        vec!["search", "soudeur"],
        vec!["search", "--json", "soudeur"],
        vec!["show", "afpa"],
    ] {
        let output = parcours(home.path())
            .arg("--data")
            .arg(&data)
            .args(&args)
            .output()
            .unwrap();
        assert!(output.status.success(), "{args:?}");
        let stdout = String::from_utf8(output.stdout).unwrap();
        assert!(
            !stdout
                .chars()
                .any(|c| (c.is_control() && c != '\n') || c == '\u{202e}'),
            "{args:?}: {stdout:?}"
        );
        assert!(
            stdout.contains("1b") || stdout.contains("1B"),
            "{args:?}: the escape is shown"
        );
    }
}

#[test]
fn show_prints_a_description_of_several_paragraphs_line_by_line() {
    let home = tempfile::tempdir().unwrap();
    let data = home.path().join("catalogue.json");
    std::fs::write(
        &data,
        r#"{ "format": "parcours/1",
  "providers": [ { "id": "afpa", "name": "Afpa", "country": "FR" } ],
  "offers": [ { "id": "afpa-x", "provider": "afpa", "title": "Soudeur", "hours": 10,
    "description": "Premier paragraphe.\r\n\nSecond\u001b[2J paragraphe." } ] }"#,
    )
    .unwrap();
    let output = parcours(home.path())
        .arg("--data")
        .arg(&data)
        .args(["show", "afpa-x"])
        .output()
        .unwrap();
    assert!(output.status.success());
    let stdout = String::from_utf8(output.stdout).unwrap();
    let lines: Vec<&str> = stdout.lines().collect();
    let at = lines
        .iter()
        .position(|l| l.trim_start().starts_with("description"))
        .expect("a description line");
    assert!(lines[at].ends_with("  Premier paragraphe."), "{stdout}");
    assert_eq!(lines[at + 1].trim(), "", "{stdout}");
    let second = lines[at + 2];
    assert!(
        second.starts_with("   ") && second.contains("Second"),
        "{stdout}"
    );
    assert!(!second.contains('\u{1b}'), "{stdout}");
}
