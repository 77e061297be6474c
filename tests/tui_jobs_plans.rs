//! Opening a saved plan off the drawing thread: the plan's request runs
//! again on a worker, and the jobs update queues are taken, run and
//! answered here by hand, in the order each test chooses, so that a
//! cancelled opening, a stale answer and the screen meanwhile are checked
//! deterministically.

mod tui_common;
use tui_common as common;

use common::jobs::run_too_late;
use common::planner::{logistics, planner, save_as};
use common::{act, assert_settled, screen};
use parcours::tui::action::Action;
use parcours::tui::app::planner::Message;
use parcours::tui::app::{AppState, PlannerPane};
use parcours::tui::jobs::{self, Answer, Job};
use parcours::tui::search::Searcher;

/// A directory of plans holding "Dupont" (the best pathway of the tests'
/// request) and "Martin" (the second best).
fn plans() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let mut s = planner(Some(dir.path()));
    logistics(&mut s);
    act(&mut s, &[Action::RunPlan]);
    save_as(&mut s, "Dupont", "DE-1");
    act(&mut s, &[Action::SelectNext]);
    save_as(&mut s, "Martin", "DE-2");
    assert!(s.popups.is_empty());
    dir
}

/// The planner on those plans, its jobs left to a worker.
fn deferred(dir: &tempfile::TempDir) -> AppState {
    let mut s = planner(Some(dir.path()));
    jobs::defer(&mut s, 0);
    s
}

/// Opens the plan of that name from the list, as a person would.
fn open(s: &mut AppState, name: &str) {
    act(s, &[Action::OpenPlans, Action::SelectFirst]);
    while s.planner.plans.selected().unwrap().name != name {
        let at = s.planner.plans.cursor.selected;
        act(s, &[Action::SelectNext]);
        assert_ne!(at, s.planner.plans.cursor.selected, "no plan {name}");
    }
    act(s, &[Action::OpenPlan]);
}

/// The planner as it is once the plan of that name is opened at once,
/// as before there were workers.
fn opened_at_once(dir: &tempfile::TempDir, name: &str) -> AppState {
    let mut s = planner(Some(dir.path()));
    open(&mut s, name);
    assert!(s.jobs.take().is_empty(), "done inside update");
    assert!(s.planner.results.is_some());
    s
}

/// The one job queued: opening a plan.
fn take_plan(s: &mut AppState) -> Job {
    let mut queued = s.jobs.take();
    assert_eq!(queued.len(), 1);
    let job = queued.pop().unwrap();
    assert!(matches!(job, Job::Plan(_)), "a plan job");
    job
}

#[test]
fn a_plan_opens_on_a_worker_and_shows_as_it_did_at_once() {
    let dir = plans();
    let mut s = deferred(&dir);
    open(&mut s, "Martin");
    // Nothing shown yet: the screen says work is under way.
    assert!(s.popups.is_empty());
    assert!(s.planner.results.is_none());
    assert!(s.jobs.busy());
    let text = screen(&s);
    assert!(
        text.contains("Ouverture du plan « Martin » en cours… Échap pour l'arrêter."),
        "{text}"
    );
    let job = take_plan(&mut s);
    // Keys answer meanwhile: moving in the form, another screen and back.
    act(
        &mut s,
        &[
            Action::SelectNext,
            Action::ShowCatalogue,
            Action::ShowPlanner,
        ],
    );
    assert!(s.jobs.route.is_some(), "still under way");
    jobs::receive(&mut s, job.run(&mut Searcher::default()));
    assert!(!s.jobs.busy());
    let at_once = opened_at_once(&dir, "Martin");
    assert_eq!(s.planner.results, at_once.planner.results);
    assert_eq!(s.planner.draft, at_once.planner.draft);
    assert_eq!(s.planner.message, at_once.planner.message);
    assert!(
        matches!(&s.planner.message, Some(Message::Info(m)) if m.contains("« Martin » ouvert")),
        "{:?}",
        s.planner.message
    );
    let results = s.planner.results.as_ref().unwrap();
    assert!(results.alternatives[0].saved);
    assert_eq!(results.plan.as_ref().unwrap().person, "DE-2");
    assert_eq!(s.planner.focus, PlannerPane::Alternatives);
    assert_eq!(screen(&s), screen(&at_once), "the same screen");
    assert_settled(&s);
}

