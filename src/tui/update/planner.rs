//! Actions on the planner: moving in the form and changing its fields,
//! running the search, moving among the pathways and their steps; and the
//! planner's picker, dialogs and plans list.

pub mod carry;
mod changes;
mod dialog;
mod export;
mod picker;
pub mod plans;
mod run;

pub use dialog::dialog;
pub use picker::picker;
pub use plans::plans;
pub use run::{routes_found, run};

use crate::route::Criterion;
use crate::tui::action::Action;
use crate::tui::app::planner::{
    Dialog, DialogKind, FORM, Field, Message, PickFor, PickerState, draft,
};
use crate::tui::app::{AppState, PlannerPane, Popup, Screen};

use super::{catalogue, direction, movement, show, visible};
use crate::tui::app::cursor::{land, round};

/// An action on the planner's screen, no popup open.
pub fn handle(state: &mut AppState, action: Action) {
    let planner = &mut state.planner;
    if !matches!(
        action,
        Action::SelectNext
            | Action::SelectPrev
            | Action::PageDown
            | Action::PageUp
            | Action::SelectFirst
            | Action::SelectLast
    ) {
        // A message answers the last thing done; the next thing done
        // (other than moving) replaces it.
        planner.message = None;
    }
    match action {
        Action::FocusNextPane | Action::FocusPrevPane => {
            let pane = round(&panes(state), state.planner.focus, direction(action));
            focus(state, pane);
        }
        Action::RunPlan => run(state),
        // Stops the search under way, else back to the request (Escape,
        // which in browsing clears the catalogue's search, must not clear
        // it from another screen).
        Action::GoBack => {
            if !run::cancel(state) {
                focus(state, PlannerPane::Form);
            }
        }
        Action::SavePlan => plans::open_save(state),
        Action::OpenPlans => plans::open_list(state),
        Action::ExportPlan => export::open_export_current(state),
        _ => match state.planner.focus {
            PlannerPane::Form => form(state, action),
            PlannerPane::Alternatives | PlannerPane::Steps | PlannerPane::Timeline => {
                results(state, action);
            }
        },
    }
}

/// The panes Tab goes through: the form, and the results when there are
/// some.
fn panes(state: &AppState) -> Vec<PlannerPane> {
    let p = &state.planner;
    if p.has_routes() {
        vec![
            PlannerPane::Form,
            PlannerPane::Alternatives,
            PlannerPane::Steps,
            PlannerPane::Timeline,
        ]
    } else if p.results.is_some() {
        vec![PlannerPane::Form, PlannerPane::Alternatives]
    } else {
        vec![PlannerPane::Form]
    }
}

/// Gives a pane the focus; steps and timeline also become the pane shown
/// under the pathways when only one fits.
pub fn focus(state: &mut AppState, pane: PlannerPane) {
    let p = &mut state.planner;
    p.focus = pane;
    if matches!(pane, PlannerPane::Steps | PlannerPane::Timeline) {
        p.side = pane;
    }
}

/// The form: moving between fields, opening their picker or dialog,
/// changing and clearing their value.
fn form(state: &mut AppState, action: Action) {
    let v = visible(state);
    let p = &mut state.planner;
    if let Some(delta) = movement(action, v.form, FORM.len()) {
        // Headings cannot be selected: go on past them, or back.
        let target = p.form.selected.saturating_add_signed(delta);
        p.form.selected = land(target, delta, FORM.len(), |i| FORM[i].field().is_some())
            .unwrap_or(p.form.selected);
        return;
    }
    let Some(field) = p.field() else {
        return;
    };
    match action {
        Action::Choose | Action::FollowLink => activate(state, field),
        Action::PrevValue | Action::NextValue => {
            let step = if action == Action::NextValue { 1 } else { -1 };
            shift(state, field, step);
        }
        Action::ClearValue => clear(state, field),
        _ => {}
    }
}

/// What Enter does on a field: a picker, a dialog, the next value, or the
/// search.
fn activate(state: &mut AppState, field: Field) {
    let purpose = match field {
        Field::From => PickFor::From,
        Field::Holding => PickFor::Holding,
        Field::Target => PickFor::Target,
        Field::Avoid => PickFor::Avoid,
        Field::Only => PickFor::Only,
        Field::Modalities => PickFor::Modalities,
        Field::Audiences => PickFor::Audiences,
        Field::Countries => PickFor::Countries,
        Field::Languages => PickFor::Languages,
        Field::Criterion | Field::K | Field::MaxLevel => {
            shift(state, field, 1);
            return;
        }
        Field::StartDate => {
            let text = state.planner.draft.start_date.to_string();
            state.planner.dialog = Some(Dialog::new(DialogKind::StartDate, &[&text]));
            state.popups.push(Popup::Dialog);
            return;
        }
        Field::Run => {
            run(state);
            return;
        }
    };
    let picker = PickerState::open(&state.data, state.strings, &state.planner.draft, purpose);
    state.planner.picker = Some(picker);
    state.popups.push(Popup::Picker);
}

