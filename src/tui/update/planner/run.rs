//! Running the search: the draft becomes a request, the best pathways are
//! found (or why there is none), and the results take the focus.

use crate::route::{self, Request, Route};
use crate::tui::app::planner::{Alternative, Field, Message, Missing, Opened, Results};
use crate::tui::app::{AppState, PlannerPane};

use super::focus;

/// Looks for pathways with the request as the form has it. Runs only when
/// asked (never while typing): at 100,000 offers a search takes a moment.
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
    let routes = route::find(&state.data.cat, &state.data.graph, &request);
    show(state, request, routes, Vec::new(), None);
}

/// Shows what a search found: its pathways (after `saved`, the one a plan
/// had kept), or why there are none.
pub fn show(
    state: &mut AppState,
    request: Request,
    routes: Vec<Route>,
    saved: Vec<Route>,
    plan: Option<Opened>,
) {
    let none = (routes.is_empty() && saved.is_empty())
        .then(|| route::explain(&state.data.cat, &state.data.graph, &request));
    let mut alternatives: Vec<Alternative> = saved
        .into_iter()
        .map(|route| Alternative { route, saved: true })
        .collect();
    alternatives.extend(routes.into_iter().map(|route| Alternative {
        route,
        saved: false,
    }));
    let planner = &mut state.planner;
    planner.draft = crate::tui::app::planner::Draft::of_request(&request);
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
