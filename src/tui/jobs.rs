//! Work too slow for a frame, kept off the drawing thread: the catalogue's
//! search over long lists, the planner's search for pathways, and a saved
//! plan run again when it is opened. (Loading
//! the catalogue has a thread of its own: [`startup`].)
//!
//! Update never waits for such work. It asks for a job, marked pending
//! in [`Jobs`]; the event loop hands the jobs queued to the worker threads
//! ([`Workers`]), and each answer comes back through [`receive`], which
//! shows it only while its job is still the one pending. A newer request,
//! or Escape, cancels the pending job: its flag stops the work, and its
//! answer, when it still comes, is dropped. Tests play the loop's part by
//! hand: they take the jobs queued, run them, and hand the answers back,
//! in any order.
//!
//! Until [`defer`] is called (by the event loop, or a test), jobs are
//! done at once inside update, as before there were workers.

pub mod doc;
pub mod startup;
mod work;
mod worker;

pub use work::{Answer, Cancel, Job, JobId, PlanJob, Reopened, RouteJob, Routes, SearchJob};
pub use worker::{Failed, Workers, panic_message, spawn_once};

use std::sync::Arc;

use super::app::AppState;
use crate::model::OfferIx;
use crate::plan::Plan;
use crate::route::Request;

/// Once jobs are deferred, searches of lists this long or longer go to a
/// worker. Below it a search and its frame take under about 8 ms, less
/// than sending it away costs in a frame drawn with "searching" and
/// another with its answer (docs/performance.md).
pub const SEARCH_DEFER_FROM: usize = 50_000;

/// A saved plan being opened.
#[derive(Debug)]
pub struct Opening {
    pub plan: Box<Plan>,
    /// Whether the planner's form stays as it is when the plan's results
    /// come (opened again after the catalogue changed, while the form no
    /// longer asked what the plan answered); else the form shows the
    /// plan's request.
    pub keep_form: bool,
}

/// A job asked for and not yet answered.
#[derive(Debug)]
pub struct Pending {
    pub id: JobId,
    cancel: Cancel,
}

/// The jobs of the interface: those queued for the workers, and the
/// pending one of each kind.
#[derive(Default)]
pub struct Jobs {
    /// Whether jobs wait in `queue` for the loop (else they are done at
    /// once).
    deferred: bool,
    next: u64,
    queue: Vec<Job>,
    /// The catalogue's search under way, and the list generation and
    /// query it answers.
    pub search: Option<(Pending, u64, String)>,
    /// The planner's work under way: a search for pathways, or a saved
    /// plan being opened (its request run again). One at a time: asking
    /// for either cancels the one before.
    pub route: Option<Pending>,
    /// The plan being opened, when that is the work `route` stands for.
    pub opening: Option<Opening>,
    /// The list the catalogue searches, shared with the worker, and its
    /// generation: made again only when the list changes.
    list: Option<(u64, Arc<[OfferIx]>)>,
    /// The work on the document under way (the document is with it).
    pub doc: Option<JobId>,
    doc_queue: Vec<doc::DocJob>,
}

impl Jobs {
    /// The jobs queued since last taken, oldest first, for the workers.
    pub fn take(&mut self) -> Vec<Job> {
        std::mem::take(&mut self.queue)
    }

    /// The work on the document queued since last taken, for its worker.
    pub fn take_doc(&mut self) -> Vec<doc::DocJob> {
        std::mem::take(&mut self.doc_queue)
    }

    /// Whether some work is under way.
    pub fn busy(&self) -> bool {
        self.search.is_some() || self.route.is_some() || self.doc.is_some()
    }

    /// Whether jobs wait for the event loop (else they are done at once).
    pub fn is_deferred(&self) -> bool {
        self.deferred
    }

    /// A number for a job on the document.
    pub fn doc_id(&mut self) -> JobId {
        self.next += 1;
        JobId(self.next)
    }

    /// Queues a job on the document for its worker; it is pending until
    /// its answer comes.
    pub fn push_doc(&mut self, job: doc::DocJob) {
        self.doc = Some(job.id);
        self.doc_queue.push(job);
    }

    fn pending(&mut self) -> (JobId, Cancel, Pending) {
        self.next += 1;
        let (id, cancel) = (JobId(self.next), Cancel::default());
        let pending = Pending {
            id,
            cancel: cancel.clone(),
        };
        (id, cancel, pending)
    }
}

/// From now on jobs wait for the event loop (or a test) to take them, and
/// the catalogue's searches of lists of `search_from` offers or more are
/// jobs.
pub fn defer(state: &mut AppState, search_from: usize) {
    state.jobs.deferred = true;
    state.catalogue.defer_from = Some(search_from);
}

