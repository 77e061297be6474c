//! Saved plans on disk: round trips, atomic writes, names, errors.

mod plan_common;

use std::path::Path;

use parcours::graph::PathwayGraph;
use parcours::model::Catalogue;
use parcours::plan::{FORMAT, Label, Plan, PlanError, PlanTarget, Store};
use parcours::route::{Constraints, Criterion, Request, Start, Target, find};
use plan_common::{date, sample_cat};

/// A plan from a forklift course in Liège to a logistics degree in Metz.
fn plan(cat: &Catalogue, name: &str) -> Plan {
    let graph = PathwayGraph::new(cat);
    let request = Request {
        start: Start::From(cat.lookup.offer("forem-liege-cariste").unwrap()),
        target: Target::Offer(cat.lookup.offer("cnam-ge-metz-lp-logistique").unwrap()),
        criterion: Criterion::Hours,
        k: 3,
        start_date: date("2026-11-22"),
        constraints: Constraints {
            avoid_providers: vec![cat.lookup.provider("vdab").unwrap()],
            languages: vec!["fr".to_owned()],
            ..Constraints::default()
        },
    };
    let routes = find(cat, &graph, &request);
    Plan::new(
        Label {
            name,
            person: "DE-2026-0042",
            note: "Souhaite rester près de Liège.\nPermis B.",
        },
        cat,
        &request,
        &routes[0],
        date("2026-11-22"),
    )
}

fn files(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn a_plan_records_the_request_and_route_by_id() {
    let cat = sample_cat();
    let p = plan(&cat, "  Marie – logistique  ");
    assert_eq!(p.format, FORMAT);
    assert_eq!(p.name, "Marie – logistique");
    assert_eq!(p.saved, "2026-11-22");
    assert_eq!(p.request.from.as_deref(), Some("forem-liege-cariste"));
    assert_eq!(
        p.request.target,
        PlanTarget::Offer("cnam-ge-metz-lp-logistique".to_owned())
    );
    assert_eq!(p.request.constraints.avoid_providers, ["vdab"]);
    assert_eq!(p.request.criterion, "hours");
    assert_eq!(p.request.k, 3);
    assert_eq!(
        p.route,
        [
            "forem-liege-cariste",
            "forem-liege-gestionnaire-entrepot",
            "cnam-ge-metz-lp-logistique"
        ]
    );
    assert_eq!(p.totals.steps, 3);
    assert_eq!(p.totals.seams, 1);
    assert_eq!(p.totals.finish.as_deref(), Some("2029-06-29"));
}

#[test]
fn the_request_comes_back_on_the_same_catalogue() {
    let cat = sample_cat();
    let p = plan(&cat, "Marie");
    let request = p.request(&cat).unwrap();
    assert_eq!(
        request.start,
        Start::From(cat.lookup.offer("forem-liege-cariste").unwrap())
    );
    assert_eq!(request.start_date, date("2026-11-22"));
    assert_eq!(request.k, 3);
    assert_eq!(
        request.constraints.avoid_providers,
        [cat.lookup.provider("vdab").unwrap()]
    );
}

#[test]
fn the_request_lists_the_ids_gone() {
    let cat = sample_cat();
    let mut p = plan(&cat, "Marie");
    p.request.from = Some("afpa-nowhere".to_owned());
    p.request.constraints.only_providers = vec!["gone-body".to_owned()];
    assert_eq!(p.request(&cat).unwrap_err(), ["afpa-nowhere", "gone-body"]);
}

#[test]
fn save_then_load_gives_the_same_plan() {
    let cat = sample_cat();
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path().join("plans"));
    let p = plan(&cat, "Marie – logistique");
    let path = store.save(&p).unwrap();
    assert_eq!(path, dir.path().join("plans/marie-logistique.json"));
    assert_eq!(store.load("Marie – logistique").unwrap(), p);
    // Case, accents and blanks aside, and by file stem.
    assert_eq!(store.load("marie  – LOGISTIQUE").unwrap(), p);
    assert_eq!(store.load("marie-logistique").unwrap(), p);
}

#[test]
fn saving_again_replaces_the_plan_and_leaves_no_temporary_file() {
    let cat = sample_cat();
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path());
    let mut p = plan(&cat, "Marie");
    store.save(&p).unwrap();
    p.note = "Deuxième entretien : d'accord pour Metz.".to_owned();
    // The same plan, named with other case and accents, replaces the first.
    p.name = "MARIE".to_owned();
    store.save(&p).unwrap();
    assert_eq!(files(dir.path()), ["marie.json"]);
    assert_eq!(store.load("Marie").unwrap().note, p.note);
    let text = std::fs::read_to_string(dir.path().join("marie.json")).unwrap();
    assert!(text.starts_with("{\n  \"format\": \"parcours-plan/1\",\n  \"name\": \"MARIE\""));
    assert!(text.ends_with("}\n"));
}

#[test]
fn names_that_give_the_same_file_stem_get_their_own_files() {
    let cat = sample_cat();
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path());
    store.save(&plan(&cat, "Plan A")).unwrap();
    let second = store.save(&plan(&cat, "Plan-A")).unwrap();
    assert_eq!(second, dir.path().join("plan-a-2.json"));
    assert_eq!(store.load("Plan-A").unwrap().name, "Plan-A");
    assert_eq!(store.load("Plan A").unwrap().name, "Plan A");
}

