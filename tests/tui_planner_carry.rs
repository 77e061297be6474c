//! The planner across a change of catalogue: an edit made in the
//! interface, or the files changed on disk and loaded again. Its request
//! is found again by ids and its pathways looked for again on the
//! worker; the ids gone are named; the graph and the map stay on their
//! offer, or close when it is gone.

mod tui_edit_common;

use std::path::Path;

use parcours::edit::ItemKind;
use parcours::load::Source;
use parcours::route::{Start, Target};
use parcours::tui::action::Action;
use parcours::tui::app::edit::Notice;
use parcours::tui::app::planner::Message;
use parcours::tui::app::{AppState, CatalogueName, Picture, PlannerPane, Screen};
use parcours::tui::i18n::Lang;
use parcours::tui::jobs::{self, Job};
use parcours::tui::search::Searcher;
use parcours::tui::update::edit::{changed, reloaded};
use parcours::tui::watch;
use tui_edit_common::common::planner::{logistics, save_as};
use tui_edit_common::{act, common, find, open, sample_dir, screen, set};

/// The ids of the offers of the pathway selected.
fn route_ids(s: &AppState) -> Vec<String> {
    let r = s.planner.results.as_ref().expect("results");
    r.route()
        .expect("a pathway")
        .offers()
        .iter()
        .map(|o| s.data.cat.offer(*o).id.clone())
        .collect()
}

/// The hours of the pathway selected.
fn route_hours(s: &AppState) -> f64 {
    let r = s.planner.results.as_ref().expect("results");
    r.route().expect("a pathway").hours
}

/// The planner on the files of `dir` with the tests' request run.
fn planned(dir: &Path) -> AppState {
    let mut s = open(dir, Lang::Fr, (80, 24));
    act(&mut s, &[Action::ShowPlanner]);
    logistics(&mut s);
    act(&mut s, &[Action::RunPlan]);
    assert!(s.planner.has_routes());
    s
}

/// The request's start and target by ids.
fn request_ids(s: &AppState) -> (String, String) {
    let cat = &s.data.cat;
    let d = &s.planner.draft;
    let from = cat.offer(d.from.expect("a start")).id.clone();
    let target = match d.target.expect("a target") {
        Target::Offer(o) => cat.offer(o).id.clone(),
        Target::Occupation(o) => cat.occupation(o).id.clone(),
        Target::Competence(c) => cat.competence(c).id.clone(),
    };
    (from, target)
}

/// The files changed on disk: loaded again as the event loop would.
fn reload(s: &mut AppState, dir: &Path) {
    assert!(changed(s));
    let name = CatalogueName::Path("catalogue".to_owned());
    let outcome = watch::reload(&Source::Path(dir.to_path_buf()), name, &s.data);
    assert!(outcome.is_some(), "the files changed");
    assert!(!reloaded(s, outcome));
}

#[test]
fn an_edit_in_the_interface_keeps_the_request_and_runs_it_again() {
    let dir = sample_dir();
    let mut s = planned(dir.path());
    let ids = request_ids(&s);
    let request = s.planner.results.as_ref().unwrap().request.clone();
    let route = route_ids(&s);
    let hours = route_hours(&s);
    assert_eq!(route[0], "forem-liege-cariste");
    // The start of the pathway, 300 hours, becomes 280 in its form.
    act(&mut s, &[Action::ShowCatalogue]);
    find(&mut s, "cariste liege", "forem-liege-cariste");
    act(&mut s, &[Action::EditItem]);
    set(&mut s, "hours", "280");
    assert!(matches!(&s.edit.notice, Some(Notice::Edited(_))));
    act(&mut s, &[Action::ClosePopup, Action::ShowPlanner]);
    assert_eq!(request_ids(&s), ids, "the request kept, by ids");
    let results = s.planner.results.as_ref().expect("run again");
    assert_eq!(results.request, request, "the same request");
    assert_eq!(route_ids(&s), route);
    assert!(
        (route_hours(&s) - (hours - 20.0)).abs() < 1e-9,
        "the pathways of the catalogue edited: {} then {}",
        hours,
        route_hours(&s)
    );
    assert!(!s.planner.stale());
    assert_eq!(s.planner.message, None);
    common::assert_planner_settled(&s);
}