/// After each action: asks for the catalogue's search when the offers
/// listed no longer answer it, and cancels the search under way when it is
/// no longer the one wanted.
pub fn dispatch(state: &mut AppState) {
    let c = &state.catalogue;
    let jobs = &mut state.jobs;
    if c.is_answered() {
        cancel(jobs.search.take().map(|(p, ..)| p));
        return;
    }
    if let Some((_, generation, query)) = &jobs.search
        && *generation == c.generation
        && *query == c.query
    {
        return;
    }
    cancel(jobs.search.take().map(|(p, ..)| p));
    let list = match &jobs.list {
        Some((generation, list)) if *generation == c.generation => Arc::clone(list),
        _ => {
            let list: Arc<[OfferIx]> = c.base.as_slice().into();
            jobs.list = Some((c.generation, Arc::clone(&list)));
            list
        }
    };
    let (id, flag, pending) = jobs.pending();
    jobs.search = Some((pending, c.generation, c.query.clone()));
    let job = SearchJob {
        id,
        cancel: flag,
        data: Arc::clone(&state.data),
        list,
        generation: c.generation,
        query: c.query.clone(),
    };
    submit(state, Job::Search(job));
}

/// Asks for the pathways of a request; the planner's work under way, if
/// any, is cancelled.
pub fn find_routes(state: &mut AppState, request: Request) {
    let (id, flag) = planner_pending(state);
    let job = RouteJob {
        id,
        cancel: flag,
        data: Arc::clone(&state.data),
        request,
    };
    submit(state, Job::Route(job));
}

/// Asks for a saved plan to be run again on the catalogue shown (see
/// [`Opening`] for `keep_form`); the planner's work under way, if any, is
/// cancelled.
pub fn open_plan(state: &mut AppState, plan: Box<Plan>, keep_form: bool) {
    let (id, flag) = planner_pending(state);
    state.jobs.opening = Some(Opening {
        plan: plan.clone(),
        keep_form,
    });
    let job = PlanJob {
        id,
        cancel: flag,
        data: Arc::clone(&state.data),
        plan,
        today: state.today,
    };
    submit(state, Job::Plan(job));
}

/// Makes a new job the planner's work under way, the one before
/// cancelled: one at a time (see [`Jobs::route`]).
fn planner_pending(state: &mut AppState) -> (JobId, Cancel) {
    cancel_planner(state);
    let (id, flag, pending) = state.jobs.pending();
    state.jobs.route = Some(pending);
    (id, flag)
}

/// What the planner's work under way was.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PlannerWork {
    /// A search for pathways.
    Routes,
    /// Opening the plan of this name.
    Plan(String),
}

/// Cancels the planner's work under way (a search for pathways, a plan
/// being opened); what it was, if there was some.
pub fn cancel_planner(state: &mut AppState) -> Option<PlannerWork> {
    let jobs = &mut state.jobs;
    let pending = jobs.route.take()?;
    cancel(Some(pending));
    Some(
        jobs.opening
            .take()
            .map_or(PlannerWork::Routes, |o| PlannerWork::Plan(o.plan.name)),
    )
}

fn cancel(pending: Option<Pending>) {
    if let Some(p) = pending {
        p.cancel.cancel();
    }
}

/// Queues a job for the workers, or, until jobs are deferred, does it now.
fn submit(state: &mut AppState, job: Job) {
    if state.jobs.deferred {
        state.jobs.queue.push(job);
    } else {
        let answer = job.run(&mut state.catalogue.searcher);
        show(state, answer);
    }
}

/// Shows a job's answer if its job is still the one pending, and drops it
/// otherwise.
pub fn receive(state: &mut AppState, answer: Answer) {
    show(state, answer);
    super::update::settle(state);
}

fn show(state: &mut AppState, answer: Answer) {
    match answer {
        Answer::Search {
            id,
            generation,
            query,
            shown,
        } => {
            if state.jobs.search.take_if(|(p, ..)| p.id == id).is_none() {
                return;
            }
            if let Some(shown) = shown {
                state
                    .catalogue
                    .found(&state.data, (generation, query), shown);
            }
        }
        Answer::Route { id, request, found } => {
            if state.jobs.route.take_if(|p| p.id == id).is_none() {
                return;
            }
            state.jobs.opening = None;
            if let Some(found) = found {
                super::update::planner::routes_found(state, request, found);
            }
        }
        Answer::Plan { id, plan, found } => {
            if state.jobs.route.take_if(|p| p.id == id).is_none() {
                return;
            }
            let keep_form = state.jobs.opening.take().is_some_and(|o| o.keep_form);
            if let Some(found) = found {
                super::update::planner::plans::reopened(state, &plan, *found, keep_form);
            }
        }
    }
}
