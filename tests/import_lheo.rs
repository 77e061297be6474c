//! `parcours import lheo` as a process: the mapping of each element, the
//! report, malformed files, and imported catalogues that validate and
//! route like any other.

mod import_lheo {
    pub mod errors;
    pub mod files;
}

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use serde_json::Value;

/// A fixture of tests/fixtures/lheo.
pub fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/lheo")
        .join(name)
}

/// `parcours` with a home of its own, so that nothing of the person running
/// the tests is read.
pub fn parcours(home: &Path) -> Command {
    let mut cmd = Command::cargo_bin("parcours").unwrap();
    cmd.env_remove("PARCOURS_DATA")
        .env("HOME", home)
        .env("XDG_DATA_HOME", home.join("data"))
        .env("XDG_CONFIG_HOME", home.join("config"));
    cmd
}

/// Imports a fixture into `out`, returning the process output.
pub fn import(home: &Path, file: &Path, out: &Path, extra: &[&str]) -> std::process::Output {
    parcours(home)
        .args(["import", "lheo"])
        .arg(file)
        .arg("--out")
        .arg(out)
        .args(extra)
        .output()
        .unwrap()
}

/// A written file as JSON.
pub fn read_json(path: &Path) -> Value {
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// The offer of that id in a body file.
pub fn offer<'a>(file: &'a Value, id: &str) -> &'a Value {
    file["offers"]
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["id"] == id)
        .unwrap_or_else(|| panic!("no offer {id} in {file}"))
}

#[test]
fn every_mapped_element_lands_in_its_field() {
    let home = tempfile::tempdir().unwrap();
    let out = home.path().join("out");
    let run = import(home.path(), &fixture("full.xml"), &out, &[]);
    assert_eq!(
        run.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );

    let afpa = read_json(&out.join("afpa.json"));
    let provider = &afpa["providers"][0];
    assert_eq!(provider["id"], "afpa");
    assert_eq!(provider["name"], "Afpa");
    assert_eq!(provider["country"], "FR");
    assert_eq!(provider["url"], "https://www.afpa.fr");
    let metz = &provider["centres"][0];
    assert_eq!(
        (&metz["id"], &metz["name"], &metz["city"]),
        (
            &"afpa-metz".into(),
            &"Afpa Metz Borny".into(),
            &"Metz".into()
        )
    );
    assert_eq!(
        (metz["lat"].as_f64(), metz["lon"].as_f64()),
        (Some(49.1193), Some(6.1757))
    );

    let welder = offer(&afpa, "afpa-soudeur-assembleur-industriel-af_0001");
    assert_eq!(welder["title"], "Soudeur assembleur industriel");
    assert_eq!(welder["centre"], "afpa-metz");
    assert_eq!(welder["sector"], "metal");
    assert_eq!(welder["level"], 3);
    assert_eq!(welder["hours"], 875);
    assert_eq!(welder["modality"], "onsite");
    assert_eq!(welder["languages"], serde_json::json!(["fr"]));
    assert_eq!(
        welder["audiences"],
        serde_json::json!(["job_seekers", "employees"])
    );
    assert_eq!(welder["cost_eur"].as_f64(), Some(9850.5));
    assert_eq!(welder["prepares"], serde_json::json!(["rome-h2913"]));
    assert_eq!(
        welder["certification"],
        serde_json::json!({ "code": "RNCP35123" })
    );
    assert_eq!(
        welder["sessions"],
        serde_json::json!([
            { "start": "2027-01-11", "end": "2027-06-30" },
            // 20270900 – 20280200: whole months.
            { "start": "2027-09-01", "end": "2028-02-29" }
        ])
    );
    assert_eq!(
        welder["description"],
        "Souder en MIG/MAG et à l'électrode enrobée.\n\nLecture de plans.\nSoudage MIG & MAG.\n\n\
         Contrôle des soudures.\n\nOrganisme formateur : Soudure Formation Lorraine\n\n\
         Alternance : Stage en entreprise de 4 semaines"
    );
    assert_eq!(welder["url"], "https://www.example.fr/soudeur/metz");

    // Permanent entry: no session; hourly price × hours; mixed teaching.
    let mig = offer(&afpa, "afpa-soudage-mig-af_0002");
    assert_eq!(mig["modality"], "hybrid");
    assert_eq!(mig["cost_eur"].as_f64(), Some(2625.0));
    assert!(mig.get("sessions").is_none() && mig.get("level").is_none());
    assert_eq!(
        mig["centre"], "afpa-metz",
        "the same place is the same centre"
    );

    // Alternance under contract: work-based; "FR" is a language code too.
    let intro = offer(&afpa, "afpa-decouverte-des-metiers-af_0003");
    assert_eq!(intro["modality"], "work_based");
    assert_eq!(intro["level"], 1);
    assert_eq!(intro["languages"], serde_json::json!(["fr"]));
    assert_eq!(
        intro["audiences"],
        serde_json::json!(["job_seekers", "young_people"])
    );

    let trainer = read_json(&out.join("soudure-formation-lorraine.json"));
    assert_eq!(
        trainer["providers"][0]["name"],
        "Soudure Formation Lorraine"
    );
    let occupations = read_json(&out.join("occupations.json"));
    assert_eq!(
        occupations["occupations"],
        serde_json::json!([{ "id": "rome-h2913", "label": "ROME H2913", "rome": "H2913" }])
    );
    let links = read_json(&out.join("links.json"))["links"].clone();
    assert_eq!(links[0]["from"], "afpa-decouverte-des-metiers-af_0003");
    assert_eq!(links[0]["to"], "afpa-soudeur-assembleur-industriel-af_0001");
    assert!(links[0].get("credit_hours").is_none());
    assert_eq!(links[1]["from"], "afpa-soudage-mig-af_0002");
    assert_eq!(
        links[1]["credit_hours"], 210,
        "a part counts towards the whole"
    );
}

