//! The planner across a change of catalogue (an edit made in the
//! interface, or the files loaded again): its request is found again by
//! ids in the new catalogue, as the catalogue's selection is, and its
//! pathways are looked for again on the worker.
//!
//! Everything the planner holds is an index into the old catalogue. The
//! form keeps every item the new catalogue still has; the results go
//! (their steps and links were the old catalogue's) and the work that
//! made them is asked again: the search, or the plan opened, run again
//! on the new catalogue. When an item of what was run is gone, nothing
//! runs: the planner says which ids went, and the form keeps the rest.

use crate::model::{Catalogue, CompetenceIx, OccupationIx, OfferIx, ProviderIx};
use crate::plan::Plan;
use crate::route::{Constraints, Request, Start, Target};
use crate::tui::app::planner::{Draft, Message};
use crate::tui::app::{AppState, Data, PlannerPane};
use crate::tui::jobs;
use crate::tui::text::sanitize;

use super::plans::store;

/// The planner's request in the new catalogue, worked out before the new
/// catalogue takes the old one's place.
#[derive(Debug)]
pub struct Carried {
    /// The form, with the items the new catalogue has.
    draft: Draft,
    /// The work to ask again once the new catalogue is in place.
    again: Again,
    /// The ids of the items gone, in the form's order, each once.
    gone: Vec<String>,
}

/// What to run again on the new catalogue.
#[derive(Debug)]
enum Again {
    Nothing,
    /// The search for these pathways.
    Routes(Request),
    /// The plan, opened again; the form kept as it is when it no longer
    /// asked what the results answered.
    Plan {
        plan: Box<Plan>,
        keep_form: bool,
    },
}

/// Finds the planner's request again in `new`, the catalogue about to
/// replace the one shown.
pub fn translate(state: &AppState, new: &Data) -> Carried {
    let planner = &state.planner;
    let mut ids = Ids {
        old: &state.data.cat,
        new: &new.cat,
        gone: Vec::new(),
        missed: 0,
    };
    let draft = ids.draft(&planner.draft);
    if let (Some(_), Some(opening)) = (&state.jobs.route, &state.jobs.opening) {
        // A plan being opened is opened again, and its request will
        // take the form's place (its own ids gone, it says so itself).
        let again = Again::Plan {
            plan: opening.plan.clone(),
            keep_form: opening.keep_form,
        };
        let gone = if opening.keep_form {
            ids.gone
        } else {
            Vec::new()
        };
        return Carried { draft, again, gone };
    }
    let again = if state.jobs.route.is_some() {
        // The search under way was for the old catalogue: asked again.
        draft.request().map_or(Again::Nothing, Again::Routes)
    } else if let Some(results) = &planner.results {
        let form_changed = planner.stale();
        match (ids.request(&results.request), &results.plan) {
            (None, _) => Again::Nothing,
            (Some(request), None) => Again::Routes(request),
            // The plan is read again: its pathway is worked out anew,
            // and what changed since it was saved.
            (Some(request), Some(opened)) => match store(state).map(|s| s.load(&opened.name)) {
                Some(Ok(plan)) => Again::Plan {
                    plan: Box::new(plan),
                    keep_form: form_changed,
                },
                _ => Again::Routes(request),
            },
        }
    } else {
        Again::Nothing
    };
    let gone = ids.gone;
    // Nothing runs with items gone: the person sees what the form lost
    // before asking again.
    let again = if gone.is_empty() {
        again
    } else {
        Again::Nothing
    };
    Carried { draft, again, gone }
}

/// Puts the planner's request back once the new catalogue is in place,
/// and asks for its pathways again; or says which ids are gone.
pub fn resume(state: &mut AppState, carried: Carried) {
    let Carried { draft, again, gone } = carried;
    jobs::cancel_planner(state);
    let planner = &mut state.planner;
    planner.draft = draft;
    planner.results = None;
    planner.picker = None;
    planner.dialog = None;
    planner.message = None;
    // Without results, the form is the only pane (until they come).
    planner.focus = PlannerPane::Form;
    if !gone.is_empty() {
        let ids: Vec<String> = gone.iter().map(|i| sanitize(i).into_owned()).collect();
        let p = state.strings.planner;
        planner.message = Some(Message::Error((p.request_ids_gone)(&ids.join(", "))));
    }
    match again {
        Again::Nothing => {}
        Again::Routes(request) => jobs::find_routes(state, request),
        Again::Plan { plan, keep_form } => jobs::open_plan(state, plan, keep_form),
    }
}

/// Items of the old catalogue found by id in the new, and the ids not
/// found.
struct Ids<'a> {
    old: &'a Catalogue,
    new: &'a Catalogue,
    gone: Vec<String>,
    /// How many times an id was not found (the same id counts each time).
    missed: usize,
}

impl Ids<'_> {
    fn found<T>(&mut self, id: &str, ix: Option<T>) -> Option<T> {
        if ix.is_none() {
            self.missed += 1;
            if !self.gone.iter().any(|g| g == id) {
                self.gone.push(id.to_owned());
            }
        }
        ix
    }

    fn offer(&mut self, o: OfferIx) -> Option<OfferIx> {
        let id = &self.old.offer(o).id;
        self.found(id, self.new.lookup.offer(id))
    }

    fn competence(&mut self, c: CompetenceIx) -> Option<CompetenceIx> {
        let id = &self.old.competence(c).id;
        self.found(id, self.new.lookup.competence(id))
    }

    fn occupation(&mut self, o: OccupationIx) -> Option<OccupationIx> {
        let id = &self.old.occupation(o).id;
        self.found(id, self.new.lookup.occupation(id))
    }

    fn provider(&mut self, p: ProviderIx) -> Option<ProviderIx> {
        let id = &self.old.provider(p).id;
        self.found(id, self.new.lookup.provider(id))
    }

    fn target(&mut self, t: Target) -> Option<Target> {
        match t {
            Target::Offer(o) => self.offer(o).map(Target::Offer),
            Target::Occupation(o) => self.occupation(o).map(Target::Occupation),
            Target::Competence(c) => self.competence(c).map(Target::Competence),
        }
    }

    /// The constraints, less the bodies gone (the other constraints are
    /// words and numbers, not items).
    fn constraints(&mut self, c: &Constraints) -> Constraints {
        Constraints {
            avoid_providers: c
                .avoid_providers
                .iter()
                .filter_map(|p| self.provider(*p))
                .collect(),
            only_providers: c
                .only_providers
                .iter()
                .filter_map(|p| self.provider(*p))
                .collect(),
            ..c.clone()
        }
    }

    /// The form with the items still there.
    fn draft(&mut self, d: &Draft) -> Draft {
        Draft {
            from: d.from.and_then(|o| self.offer(o)),
            holding: d
                .holding
                .iter()
                .filter_map(|c| self.competence(*c))
                .collect(),
            target: d.target.and_then(|t| self.target(t)),
            constraints: self.constraints(&d.constraints),
            ..d.clone()
        }
    }

    /// The request, when every item of it is still there.
    fn request(&mut self, r: &Request) -> Option<Request> {
        let before = self.missed;
        let start = match &r.start {
            Start::From(o) => self.offer(*o).map(Start::From),
            Start::Holding(held) => {
                let held: Vec<CompetenceIx> =
                    held.iter().filter_map(|c| self.competence(*c)).collect();
                Some(Start::Holding(held))
            }
        };
        let target = self.target(r.target);
        let constraints = self.constraints(&r.constraints);
        let all = self.missed == before;
        Some(Request {
            start: start?,
            target: target?,
            constraints,
            ..r.clone()
        })
        .filter(|_| all)
    }
}
