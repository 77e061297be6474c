//! Exporting a plan to a file, in the format its extension names.

use std::path::PathBuf;

use crate::plan;
use crate::plan::atomic::{Access, write_atomically};
use crate::tui::app::planner::{Dialog, DialogKind, Message};
use crate::tui::app::{AppState, Popup};
use crate::tui::text::sanitize;

use super::plans::{store, words};

/// Opens the export dialog for a plan, with a Markdown file named after
/// it in the plans directory.
pub fn open_export(state: &mut AppState, name: &str) {
    let path = store(state)
        .and_then(|s| s.path_of(name).ok())
        .map(|p| p.with_extension("md").display().to_string())
        .unwrap_or_default();
    state.planner.dialog = Some(Dialog::new(
        DialogKind::Export {
            plan: name.to_owned(),
        },
        &[&path],
    ));
    state.popups.push(Popup::Dialog);
}

/// From the planner: exports the plan opened (or just saved).
pub fn open_export_current(state: &mut AppState) {
    let opened = state
        .planner
        .results
        .as_ref()
        .and_then(|r| r.plan.as_ref())
        .map(|o| o.name.clone());
    match opened {
        Some(name) => open_export(state, &name),
        None => {
            state.planner.message =
                Some(Message::Error(state.strings.planner.save_first.to_owned()));
        }
    }
}

/// Writes a plan to a file, in the format its extension names; a bare
/// file name goes in the plans directory.
pub fn export(state: &mut AppState, name: &str, file: &str) -> Result<(), String> {
    let p = state.strings.planner;
    let store = store(state).ok_or_else(|| p.no_plans_dir.to_owned())?;
    let path = PathBuf::from(file);
    let path = if path.components().count() == 1 {
        store.dir().join(path)
    } else {
        path
    };
    let format = plan::export::Format::of_path(&path, state.strings.lang)
        .ok_or_else(|| p.unknown_format.to_owned())?;
    let plan = store.load(name).map_err(|e| words(state, &e))?;
    let text = plan::export::render(
        format,
        &state.data.cat,
        &state.data.graph,
        &plan,
        state.today,
    );
    write_atomically(&path, text.as_bytes(), Access::Shared)
        .map_err(|e| sanitize(&format!("{}: {e}", path.display())).into_owned())?;
    state.planner.message = Some(Message::Info((p.exported)(&sanitize(
        &path.display().to_string(),
    ))));
    Ok(())
}
