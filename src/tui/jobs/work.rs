//! The jobs themselves: what each asks for, doing it, and its answer.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use crate::model::{Date, OfferIx};
use crate::plan::{self, Plan, Rerun};
use crate::route::{self, NoRoute, Request, Route};
use crate::tui::app::Data;
use crate::tui::search::Searcher;

/// Which job an answer belongs to: numbered in the order asked.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct JobId(pub u64);

/// Set once a job's answer is no longer wanted; the work looks at it as
/// it goes and stops.
#[derive(Clone, Debug, Default)]
pub struct Cancel(Arc<AtomicBool>);

impl Cancel {
    pub fn cancel(&self) {
        self.0.store(true, Ordering::Relaxed);
    }

    pub fn is_cancelled(&self) -> bool {
        self.0.load(Ordering::Relaxed)
    }
}

/// The catalogue's search: a query over the offers listed.
pub struct SearchJob {
    pub id: JobId,
    pub cancel: Cancel,
    pub data: Arc<Data>,
    /// The offers that pass the filters, in sort order.
    pub list: Arc<[OfferIx]>,
    /// Changes whenever the list does (see [`Searcher::run`]).
    pub generation: u64,
    pub query: String,
}

/// The planner's search for pathways.
pub struct RouteJob {
    pub id: JobId,
    pub cancel: Cancel,
    pub data: Arc<Data>,
    pub request: Request,
}

/// Opening a saved plan: its request run again on the catalogue of the
/// day, beside the pathway it saved (see [`crate::plan::rerun`]).
pub struct PlanJob {
    pub id: JobId,
    pub cancel: Cancel,
    pub data: Arc<Data>,
    /// The plan, as read from its file (boxed: it is large beside the
    /// other jobs).
    pub plan: Box<Plan>,
    pub today: Date,
}

/// Work for a worker thread.
pub enum Job {
    Search(SearchJob),
    Route(RouteJob),
    Plan(PlanJob),
}

/// A plan run again: what [`plan::rerun`] found, and why there is no
/// pathway when neither the search nor the plan's own pathway gives one.
#[derive(Clone, Debug, PartialEq)]
pub struct Reopened {
    pub again: Rerun,
    pub none: Option<NoRoute>,
}

/// What a search for pathways found: the pathways, best first, and why
/// there is none when there is none.
#[derive(Clone, Debug, PartialEq)]
pub struct Routes {
    pub routes: Vec<Route>,
    pub none: Option<NoRoute>,
}

/// A job's answer. Every job answers once, cancelled or not.
#[derive(Clone, Debug, PartialEq)]
pub enum Answer {
    /// The offers found, best first, for the list generation and query
    /// searched; none when the search was cancelled.
    Search {
        id: JobId,
        generation: u64,
        query: String,
        shown: Option<Vec<OfferIx>>,
    },
    /// The pathways for the request; none when the search was cancelled.
    Route {
        id: JobId,
        request: Request,
        found: Option<Routes>,
    },
    /// The plan run again; none when it was cancelled.
    Plan {
        id: JobId,
        plan: Box<Plan>,
        found: Option<Box<Reopened>>,
    },
}

impl SearchJob {
    /// Searches; `searcher` keeps what the last queries found, so that a
    /// keystroke refines the search before it rather than starting over.
    pub fn run(self, searcher: &mut Searcher) -> Answer {
        let shown = if self.cancel.is_cancelled() {
            None
        } else {
            let stop = || self.cancel.is_cancelled();
            searcher.run_until(
                &self.data.index,
                &self.list,
                self.generation,
                &self.query,
                &stop,
            )
        };
        Answer::Search {
            id: self.id,
            generation: self.generation,
            query: self.query,
            shown,
        }
    }
}

impl RouteJob {
    /// Looks for the pathways, and for why there is none when there is
    /// none.
    pub fn run(self) -> Answer {
        let Self {
            id,
            cancel,
            data,
            request,
        } = self;
        let (cat, graph) = (&data.cat, &data.graph);
        let found = if cancel.is_cancelled() {
            None
        } else {
            route::find_until(cat, graph, &request, &cancel.0).map(|routes| Routes {
                none: routes
                    .is_empty()
                    .then(|| route::explain(cat, graph, &request)),
                routes,
            })
        };
        Answer::Route { id, request, found }
    }
}

impl PlanJob {
    /// Runs the plan again on the catalogue of the day, and looks for why
    /// there is no pathway when there is none.
    ///
    /// A job cancelled before it starts does nothing; one cancelled while
    /// it runs stops its search ([`plan::rerun_until`]) and answers nothing.
    pub fn run(self) -> Answer {
        let Self {
            id,
            cancel,
            data,
            plan,
            today,
        } = self;
        let (cat, graph) = (&data.cat, &data.graph);
        let found = if cancel.is_cancelled() {
            None
        } else {
            plan::rerun_until(cat, graph, &plan, today, &cancel.0).map(|again| {
                let none = match &again.request {
                    Ok(request) if again.routes.is_empty() && again.saved_route.is_none() => {
                        Some(route::explain(cat, graph, request))
                    }
                    _ => None,
                };
                Box::new(Reopened { again, none })
            })
        };
        // Cancelled while it explained: the answer is no longer wanted.
        let found = found.filter(|_| !cancel.is_cancelled());
        Answer::Plan { id, plan, found }
    }
}

impl Job {
    pub fn id(&self) -> JobId {
        match self {
            Self::Search(job) => job.id,
            Self::Route(job) => job.id,
            Self::Plan(job) => job.id,
        }
    }

    pub fn cancel(&self) -> &Cancel {
        match self {
            Self::Search(job) => &job.cancel,
            Self::Route(job) => &job.cancel,
            Self::Plan(job) => &job.cancel,
        }
    }

    /// Does the work (see [`SearchJob::run`], [`RouteJob::run`] and
    /// [`PlanJob::run`]).
    pub fn run(self, searcher: &mut Searcher) -> Answer {
        match self {
            Self::Search(job) => job.run(searcher),
            Self::Route(job) => job.run(),
            Self::Plan(job) => job.run(),
        }
    }
}
