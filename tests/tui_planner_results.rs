//! The planner's answers, without a terminal: the pathways found and
//! walked (keys and mouse), stale results, no pathway and what to relax,
//! and the way back to the request.

mod tui_common;
use tui_common as common;

use common::planner::{go_to, logistics, pick, planner};
use common::{act, assert_settled, click, find, offer, scroll_down, type_text};
use parcours::route::{ConstraintKind, Criterion, NoRoute};
use parcours::tui::action::Action;
use parcours::tui::app::planner::Field;
use parcours::tui::app::{PlannerPane, Screen};

#[test]
fn a_search_shows_the_pathways_and_their_steps() {
    let mut s = planner(None);
    logistics(&mut s);
    assert_eq!(s.planner.field(), Some(Field::Run), "ready to search");
    act(&mut s, &[Action::Choose]);
    let r = s.planner.results.as_ref().expect("results");
    assert_eq!(r.alternatives.len(), 3);
    assert!(r.none.is_none());
    assert_eq!(s.planner.focus, PlannerPane::Alternatives);
    assert!(!s.planner.stale());
    let first = r.alternatives[0].route.offers();
    assert_eq!(first[0], offer(&s, "forem-liege-cariste"));
    // Moving among pathways; the arrows do it from every pane.
    act(&mut s, &[Action::SelectNext]);
    assert_eq!(s.planner.results.as_ref().unwrap().selected, 1);
    act(&mut s, &[Action::NextValue, Action::NextValue]);
    assert_eq!(s.planner.results.as_ref().unwrap().selected, 0, "round");
    act(&mut s, &[Action::SelectLast, Action::SelectFirst]);
    assert_eq!(s.planner.results.as_ref().unwrap().selected, 0);
    // Enter goes to the steps, then opens the step in the catalogue.
    act(&mut s, &[Action::Choose]);
    assert_eq!(s.planner.focus, PlannerPane::Steps);
    act(
        &mut s,
        &[Action::SelectNext, Action::SelectNext, Action::SelectNext],
    );
    assert_eq!(s.planner.results.as_ref().unwrap().step, 2, "three steps");
    assert_settled(&s);
    act(&mut s, &[Action::Choose]);
    assert_eq!(s.screen, Screen::Catalogue);
    assert_eq!(s.catalogue.current(), Some(first[2]));
    act(&mut s, &[Action::ShowPlanner]);
    assert_eq!(s.planner.results.as_ref().unwrap().step, 2, "kept");
}

#[test]
fn tab_goes_through_the_panes_there_are() {
    let mut s = planner(None);
    act(&mut s, &[Action::FocusNextPane]);
    assert_eq!(
        s.planner.focus,
        PlannerPane::Form,
        "only the form before a search"
    );
    logistics(&mut s);
    act(&mut s, &[Action::RunPlan]);
    let mut seen = vec![s.planner.focus];
    for _ in 0..4 {
        act(&mut s, &[Action::FocusNextPane]);
        seen.push(s.planner.focus);
    }
    assert_eq!(
        seen,
        [
            PlannerPane::Alternatives,
            PlannerPane::Steps,
            PlannerPane::Timeline,
            PlannerPane::Form,
            PlannerPane::Alternatives
        ]
    );
    act(&mut s, &[Action::FocusPrevPane, Action::FocusPrevPane]);
    assert_eq!(s.planner.focus, PlannerPane::Timeline);
    assert_eq!(s.planner.side, PlannerPane::Timeline);
}

#[test]
fn a_changed_request_says_the_results_are_stale_until_run_again() {
    let mut s = planner(None);
    logistics(&mut s);
    act(&mut s, &[Action::RunPlan]);
    go_to(&mut s, Field::Criterion);
    act(&mut s, &[Action::NextValue]);
    assert!(s.planner.stale());
    act(&mut s, &[Action::RunPlan]);
    assert!(!s.planner.stale());
    assert_eq!(
        s.planner.results.as_ref().unwrap().request.criterion,
        Criterion::Seams
    );
}

