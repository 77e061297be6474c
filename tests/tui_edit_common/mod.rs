//! Helpers of the interface's editing tests: the sample as files in a
//! temporary directory, the interface open on them, and driving a form
//! as keys would.

#![allow(dead_code)] // each test file uses some of them

use std::path::Path;

use parcours::load::{Source, load, sample};
use parcours::tui::action::Action;
use parcours::tui::app::edit::form::{FormRow, FormState};
use parcours::tui::app::edit::overlay::Overlay;
use parcours::tui::app::{AppState, CatalogueName};
use parcours::tui::i18n::Lang;
use parcours::tui::update::update;

#[path = "../tui_common/mod.rs"]
pub mod common;

#[allow(unused_imports)] // each test file uses some of them
pub use common::{act, find, screen, type_text};

/// The sample written into a new temporary directory.
pub fn sample_dir() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("a temporary directory");
    for (name, text) in sample::FILES {
        std::fs::write(dir.path().join(name), text).expect("write a sample file");
    }
    dir
}

/// How the catalogue is named: as the person would, the temporary
/// directories' names changing from run to run.
pub fn name() -> CatalogueName {
    CatalogueName::Path("catalogue".to_owned())
}

/// The interface on the files of `dir`, as the event loop sets it up.
pub fn open(dir: &Path, lang: Lang, (w, h): (u16, u16)) -> AppState {
    let cat = load(&Source::Path(dir.to_path_buf()))
        .catalogue
        .expect("the files load");
    let mut s = common::state_of(cat, name(), lang, w, h);
    s.edit.root = Some(dir.to_path_buf());
    s
}

/// The form on top.
pub fn form(s: &mut AppState) -> &mut FormState {
    s.edit.session.top_form().expect("a form is open")
}

/// Selects the form's row of a field path (`hours`, `sessions[0].end`).
pub fn go(s: &mut AppState, path: &str) {
    let f = form(s);
    let at = f
        .rows()
        .iter()
        .position(|r| f.path(*r) == path)
        .unwrap_or_else(|| panic!("no row {path}"));
    f.cursor.selected = at;
}

/// Selects a form's row that holds no field (File, Create).
pub fn go_row(s: &mut AppState, row: FormRow) {
    let f = form(s);
    f.cursor.selected = f.rows().iter().position(|r| *r == row).expect("the row");
}

/// Types a field's value as a person would: Enter, erase, type, Enter.
pub fn set(s: &mut AppState, path: &str, value: &str) {
    go(s, path);
    update(s, Action::Choose);
    assert!(form(s).line.is_some(), "{path} is typed");
    let old = form(s).line.clone().unwrap_or_default();
    for _ in old.chars() {
        update(s, Action::DeleteChar);
    }
    type_text(s, value);
    update(s, Action::Confirm);
}

/// Gives a field a value without typing (a reference field, which is
/// otherwise picked), and checks it as confirming would.
pub fn put(s: &mut AppState, path: &str, value: &str) {
    go(s, path);
    let f = form(s);
    let row = f.row().expect("a row");
    assert!(f.set_value(row, value.to_owned()));
    parcours::tui::update::edit::form::commit(s);
}

/// What the form says of a field.
pub fn said(s: &mut AppState, path: &str) -> Option<String> {
    let f = form(s);
    let row = *f.rows().iter().find(|r| f.path(**r) == path)?;
    f.said_of(row).map(|said| format!("{said:?}"))
}

/// The kind of window of editing on top, by name.
pub fn top(s: &AppState) -> &'static str {
    match s.edit.session.overlays.last() {
        None => "none",
        Some(Overlay::Form(_)) => "form",
        Some(Overlay::Chooser(_)) => "chooser",
        Some(Overlay::Delete { .. }) => "delete",
        Some(Overlay::Quit { .. }) => "quit",
        Some(Overlay::Conflict(_)) => "conflict",
        Some(Overlay::Input(_)) => "input",
        Some(Overlay::Error(_)) => "error",
    }
}

/// Changes a file on disk behind the interface's back: the first `from`
/// (which must be there) becomes `to`.
pub fn replace_in(path: &Path, from: &str, to: &str) {
    let text = std::fs::read_to_string(path).expect("the file reads");
    assert!(text.contains(from), "{from} in {}", path.display());
    std::fs::write(path, text.replacen(from, to, 1)).expect("the file writes");
}

/// The text of a file of `dir`.
pub fn read(dir: &Path, name: &str) -> String {
    std::fs::read_to_string(dir.join(name)).expect("the file reads")
}
