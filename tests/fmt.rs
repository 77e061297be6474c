//! `parcours fmt` as a process: what it rewrites, what `--check` says, exit
//! codes, and files left alone when they have errors or cannot be written.

use std::path::Path;

use assert_cmd::Command;
use predicates::prelude::*;

use parcours::load::sample;

/// `parcours` with a home of its own, so that no catalogue of the person
/// running the tests is read.
fn parcours(home: &Path) -> Command {
    let mut cmd = Command::cargo_bin("parcours").unwrap();
    cmd.env_remove("PARCOURS_DATA")
        .env("HOME", home)
        .env("XDG_DATA_HOME", home.join("data"))
        .env("XDG_CONFIG_HOME", home.join("config"));
    cmd
}

/// The sample as files, with `afpa.json` written as another tool would:
/// on one line, keys sorted, a byte-order mark, `null` for absent fields.
fn scrambled_sample() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (name, text) in sample::FILES {
        std::fs::write(dir.path().join(name), text).unwrap();
    }
    let path = dir.path().join("afpa.json");
    std::fs::write(&path, scramble(&std::fs::read_to_string(&path).unwrap())).unwrap();
    dir
}

fn scramble(text: &str) -> String {
    let mut value: serde_json::Value = serde_json::from_str(text).unwrap();
    if let Some(offers) = value["offers"].as_array_mut() {
        for offer in offers {
            if offer.get("badge").is_none() {
                offer["badge"] = serde_json::Value::Null;
            }
        }
    }
    format!("\u{feff}{}", serde_json::to_string(&value).unwrap())
}

fn sample_text(name: &str) -> &'static str {
    sample::FILES.iter().find(|(n, _)| *n == name).unwrap().1
}

fn temp_files(dir: &Path) -> usize {
    std::fs::read_dir(dir)
        .unwrap()
        .filter(|e| {
            let name = e.as_ref().unwrap().file_name();
            name.to_string_lossy().starts_with(".parcours-")
        })
        .count()
}

#[test]
fn the_sample_files_are_in_the_canonical_layout() {
    let home = tempfile::tempdir().unwrap();
    let dir = home.path().join("catalogue");
    parcours(home.path())
        .args(["init"])
        .arg(&dir)
        .assert()
        .success();
    parcours(home.path())
        .args(["fmt", "--check"])
        .arg(&dir)
        .assert()
        .code(0)
        .stdout("all 15 files are in the canonical layout\n");
}

