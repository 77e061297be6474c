//! Every loading rule, each with a fixture under `tests/fixtures/rules/`
//! and the exact line, column and message `parcours validate` gives.

use assert_cmd::Command;

fn validate(fixture: &str) -> (String, i32) {
    let output = Command::cargo_bin("parcours")
        .unwrap()
        .current_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/rules"))
        .env_remove("PARCOURS_DATA")
        .args(["validate", fixture])
        .output()
        .unwrap();
    (
        String::from_utf8(output.stdout).unwrap(),
        output.status.code().unwrap(),
    )
}

#[track_caller]
fn assert_reports(fixture: &str, expected: &[&str]) {
    let (stdout, code) = validate(fixture);
    let lines: Vec<&str> = stdout.lines().collect();
    let (problems, summary) = lines.split_at(lines.len() - 1);
    assert_eq!(problems, expected, "{fixture}");
    let errors = expected.iter().filter(|l| l.contains(": error: ")).count();
    assert!(
        summary[0].contains(&format!("{errors} error")),
        "{}",
        summary[0]
    );
    assert_eq!(code, i32::from(errors > 0), "{fixture}");
}

#[test]
fn syntax_error() {
    assert_reports(
        "syntax.json",
        &["syntax.json:4:36: error: invalid JSON: expected `,` or `}`"],
    );
}

#[test]
fn missing_format() {
    assert_reports(
        "format-missing.json",
        &[
            "format-missing.json:1:1: error: this file does not say its format: add \"format\": \"parcours/1\" at the top of the object",
        ],
    );
}

#[test]
fn unknown_format() {
    assert_reports(
        "format-unknown.json",
        &[
            "format-unknown.json:2:13: error: unknown format \"parcours/2\": this version of parcours reads \"parcours/1\"",
        ],
    );
}

#[test]
fn bad_id() {
    assert_reports(
        "bad-id.json",
        &[
            "bad-id.json:4:13: error: bad provider id \"Afpa Metz\": an id is made of lowercase letters, digits, '.', '_' and '-', and starts with a letter or digit",
        ],
    );
}

#[test]
fn duplicate_id_in_one_file() {
    assert_reports(
        "duplicate-id.json",
        &[
            "duplicate-id.json:5:13: error: duplicate competence id \"c-soudage-mig\": already defined at duplicate-id.json:4:13",
        ],
    );
}

#[test]
fn duplicate_id_across_files_names_both_places() {
    assert_reports(
        "duplicate-across",
        &[
            "duplicate-across/cnam.json:6:17: error: duplicate centre id \"metz\": already defined at duplicate-across/afpa.json:6:17",
        ],
    );
}

#[test]
fn dangling_references_of_every_kind() {
    assert_reports(
        "dangling.json",
        &[
            "dangling.json:8:75: error: unknown provider \"forem\": no provider has this id",
            "dangling.json:13:54: error: unknown centre \"afpa-thionville\": no centre has this id",
            "dangling.json:14:20: error: unknown competence \"c-soudage-tig\": no competence has this id; did you mean \"c-soudage-mig\"?",
            "dangling.json:14:80: error: unknown occupation \"o-soudeuse\": no occupation has this id; did you mean \"o-soudeur\"?",
            "dangling.json:15:41: error: unknown provider \"afpb\": no provider has this id; did you mean \"afpa\"?",
            "dangling.json:18:32: error: unknown offer \"tuyauteur\": no offer has this id",
            "dangling.json:19:32: error: unknown offer \"soudeur-2\": no offer has this id; did you mean \"soudeur\"?",
            "dangling.json:19:76: error: unknown agreement \"afpa-cnam\": no agreement has this id",
        ],
    );
}

#[test]
fn centre_of_another_provider() {
    assert_reports(
        "centre-of-another.json",
        &[
            "centre-of-another.json:9:67: error: centre \"afpa-metz\" belongs to provider \"afpa\", not to this offer's provider \"cnam\"",
        ],
    );
}

