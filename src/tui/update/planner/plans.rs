//! Saved plans from the planner: saving the pathway selected, the list of
//! plans, opening one again on today's catalogue, renaming, deleting and
//! exporting. Files are the library's business ([`crate::plan`]); this
//! says what happened in the interface's language.

use crate::plan::{self, Label, Plan, PlanError, Store};
use crate::tui::action::Action;
use crate::tui::app::planner::{Dialog, DialogKind, Draft, Message, Opened, PlanEntry, PlansList};
use crate::tui::app::{AppState, Popup};
use crate::tui::jobs::{Reopened, Routes};
use crate::tui::text::sanitize;
use crate::tui::update::{movement, visible};

use super::changes::change;
use super::export::open_export;
use super::run;

/// The store of plans, if there is a directory for them.
pub(super) fn store(state: &AppState) -> Option<Store> {
    state.planner.plans_dir.as_ref().map(Store::new)
}

/// A library error in the interface's words where it has them.
pub(super) fn words(state: &AppState, error: &PlanError) -> String {
    let p = state.strings.planner;
    match error {
        PlanError::NotFound(name) => (p.plan_not_found)(&sanitize(name)),
        PlanError::Exists(name) => (p.plan_exists)(&sanitize(name)),
        other => sanitize(&other.to_string()).into_owned(),
    }
}

/// Opens the save dialog for the pathway selected, filled in from the
/// plan opened, if one was.
pub fn open_save(state: &mut AppState) {
    let p = state.strings.planner;
    let planner = &mut state.planner;
    let Some(results) = planner.results.as_ref().filter(|r| r.route().is_some()) else {
        planner.message = Some(Message::Error(p.nothing_to_save.to_owned()));
        return;
    };
    let opened = results.plan.clone().unwrap_or_default();
    planner.dialog = Some(Dialog::new(
        DialogKind::Save,
        &[&opened.name, &opened.person, &opened.note],
    ));
    state.popups.push(Popup::Dialog);
}

/// Saves the pathway selected under `name`; a plan of that name is
/// replaced only once the person was told and confirmed.
pub fn save(state: &mut AppState, name: &str, person: &str, note: &str) -> Result<(), String> {
    let p = state.strings.planner;
    if name.is_empty() {
        return Err(p.name_needed.to_owned());
    }
    let store = store(state).ok_or_else(|| p.no_plans_dir.to_owned())?;
    let planner = &state.planner;
    let Some(results) = &planner.results else {
        return Err(p.nothing_to_save.to_owned());
    };
    let Some(route) = results.route() else {
        return Err(p.nothing_to_save.to_owned());
    };
    let same_plan = results
        .plan
        .as_ref()
        .is_some_and(|o| plan::same_name(&o.name, name));
    let warned = planner
        .dialog
        .as_ref()
        .and_then(|d| d.replace.as_deref())
        .is_some_and(|n| n == name);
    if !same_plan && !warned && store.load(name).is_ok() {
        if let Some(d) = state.planner.dialog.as_mut() {
            d.replace = Some(name.to_owned());
        }
        return Err((p.replace)(&sanitize(name)));
    }
    let plan = Plan::new(
        Label { name, person, note },
        &state.data.cat,
        &results.request,
        route,
        state.today,
    );
    let path = store.save(&plan).map_err(|e| words(state, &e))?;
    let planner = &mut state.planner;
    if let Some(results) = planner.results.as_mut() {
        let changes = results.plan.take().map(|o| o.changes).unwrap_or_default();
        results.plan = Some(Opened {
            name: plan.name.clone(),
            person: plan.person.clone(),
            note: plan.note.clone(),
            changes,
        });
    }
    planner.message = Some(Message::Info((p.saved)(
        &sanitize(&plan.name),
        &sanitize(&path.display().to_string()),
    )));
    Ok(())
}

/// Reads the list of plans again.
fn refresh(state: &mut AppState) {
    let selected = state.planner.plans.cursor.selected;
    let list = match store(state) {
        None => PlansList::default(),
        Some(store) => match store.list() {
            Ok(summaries) => PlansList {
                entries: summaries
                    .into_iter()
                    .map(|s| {
                        // The list names the file; its error need not.
                        let path = format!("{}:", s.path.display());
                        let error = s.error.map(|e| {
                            e.strip_prefix(&path)
                                .map_or(e.clone(), |rest| rest.trim().to_owned())
                        });
                        PlanEntry {
                            name: s.name,
                            person: s.person,
                            saved: s.saved,
                            steps: s.steps,
                            error,
                        }
                    })
                    .collect(),
                ..PlansList::default()
            },
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => PlansList::default(),
            Err(e) => PlansList {
                error: Some(format!("{}: {e}", store.dir().display())),
                ..PlansList::default()
            },
        },
    };
    state.planner.plans = list;
    let len = state.planner.plans.entries.len();
    state.planner.plans.cursor.selected = selected.min(len.saturating_sub(1));
}