/// Moves a field's value one step: the criterion, the number of
/// pathways, the start date by a month, the highest level.
fn shift(state: &mut AppState, field: Field, step: i32) {
    let d = &mut state.planner.draft;
    match field {
        Field::Criterion => {
            d.criterion = round(&Criterion::ALL, d.criterion, step as isize);
        }
        Field::K => {
            let k = i32::try_from(d.k).unwrap_or(1) + step;
            let max = i32::try_from(draft::MAX_K).unwrap_or(9);
            d.k = usize::try_from(k.clamp(1, max)).unwrap_or(1);
        }
        Field::StartDate => {
            let moved = draft::add_months(d.start_date, step);
            // Never before today: a plan starts from now on.
            d.start_date = moved.max(state.today);
        }
        Field::MaxLevel => {
            // No limit sits above 8: down from it is 8, up from 8 is none.
            let c = &mut d.constraints;
            c.max_level = match (c.max_level, step > 0) {
                (None, true) => Some(1),
                (None, false) => Some(8),
                (Some(8), true) | (Some(1), false) => None,
                (Some(l), true) => Some(l + 1),
                (Some(l), false) => Some(l - 1),
            };
        }
        _ => {}
    }
}

/// Empties a field (the criterion, number and date go back to their
/// defaults).
fn clear(state: &mut AppState, field: Field) {
    let today = state.today;
    let d = &mut state.planner.draft;
    let c = &mut d.constraints;
    match field {
        Field::From => d.from = None,
        Field::Holding => d.holding.clear(),
        Field::Target => d.target = None,
        Field::Criterion => d.criterion = Criterion::default(),
        Field::K => d.k = draft::DEFAULT_K,
        Field::StartDate => d.start_date = today,
        Field::Avoid => c.avoid_providers.clear(),
        Field::Only => c.only_providers.clear(),
        Field::Modalities => c.modalities.clear(),
        Field::Audiences => c.audiences.clear(),
        Field::Countries => c.countries.clear(),
        Field::Languages => c.languages.clear(),
        Field::MaxLevel => c.max_level = None,
        Field::Run => {}
    }
}

/// The results: moving among pathways and steps, opening a step's offer,
/// and, without pathways, going to the constraint to relax.
fn results(state: &mut AppState, action: Action) {
    let v = visible(state);
    let focus_now = state.planner.focus;
    let Some(r) = state.planner.results.as_ref() else {
        return;
    };
    let routes = r.alternatives.len();
    let steps = r.route().map_or(0, |route| route.steps.len());
    let (selected, step) = (r.selected, r.step);
    match (action, focus_now) {
        (Action::Choose | Action::FollowLink, _) if routes == 0 => {
            let fields = r.to_relax();
            let p = &mut state.planner;
            if let Some(first) = fields.first() {
                p.select_field(*first);
            }
            p.focus = PlannerPane::Form;
        }
        (Action::Choose | Action::FollowLink, PlannerPane::Alternatives) => {
            focus(state, PlannerPane::Steps);
        }
        (Action::Choose | Action::FollowLink, _) => {
            if let Some(s) = r.route().and_then(|route| route.steps.get(step)) {
                let offer = s.offer;
                catalogue::open(state, offer);
            }
        }
        (Action::PrevValue | Action::NextValue, _) if routes > 0 => {
            let by = if action == Action::NextValue {
                1
            } else {
                routes - 1
            };
            select_route(state, (selected + by) % routes);
        }
        (_, PlannerPane::Alternatives) => {
            if let Some(delta) = movement(action, v.alternatives, routes) {
                let at = selected
                    .saturating_add_signed(delta)
                    .min(routes.saturating_sub(1));
                select_route(state, at);
            }
        }
        (_, _) => {
            if let Some(delta) = movement(action, v.steps, steps)
                && let Some(r) = state.planner.results.as_mut()
            {
                r.step = step
                    .saturating_add_signed(delta)
                    .min(steps.saturating_sub(1));
            }
        }
    }
}

/// Selects a pathway; its first step is selected and shown.
pub(super) fn select_route(state: &mut AppState, at: usize) {
    if let Some(r) = state.planner.results.as_mut()
        && r.selected != at
    {
        r.selected = at;
        r.step = 0;
        r.steps_scroll = 0;
    }
}

/// From the catalogue: a plan from (or towards) the offer selected, on
/// the planner's screen.
pub fn from_catalogue(state: &mut AppState, action: Action) {
    let Some(offer) = state.catalogue.current() else {
        return;
    };
    let p = &mut state.planner;
    let field = if action == Action::PlanFromOffer {
        p.draft.start_from(offer);
        // What comes next: where the person wants to go, unless known.
        if p.draft.target.is_some() {
            Field::Run
        } else {
            Field::Target
        }
    } else {
        p.draft.target = Some(crate::route::Target::Offer(offer));
        if p.draft.request().is_ok() {
            Field::Run
        } else {
            Field::From
        }
    };
    p.select_field(field);
    p.focus = PlannerPane::Form;
    let planner = state.strings.planner;
    let title = crate::tui::text::sanitize(&state.data.cat.offer(offer).title).into_owned();
    let text = match (action, field) {
        (Action::PlanFromOffer, Field::Target) => (planner.from_set)(&title),
        (_, Field::From) => (planner.to_set)(&title),
        _ => (planner.ready)(&title),
    };
    state.planner.message = Some(Message::Info(text));
    show(state, Screen::Planner);
}