#[test]
fn numbers_out_of_range_and_self_links() {
    assert_reports(
        "numbers.json",
        &[
            "numbers.json:5:90: error: lat 150.6326 is out of range: it must lie between -90 and 90",
            "numbers.json:5:107: error: lon -185.5 is out of range: it must lie between -180 and 180",
            "numbers.json:8:74: error: hours must be more than 0; this offer has 0",
            "numbers.json:8:86: error: level 9 is outside the EQF levels 1 to 8",
            "numbers.json:9:80: error: hours must be more than 0; this offer has -35",
            "numbers.json:9:94: error: level 0 is outside the EQF levels 1 to 8",
            "numbers.json:9:109: error: cost_eur must be 0 or more; this offer has -1",
            "numbers.json:9:122: error: weeks must be 1 or more; this offer has 0",
            "numbers.json:13:89: error: credit_hours 350 is more than the 300 hours of offer \"logisticien\"",
            "numbers.json:14:36: error: this link goes from offer \"logisticien\" to itself",
        ],
    );
}

#[test]
fn dates_and_parties() {
    assert_reports(
        "dates.json",
        &[
            "dates.json:5:71: error: an agreement needs at least two distinct parties; this one names only \"cnam\"",
            "dates.json:5:99: error: impossible date \"2021-02-29\": February 2021 has 28 days",
            "dates.json:10:41: error: this session ends (2027-02-01) before it starts (2027-03-01)",
            "dates.json:11:20: error: impossible date \"2027-13-01\": month 13 does not exist",
            "dates.json:11:41: error: impossible date \"2027-14-01\": month 14 does not exist",
            "dates.json:12:20: error: bad date \"2027-4-1\": expected a date as YYYY-MM-DD",
            "dates.json:12:39: error: impossible date \"2027-06-31\": June 2027 has 30 days",
        ],
    );
}

#[test]
fn unknown_fields_wrong_types_and_missing_fields() {
    assert_reports(
        "shape.json",
        &[
            "shape.json:4:52: error: unknown field \"centers\" in this provider; did you mean \"centres\"?",
            "shape.json:7:80: error: \"hours\" must be a number, not the string \"120\"",
            "shape.json:8:99: error: \"modality\": unknown value \"online\"; expected one of: onsite, distance, hybrid, work_based",
            "shape.json:9:5: error: this offer has no \"title\", which is required",
            "shape.json:10:5: error: each offer must be a JSON object, not the string \"isq-energia\"",
            "shape.json:12:3: error: unknown section \"offres\"; did you mean \"offers\"?",
        ],
    );
}

#[test]
fn warnings_for_uncovered_bridges_and_isolated_offers() {
    assert_reports(
        "warnings.json",
        &[
            "warnings.json:10:5: warning: offer \"afpa-roubaix-anglais\" is linked to nothing: no link leads to or from it, and no progression can be inferred to or from it",
            "warnings.json:13:5: warning: bridge from \"vdab-kortrijk-heftruck\" to \"afpa-roubaix-cariste\" crosses from VDAB to Afpa, but no agreement covers these two bodies: routes will mark it as a seam",
        ],
    );
}

#[test]
fn empty_file() {
    assert_reports(
        "empty.json",
        &[
            "empty.json:1:1: error: the file is empty; a catalogue file is a JSON object starting with {\"format\": \"parcours/1\"}",
        ],
    );
}

#[test]
fn not_an_object() {
    assert_reports(
        "not-object.json",
        &[
            "not-object.json:1:1: error: a catalogue file must be a JSON object, starting with {\"format\": \"parcours/1\"}",
        ],
    );
}

#[test]
fn invalid_utf8() {
    assert_reports(
        "invalid-utf8.json",
        &[
            "invalid-utf8.json:2:50: error: this file is not valid UTF-8 (byte 0xFF); save it as UTF-8",
        ],
    );
}

#[test]
fn byte_order_mark_is_accepted_and_not_counted() {
    assert_reports(
        "bom.json",
        &["bom.json:2:77: error: \"kind\" must be a string, not the number 3"],
    );
}

#[test]
fn control_characters_are_printed_escaped() {
    let (stdout, code) = validate("escapes-invalid.json");
    assert_eq!(code, 1);
    assert!(
        stdout.starts_with("escapes-invalid.json:3:26: error: bad provider id \"afpa\\u{1b}[2J\\u{9b}31m\\u{202e}\""),
        "{stdout}"
    );
    assert!(
        !stdout
            .chars()
            .any(|c| (c.is_control() && c != '\n') || c == '\u{202e}')
    );
}