#[test]
fn check_lists_the_files_that_would_change_writes_nothing_and_exits_1() {
    let home = tempfile::tempdir().unwrap();
    let dir = scrambled_sample();
    let path = dir.path().join("afpa.json");
    let before = std::fs::read(&path).unwrap();
    parcours(home.path())
        .args(["fmt", "--check"])
        .arg(dir.path())
        .assert()
        .code(1)
        .stdout(format!("{}\n", path.display()))
        .stderr(predicate::str::contains(
            "1 of 15 file(s) are not in the canonical layout",
        ));
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

#[test]
fn fmt_rewrites_only_what_changes_back_to_the_canonical_layout_and_is_idempotent() {
    let home = tempfile::tempdir().unwrap();
    let dir = scrambled_sample();
    let path = dir.path().join("afpa.json");
    let other = dir.path().join("forem.json");
    let other_time = std::fs::metadata(&other).unwrap().modified().unwrap();
    parcours(home.path())
        .env("PARCOURS_DATA", dir.path())
        .arg("fmt")
        .assert()
        .code(0)
        .stdout(format!(
            "formatted {}\n1 of 15 file(s) formatted\n",
            path.display()
        ));
    let formatted = std::fs::read_to_string(&path).unwrap();
    assert!(
        formatted == sample_text("afpa.json"),
        "not the sample's afpa.json"
    );
    assert!(
        !dir.path().join("afpa.json.bak").exists(),
        "fmt changes no content: no backup"
    );
    assert_eq!(
        std::fs::metadata(&other).unwrap().modified().unwrap(),
        other_time
    );

    let time = std::fs::metadata(&path).unwrap().modified().unwrap();
    parcours(home.path())
        .arg("fmt")
        .arg(dir.path())
        .assert()
        .code(0)
        .stdout("all 15 files are in the canonical layout\n");
    assert_eq!(
        std::fs::metadata(&path).unwrap().modified().unwrap(),
        time,
        "not written again"
    );
    assert_eq!(temp_files(dir.path()), 0);
}

#[test]
fn a_one_file_catalogue_is_formatted_too() {
    let home = tempfile::tempdir().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("one.json");
    std::fs::write(&path, r#"{"offers": [], "format": "parcours/1", "providers": [{"country": "FR", "name": "P", "id": "p"}]}"#).unwrap();
    parcours(home.path()).arg("fmt").arg(&path).assert().code(0);
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        "{\n  \"format\": \"parcours/1\",\n  \"providers\": [\n    {\n      \"id\": \"p\",\n      \
         \"name\": \"P\",\n      \"country\": \"FR\"\n    }\n  ],\n  \"offers\": []\n}\n"
    );
    parcours(home.path())
        .args(["fmt", "--check"])
        .arg(&path)
        .assert()
        .code(0)
        .stdout("the file is in the canonical layout\n");
}

#[test]
fn the_sample_built_in_is_refused_with_a_way_out() {
    let home = tempfile::tempdir().unwrap();
    parcours(home.path())
        .arg("fmt")
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains("parcours init"));
}

#[test]
fn a_catalogue_with_errors_is_not_touched() {
    let home = tempfile::tempdir().unwrap();
    let dir = scrambled_sample();
    let links = dir.path().join("links.json");
    let text = std::fs::read_to_string(&links).unwrap();
    std::fs::write(
        &links,
        text.replacen(
            "\"to\": \"forem-liege-cariste\"",
            "\"to\": \"forem-liege-carist\"",
            1,
        ),
    )
    .unwrap();
    let before: Vec<Vec<u8>> = ["afpa.json", "links.json"]
        .iter()
        .map(|n| std::fs::read(dir.path().join(n)).unwrap())
        .collect();
    for check in [false, true] {
        let mut cmd = parcours(home.path());
        cmd.arg("fmt").arg(dir.path());
        if check {
            cmd.arg("--check");
        }
        cmd.assert()
            .code(2)
            .stdout("")
            .stderr(
                predicate::str::contains("links.json:").and(predicate::str::contains(
                    "error: unknown offer \"forem-liege-carist\"",
                )),
            )
            .stderr(predicate::str::contains("nothing was formatted"));
    }
    let after: Vec<Vec<u8>> = ["afpa.json", "links.json"]
        .iter()
        .map(|n| std::fs::read(dir.path().join(n)).unwrap())
        .collect();
    assert_eq!(before, after);
}

#[test]
fn a_file_that_does_not_parse_is_an_error() {
    let home = tempfile::tempdir().unwrap();
    let dir = scrambled_sample();
    std::fs::write(dir.path().join("zz.json"), "{\"format\": \"parcours/1\", ").unwrap();
    parcours(home.path())
        .arg("fmt")
        .arg(dir.path())
        .assert()
        .code(2)
        .stderr(predicate::str::contains("zz.json:1:"));
    assert!(
        std::fs::read(dir.path().join("afpa.json"))
            .unwrap()
            .starts_with("\u{feff}".as_bytes())
    );
}

/// Whether `program` can be run.
#[cfg(unix)]
fn available(program: &str) -> bool {
    std::process::Command::new(program)
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success())
}

