//! Exports of a plan compared with golden files in tests/golden/plan/,
//! which a person has read: run with `UPDATE_GOLDEN=1` to rewrite them
//! after a deliberate change, then read the diff before committing.

mod plan_common;

use std::path::PathBuf;

use parcours::graph::PathwayGraph;
use parcours::model::Catalogue;
use parcours::plan::{Label, Plan, export};
use parcours::route::{Constraints, Criterion, Request, Start, Target, find};
use parcours::text::is_unsafe;
use parcours::tui::i18n::Lang;
use plan_common::{date, sample_cat, with_offer, without_offer};
use serde_json::Value;

/// Compares `actual` with the golden file, or rewrites it with `UPDATE_GOLDEN=1`.
fn golden(name: &str, actual: &str) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden/plan")
        .join(name);
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e} (UPDATE_GOLDEN=1 writes it)", path.display()));
    assert!(
        expected == actual,
        "{} differs from the export (UPDATE_GOLDEN=1 rewrites it):\n--- expected\n{expected}\n--- actual\n{actual}",
        path.display()
    );
}

/// A plan from `from` to `target`, choosing the `nth` route found.
fn plan(cat: &Catalogue, from: &str, target: Target, nth: usize, name: &str) -> Plan {
    let graph = PathwayGraph::new(cat);
    let request = Request {
        start: Start::From(cat.lookup.offer(from).unwrap()),
        target,
        criterion: Criterion::Hours,
        k: 3,
        start_date: date("2026-11-22"),
        constraints: Constraints::default(),
    };
    let routes = find(cat, &graph, &request);
    Plan::new(
        Label {
            name,
            person: "DE-2026-0042",
            note: "Souhaite rester près de Liège ; permis B.\n\n- Appeler le Cnam avant le 15 janvier.\n*Priorité* : un emploi en 2029.",
        },
        cat,
        &request,
        &routes[nth],
        date("2026-11-22"),
    )
}

/// Liège forklift course → warehouse manager → logistics degree in Metz:
/// a credited progression, an inferred step, a seam, a border.
fn logistics(cat: &Catalogue) -> Plan {
    let target = Target::Offer(cat.lookup.offer("cnam-ge-metz-lp-logistique").unwrap());
    plan(cat, "forem-liege-cariste", target, 0, "Marie – logistique")
}

/// French for refugees in Mons → its equivalent in Roubaix → building
/// trades in Valenciennes → mason in Verviers: an equivalence with nothing
/// to attend, a progression, a bridge of an Interreg project.
fn masonry(cat: &Catalogue) -> Plan {
    let target = Target::Occupation(cat.lookup.occupation("o-macon").unwrap());
    let p = plan(
        cat,
        "forem-mons-fle-refugies",
        target,
        1,
        "Karim – maçonnerie",
    );
    assert_eq!(p.route.len(), 4, "{:?}", p.route);
    p
}