#[test]
fn without_a_pathway_the_planner_says_why_and_what_to_relax() {
    let mut s = planner(None);
    pick(&mut s, Field::From, "magasinier cariste anderlecht");
    pick(&mut s, Field::Target, "responsable logistique");
    go_to(&mut s, Field::Only);
    act(&mut s, &[Action::Choose]);
    type_text(&mut s, "bruxelles formation");
    act(&mut s, &[Action::ToggleMark]);
    act(&mut s, &[Action::DeleteChar; 19]);
    type_text(&mut s, "cnam grand est");
    act(
        &mut s,
        &[Action::ToggleMark, Action::Choose, Action::RunPlan],
    );
    let r = s.planner.results.as_ref().unwrap();
    assert!(r.alternatives.is_empty());
    assert_eq!(
        r.none,
        Some(NoRoute::CutBy(vec![ConstraintKind::OnlyProvider]))
    );
    let screen = common::screen(&s);
    assert!(screen.contains("Aucun parcours"), "{screen}");
    assert!(screen.contains("Seulement les organismes"), "{screen}");
    // Enter goes to the constraint to relax.
    act(&mut s, &[Action::Choose]);
    assert_eq!(s.planner.focus, PlannerPane::Form);
    assert_eq!(s.planner.field(), Some(Field::Only));
    act(&mut s, &[Action::ClearValue, Action::RunPlan]);
    assert!(s.planner.has_routes());
}

#[test]
fn escape_goes_back_to_the_request_and_keeps_the_catalogue_search() {
    use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
    use parcours::tui::event::action_for;
    let mut s = planner(None);
    act(&mut s, &[Action::ShowCatalogue]);
    find(&mut s, "cariste liege", "forem-liege-cariste");
    act(&mut s, &[Action::PlanFromOffer]);
    pick(&mut s, Field::Target, "responsable logistique");
    act(&mut s, &[Action::RunPlan, Action::FocusNextPane]);
    assert_eq!(s.planner.focus, PlannerPane::Steps);
    let esc = Event::Key(KeyEvent::new(KeyCode::Esc, KeyModifiers::NONE));
    let action = action_for(&esc, &s).unwrap();
    assert_eq!(action, Action::GoBack);
    act(&mut s, &[action]);
    assert_eq!(s.planner.focus, PlannerPane::Form);
    assert_eq!(s.catalogue.query, "cariste liege", "the search stays");
}

#[test]
fn a_click_selects_a_line_of_the_form_or_a_pathway() {
    let mut s = planner(None);
    act(
        &mut s,
        &[Action::Resize {
            width: 160,
            height: 48,
        }],
    );
    let body = parcours::tui::layout::app(s.area).unwrap().body;
    let l = parcours::tui::layout::planner(body, parcours::tui::layout::planner_shape(&s.planner));
    let form = l.form.unwrap();
    // Under the border: the start's heading and lines, then the goal's.
    click(&mut s, form.x + 4, form.y + 6);
    assert_eq!(s.planner.field(), Some(Field::Target));
    // A heading is not a line to select.
    click(&mut s, form.x + 4, form.y + 5);
    assert_eq!(s.planner.field(), Some(Field::Target));
    // Before a search, a click on the results' place does nothing.
    let note = l.alternatives.unwrap();
    click(&mut s, note.x + 4, note.y + 2);
    assert_eq!(s.planner.focus, PlannerPane::Form);
    logistics(&mut s);
    act(&mut s, &[Action::RunPlan]);
    let l = parcours::tui::layout::planner(body, parcours::tui::layout::planner_shape(&s.planner));
    let table = l.alternatives.unwrap();
    // Border, column names, then the pathways.
    click(&mut s, table.x + 4, table.y + 3);
    assert_eq!(s.planner.results.as_ref().unwrap().selected, 1);
    click(&mut s, table.x + 4, table.y + 1);
    assert_eq!(s.planner.results.as_ref().unwrap().selected, 1, "the names");
    let steps = l.steps.unwrap();
    scroll_down(&mut s, steps.x + 4, steps.y + 2);
    assert_eq!(s.planner.focus, PlannerPane::Steps);
    assert_eq!(
        s.planner.results.as_ref().unwrap().step,
        2,
        "the last of three"
    );
    click(&mut s, form.x + 4, form.y + 2);
    assert_eq!(
        (s.planner.focus, s.planner.field()),
        (PlannerPane::Form, Some(Field::From))
    );
    assert_settled(&s);
}

#[test]
fn a_pathway_without_a_session_says_so_whole_in_the_table() {
    let mut s = planner(None);
    pick(&mut s, Field::From, "apprentissage soudeur");
    assert_eq!(
        s.planner.draft.from,
        Some(offer(&s, "ifapme-charleroi-app-soudeur"))
    );
    pick(&mut s, Field::Target, "soudeur");
    act(&mut s, &[Action::RunPlan]);
    let r = s.planner.results.as_ref().unwrap();
    let at = r
        .alternatives
        .iter()
        .position(|a| a.route.finish.is_none())
        .expect("a pathway with no session left");
    let screen = common::screen(&s);
    let row = screen
        .lines()
        .find(|l| l.starts_with(&format!("┃{} ", at + 1)))
        .unwrap_or_else(|| panic!("the pathway's row\n{screen}"));
    assert!(row.contains(" sans session "), "{row}");
}
