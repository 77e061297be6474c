//! Files of several bodies, other encodings, ids, and the output directory.

use std::path::Path;

use crate::{fixture, import, offer, parcours, read_json};

fn names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn a_regional_file_gives_one_file_per_body_and_shared_centres() {
    let home = tempfile::tempdir().unwrap();
    let out = home.path().join("out");
    let run = import(home.path(), &fixture("multi.xml"), &out, &[]);
    assert_eq!(
        run.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&run.stdout)
    );
    assert_eq!(
        names(&out),
        [
            "cnam-grand-est.json",
            "greta-lorraine-nord-123456789.json",
            "greta-lorraine-nord.json",
            "lycee-simon-lazard.json",
            "occupations.json"
        ]
    );
    // Two establishments of one SIREN are one body; the same name with
    // another SIREN is another body, with an id of its own.
    let greta = read_json(&out.join("greta-lorraine-nord.json"));
    let centres: Vec<&str> = greta["providers"][0]["centres"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        centres,
        ["greta-lorraine-nord-thionville", "greta-lorraine-nord-metz"]
    );
    // Two actions of one formation without numbers of their own.
    let first = offer(
        &greta,
        "greta-lorraine-nord-agent-de-proprete-et-d-hygiene-greta-prop-1",
    );
    let second = offer(
        &greta,
        "greta-lorraine-nord-agent-de-proprete-et-d-hygiene-greta-prop-2",
    );
    assert_eq!(
        (&first["centre"], &second["centre"]),
        (
            &"greta-lorraine-nord-thionville".into(),
            &"greta-lorraine-nord-metz".into()
        )
    );
    let electrician = offer(
        &greta,
        "greta-lorraine-nord-electricien-d-equipement-elec-metz",
    );
    assert_eq!(
        electrician["centre"], "greta-lorraine-nord-metz",
        "one place, one centre"
    );
    assert_eq!(electrician["sector"], "electricity");
    let other = read_json(&out.join("greta-lorraine-nord-123456789.json"));
    assert_eq!(
        other["offers"][0]["centre"],
        "greta-lorraine-nord-123456789-thionville"
    );

    let cnam = read_json(&out.join("cnam-grand-est.json"));
    let english = offer(&cnam, "cnam-grand-est-anglais-professionnel-ang-foad");
    assert!(english.get("centre").is_none(), "distance, no place");
    assert_eq!(english["modality"], "distance");
    assert_eq!(english["languages"], serde_json::json!(["en"]));
    assert_eq!(english["cost_eur"].as_f64(), Some(900.0));
    let payroll = offer(&cnam, "cnam-grand-est-gestionnaire-de-paie-paie-1");
    assert_eq!(payroll["certification"]["code"], "RS5678");
    assert_eq!(payroll["level"], 5);
    // The second place of the action is a centre of the body all the same.
    assert_eq!(
        cnam["providers"][0]["centres"][1]["id"],
        "cnam-grand-est-strasbourg"
    );

    // No SIRET, no numbers: a body and an offer named from their texts.
    let lycee = read_json(&out.join("lycee-simon-lazard.json"));
    let cook = offer(&lycee, "lycee-simon-lazard-commis-de-cuisine");
    assert_eq!(cook["hours"], 2400);
    assert_eq!(cook["modality"], "work_based");
    assert!(
        cook.get("centre").is_none(),
        "a place without coordinates is no centre"
    );
    parcours(home.path())
        .arg("validate")
        .arg(&out)
        .assert()
        .code(0);
}

#[test]
fn one_byte_encodings_import_as_their_utf8_copy() {
    let home = tempfile::tempdir().unwrap();
    let fixture_text = std::fs::read_to_string(fixture("multi.xml")).unwrap();
    // Latin-1 has no en dash; Windows-1252 has it at 0x96.
    let cases = [
        ("ISO-8859-1", fixture_text.replace('–', "-")),
        ("windows-1252", fixture_text.clone()),
    ];
    for (encoding, text) in cases {
        let utf8 = home.path().join(format!("{encoding}-utf8.xml"));
        std::fs::write(&utf8, &text).unwrap();
        let declared = text.replacen("encoding=\"UTF-8\"", &format!("encoding=\"{encoding}\""), 1);
        let bytes: Vec<u8> = declared
            .chars()
            .map(|c| {
                if c == '–' {
                    0x96
                } else {
                    u8::try_from(u32::from(c)).unwrap()
                }
            })
            .collect();
        let one_byte = home.path().join(format!("{encoding}.xml"));
        std::fs::write(&one_byte, bytes).unwrap();
        let (a, b) = (
            home.path().join(encoding),
            home.path().join(format!("{encoding}-utf8")),
        );
        let run = import(home.path(), &one_byte, &a, &[]);
        assert_eq!(
            run.status.code(),
            Some(0),
            "{encoding}: {}",
            String::from_utf8_lossy(&run.stderr)
        );
        import(home.path(), &utf8, &b, &[]);
        assert_eq!(names(&a).len(), 5);
        for name in names(&a) {
            let read = |dir: &Path| std::fs::read(dir.join(&name)).unwrap();
            assert_eq!(read(&a), read(&b), "{encoding}: {name}");
        }
    }
}

