//! Playing the workers' part by hand in the tests of jobs.

use parcours::tui::jobs::{Answer, Cancel, Job};
use parcours::tui::search::Searcher;

/// Runs `job` as a worker that finished before it saw its flag: the
/// answer comes, whether the job was cancelled or not, as it would from
/// a worker too late to stop.
pub fn run_too_late(mut job: Job) -> Answer {
    let fresh = Cancel::default();
    match &mut job {
        Job::Search(job) => job.cancel = fresh,
        Job::Route(job) => job.cancel = fresh,
        Job::Plan(job) => job.cancel = fresh,
    }
    job.run(&mut Searcher::default())
}