#[test]
fn bad_names_are_refused_with_the_reason() {
    let cat = sample_cat();
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path());
    for (name, why) in [
        ("", "needs a name"),
        ("   ", "needs a name"),
        ("a\u{1b}[2J", "control characters"),
        (&"x".repeat(81), "at most 80 characters"),
    ] {
        let mut p = plan(&cat, "ok");
        p.name = name.to_owned();
        match store.save(&p) {
            Err(PlanError::BadName(message)) => assert!(message.contains(why), "{message}"),
            other => panic!("{name:?}: {other:?}"),
        }
    }
    assert!(files(dir.path()).is_empty());
    store.save(&plan(&cat, "ok")).unwrap();
    assert!(matches!(
        store.rename("ok", "two\nlines"),
        Err(PlanError::BadName(_))
    ));
}

#[test]
fn rename_moves_the_plan_and_refuses_a_taken_name() {
    let cat = sample_cat();
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path());
    store.save(&plan(&cat, "Marie")).unwrap();
    store.save(&plan(&cat, "Karim")).unwrap();
    match store.rename("Marie", "karim") {
        Err(PlanError::Exists(name)) => assert_eq!(name, "karim"),
        other => panic!("{other:?}"),
    }
    store.rename("Marie", "Marie Dupont").unwrap();
    assert_eq!(files(dir.path()), ["karim.json", "marie-dupont.json"]);
    let moved = store.load("Marie Dupont").unwrap();
    assert_eq!(moved.route, plan(&cat, "x").route);
    assert!(matches!(store.load("Marie"), Err(PlanError::NotFound(_))));
    // A change of case only is the same plan, in the same file.
    store.rename("Marie Dupont", "MARIE DUPONT").unwrap();
    assert_eq!(files(dir.path()), ["karim.json", "marie-dupont.json"]);
    assert_eq!(store.load("marie dupont").unwrap().name, "MARIE DUPONT");
    assert!(matches!(
        store.rename("nobody", "x"),
        Err(PlanError::NotFound(_))
    ));
}

#[test]
fn delete_removes_the_file() {
    let cat = sample_cat();
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path());
    store.save(&plan(&cat, "Marie")).unwrap();
    store.save(&plan(&cat, "Karim")).unwrap();
    store.delete("marie").unwrap();
    assert_eq!(files(dir.path()), ["karim.json"]);
    match store.delete("Marie") {
        Err(e @ PlanError::NotFound(_)) => assert_eq!(e.to_string(), "no plan is named \"Marie\""),
        other => panic!("{other:?}"),
    }
}

#[test]
fn the_list_shows_the_latest_first_and_unreadable_files_with_their_error() {
    let cat = sample_cat();
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path());
    assert!(
        Store::new(dir.path().join("none"))
            .list()
            .unwrap()
            .is_empty()
    );
    let mut old = plan(&cat, "Ancien");
    old.saved = "2025-03-01".to_owned();
    store.save(&old).unwrap();
    store.save(&plan(&cat, "Marie")).unwrap();
    store.save(&plan(&cat, "Karim")).unwrap();
    std::fs::write(
        dir.path().join("broken.json"),
        "{\n  \"format\": \"parcours-plan/1\",\n  \"name\": \n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("other.json"),
        "{\"format\": \"parcours/1\"}",
    )
    .unwrap();
    std::fs::write(dir.path().join("notes.txt"), "not a plan").unwrap();
    std::fs::write(dir.path().join(".hidden.json"), "{}").unwrap();
    let list = store.list().unwrap();
    let names: Vec<&str> = list.iter().map(|s| s.name.as_str()).collect();
    // Karim was saved after Marie on the same day; unreadable files come last.
    assert_eq!(names, ["Karim", "Marie", "Ancien", "broken", "other"]);
    assert_eq!(list[0].steps, 3);
    assert_eq!(list[0].person, "DE-2026-0042");
    assert_eq!(list[0].error, None);
    let broken = list[3].error.as_deref().unwrap();
    assert!(
        broken.contains("broken.json:4:1: EOF while parsing a value"),
        "{broken}"
    );
    let other = list[4].error.as_deref().unwrap();
    assert!(
        other.ends_with(
            "not a parcours plan: \"format\" is \"parcours/1\", expected \"parcours-plan/1\""
        ),
        "{other}"
    );
    // An unreadable file is found by its stem, to say what is wrong and to delete it.
    assert!(matches!(
        store.load("broken"),
        Err(PlanError::Json { line: 4, .. })
    ));
    store.delete("broken").unwrap();
    assert!(!dir.path().join("broken.json").exists());
}

#[test]
fn a_plan_with_a_bad_field_is_refused_on_load() {
    let cat = sample_cat();
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path());
    let path = store.save(&plan(&cat, "Marie")).unwrap();
    let text = std::fs::read_to_string(&path).unwrap();
    for (from, to, message) in [
        (
            "\"criterion\": \"hours\"",
            "\"criterion\": \"speed\"",
            "unknown criterion \"speed\"",
        ),
        (
            "\"start_date\": \"2026-11-22\"",
            "\"start_date\": \"2026-02-30\"",
            "February 2026 has 28 days",
        ),
        ("\"person\"", "\"persn\"", "unknown field `persn`"),
    ] {
        std::fs::write(&path, text.replace(from, to)).unwrap();
        let error = store
            .load("Marie")
            .or_else(|_| store.load("marie"))
            .unwrap_err()
            .to_string();
        assert!(error.contains(message), "{error}");
    }
}