#[test]
fn a_reload_runs_the_request_again_on_the_worker() {
    let dir = sample_dir();
    let mut s = planned(dir.path());
    jobs::defer(&mut s, usize::MAX);
    let ids = request_ids(&s);
    let hours = route_hours(&s);
    assert_eq!(s.planner.focus, PlannerPane::Alternatives);
    let forem = dir.path().join("forem.json");
    let text = std::fs::read_to_string(&forem).unwrap();
    let edited = text.replacen("\"hours\": 300,", "\"hours\": 250,", 1);
    assert_ne!(text, edited);
    std::fs::write(&forem, edited).unwrap();
    reload(&mut s, dir.path());
    // The old pathways are gone with the old catalogue; the new ones are
    // looked for on the worker, and the screen says so.
    assert_eq!(request_ids(&s), ids);
    assert!(s.planner.results.is_none());
    assert_eq!(s.planner.focus, PlannerPane::Form);
    assert!(s.jobs.route.is_some());
    let text = screen(&s);
    assert!(text.contains("Recherche des parcours en cours"), "{text}");
    let mut queued = s.jobs.take();
    assert_eq!(queued.len(), 1);
    let job = queued.pop().unwrap();
    assert!(matches!(job, Job::Route(_)));
    jobs::receive(&mut s, job.run(&mut Searcher::default()));
    assert!(s.planner.has_routes());
    assert!((route_hours(&s) - (hours - 50.0)).abs() < 1e-9);
    assert_eq!(s.planner.focus, PlannerPane::Alternatives);
    common::assert_planner_settled(&s);
}

#[test]
fn deleting_the_target_names_it_and_keeps_the_rest_of_the_request() {
    let dir = sample_dir();
    let mut s = open(dir.path(), Lang::Fr, (80, 24));
    find(&mut s, "cariste liege", "forem-liege-cariste");
    act(
        &mut s,
        &[
            Action::PlanFromOffer,
            Action::ShowCatalogue,
            Action::ClearSearch,
        ],
    );
    find(
        &mut s,
        "gestionnaire entrepot liege",
        "forem-liege-gestionnaire-entrepot",
    );
    act(&mut s, &[Action::PlanToOffer, Action::RunPlan]);
    assert!(s.planner.has_routes());
    act(
        &mut s,
        &[Action::ShowCatalogue, Action::DeleteItem, Action::Confirm],
    );
    assert!(
        s.data
            .cat
            .lookup
            .offer("forem-liege-gestionnaire-entrepot")
            .is_none()
    );
    act(&mut s, &[Action::ShowPlanner]);
    let p = &s.planner;
    assert_eq!(p.draft.target, None, "the target is gone");
    let from = p.draft.from.expect("the start is kept");
    assert_eq!(s.data.cat.offer(from).id, "forem-liege-cariste");
    assert!(p.results.is_none(), "nothing run with an item gone");
    assert!(!s.jobs.busy());
    assert_eq!(
        p.message,
        Some(Message::Error(
            "Le catalogue a changé ; n'y sont plus : forem-liege-gestionnaire-entrepot. \
             La demande garde le reste."
                .into()
        ))
    );
    assert!(
        screen(&s).contains("Le catalogue a changé"),
        "{}",
        screen(&s)
    );
    common::assert_planner_settled(&s);
}

