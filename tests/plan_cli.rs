//! `parcours plan` as a process: save, list, show, export, rename, delete;
//! exit codes and output.

use std::path::Path;

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value;

const CARISTE: &str = "forem-liege-cariste";
const LICENCE: &str = "cnam-ge-metz-lp-logistique";

/// `parcours` with a home of its own, so that no catalogue or plan of the
/// person running the tests is read or written.
fn parcours(home: &Path) -> Command {
    let mut cmd = Command::cargo_bin("parcours").unwrap();
    cmd.env_remove("PARCOURS_DATA")
        .env_remove("PARCOURS_PLANS")
        .env("HOME", home)
        .env("XDG_DATA_HOME", home.join("data"))
        .env("XDG_CONFIG_HOME", home.join("config"));
    cmd
}

/// Saves the logistics plan from Liège to Metz into `plans`.
fn save_marie(home: &Path, plans: &Path) {
    parcours(home)
        .args([
            "plan",
            "save",
            "Marie – logistique",
            "--from",
            CARISTE,
            "--to",
            LICENCE,
        ])
        .args(["--start", "2026-11-22", "--person", "DE-2026-0042"])
        .args(["--note", "Permis B.", "--plans"])
        .arg(plans)
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "Saved plan \"Marie – logistique\" (route 1 of 3: 1250 h · 1 seam · 3 steps",
        ));
}

#[test]
fn a_saved_plan_is_listed_shown_and_exported() {
    let home = tempfile::tempdir().unwrap();
    let plans = home.path().join("plans");
    save_marie(home.path(), &plans);
    parcours(home.path())
        .args(["plan", "list", "--plans"])
        .arg(&plans)
        .assert()
        .success()
        .stdout(
            predicate::str::contains("Marie – logistique  DE-2026-0042")
                .and(predicate::str::contains("1 plan in")),
        );
    parcours(home.path())
        .env("PARCOURS_PLANS", &plans)
        .args(["plan", "show", "MARIE – logistique", "--on", "2026-11-22"])
        .assert()
        .success()
        .stdout(
            predicate::str::contains("Plan \"Marie – logistique\"")
                .and(predicate::str::contains("  note        Permis B."))
                .and(predicate::str::contains(
                    "Chosen route, as on 2026-11-22: 1250 h · 1 seam · 3 steps",
                ))
                .and(predicate::str::contains(
                    "⚠ seam: from Le Forem to Cnam Grand Est",
                ))
                .and(predicate::str::contains("Since it was saved on ")),
        );
    let md = parcours(home.path())
        .env("PARCOURS_PLANS", &plans)
        .args(["plan", "export", "marie-logistique", "--on", "2026-11-22"])
        .output()
        .unwrap();
    assert!(md.status.success());
    let md = String::from_utf8(md.stdout).unwrap();
    assert!(md.starts_with("# Votre parcours de formation\n"), "{md}");
    assert!(
        md.contains("- Dates : du 7 décembre 2026 au 5 février 2027"),
        "{md}"
    );
    let en = parcours(home.path())
        .env("PARCOURS_PLANS", &plans)
        .args(["--lang", "en", "plan", "export", "Marie – logistique"])
        .output()
        .unwrap();
    assert!(
        String::from_utf8(en.stdout)
            .unwrap()
            .starts_with("# Your training pathway\n")
    );
}

#[test]
fn show_says_what_changed_since_the_plan_was_saved() {
    let home = tempfile::tempdir().unwrap();
    let plans = home.path().join("plans");
    save_marie(home.path(), &plans);
    parcours(home.path())
        .env("PARCOURS_PLANS", &plans)
        .args(["plan", "show", "Marie – logistique", "--on", "2028-10-01"])
        .assert()
        .success()
        .stdout(
            predicate::str::contains(
                "the session of forem-liege-cariste that was to start on 2026-12-07 has begun or passed",
            )
            .and(predicate::str::contains(
                "forem-liege-cariste has no session left after the step before it",
            ))
            .and(predicate::str::contains("no finish date")),
        );
}

#[test]
fn exports_go_to_a_file_in_each_format() {
    let home = tempfile::tempdir().unwrap();
    let plans = home.path().join("plans");
    save_marie(home.path(), &plans);
    for (format, start) in [
        ("md", "# Votre parcours"),
        ("csv", "step,offer,title"),
        ("json", "{"),
    ] {
        let file = home.path().join(format!("marie.{format}"));
        parcours(home.path())
            .env("PARCOURS_PLANS", &plans)
            .args([
                "plan",
                "export",
                "Marie – logistique",
                "--format",
                format,
                "--out",
            ])
            .arg(&file)
            .assert()
            .success()
            .stdout(predicate::str::starts_with(
                "Wrote plan \"Marie – logistique\" to ",
            ));
        let text = std::fs::read_to_string(&file).unwrap();
        assert!(text.starts_with(start), "{format}: {text}");
    }
    let json: Value =
        serde_json::from_str(&std::fs::read_to_string(home.path().join("marie.json")).unwrap())
            .unwrap();
    assert_eq!(json["plan"]["route"][2], LICENCE);
    assert_eq!(json["route"]["path"][0]["offer"], CARISTE);
    // Nothing but the exports and the plans folder: no temporary file left.
    let mut names: Vec<String> = std::fs::read_dir(home.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names, ["marie.csv", "marie.json", "marie.md", "plans"]);
}

