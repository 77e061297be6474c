//! The worker threads: one for the catalogue's searches, one for the
//! planner's work (routes, plans opened), so that a long search for
//! pathways never holds a keystroke's search back.

use std::io;
use std::panic::AssertUnwindSafe;
use std::sync::mpsc::{Sender, channel};

use super::work::{Answer, Job, PlanJob, RouteJob, SearchJob};
use crate::tui::search::Searcher;

/// Where the jobs go.
pub struct Workers {
    search: Sender<SearchJob>,
    planner: Sender<PlannerJob>,
}

/// The planner's work, one job at a time on its thread.
enum PlannerJob {
    Route(RouteJob),
    Plan(PlanJob),
}

/// A worker failed (a bug): what it said.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Failed(pub String);

impl Workers {
    /// Starts the threads. Each answer goes to `answer`; a worker that
    /// panics says so there, once, and stops.
    pub fn spawn<F>(answer: F) -> io::Result<Self>
    where
        F: Fn(Result<Answer, Failed>) + Clone + Send + 'static,
    {
        let (search, search_jobs) = channel::<SearchJob>();
        let to = answer.clone();
        std::thread::Builder::new()
            .name("parcours-search".into())
            .spawn(move || {
                // Kept from job to job: each keystroke refines the last.
                let mut matcher = Searcher::default();
                for job in search_jobs {
                    if !reply(&to, || job.run(&mut matcher)) {
                        return;
                    }
                }
            })?;
        let (planner, planner_jobs) = channel::<PlannerJob>();
        std::thread::Builder::new()
            .name("parcours-route".into())
            .spawn(move || {
                for job in planner_jobs {
                    let done = reply(&answer, || match job {
                        PlannerJob::Route(job) => job.run(),
                        PlannerJob::Plan(job) => job.run(),
                    });
                    if !done {
                        return;
                    }
                }
            })?;
        Ok(Self { search, planner })
    }

    /// Hands a job to its worker. A worker that has stopped has already
    /// said why (see [`Workers::spawn`]), so a job it cannot take is
    /// dropped.
    pub fn start(&self, job: Job) {
        match job {
            Job::Search(job) => drop(self.search.send(job)),
            Job::Route(job) => drop(self.planner.send(PlannerJob::Route(job))),
            Job::Plan(job) => drop(self.planner.send(PlannerJob::Plan(job))),
        }
    }
}

/// Runs a job and sends its answer, or its failure; whether the worker
/// may go on.
fn reply(to: &impl Fn(Result<Answer, Failed>), work: impl FnOnce() -> Answer) -> bool {
    let outcome = catching(work);
    let ok = outcome.is_ok();
    to(outcome);
    ok
}

/// What `work` returned, or its failure when it panicked (a bug).
pub fn catching<T>(work: impl FnOnce() -> T) -> Result<T, Failed> {
    std::panic::catch_unwind(AssertUnwindSafe(work))
        .map_err(|panic| Failed(panic_message(panic.as_ref())))
}

/// Does `work` once on a thread named `name`; `done` gets what it
/// returned, or its failure (see [`catching`]).
pub fn spawn_once<T>(
    name: &str,
    work: impl FnOnce() -> T + Send + 'static,
    done: impl FnOnce(Result<T, Failed>) + Send + 'static,
) -> io::Result<()> {
    std::thread::Builder::new()
        .name(name.to_owned())
        .spawn(move || done(catching(work)))?;
    Ok(())
}

/// What a panic said, when it said it with a string.
pub fn panic_message(panic: &(dyn std::any::Any + Send)) -> String {
    panic
        .downcast_ref::<&str>()
        .map(|s| (*s).to_owned())
        .or_else(|| panic.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "a worker thread panicked".to_owned())
}