#[test]
fn a_competence_gone_is_named_in_english_and_the_rest_kept() {
    let dir = sample_dir();
    let mut s = open(dir.path(), Lang::En, (80, 24));
    let cat = &s.data.cat;
    let held = cat
        .offer(cat.lookup.offer("forem-liege-cariste").unwrap())
        .grants
        .clone();
    assert!(held.len() > 1);
    let target = cat
        .lookup
        .offer("forem-liege-gestionnaire-entrepot")
        .unwrap();
    let bodies = vec![
        cat.lookup.provider("afpa").unwrap(),
        cat.lookup.provider("ifapme").unwrap(),
    ];
    let d = &mut s.planner.draft;
    d.start_holding(held.clone());
    d.target = Some(Target::Offer(target));
    d.constraints.avoid_providers = bodies;
    act(&mut s, &[Action::ShowPlanner, Action::RunPlan]);
    assert!(s.planner.results.is_some());
    // A competence held is renamed in every file: its id is gone.
    let gone = s.data.cat.competence(held[0]).id.clone();
    for entry in std::fs::read_dir(dir.path()).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        let renamed = text.replace(&format!("\"{gone}\""), "\"renamed-competence\"");
        std::fs::write(&path, renamed).unwrap();
    }
    reload(&mut s, dir.path());
    let cat = &s.data.cat;
    assert!(cat.lookup.competence(&gone).is_none());
    let p = &s.planner;
    assert_eq!(p.draft.holding.len(), held.len() - 1, "the others kept");
    assert_eq!(
        p.draft.target,
        cat.lookup
            .offer("forem-liege-gestionnaire-entrepot")
            .map(Target::Offer)
    );
    let avoided: Vec<&str> = p
        .draft
        .constraints
        .avoid_providers
        .iter()
        .map(|b| cat.provider(*b).id.as_str())
        .collect();
    assert_eq!(avoided, ["afpa", "ifapme"], "found again by id");
    assert!(p.results.is_none(), "nothing run with an item gone");
    assert!(!s.jobs.busy());
    assert_eq!(
        p.message,
        Some(Message::Error(format!(
            "The catalogue changed; no longer in it: {gone}. The request keeps the rest."
        )))
    );
    assert!(matches!(
        p.draft.request().map(|r| r.start),
        Ok(Start::Holding(h)) if h.len() == held.len() - 1
    ));
}

#[test]
fn a_plan_opened_is_opened_again_on_the_new_catalogue() {
    let dir = sample_dir();
    let plans = tempfile::tempdir().unwrap();
    let mut s = planned(dir.path());
    s.planner.plans_dir = Some(plans.path().to_path_buf());
    save_as(&mut s, "Dupont", "DE-1");
    act(&mut s, &[Action::OpenPlans, Action::OpenPlan]);
    let before = s.planner.results.clone().unwrap();
    assert!(before.alternatives[0].saved);
    assert!(before.plan.as_ref().unwrap().changes.is_empty());
    // The first step loses 20 hours on disk: the plan, opened again, says
    // its figures changed.
    let forem = dir.path().join("forem.json");
    let text = std::fs::read_to_string(&forem).unwrap();
    std::fs::write(
        &forem,
        text.replacen("\"hours\": 300,", "\"hours\": 280,", 1),
    )
    .unwrap();
    reload(&mut s, dir.path());
    let after = s.planner.results.as_ref().expect("opened again");
    assert!(after.alternatives[0].saved, "the plan's pathway first");
    let opened = after.plan.as_ref().unwrap();
    assert_eq!(
        (opened.name.as_str(), opened.person.as_str()),
        ("Dupont", "DE-1")
    );
    assert_eq!(opened.changes.len(), 1, "{:?}", opened.changes);
    assert!(
        (after.alternatives[0].route.hours - (before.alternatives[0].route.hours - 20.0)).abs()
            < 1e-9
    );
    assert!(matches!(&s.planner.message, Some(Message::Info(m)) if m.contains("1 changement")));
}

/// Rewrites a JSON file of `dir` through `change`.
fn rewrite(dir: &Path, name: &str, change: impl FnOnce(&mut serde_json::Value)) {
    let path = dir.join(name);
    let mut value: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    change(&mut value);
    std::fs::write(&path, serde_json::to_string_pretty(&value).unwrap()).unwrap();
}

/// Removes the offer `id` from `file` of `dir`, and the links to and
/// from it.
fn remove_offer(dir: &Path, file: &str, id: &str) {
    rewrite(dir, file, |v| {
        let offers = v["offers"].as_array_mut().unwrap();
        let before = offers.len();
        offers.retain(|o| o["id"] != id);
        assert_eq!(offers.len(), before - 1, "{id} in {file}");
    });
    rewrite(dir, "links.json", |l| {
        l["links"]
            .as_array_mut()
            .unwrap()
            .retain(|l| l["from"] != id && l["to"] != id);
    });
}

