//! `parcours` without a command, as a process that is not in a terminal:
//! what it says before any screen would be drawn, and its exit codes.

use assert_cmd::Command;
use predicates::prelude::*;

/// The binary with a home of its own, so that no user file counts.
fn parcours(home: &std::path::Path) -> Command {
    let mut cmd = Command::cargo_bin("parcours").unwrap();
    cmd.env_clear()
        .env("HOME", home)
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_DATA_HOME", home.join("data"))
        .env("PATH", std::env::var_os("PATH").unwrap_or_default());
    cmd
}

#[test]
fn without_a_terminal_it_says_so_and_exits_2() {
    let home = tempfile::tempdir().unwrap();
    parcours(home.path())
        .env("LANG", "fr_FR.UTF-8")
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains(
            "l'interface a besoin d'un terminal",
        ));
    parcours(home.path())
        .args(["--lang", "en"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("the interface needs a terminal"));
    // No locale at all: English.
    parcours(home.path())
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains("needs a terminal"));
}

#[test]
fn a_catalogue_with_errors_prints_its_diagnostics_first() {
    let home = tempfile::tempdir().unwrap();
    let bad = home.path().join("bad.json");
    std::fs::write(
        &bad,
        r#"{ "format": "parcours/1", "offers": [ { "id": "x", "provider": "nobody", "title": "T", "hours": 10 } ] }"#,
    )
    .unwrap();
    parcours(home.path())
        .args(["--lang", "en", "--data"])
        .arg(&bad)
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains("bad.json:1:"))
        .stderr(predicate::str::contains(": error: "))
        .stderr(predicate::str::contains(
            "has 1 error; fix it (see `parcours validate`)",
        ))
        .stderr(predicate::str::contains("needs a terminal").not());
}

#[test]
fn a_bad_key_map_is_named_with_its_mistake() {
    let home = tempfile::tempdir().unwrap();
    let config = home.path().join("config").join("parcours");
    std::fs::create_dir_all(&config).unwrap();
    std::fs::write(
        config.join("keymap.toml"),
        "[normal]\nselct_next = [\"n\"]\n",
    )
    .unwrap();
    parcours(home.path())
        .args(["--lang", "en"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "keymap.toml: [normal] selct_next: unknown action",
        ));
}

#[test]
fn lang_is_a_global_option_that_takes_fr_or_en() {
    let home = tempfile::tempdir().unwrap();
    parcours(home.path())
        .args(["--lang", "fr", "stats"])
        .assert()
        .success();
    parcours(home.path())
        .args(["--lang", "de"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("invalid value 'de'"));
}
