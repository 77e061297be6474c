//! Malformed files, bad values, and what the report says.

use serde_json::Value;

use crate::{fixture, import};

fn stdout(run: &std::process::Output) -> String {
    String::from_utf8(run.stdout.clone()).unwrap()
}

fn stderr(run: &std::process::Output) -> String {
    String::from_utf8(run.stderr.clone()).unwrap()
}

#[test]
fn malformed_xml_is_located_and_nothing_is_written() {
    let home = tempfile::tempdir().unwrap();
    let cases = [
        (
            "truncated.xml",
            "5:3: error: <action> is never closed: the file ends inside it",
        ),
        (
            "mismatched.xml",
            "4:33: error: </intitule> closes <intitule-formation>",
        ),
        (
            "unclosed-tag.xml",
            "5:3: error: malformed XML: tag not closed",
        ),
        (
            "not-lheo.xml",
            "2:1: error: the root element is <catalogue>",
        ),
    ];
    for (name, expected) in cases {
        let out = home.path().join(name);
        let file = fixture(name);
        let run = import(home.path(), &file, &out, &[]);
        assert_eq!(run.status.code(), Some(2), "{name}");
        let first = stderr(&run).lines().next().unwrap().to_owned();
        assert!(
            first.starts_with(&format!("{}:{expected}", file.display())),
            "{first}"
        );
        assert!(!out.exists(), "{name}: nothing is written");
    }
}

#[test]
fn a_byte_that_is_not_utf8_is_located() {
    let home = tempfile::tempdir().unwrap();
    let file = home.path().join("latin.xml");
    let mut bytes =
        b"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<lheo><offres>\n<formation>\n".to_vec();
    bytes.extend_from_slice(b"  <intitule-formation>Soudeur \xe9quipement</intitule-formation>\n");
    std::fs::write(&file, bytes).unwrap();
    let run = import(home.path(), &file, &home.path().join("out"), &[]);
    assert_eq!(run.status.code(), Some(2));
    assert!(
        stderr(&run).starts_with(&format!(
            "{}:4:31: error: this byte is not UTF-8 (0xE9)",
            file.display()
        )),
        "{}",
        stderr(&run)
    );
}

#[test]
fn unknown_entities_are_malformed() {
    let home = tempfile::tempdir().unwrap();
    let file = home.path().join("entity.xml");
    std::fs::write(
        &file,
        "<lheo><offres><formation>\n<intitule-formation>Cr&eacute;er</intitule-formation>",
    )
    .unwrap();
    let run = import(home.path(), &file, &home.path().join("out"), &[]);
    assert_eq!(run.status.code(), Some(2));
    assert!(
        stderr(&run).contains(":2:23: error: unknown entity &eacute;"),
        "{}",
        stderr(&run)
    );
}

#[test]
fn bad_values_leave_their_item_out_with_an_error_at_its_place() {
    let home = tempfile::tempdir().unwrap();
    let out = home.path().join("out");
    let file = fixture("bad-values.xml");
    let run = import(home.path(), &file, &out, &[]);
    assert_eq!(run.status.code(), Some(1), "{}", stderr(&run));
    let shown = file.display().to_string();
    let text = stdout(&run);
    let errors: Vec<&str> = text
        .lines()
        .filter_map(|l| l.strip_prefix(shown.as_str()))
        .filter(|l| l.contains(": error: "))
        .collect();
    let expected = [
        ":12:1: error: this <formation> has no <intitule-formation>; it is left out",
        ":22:26: error: hours: \"douze\" is not a number; write it with digits and a decimal point, such as 1250.50; the action is left out: an offer needs hours",
        ":29:92: error: latitude: 91.5 is outside -90 to 90 degrees; this place is not made a centre",
        ":30:30: error: \"20270230\" is not a date: February 2027 has 28 days; this session is left out",
        ":31:5: error: this session has no <periode>/<fin>; it is left out",
        ":32:51: error: this session ends (2027-09-01) before it starts (2027-10-01); it is left out",
        ":34:21: error: price: \"1 200 €\" is not a number; write it with digits and a decimal point, such as 1250.50; the offer is kept without a cost",
        ":39:1: error: the formation \"Sans organisme\" has no <organisme-formation-responsable>; it is left out",
    ];
    assert_eq!(errors, expected);
    // What could be read is written, and loads.
    let body = crate::read_json(&out.join("greta-test.json"));
    let offers = body["offers"].as_array().unwrap();
    assert_eq!(offers.len(), 2);
    let kept = crate::offer(&body, "greta-test-valeurs-fausses-valeurs-a");
    assert_eq!(
        kept["sessions"],
        serde_json::json!([{ "start": "2028-01-04", "end": "2028-06-30" }])
    );
    assert!(kept.get("centre").is_none() && kept.get("cost_eur").is_none());
    crate::parcours(home.path())
        .arg("validate")
        .arg(&out)
        .assert()
        .code(0);
}

#[test]
fn a_file_with_nothing_valid_exits_1_and_writes_nothing() {
    let home = tempfile::tempdir().unwrap();
    let out = home.path().join("out");
    let run = import(home.path(), &fixture("empty-offers.xml"), &out, &[]);
    assert_eq!(run.status.code(), Some(1));
    assert!(stdout(&run).contains("No offer could be imported; nothing was written."));
    assert!(!out.exists());
}

#[test]
fn the_report_counts_what_parcours_has_no_place_for() {
    let home = tempfile::tempdir().unwrap();
    let out = home.path().join("out");
    let run = import(home.path(), &fixture("full.xml"), &out, &["--json"]);
    assert_eq!(run.status.code(), Some(0));
    let report: Value = serde_json::from_slice(&run.stdout).unwrap();
    assert_eq!(report["errors"], serde_json::json!([]));
    assert_eq!(
        report["counts"],
        serde_json::json!({ "bodies": 2, "centres": 2, "offers": 3, "sessions": 3, "occupations": 1, "links": 2 })
    );
    assert_eq!(report["written"].as_array().unwrap().len(), 4);
    let unmapped = |what: &str| -> Value {
        report["unmapped"]
            .as_array()
            .unwrap()
            .iter()
            .find(|u| u["what"] == what)
            .unwrap_or_else(|| panic!("{what} is not reported: {}", report["unmapped"]))
            .clone()
    };
    let rhythm = unmapped("formation/action/rythme-formation");
    assert_eq!(rhythm["count"], 3);
    assert_eq!(
        rhythm["examples"][0],
        serde_json::json!({ "line": 32, "column": 9, "value": "Temps plein" })
    );
    let public = unmapped("formation/action/code-public-vise (no parcours audience)");
    assert_eq!(public["examples"][0]["value"], "81020 Handicapé");
    assert_eq!(
        unmapped("formation/certification (another code: an offer keeps one)")["examples"][0]["value"],
        "CERTIFINFO 85556"
    );
    assert_eq!(
        unmapped("formation/domaine-formation/code-FORMACODE")["count"],
        1
    );
    assert_eq!(
        unmapped("formation/extras[info=eligibilite-cpf]")["count"],
        1
    );
    assert_eq!(
        unmapped("formation/action/session (permanent entry: open entry, sessions not kept)")["count"],
        1
    );
    assert_eq!(
        unmapped("formation/action/session/adresse-inscription")["examples"][0]["value"],
        "2 rue des Métiers 57070 Metz"
    );
}