#[test]
fn files_are_laid_out_as_the_sample_is() {
    let home = tempfile::tempdir().unwrap();
    let out = home.path().join("out");
    import(home.path(), &fixture("full.xml"), &out, &[]);
    let text = std::fs::read_to_string(out.join("afpa.json")).unwrap();
    assert!(text.starts_with(
        "{\n  \"format\": \"parcours/1\",\n  \"providers\": [\n    {\n      \"id\": \"afpa\",\n"
    ));
    assert!(text.ends_with("}\n"));
    // Fields in the order of the format.
    let order = [
        "\"id\"",
        "\"provider\"",
        "\"centre\"",
        "\"title\"",
        "\"sector\"",
        "\"level\"",
        "\"hours\"",
    ];
    let offers = &text[text.find("\"offers\"").unwrap()..];
    let at: Vec<usize> = order.iter().map(|k| offers.find(k).unwrap()).collect();
    assert!(at.windows(2).all(|w| w[0] < w[1]), "{at:?}");
}

#[test]
fn an_imported_catalogue_validates_and_routes_along_its_modules() {
    let home = tempfile::tempdir().unwrap();
    let out = home.path().join("out");
    import(home.path(), &fixture("full.xml"), &out, &[]);
    parcours(home.path())
        .arg("validate")
        .arg(&out)
        .assert()
        .code(0)
        .stdout(predicates::str::contains("0 errors, 0 warnings in 4 files"));

    let route = |from: &str| {
        let run = parcours(home.path())
            .arg("--data")
            .arg(&out)
            .args([
                "route",
                "--from",
                from,
                "--to",
                "afpa-soudeur-assembleur-industriel-af_0001",
            ])
            .args(["--start", "2026-12-01", "--json"])
            .output()
            .unwrap();
        assert_eq!(
            run.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&run.stdout)
        );
        serde_json::from_slice::<Value>(&run.stdout).unwrap()["routes"][0].clone()
    };
    let prerequisite = route("afpa-decouverte-des-metiers-af_0003");
    let step = &prerequisite["path"][1];
    assert_eq!(step["via"]["kind"], "progression");
    assert_eq!(step["via"]["inferred"], false);
    assert_eq!(
        (&step["start"], &step["end"]),
        (&"2027-09-01".into(), &"2028-02-29".into())
    );
    let part = route("afpa-soudage-mig-af_0002");
    assert_eq!(part["path"][1]["hours"], 875 - 210);
}