#[test]
fn escape_stops_the_opening_and_its_answer_is_dropped() {
    let dir = plans();
    let mut s = deferred(&dir);
    open(&mut s, "Dupont");
    let job = take_plan(&mut s);
    act(&mut s, &[Action::GoBack]);
    assert!(job.cancel().is_cancelled(), "Escape stops the work");
    assert!(!s.jobs.busy());
    assert_eq!(
        s.planner.message,
        Some(Message::Info(
            "Ouverture du plan « Dupont » arrêtée.".into()
        ))
    );
    assert!(screen(&s).contains("Ouverture du plan « Dupont » arrêtée."));
    // Cancelled before it ran, the job runs nothing.
    assert!(matches!(
        job.run(&mut Searcher::default()),
        Answer::Plan { found: None, .. }
    ));
    // A worker that had finished before it saw the flag answers anyway:
    // the answer is dropped.
    open(&mut s, "Dupont");
    let job = take_plan(&mut s);
    act(&mut s, &[Action::GoBack]);
    let answer = run_too_late(job);
    assert!(matches!(&answer, Answer::Plan { found: Some(_), .. }));
    jobs::receive(&mut s, answer);
    assert!(s.planner.results.is_none(), "nothing shown");
    assert!(
        matches!(&s.planner.message, Some(Message::Info(m)) if m.contains("arrêtée")),
        "{:?}",
        s.planner.message
    );
    // Escape with nothing under way goes back to the request, as before.
    act(&mut s, &[Action::GoBack]);
    assert_eq!(s.planner.focus, PlannerPane::Form);
}

#[test]
fn a_newer_opening_replaces_the_one_under_way() {
    let dir = plans();
    let mut s = deferred(&dir);
    open(&mut s, "Dupont");
    let older = take_plan(&mut s);
    open(&mut s, "Martin");
    let newer = take_plan(&mut s);
    assert!(older.cancel().is_cancelled());
    assert!(!newer.cancel().is_cancelled());
    // The newer answers first, then the older, cancelled too late to stop.
    jobs::receive(&mut s, newer.run(&mut Searcher::default()));
    jobs::receive(&mut s, run_too_late(older));
    let at_once = opened_at_once(&dir, "Martin");
    assert_eq!(s.planner.results, at_once.planner.results);
    assert_eq!(s.planner.message, at_once.planner.message);
    assert_eq!(
        s.planner
            .results
            .as_ref()
            .unwrap()
            .plan
            .as_ref()
            .unwrap()
            .name,
        "Martin"
    );
}

#[test]
fn a_search_and_an_opening_cancel_each_other() {
    let dir = plans();
    let mut s = deferred(&dir);
    // A search, then a plan opened: the plan's results will show.
    logistics(&mut s);
    act(&mut s, &[Action::RunPlan]);
    let search = s.jobs.take().pop().unwrap();
    open(&mut s, "Martin");
    assert!(search.cancel().is_cancelled());
    let opening = take_plan(&mut s);
    // A plan opened, then a search asked: the search's results will show.
    act(&mut s, &[Action::RunPlan]);
    assert!(opening.cancel().is_cancelled());
    jobs::receive(&mut s, run_too_late(opening));
    assert!(
        s.planner.results.is_none(),
        "the opening's answer is dropped"
    );
    assert!(s.jobs.route.is_some(), "the search is awaited");
    let last = s.jobs.take().pop().unwrap();
    assert!(matches!(last, Job::Route(_)));
    jobs::receive(&mut s, last.run(&mut Searcher::default()));
    let results = s.planner.results.as_ref().unwrap();
    assert!(
        results.plan.is_none(),
        "the search's results, not the plan's"
    );
    assert!(results.alternatives.iter().all(|a| !a.saved));
    // Escape stopping a search still says so in the search's words.
    act(&mut s, &[Action::RunPlan, Action::GoBack]);
    assert_eq!(
        s.planner.message,
        Some(Message::Info("Recherche arrêtée.".into()))
    );
}

#[test]
fn a_plan_whose_ids_are_gone_says_so_from_the_worker() {
    let dir = plans();
    let path = dir.path().join("dupont.json");
    let text = std::fs::read_to_string(&path).unwrap();
    // The request's start is an offer the catalogue no longer has.
    std::fs::write(
        &path,
        text.replace(
            "\"from\": \"forem-liege-cariste\"",
            "\"from\": \"forem-gone\"",
        ),
    )
    .unwrap();
    assert!(
        std::fs::read_to_string(&path)
            .unwrap()
            .contains("forem-gone")
    );
    let mut s = deferred(&dir);
    open(&mut s, "Dupont");
    let job = take_plan(&mut s);
    jobs::receive(&mut s, job.run(&mut Searcher::default()));
    assert!(s.planner.results.is_none());
    assert!(
        matches!(&s.planner.message, Some(Message::Error(m)) if m.contains("forem-gone")),
        "{:?}",
        s.planner.message
    );
}

#[test]
fn the_planner_worker_opens_plans() {
    use std::sync::mpsc::channel;
    use std::time::Duration;
    let dir = plans();
    let mut s = deferred(&dir);
    let (send, answers) = channel();
    let workers = jobs::Workers::spawn(move |a| send.send(a).unwrap()).unwrap();
    open(&mut s, "Dupont");
    let job = take_plan(&mut s);
    let id = job.id();
    workers.start(job);
    let answer = answers
        .recv_timeout(Duration::from_secs(60))
        .unwrap()
        .unwrap();
    assert!(matches!(&answer, Answer::Plan { id: a, found: Some(_), .. } if *a == id));
    jobs::receive(&mut s, answer);
    assert_eq!(
        s.planner.results,
        opened_at_once(&dir, "Dupont").planner.results
    );
}