#[test]
fn rename_and_delete() {
    let home = tempfile::tempdir().unwrap();
    let plans = home.path().join("plans");
    save_marie(home.path(), &plans);
    let plan = |args: &[&str]| {
        let mut cmd = parcours(home.path());
        cmd.env("PARCOURS_PLANS", &plans).arg("plan").args(args);
        cmd
    };
    plan(&["rename", "marie – logistique", "Marie D."])
        .assert()
        .success()
        .stdout("Renamed plan \"Marie – logistique\" to \"Marie D.\".\n");
    plan(&["save", "Karim", "--from", CARISTE, "--to", LICENCE])
        .assert()
        .success();
    plan(&["rename", "Karim", "marie d."])
        .assert()
        .code(1)
        .stderr("parcours: a plan named \"marie d.\" exists already; choose another name\n");
    plan(&["save", "Karim", "--from", CARISTE, "--to", LICENCE])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("--replace replaces it"));
    plan(&[
        "save",
        "Karim",
        "--from",
        CARISTE,
        "--to",
        LICENCE,
        "--replace",
        "--pick",
        "2",
    ])
    .assert()
    .success()
    .stdout(predicate::str::contains("(route 2 of 3:"));
    plan(&["delete", "Marie D."]).assert().success();
    plan(&["show", "Marie D."])
        .assert()
        .code(1)
        .stderr(predicate::str::starts_with(
            "parcours: no plan is named \"Marie D.\"; `parcours plan list` shows the plans in ",
        ));
    plan(&["show", "Karin"])
        .assert()
        .code(1)
        .stderr("parcours: no plan is named \"Karin\"; did you mean \"Karim\"?\n");
    plan(&["show", "kar"])
        .assert()
        .code(1)
        .stderr("parcours: no plan is named \"kar\"; did you mean \"Karim\"?\n");
    plan(&["delete", "Karim"]).assert().success();
    plan(&["list"])
        .assert()
        .code(1)
        .stdout(predicate::str::starts_with("No plan saved in "));
}

#[test]
fn bad_requests_and_bad_files() {
    let home = tempfile::tempdir().unwrap();
    let plans = home.path().join("plans");
    let plan = |args: &[&str]| {
        let mut cmd = parcours(home.path());
        cmd.env("PARCOURS_PLANS", &plans).arg("plan").args(args);
        cmd
    };
    plan(&["save", "x", "--from", "nowhere", "--to", LICENCE])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("unknown offer \"nowhere\""));
    plan(&["save", "", "--from", CARISTE, "--to", LICENCE])
        .assert()
        .code(2)
        .stderr("parcours: a plan needs a name\n");
    plan(&["save", "x", "--from", LICENCE, "--to", CARISTE])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("no pathway, nothing saved"));
    plan(&["show", "x", "--on", "2026-02-30"])
        .assert()
        .code(2)
        .stderr("parcours: bad --on \"2026-02-30\": February 2026 has 28 days\n");
    plan(&["export", "x", "--format", "pdf"]).assert().code(2);
    std::fs::create_dir_all(&plans).unwrap();
    std::fs::write(
        plans.join("broken.json"),
        "{\"format\": \"parcours-plan/1\",",
    )
    .unwrap();
    plan(&["list"])
        .assert()
        .success()
        .stdout(predicate::str::contains(" broken  cannot be read: "));
    plan(&["show", "broken"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "broken.json:1:29: EOF while parsing a value",
        ));
    plan(&["delete", "broken"]).assert().success();
    assert!(!plans.join("broken.json").exists());
}

#[test]
fn plans_live_in_the_data_directory_by_default() {
    let home = tempfile::tempdir().unwrap();
    parcours(home.path())
        .args(["plan", "save", "Marie", "--from", CARISTE, "--to", LICENCE])
        .assert()
        .success();
    let file = home.path().join("data/parcours/plans/marie.json");
    let plan: Value = serde_json::from_str(&std::fs::read_to_string(file).unwrap()).unwrap();
    assert_eq!(plan["format"], "parcours-plan/1");
    assert_eq!(plan["name"], "Marie");
}
