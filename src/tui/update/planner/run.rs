//! Running the search: the draft becomes a request, a worker looks for the
//! best pathways (or why there is none), and the results take the focus
//! when they come.

use crate::route::{Request, Route};
use crate::tui::app::planner::{Alternative, Draft, Field, Message, Missing, Opened, Results};
use crate::tui::app::{AppState, PlannerPane};
use crate::tui::jobs::{self, PlannerWork, Routes};
use crate::tui::text::sanitize;

use super::focus;

/// Looks for pathways with the request as the form has it. Runs only when
/// asked (never while typing), off the drawing thread: at 100,000 offers
/// a search takes a moment. A search still under way is cancelled.
pub fn run(state: &mut AppState) {
    let p = state.strings.planner;
    let planner = &mut state.planner;
    let request = match planner.draft.request() {
        Ok(request) => request,
        Err(missing) => {
            let (text, field) = match missing {
                Missing::Start => (p.missing_start, Field::From),
                Missing::Target => (p.missing_target, Field::Target),
            };
            planner.message = Some(Message::Error(text.to_owned()));
            planner.select_field(field);
            planner.focus = PlannerPane::Form;
            return;
        }
    };
    // The status line says the search is under way while it is.
    planner.message = None;
    jobs::find_routes(state, request);
}

/// Stops the planner's work under way (a search, a plan being opened);
/// whether there was some.
pub fn cancel(state: &mut AppState) -> bool {
    let p = state.strings.planner;
    let text = match jobs::cancel_planner(state) {
        None => return false,
        Some(PlannerWork::Routes) => p.search_stopped.to_owned(),
        Some(PlannerWork::Plan(name)) => (p.opening_stopped)(&sanitize(&name)),
    };
    state.planner.message = Some(Message::Info(text));
    true
}

/// Shows what a search for pathways found for `request`. Changes made to
/// the form while it searched are kept: the results then show as out of
/// date.
pub fn routes_found(state: &mut AppState, request: Request, found: Routes) {
    let planner = &mut state.planner;
    if planner.draft.request().ok().as_ref() == Some(&request) {
        planner.draft = Draft::of_request(&request);
    }
    present(state, request, found, Vec::new(), None);
}

/// Shows pathways found: `found.routes` after `saved`, the one a plan had
/// kept; or why there are none (`found.none`, worked out by the worker).
/// The form is left as it is: each caller says what it shows.
pub(super) fn present(
    state: &mut AppState,
    request: Request,
    found: Routes,
    saved: Vec<Route>,
    plan: Option<Opened>,
) {
    let Routes { routes, none } = found;
    let mut alternatives: Vec<Alternative> = saved
        .into_iter()
        .map(|route| Alternative { route, saved: true })
        .collect();
    alternatives.extend(routes.into_iter().map(|route| Alternative {
        route,
        saved: false,
    }));
    let planner = &mut state.planner;
    planner.results = Some(Results {
        request,
        alternatives,
        none,
        selected: 0,
        step: 0,
        steps_scroll: 0,
        plan,
    });
    planner.message = None;
    focus(state, PlannerPane::Alternatives);
}
