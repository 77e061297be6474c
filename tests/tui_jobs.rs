//! Searches and routes off the drawing thread, without threads: the jobs
//! update queues are taken, run and answered here by hand, in the order
//! each test chooses, so that a stale answer, a cancelled job and the
//! screen while work is under way are checked deterministically.

mod tui_common;
use tui_common as common;

use common::jobs::run_too_late;
use common::planner::{logistics, planner};
use common::{act, assert_settled, fr, screen, type_text};
use parcours::route::Criterion;
use parcours::tui::action::Action;
use parcours::tui::app::planner::Message;
use parcours::tui::app::{AppState, PlannerPane};
use parcours::tui::jobs::{self, Answer, Job};
use parcours::tui::search::Searcher;

/// The sample in French at 80×24, every catalogue search left to a
/// worker.
fn deferred() -> AppState {
    let mut s = fr();
    jobs::defer(&mut s, 0);
    s
}

/// The jobs queued since last taken.
fn take(s: &mut AppState) -> Vec<Job> {
    s.jobs.take()
}

/// What a fresh search of the whole catalogue finds for `query`.
fn fresh(s: &AppState, query: &str) -> Vec<parcours::model::OfferIx> {
    Searcher::default().run(
        &s.data.index,
        &s.catalogue.base,
        s.catalogue.generation,
        query,
    )
}

#[test]
fn a_search_waits_for_its_worker_and_says_so() {
    let mut s = deferred();
    let all = s.catalogue.shown.clone();
    act(&mut s, &[Action::OpenSearch]);
    type_text(&mut s, "soudeur");
    // Nothing searched yet: the list is as it was, and says a search is
    // under way.
    assert_eq!(s.catalogue.shown, all);
    assert!(s.jobs.busy());
    assert!(screen(&s).contains("recherche…"), "{}", screen(&s));
    let queued = take(&mut s);
    assert_eq!(queued.len(), 7, "a job per key");
    // Each key cancelled the job before it.
    let cancelled: Vec<bool> = queued.iter().map(|j| j.cancel().is_cancelled()).collect();
    assert_eq!(cancelled, [true, true, true, true, true, true, false]);
    let last = queued.into_iter().last().unwrap();
    let answer = last.run(&mut Searcher::default());
    jobs::receive(&mut s, answer);
    assert_eq!(s.catalogue.shown, fresh(&s, "soudeur"));
    assert!(!s.jobs.busy());
    assert!(!screen(&s).contains("recherche…"));
    assert_settled(&s);
}

#[test]
fn a_stale_answer_is_never_shown() {
    let mut s = deferred();
    act(&mut s, &[Action::OpenSearch]);
    type_text(&mut s, "sou");
    let first = take(&mut s).pop().unwrap();
    // The worker answers "sou" only after "soudeur" was typed: too late.
    let stale = first.run(&mut Searcher::default());
    assert!(matches!(&stale, Answer::Search { shown: Some(found), .. } if !found.is_empty()));
    type_text(&mut s, "deur");
    let before = s.catalogue.shown.clone();
    jobs::receive(&mut s, stale);
    assert_eq!(s.catalogue.shown, before, "the stale answer is dropped");
    assert!(s.jobs.busy(), "the search for \"soudeur\" is still awaited");
    let last = take(&mut s).pop().unwrap();
    jobs::receive(&mut s, last.run(&mut Searcher::default()));
    assert_eq!(s.catalogue.shown, fresh(&s, "soudeur"));
    assert_eq!(s.catalogue.answered.1, "soudeur");
}

#[test]
fn escape_cancels_the_search_and_its_answer() {
    let mut s = deferred();
    let all = s.catalogue.shown.clone();
    act(&mut s, &[Action::OpenSearch]);
    type_text(&mut s, "cariste");
    let job = take(&mut s).pop().unwrap();
    act(&mut s, &[Action::ClearSearch]);
    assert!(job.cancel().is_cancelled(), "Escape stops the work");
    assert!(!s.jobs.busy());
    assert_eq!(s.catalogue.shown, all, "the whole list at once");
    // A worker that had finished before it saw the flag answers anyway:
    // the answer is dropped.
    assert!(matches!(job, Job::Search(_)), "a search job");
    let answer = run_too_late(job);
    jobs::receive(&mut s, answer);
    assert_eq!(s.catalogue.shown, all);
    // Cancelled before it ran, a job finds nothing.
    act(&mut s, &[Action::OpenSearch]);
    type_text(&mut s, "metz");
    let job = take(&mut s).pop().unwrap();
    job.cancel().cancel();
    assert!(matches!(
        job.run(&mut Searcher::default()),
        Answer::Search { shown: None, .. }
    ));
}