/// Opens the list of saved plans.
pub fn open_list(state: &mut AppState) {
    state.planner.plans.cursor = crate::tui::app::Cursor::default();
    refresh(state);
    state.popups.push(Popup::Plans);
}

/// An action in the list of plans.
pub fn plans(state: &mut AppState, action: Action) {
    let v = visible(state);
    let list = &mut state.planner.plans;
    let name = list.selected().map(|e| e.name.clone());
    match action {
        Action::ClosePopup | Action::OpenPlans => {
            state.popups.pop();
        }
        Action::OpenPlan => {
            if let Some(name) = name {
                state.popups.pop();
                open(state, &name);
            }
        }
        Action::RenamePlan => {
            if let Some(name) = name {
                state.planner.dialog = Some(Dialog::new(
                    DialogKind::Rename { old: name.clone() },
                    &[&name],
                ));
                state.popups.push(Popup::Dialog);
            }
        }
        Action::DeletePlan => {
            if let Some(name) = name {
                state.planner.dialog = Some(Dialog::new(DialogKind::Delete { plan: name }, &[]));
                state.popups.push(Popup::Dialog);
            }
        }
        Action::ExportPlan => {
            if let Some(name) = name {
                open_export(state, &name);
            }
        }
        _ => {
            let len = list.entries.len();
            if let Some(delta) = movement(action, v.popup, len) {
                list.cursor.shift(delta, len);
            }
        }
    }
}

/// Opens a plan again: its file read now (it is small), its request run
/// on today's catalogue off the drawing thread (at 100,000 offers that
/// takes a moment), and shown by [`reopened`] when the worker answers.
/// The planner's work under way is cancelled: the plan's results will
/// replace whatever it would show.
pub fn open(state: &mut AppState, name: &str) {
    let p = state.strings.planner;
    let Some(store) = store(state) else {
        state.planner.message = Some(Message::Error(p.no_plans_dir.to_owned()));
        return;
    };
    match store.load(name) {
        Ok(plan) => {
            // The status line says the plan is being opened while it is.
            state.planner.message = None;
            crate::tui::jobs::open_plan(state, Box::new(plan), false);
        }
        Err(e) => state.planner.message = Some(Message::Error(words(state, &e))),
    }
}

/// Shows a plan run again: the pathway it saved beside the best ones now,
/// and what changed; or which of its ids are gone. The form shows the
/// plan's request, unless `keep_form` (see [`crate::tui::jobs::Opening`]).
pub fn reopened(state: &mut AppState, plan: &Plan, found: Reopened, keep_form: bool) {
    let p = state.strings.planner;
    let Reopened { again, none } = found;
    let request = match again.request {
        Ok(request) => request,
        Err(ids) => {
            let ids: Vec<String> = ids.iter().map(|i| sanitize(i).into_owned()).collect();
            state.planner.message = Some(Message::Error((p.ids_gone)(&ids.join(", "))));
            return;
        }
    };
    let changes: Vec<String> = again.changes.iter().map(|c| change(state, c)).collect();
    let saved: Vec<_> = again.saved_route.into_iter().collect();
    // The pathway saved is shown once, first, even when it is also among
    // the best now.
    let routes = again
        .routes
        .into_iter()
        .filter(|r| saved.iter().all(|s| s.offers() != r.offers()))
        .collect();
    let count = changes.len();
    let opened = Opened {
        name: plan.name.clone(),
        person: plan.person.clone(),
        note: plan.note.clone(),
        changes,
    };
    if !keep_form {
        state.planner.draft = Draft::of_request(&request);
    }
    run::present(state, request, Routes { routes, none }, saved, Some(opened));
    state.planner.message = Some(Message::Info((p.opened)(&sanitize(&plan.name), count)));
}

/// Renames a plan, and the plan opened if it is this one.
pub fn rename(state: &mut AppState, old: &str, new: &str) -> Result<(), String> {
    let p = state.strings.planner;
    if new.is_empty() {
        return Err(p.name_needed.to_owned());
    }
    let store = store(state).ok_or_else(|| p.no_plans_dir.to_owned())?;
    store.rename(old, new).map_err(|e| words(state, &e))?;
    if let Some(opened) = state
        .planner
        .results
        .as_mut()
        .and_then(|r| r.plan.as_mut())
        .filter(|o| o.name == old)
    {
        new.clone_into(&mut opened.name);
    }
    state.planner.message = Some(Message::Info((p.renamed)(&sanitize(old), &sanitize(new))));
    refresh(state);
    Ok(())
}

/// Deletes a plan.
pub fn delete(state: &mut AppState, name: &str) -> Result<(), String> {
    let p = state.strings.planner;
    let store = store(state).ok_or_else(|| p.no_plans_dir.to_owned())?;
    store.delete(name).map_err(|e| words(state, &e))?;
    if let Some(r) = state.planner.results.as_mut()
        && r.plan.as_ref().is_some_and(|o| o.name == name)
    {
        r.plan = None;
    }
    state.planner.message = Some(Message::Info((p.deleted)(&sanitize(name))));
    refresh(state);
    Ok(())
}