#[test]
fn files_are_replaced_only_with_force() {
    let home = tempfile::tempdir().unwrap();
    let out = home.path().join("out");
    import(home.path(), &fixture("full.xml"), &out, &[]);
    let afpa = out.join("afpa.json");
    std::fs::write(&afpa, "edited by hand").unwrap();
    let run = import(home.path(), &fixture("full.xml"), &out, &[]);
    assert_eq!(run.status.code(), Some(2));
    let message = String::from_utf8(run.stderr).unwrap();
    assert!(
        message.contains("already holds") && message.contains("afpa.json"),
        "{message}"
    );
    assert!(
        message.contains("nothing was written (--force replaces them)"),
        "{message}"
    );
    assert_eq!(std::fs::read_to_string(&afpa).unwrap(), "edited by hand");
    let run = import(home.path(), &fixture("full.xml"), &out, &["--force"]);
    assert_eq!(run.status.code(), Some(0));
    assert!(
        std::fs::read_to_string(&afpa)
            .unwrap()
            .starts_with("{\n  \"format\"")
    );
    // No temporary file is left behind.
    assert!(names(&out).iter().all(|n| !n.starts_with('.')));
}

#[test]
fn provider_names_the_body_of_a_file_of_one_body() {
    let home = tempfile::tempdir().unwrap();
    let out = home.path().join("out");
    let run = import(
        home.path(),
        &fixture("full.xml"),
        &out,
        &["--provider", "afpa-ge"],
    );
    assert_eq!(run.status.code(), Some(0));
    let body = read_json(&out.join("afpa-ge.json"));
    assert_eq!(body["providers"][0]["centres"][0]["id"], "afpa-ge-metz");
    offer(&body, "afpa-ge-soudeur-assembleur-industriel-af_0001");

    let run = import(
        home.path(),
        &fixture("multi.xml"),
        &home.path().join("m"),
        &["--provider", "x"],
    );
    assert_eq!(run.status.code(), Some(2));
    let message = String::from_utf8(run.stderr).unwrap();
    assert!(
        message.contains("holds the offers of 4 bodies (GRETA Lorraine Nord, Cnam Grand Est"),
        "{message}"
    );
    assert!(!home.path().join("m").exists());

    let run = import(
        home.path(),
        &fixture("full.xml"),
        &out,
        &["--provider", "Afpa GE"],
    );
    assert_eq!(run.status.code(), Some(2));
    assert!(
        String::from_utf8(run.stderr)
            .unwrap()
            .contains("--provider Afpa GE: an id is lowercase")
    );
}

#[test]
fn by_default_files_go_into_a_directory_named_after_the_file() {
    let home = tempfile::tempdir().unwrap();
    let run = parcours(home.path())
        .current_dir(home.path())
        .args(["import", "lheo"])
        .arg(fixture("full.xml"))
        .output()
        .unwrap();
    assert_eq!(run.status.code(), Some(0));
    assert!(home.path().join("full/afpa.json").exists());
    let printed = String::from_utf8(run.stdout).unwrap();
    assert!(printed.contains("Wrote 4 files into full:"), "{printed}");
    assert!(
        printed.contains("Use it with `parcours --data full`."),
        "{printed}"
    );
}

#[test]
fn a_dry_run_reports_and_writes_nothing() {
    let home = tempfile::tempdir().unwrap();
    let out = home.path().join("out");
    let run = import(home.path(), &fixture("full.xml"), &out, &["--dry-run"]);
    assert_eq!(run.status.code(), Some(0));
    let printed = String::from_utf8(run.stdout).unwrap();
    assert!(printed.starts_with(&format!(
        "{}: 2 bodies, 2 centres, 3 offers (3 sessions), 1 occupation, 2 links; 0 errors\nDry run: nothing was written",
        fixture("full.xml").display()
    )), "{printed}");
    assert!(!out.exists());
}