#[test]
fn a_new_sort_answers_at_once_below_the_threshold() {
    // Lists shorter than the threshold are searched at once: no job.
    let mut s = fr();
    let longer = s.data.cat.offers.len() + 1;
    jobs::defer(&mut s, longer);
    act(&mut s, &[Action::OpenSearch]);
    type_text(&mut s, "soudeur");
    assert!(s.jobs.take().is_empty());
    assert_eq!(s.catalogue.shown, fresh(&s, "soudeur"));
    // And a search under way is dropped when the list is answered
    // otherwise (a new sort searches the short list at once).
    let mut s = deferred();
    act(&mut s, &[Action::OpenSearch]);
    type_text(&mut s, "logistique");
    let job = take(&mut s).pop().unwrap();
    jobs::defer(&mut s, usize::MAX);
    act(&mut s, &[Action::ConfirmSearch, Action::CycleSort]);
    assert!(job.cancel().is_cancelled());
    assert!(!s.jobs.busy());
    assert_eq!(s.catalogue.shown, fresh(&s, "logistique"));
}

/// The planner with the tests' request, its searches left to a worker.
fn deferred_planner() -> AppState {
    let mut s = planner(None);
    logistics(&mut s);
    jobs::defer(&mut s, 0);
    s
}

#[test]
fn a_route_runs_off_the_drawing_thread_and_keys_answer_meanwhile() {
    let mut s = deferred_planner();
    act(&mut s, &[Action::RunPlan]);
    assert!(s.planner.results.is_none());
    assert!(s.jobs.route.is_some());
    let text = screen(&s);
    assert!(
        text.contains("Recherche des parcours en cours… Échap pour l'arrêter."),
        "{text}"
    );
    let job = take(&mut s).pop().unwrap();
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
    let results = s.planner.results.as_ref().expect("results");
    assert!(!results.alternatives.is_empty());
    assert_eq!(s.planner.focus, PlannerPane::Alternatives);
    assert!(!s.planner.stale());
    assert!(!screen(&s).contains("en cours"));
    assert_settled(&s);
}

#[test]
fn escape_stops_a_route_and_a_new_one_replaces_it() {
    let mut s = deferred_planner();
    act(&mut s, &[Action::RunPlan]);
    let first = take(&mut s).pop().unwrap();
    act(&mut s, &[Action::GoBack]);
    assert!(first.cancel().is_cancelled());
    assert!(s.jobs.route.is_none());
    assert_eq!(
        s.planner.message,
        Some(Message::Info("Recherche arrêtée.".into()))
    );
    assert!(matches!(
        first.run(&mut Searcher::default()),
        Answer::Route { found: None, .. }
    ));
    // Escape with nothing under way goes back to the request, as before.
    act(&mut s, &[Action::FocusNextPane, Action::GoBack]);
    assert_eq!(s.planner.focus, PlannerPane::Form);
    // Run twice: the first is cancelled, and its answer, if it comes, is
    // dropped.
    act(&mut s, &[Action::RunPlan]);
    let older = take(&mut s).pop().unwrap();
    act(&mut s, &[Action::RunPlan]);
    let newer = take(&mut s).pop().unwrap();
    assert!(older.cancel().is_cancelled());
    assert!(matches!(older, Job::Route(_)), "a route job");
    jobs::receive(&mut s, run_too_late(older));
    assert!(s.planner.results.is_none(), "the older answer is dropped");
    jobs::receive(&mut s, newer.run(&mut Searcher::default()));
    assert!(s.planner.results.is_some());
}

#[test]
fn the_form_changed_during_a_search_is_kept() {
    let mut s = deferred_planner();
    act(&mut s, &[Action::RunPlan]);
    let job = take(&mut s).pop().unwrap();
    common::planner::go_to(&mut s, parcours::tui::app::planner::Field::Criterion);
    act(&mut s, &[Action::NextValue]);
    assert_eq!(s.planner.draft.criterion, Criterion::Seams);
    jobs::receive(&mut s, job.run(&mut Searcher::default()));
    assert_eq!(s.planner.draft.criterion, Criterion::Seams, "kept");
    let results = s.planner.results.as_ref().unwrap();
    assert_eq!(results.request.criterion, Criterion::Hours);
    assert!(s.planner.stale(), "the results say they are out of date");
}

#[test]
fn without_defer_jobs_are_done_at_once() {
    let mut s = planner(None);
    logistics(&mut s);
    act(&mut s, &[Action::RunPlan]);
    assert!(s.jobs.take().is_empty());
    assert!(!s.jobs.busy());
    assert!(s.planner.has_routes());
}

#[test]
fn the_workers_answer_every_job_once_cancelled_or_not() {
    use std::sync::mpsc::channel;
    use std::time::Duration;
    let mut s = deferred_planner();
    let (send, answers) = channel();
    let workers = jobs::Workers::spawn(move |a| send.send(a).unwrap()).unwrap();
    act(&mut s, &[Action::RunPlan]);
    let job = take(&mut s).pop().unwrap();
    let id = job.id();
    workers.start(job);
    let answer = answers
        .recv_timeout(Duration::from_secs(60))
        .unwrap()
        .unwrap();
    assert!(matches!(&answer, Answer::Route { id: a, found: Some(_), .. } if *a == id));
    jobs::receive(&mut s, answer);
    assert!(s.planner.has_routes());
    act(&mut s, &[Action::RunPlan]);
    let job = take(&mut s).pop().unwrap();
    job.cancel().cancel();
    workers.start(job);
    let answer = answers
        .recv_timeout(Duration::from_secs(60))
        .unwrap()
        .unwrap();
    assert!(matches!(answer, Answer::Route { found: None, .. }));
}