/// The plans of the golden files, by the files' stem.
fn golden_plans(cat: &Catalogue) -> [(&'static str, Plan); 2] {
    [("logistique", logistics(cat)), ("maconnerie", masonry(cat))]
}

#[test]
fn markdown_in_french_and_english() {
    let cat = sample_cat();
    let graph = PathwayGraph::new(&cat);
    let today = date("2026-11-22");
    for (name, p) in golden_plans(&cat) {
        golden(
            &format!("{name}.fr.md"),
            &export::render(export::Format::Markdown(Lang::Fr), &cat, &graph, &p, today),
        );
        golden(
            &format!("{name}.en.md"),
            &export::render(export::Format::Markdown(Lang::En), &cat, &graph, &p, today),
        );
    }
}

#[test]
fn csv_and_json() {
    let cat = sample_cat();
    let graph = PathwayGraph::new(&cat);
    let today = date("2026-11-22");
    for (name, p) in golden_plans(&cat) {
        golden(
            &format!("{name}.csv"),
            &export::render(export::Format::Csv, &cat, &graph, &p, today),
        );
        golden(
            &format!("{name}.json"),
            &export::render(export::Format::Json, &cat, &graph, &p, today),
        );
    }
}

/// From the competences held (French A2) to a masonry competence: a
/// validation test first, then a bridge under an agreement with credit.
#[test]
fn a_plan_from_competences_held() {
    let cat = sample_cat();
    let graph = PathwayGraph::new(&cat);
    let request = Request {
        start: Start::Holding(vec![cat.lookup.competence("c-fr-a2").unwrap()]),
        target: Target::Competence(cat.lookup.competence("c-maconnerie-base").unwrap()),
        criterion: Criterion::Hours,
        k: 2,
        start_date: date("2026-11-22"),
        constraints: Constraints {
            countries: vec!["BE".to_owned()],
            ..Constraints::default()
        },
    };
    let routes = find(&cat, &graph, &request);
    let p = Plan::new(
        Label {
            name: "Validation maçonnerie",
            ..Label::default()
        },
        &cat,
        &request,
        &routes[1],
        date("2026-11-22"),
    );
    assert_eq!(p.request.holding, ["c-fr-a2"]);
    assert_eq!(p.request(&cat).unwrap(), request);
    golden(
        "validation.fr.md",
        &export::render(
            export::Format::Markdown(Lang::Fr),
            &cat,
            &graph,
            &p,
            date("2026-11-22"),
        ),
    );
}

#[test]
fn a_plan_opened_later_is_dated_from_that_day() {
    let cat = sample_cat();
    let graph = PathwayGraph::new(&cat);
    let p = logistics(&cat);
    let md = export::render(
        export::Format::Markdown(Lang::Fr),
        &cat,
        &graph,
        &p,
        date("2027-01-10"),
    );
    // The December session has begun: the next one, in March, is shown.
    assert!(md.contains("du 1er mars 2027 au 30 avril 2027"), "{md}");
    assert!(md.contains("Document établi le 10 janvier 2027"), "{md}");
    let json: Value = serde_json::from_str(&export::render(
        export::Format::Json,
        &cat,
        &graph,
        &p,
        date("2027-01-10"),
    ))
    .unwrap();
    assert_eq!(json["changes"][0]["change"], "session_passed");
    assert_eq!(json["route"]["path"][0]["start"], "2027-03-01");
}

#[test]
fn a_plan_that_cannot_be_followed_says_why() {
    let cat = without_offer("forem.json", "forem-liege-gestionnaire-entrepot");
    let p = logistics(&sample_cat());
    let graph = PathwayGraph::new(&cat);
    let today = date("2026-11-22");
    let md = export::render(export::Format::Markdown(Lang::Fr), &cat, &graph, &p, today);
    golden("logistique-perimee.fr.md", &md);
    // Not the sample any more: no word about illustrative data.
    assert!(!md.contains("illustratives"));
    let csv = export::render(export::Format::Csv, &cat, &graph, &p, today);
    assert_eq!(
        csv.lines().nth(2).unwrap(),
        "2,forem-liege-gestionnaire-entrepot,,,,,,,,,,,"
    );
    let json: Value = serde_json::from_str(&export::render(
        export::Format::Json,
        &cat,
        &graph,
        &p,
        today,
    ))
    .unwrap();
    assert_eq!(json["route"], Value::Null);
    assert_eq!(json["changes"][0]["change"], "offer_gone");
}

#[test]
fn catalogue_text_is_escaped_in_every_format() {
    let nasty = "Soudure *MIG* [voir](https://x.test) <b>\u{1b}[2J, \"TIG\"\u{202e}";
    let cat = with_offer("forem.json", "forem-liege-cariste", |o| {
        o["title"] = Value::from(nasty);
    });
    let graph = PathwayGraph::new(&cat);
    let p = logistics(&cat);
    let today = date("2026-11-22");
    let md = export::render(export::Format::Markdown(Lang::Fr), &cat, &graph, &p, today);
    assert!(
        md.contains(
            "### Étape 1 : Soudure \\*MIG\\* \\[voir\\](https\\://x.test) \\<b\\>\\u{1b}\\[2J, \"TIG\"\\u{202e}"
        ),
        "{md}"
    );
    let csv = export::render(export::Format::Csv, &cat, &graph, &p, today);
    assert!(
        csv.contains(
            ",\"Soudure *MIG* [voir](https://x.test) <b>\\u{1b}[2J, \"\"TIG\"\"\\u{202e}\","
        ),
        "{csv}"
    );
    let json = export::render(export::Format::Json, &cat, &graph, &p, today);
    let back: Value = serde_json::from_str(&json).unwrap();
    assert_eq!(back["route"]["path"][0]["title"], nasty);
    for (format, text) in [("md", &md), ("csv", &csv), ("json", &json)] {
        let raw = text
            .chars()
            .find(|c| is_unsafe(*c) && !matches!(c, '\n' | '\r'));
        assert_eq!(raw, None, "{format}");
    }
}
