//! The planner's helpers: a planner with its own directory of plans, and
//! a request built through the form and its pickers as a person would.

use parcours::tui::action::Action;
use parcours::tui::app::planner::Field;
use parcours::tui::app::{AppState, CatalogueName, PlannerPane, Popup};
use parcours::tui::i18n::Lang;

use super::{act, sample, state_with_plans, type_text};

/// The sample in French at 80×24, its plans kept in `dir`.
pub fn planner(dir: Option<&std::path::Path>) -> AppState {
    let mut s = state_with_plans(
        sample(),
        CatalogueName::Sample,
        Lang::Fr,
        (80, 24),
        dir.map(std::path::Path::to_path_buf),
    );
    act(&mut s, &[Action::ShowPlanner]);
    s
}

/// Moves the form's selection to a field with the keys, as a person would.
pub fn go_to(s: &mut AppState, field: Field) {
    act(s, &[Action::FocusPrevPane]);
    while s.planner.focus != PlannerPane::Form {
        act(s, &[Action::FocusPrevPane]);
    }
    act(s, &[Action::SelectFirst]);
    for _ in 0..20 {
        if s.planner.field() == Some(field) {
            return;
        }
        act(s, &[Action::SelectNext]);
    }
    panic!("no field {field:?} in the form");
}

/// Opens the picker of a field, types, and chooses the first item found.
pub fn pick(s: &mut AppState, field: Field, words: &str) {
    go_to(s, field);
    act(s, &[Action::Choose]);
    assert_eq!(s.popups.last(), Some(&Popup::Picker));
    type_text(s, words);
    act(s, &[Action::Choose]);
    assert!(s.popups.is_empty(), "the picker closes on a choice");
}

/// The request of the tests: from the Liège forklift course to the
/// occupation of logistics manager.
pub fn logistics(s: &mut AppState) {
    pick(s, Field::From, "cariste liege");
    pick(s, Field::Target, "responsable logistique");
}

/// Saves the pathway selected under a name through the dialog.
pub fn save_as(s: &mut AppState, name: &str, person: &str) {
    act(s, &[Action::SavePlan]);
    let d = s.planner.dialog.as_ref().unwrap();
    // The dialog starts filled with the plan opened, if any: empty it.
    let (n, p) = (d.values[0].chars().count(), d.values[1].chars().count());
    act(s, &vec![Action::DeleteChar; n]);
    type_text(s, name);
    act(s, &[Action::NextField]);
    act(s, &vec![Action::DeleteChar; p]);
    type_text(s, person);
    act(s, &[Action::Confirm]);
}