#[test]
fn the_graph_and_the_map_stay_on_their_offer_or_close_when_it_is_gone() {
    const SOUDEUR: &str = "afpa-metz-soudeur";
    let dir = sample_dir();
    let mut s = open(dir.path(), Lang::Fr, (160, 48));
    find(&mut s, "soudeur metz", SOUDEUR);
    act(&mut s, &[Action::ShowGraph, Action::ShowMap]);
    let Some(Picture::Graph(g)) = s.pictures.first() else {
        panic!("the graph is open")
    };
    let depth = g.depth();
    let Some(Picture::Map(m)) = s.pictures.last() else {
        panic!("the map is open over it")
    };
    let place = m.selected_place();
    // An offer before it goes, so that every index moves.
    let afpa: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.path().join("afpa.json")).unwrap())
            .unwrap();
    let first = afpa["offers"][0]["id"].as_str().unwrap();
    assert_ne!(first, SOUDEUR);
    remove_offer(dir.path(), "afpa.json", first);
    reload(&mut s, dir.path());
    assert!(s.edit.problems.is_none(), "{:?}", s.edit.problems);
    let cat = &s.data.cat;
    let [Picture::Graph(g), Picture::Map(m)] = s.pictures.as_slice() else {
        panic!("both stay open: {}", s.pictures.len())
    };
    assert_eq!(cat.offer(g.centre()).id, SOUDEUR);
    assert_eq!(cat.offer(g.selected_offer()).id, SOUDEUR);
    assert_eq!(g.depth(), depth);
    assert_eq!(m.offer.map(|o| cat.offer(o).id.as_str()), Some(SOUDEUR));
    assert_eq!(m.selected_place().is_some(), place.is_some());
    assert_eq!(s.edit.notice, Some(Notice::Reloaded));
    // The offer itself goes: both close, and the footer names it.
    remove_offer(dir.path(), "afpa.json", SOUDEUR);
    reload(&mut s, dir.path());
    assert!(s.edit.problems.is_none(), "{:?}", s.edit.problems);
    assert!(s.pictures.is_empty(), "both closed");
    assert_eq!(
        s.edit.notice,
        Some(Notice::Gone(ItemKind::Offer, SOUDEUR.into()))
    );
    assert!(screen(&s).contains(SOUDEUR), "{}", screen(&s));
    assert_eq!(s.screen, Screen::Catalogue);
}

#[test]
fn edits_are_undone_and_saved_from_a_picture_which_follows_them() {
    const SOUDEUR: &str = "afpa-metz-soudeur";
    let dir = sample_dir();
    let mut s = open(dir.path(), Lang::Fr, (80, 24));
    find(&mut s, "cariste liege", "forem-liege-cariste");
    act(&mut s, &[Action::DeleteItem, Action::Confirm]);
    assert!(s.data.cat.lookup.offer("forem-liege-cariste").is_none());
    act(&mut s, &[Action::ClearSearch]);
    find(&mut s, "soudeur metz", SOUDEUR);
    act(&mut s, &[Action::ShowGraph]);
    // Undo over the graph: the offer is back, the graph stays on its own.
    act(&mut s, &[Action::Undo]);
    assert!(s.data.cat.lookup.offer("forem-liege-cariste").is_some());
    let [Picture::Graph(g)] = s.pictures.as_slice() else {
        panic!("the graph stays open")
    };
    assert_eq!(s.data.cat.offer(g.centre()).id, SOUDEUR);
    act(&mut s, &[Action::Redo]);
    assert!(s.data.cat.lookup.offer("forem-liege-cariste").is_none());
    assert!(s.edit.session.is_dirty());
    // Saved over the graph: the files hold what is shown.
    act(&mut s, &[Action::SaveEdits]);
    assert!(!s.edit.session.is_dirty());
    assert_eq!(s.pictures.len(), 1);
    let loaded = parcours::load::load(&Source::Path(dir.path().to_path_buf()))
        .catalogue
        .unwrap();
    assert!(parcours::edit::same_content(&loaded, &s.data.cat));
}
