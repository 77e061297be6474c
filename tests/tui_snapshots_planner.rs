//! The planner drawn into a test backend at 80×24 and 160×48, in French
//! and in English, compared with the reviewed snapshots in
//! `tests/snapshots/`: the request form, the pickers, the pathways with
//! their steps and timeline, no pathway, the save dialog and the saved
//! plans. "Today" is fixed (see `tui_common/mod.rs`).

mod tui_common;
use tui_common as common;

use common::{act, draw, sample, state_with_plans, type_text};
use parcours::tui::action::Action;
use parcours::tui::app::planner::Field;
use parcours::tui::app::{AppState, CatalogueName, Popup};
use parcours::tui::i18n::Lang;

const SIZES: [(u16, u16); 2] = [(80, 24), (160, 48)];
const LANGS: [(Lang, &str); 2] = [(Lang::Fr, "fr"), (Lang::En, "en")];

/// Sets up a planner at every size and language, its plans kept in a
/// directory of its own, and compares each drawing with its snapshot
/// `NAME_LANG_WxH`. The directory's path, which changes from run to run,
/// is drawn as `/plans` (padded to its width, so that lines keep theirs).
fn check(name: &str, setup: impl Fn(&mut AppState)) {
    for (lang, code) in LANGS {
        for (width, height) in SIZES {
            let dir = tempfile::tempdir().unwrap();
            let mut s = state_with_plans(
                sample(),
                CatalogueName::Sample,
                lang,
                (width, height),
                Some(dir.path().to_path_buf()),
            );
            act(&mut s, &[Action::ShowPlanner]);
            setup(&mut s);
            let drawn = draw(&s).backend().to_string();
            let path = dir.path().display().to_string();
            let placeholder = format!("{:<w$}", "/plans", w = path.chars().count());
            let drawn = drawn.replace(&path, &placeholder);
            insta::assert_snapshot!(format!("{name}_{code}_{width}x{height}"), drawn);
        }
    }
}

/// Chooses in the picker of a field: opens it, types, chooses.
fn pick(s: &mut AppState, field: Field, words: &str) {
    s.planner.select_field(field);
    act(s, &[Action::Choose]);
    type_text(s, words);
    act(s, &[Action::Choose]);
}

/// From the Liège forklift course to the logistics manager's occupation.
fn logistics(s: &mut AppState) {
    pick(s, Field::From, "cariste liege");
    pick(s, Field::Target, "responsable logistique");
}

#[test]
fn an_empty_request() {
    check("planner_start", |_| {});
}

#[test]
fn the_goal_picker() {
    check("planner_goal_picker", |s| {
        pick(s, Field::From, "cariste liege");
        act(s, &[Action::Choose]);
        type_text(s, "logist");
        assert_eq!(s.popups.last(), Some(&Popup::Picker));
    });
}

#[test]
fn the_competences_picker() {
    check("planner_competences_picker", |s| {
        s.planner.select_field(Field::Holding);
        act(s, &[Action::Choose]);
        type_text(s, "soud");
        act(
            s,
            &[Action::ToggleMark, Action::SelectNext, Action::ToggleMark],
        );
    });
}

#[test]
fn the_pathways_found() {
    check("planner_results", |s| {
        logistics(s);
        act(s, &[Action::RunPlan, Action::SelectLast]);
    });
}

#[test]
fn the_steps_of_a_pathway() {
    check("planner_steps", |s| {
        logistics(s);
        act(
            s,
            &[
                Action::RunPlan,
                Action::Choose,
                Action::SelectNext,
                Action::SelectNext,
            ],
        );
    });
}

#[test]
fn the_timeline_of_a_pathway() {
    check("planner_timeline", |s| {
        logistics(s);
        act(
            s,
            &[
                Action::RunPlan,
                Action::NextValue,
                Action::NextValue,
                Action::FocusNextPane,
                Action::FocusNextPane,
            ],
        );
    });
}

#[test]
fn no_pathway() {
    check("planner_no_route", |s| {
        pick(s, Field::From, "magasinier cariste anderlecht");
        pick(s, Field::Target, "responsable logistique");
        s.planner.select_field(Field::Only);
        act(s, &[Action::Choose]);
        type_text(s, "bruxelles formation");
        act(s, &[Action::ToggleMark]);
        act(s, &[Action::DeleteChar; 19]);
        type_text(s, "cnam grand est");
        act(s, &[Action::ToggleMark, Action::Choose, Action::RunPlan]);
    });
}

#[test]
fn the_save_dialog() {
    check("planner_save", |s| {
        logistics(s);
        act(s, &[Action::RunPlan, Action::SavePlan]);
        type_text(s, "Dupont – logistique");
        act(s, &[Action::NextField]);
        type_text(s, "DE-2026-114");
        act(s, &[Action::NextField]);
        type_text(s, "Mobile jusqu'à Metz ; permis B.");
    });
}

#[test]
fn the_saved_plans() {
    check("planner_plans", |s| {
        logistics(s);
        act(s, &[Action::RunPlan, Action::SavePlan]);
        type_text(s, "Dupont – logistique");
        act(s, &[Action::NextField]);
        type_text(s, "DE-2026-114");
        act(s, &[Action::Confirm, Action::SelectNext, Action::SavePlan]);
        act(s, &[Action::DeleteChar; 19]);
        type_text(s, "Dupont – autre voie");
        act(s, &[Action::Confirm]);
        std::fs::write(
            s.planner.plans_dir.as_ref().unwrap().join("abime.json"),
            "{ \"format\": \"parcours-plan/1\",",
        )
        .unwrap();
        act(s, &[Action::OpenPlans]);
    });
}

#[test]
fn deleting_a_plan_asks() {
    check("planner_delete", |s| {
        logistics(s);
        act(s, &[Action::RunPlan, Action::SavePlan]);
        type_text(s, "Dupont – logistique");
        act(s, &[Action::Confirm, Action::OpenPlans, Action::DeletePlan]);
    });
}