/// A real limit of the file system: `ulimit -f` stops writes past a size
/// as a full disk does (with SIGXFSZ ignored, the write fails with EFBIG).
#[cfg(unix)]
#[test]
fn a_write_stopped_by_the_file_size_limit_leaves_the_file_and_no_temporary_one() {
    let home = tempfile::tempdir().unwrap();
    let dir = scrambled_sample();
    let path = dir.path().join("afpa.json");
    let before = std::fs::read(&path).unwrap();
    let bin = assert_cmd::cargo::cargo_bin("parcours");
    // 16 blocks of 512 or 1024 bytes: far less than the 62 kB afpa.json.
    let script = "trap '' XFSZ; ulimit -f 16 && exec \"$0\" fmt \"$1\"";
    let output = std::process::Command::new("sh")
        .args(["-c", script])
        .arg(&bin)
        .arg(dir.path())
        .env("HOME", home.path())
        .env_remove("PARCOURS_DATA")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("cannot write") && stderr.contains("afpa.json"),
        "{stderr}"
    );
    assert_eq!(std::fs::read(&path).unwrap(), before);
    assert_eq!(temp_files(dir.path()), 0);
}

/// A directory the user may not write into: run as `nobody` when the
/// tests run as root (who may write anywhere).
#[cfg(unix)]
#[test]
fn a_directory_not_writable_leaves_the_file_and_no_temporary_one() {
    use std::os::unix::fs::{MetadataExt as _, PermissionsExt as _};
    let root = std::fs::metadata("/proc/self").is_ok_and(|m| m.uid() == 0);
    let home = tempfile::tempdir().unwrap();
    let dir = scrambled_sample();
    let path = dir.path().join("afpa.json");
    let before = std::fs::read(&path).unwrap();
    let bin = assert_cmd::cargo::cargo_bin("parcours");
    let mut cmd = if root {
        if !available("setpriv") {
            eprintln!("skipped: running as root without setpriv to run as another user");
            return;
        }
        // The directory writable by its owner (root) only; the file by
        // anyone, so that only the directory stands in the way.
        std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o666)).unwrap();
        let mut cmd = std::process::Command::new("setpriv");
        cmd.args(["--reuid=65534", "--regid=65534", "--clear-groups", "--"])
            .arg(&bin);
        cmd
    } else {
        std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o555)).unwrap();
        std::process::Command::new(&bin)
    };
    let output = cmd
        .arg("fmt")
        .arg(dir.path())
        .env("HOME", home.path())
        .env_remove("PARCOURS_DATA")
        .output()
        .unwrap();
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("cannot write") && stderr.contains("ermission denied"),
        "{stderr}"
    );
    assert_eq!(std::fs::read(&path).unwrap(), before);
    assert_eq!(temp_files(dir.path()), 0);
}

/// A file another user owns, in a directory anyone may write into: the
/// rename would replace it, but this user may not write it, so it is left.
#[cfg(unix)]
#[test]
fn a_file_this_user_may_not_write_is_left_as_it_is() {
    use std::os::unix::fs::{MetadataExt as _, PermissionsExt as _};
    let root = std::fs::metadata("/proc/self").is_ok_and(|m| m.uid() == 0);
    if !root || !available("setpriv") {
        eprintln!("skipped: needs root and setpriv to run as another user");
        return;
    }
    let home = tempfile::tempdir().unwrap();
    let dir = scrambled_sample();
    let path = dir.path().join("afpa.json");
    let before = std::fs::read(&path).unwrap();
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o777)).unwrap();
    let output = std::process::Command::new("setpriv")
        .args(["--reuid=65534", "--regid=65534", "--clear-groups", "--"])
        .arg(assert_cmd::cargo::cargo_bin("parcours"))
        .arg("fmt")
        .arg(dir.path())
        .env("HOME", home.path())
        .env_remove("PARCOURS_DATA")
        .output()
        .unwrap();
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("afpa.json is read-only"), "{stderr}");
    assert_eq!(std::fs::read(&path).unwrap(), before);
    assert_eq!(temp_files(dir.path()), 0);
}
