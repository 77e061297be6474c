//! What each planner action does to the state, without a terminal: the
//! sample catalogue, a request built through the form and its pickers,
//! pathways found and walked, and plans saved, listed, opened, renamed,
//! deleted and exported in a directory of the test's own.

mod tui_common;
use tui_common as common;

use common::{act, assert_settled, find, offer, sample, state_with_plans, type_text};
use parcours::route::{ConstraintKind, Criterion, NoRoute, Start, Target};
use parcours::tui::action::Action;
use parcours::tui::app::planner::{DialogKind, Field, Message, PickFor, PickKind};
use parcours::tui::app::{AppState, CatalogueName, PlannerPane, Popup, Screen};
use parcours::tui::i18n::Lang;
use parcours::tui::keymap::Context;
use parcours::tui::update::update;

/// The sample in French at 80×24, its plans kept in `dir`.
fn planner(dir: Option<&std::path::Path>) -> AppState {
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
fn go_to(s: &mut AppState, field: Field) {
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
fn pick(s: &mut AppState, field: Field, words: &str) {
    go_to(s, field);
    act(s, &[Action::Choose]);
    assert_eq!(s.popups.last(), Some(&Popup::Picker));
    type_text(s, words);
    act(s, &[Action::Choose]);
    assert!(s.popups.is_empty(), "the picker closes on a choice");
}

/// The request of the tests: from the Liège forklift course to the
/// occupation of logistics manager.
fn logistics(s: &mut AppState) {
    pick(s, Field::From, "cariste liege");
    pick(s, Field::Target, "responsable logistique");
}

#[test]
fn the_planner_reads_its_own_keys_and_those_of_browsing() {
    use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
    use parcours::tui::event::action_for;
    let key = |c| Event::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
    let mut s = planner(None);
    assert_eq!(s.context(), Context::Planner);
    assert_eq!(action_for(&key('r'), &s), Some(Action::RunPlan));
    assert_eq!(action_for(&key('s'), &s), Some(Action::SavePlan));
    // Keys the planner does not bind are read as when browsing.
    assert_eq!(action_for(&key('j'), &s), Some(Action::SelectNext));
    assert_eq!(action_for(&key('1'), &s), Some(Action::ShowCatalogue));
    let right = Event::Key(KeyEvent::new(KeyCode::Right, KeyModifiers::NONE));
    assert_eq!(action_for(&right, &s), Some(Action::NextValue));
    act(&mut s, &[Action::Choose]);
    assert_eq!(s.context(), Context::Picker);
    // In a picker, letters are typed, even those bound elsewhere.
    assert_eq!(action_for(&key('r'), &s), Some(Action::InsertChar('r')));
    let tab = Event::Key(KeyEvent::new(KeyCode::Tab, KeyModifiers::NONE));
    assert_eq!(action_for(&tab, &s), Some(Action::ToggleMark));
}

#[test]
fn the_form_moves_between_fields_past_the_headings() {
    let mut s = planner(None);
    assert_eq!(s.planner.field(), Some(Field::From));
    act(&mut s, &[Action::SelectNext, Action::SelectNext]);
    assert_eq!(s.planner.field(), Some(Field::StartDate));
    act(&mut s, &[Action::SelectNext]);
    assert_eq!(s.planner.field(), Some(Field::Target), "past the heading");
    act(&mut s, &[Action::SelectPrev]);
    assert_eq!(s.planner.field(), Some(Field::StartDate));
    act(&mut s, &[Action::SelectLast]);
    assert_eq!(s.planner.field(), Some(Field::Run));
    act(&mut s, &[Action::SelectFirst]);
    assert_eq!(
        s.planner.field(),
        Some(Field::From),
        "not the first heading"
    );
    act(&mut s, &[Action::PageDown]);
    assert!(s.planner.field().is_some());
    assert_settled(&s);
}

#[test]
fn a_start_chosen_in_the_picker_leads_to_the_goal() {
    let mut s = planner(None);
    act(&mut s, &[Action::Choose]);
    let picker = s.planner.picker.as_ref().unwrap();
    assert_eq!(
        (picker.purpose, picker.kind),
        (PickFor::From, PickKind::Offer)
    );
    assert_eq!(picker.shown.len(), s.data.cat.offers.len());
    type_text(&mut s, "cariste liegx");
    assert!(s.planner.picker.as_ref().unwrap().shown.is_empty());
    act(&mut s, &[Action::Choose]);
    assert_eq!(s.popups.last(), Some(&Popup::Picker), "nothing to choose");
    act(&mut s, &[Action::DeleteChar, Action::Choose]);
    assert_eq!(s.planner.draft.from, Some(offer(&s, "forem-liege-cariste")));
    assert!(s.popups.is_empty() && s.planner.picker.is_none());
    assert_eq!(s.planner.field(), Some(Field::Target), "on to the goal");
}

#[test]
fn competences_held_are_ticked_and_replace_the_course() {
    let mut s = planner(None);
    pick(&mut s, Field::From, "cariste liege");
    go_to(&mut s, Field::Holding);
    act(&mut s, &[Action::Choose]);
    assert_eq!(s.planner.picker.as_ref().unwrap().purpose, PickFor::Holding);
    type_text(&mut s, "chariot");
    act(&mut s, &[Action::ToggleMark]);
    act(&mut s, &[Action::DeleteChar; 7]);
    type_text(&mut s, "stocks");
    act(
        &mut s,
        &[Action::ToggleMark, Action::ToggleMark, Action::ToggleMark],
    );
    let marked = s.planner.picker.as_ref().unwrap().marked.clone();
    assert_eq!(marked.len(), 2, "ticking twice unticks");
    act(&mut s, &[Action::Choose]);
    assert_eq!(s.planner.draft.holding.len(), 2);
    assert_eq!(s.planner.draft.from, None, "one start or the other");
    // Opened again, the picker shows what is held ticked; closing keeps it.
    go_to(&mut s, Field::Holding);
    act(&mut s, &[Action::Choose]);
    assert_eq!(s.planner.picker.as_ref().unwrap().marked, marked);
    act(&mut s, &[Action::ToggleMark, Action::ClosePopup]);
    assert_eq!(s.planner.draft.holding.len(), 2, "closing changes nothing");
    act(&mut s, &[Action::ClearValue]);
    assert!(s.planner.draft.holding.is_empty());
}

#[test]
fn the_goal_is_an_occupation_a_course_or_a_competence() {
    let mut s = planner(None);
    go_to(&mut s, Field::Target);
    act(&mut s, &[Action::Choose]);
    let kind = |s: &AppState| s.planner.picker.as_ref().unwrap().kind;
    assert_eq!(kind(&s), PickKind::Occupation);
    type_text(&mut s, "soudeur");
    act(&mut s, &[Action::NextValue]);
    assert_eq!(kind(&s), PickKind::Offer);
    assert!(
        s.planner.picker.as_ref().unwrap().shown.len() > 1,
        "the words typed search the courses now"
    );
    act(&mut s, &[Action::NextValue]);
    assert_eq!(kind(&s), PickKind::Competence);
    act(
        &mut s,
        &[Action::NextValue, Action::PrevValue, Action::PrevValue],
    );
    assert_eq!(kind(&s), PickKind::Offer);
    act(&mut s, &[Action::PrevValue, Action::Choose]);
    let soudeur = s.data.cat.lookup.occupation("o-soudeur").unwrap();
    assert_eq!(s.planner.draft.target, Some(Target::Occupation(soudeur)));
}

#[test]
fn values_move_with_the_arrows_and_clear() {
    let mut s = planner(None);
    go_to(&mut s, Field::Criterion);
    act(&mut s, &[Action::NextValue]);
    assert_eq!(s.planner.draft.criterion, Criterion::Seams);
    act(&mut s, &[Action::PrevValue, Action::PrevValue]);
    assert_eq!(
        s.planner.draft.criterion,
        Criterion::Finish,
        "round the list"
    );
    act(&mut s, &[Action::Choose]);
    assert_eq!(
        s.planner.draft.criterion,
        Criterion::Hours,
        "Enter moves on too"
    );
    act(&mut s, &[Action::NextValue, Action::ClearValue]);
    assert_eq!(s.planner.draft.criterion, Criterion::Hours);
    go_to(&mut s, Field::K);
    assert_eq!(s.planner.draft.k, 3);
    act(&mut s, &[Action::NextValue; 10]);
    assert_eq!(s.planner.draft.k, 9);
    act(&mut s, &[Action::PrevValue; 10]);
    assert_eq!(s.planner.draft.k, 1);
    go_to(&mut s, Field::MaxLevel);
    act(&mut s, &[Action::PrevValue]);
    assert_eq!(s.planner.draft.constraints.max_level, Some(8));
    act(&mut s, &[Action::PrevValue, Action::PrevValue]);
    assert_eq!(s.planner.draft.constraints.max_level, Some(6));
    act(
        &mut s,
        &[Action::NextValue, Action::NextValue, Action::NextValue],
    );
    assert_eq!(s.planner.draft.constraints.max_level, None, "above 8: none");
    go_to(&mut s, Field::StartDate);
    act(&mut s, &[Action::NextValue, Action::NextValue]);
    assert_eq!(s.planner.draft.start_date.to_string(), "2027-01-22");
    act(&mut s, &[Action::PrevValue; 5]);
    assert_eq!(
        s.planner.draft.start_date.to_string(),
        common::TODAY,
        "never before today"
    );
}

#[test]
fn the_start_date_is_typed_in_a_dialog() {
    let mut s = planner(None);
    go_to(&mut s, Field::StartDate);
    act(&mut s, &[Action::Choose]);
    assert_eq!(s.popups.last(), Some(&Popup::Dialog));
    assert_eq!(s.context(), Context::Input);
    assert_eq!(s.planner.dialog.as_ref().unwrap().values[0], common::TODAY);
    act(&mut s, &[Action::DeleteChar; 10]);
    type_text(&mut s, "31/02/2027");
    act(&mut s, &[Action::Confirm]);
    let d = s.planner.dialog.as_ref().expect("still open");
    assert!(d.error.as_deref().unwrap().contains("Date illisible"));
    act(&mut s, &[Action::DeleteChar; 10]);
    type_text(&mut s, "1/3/2027");
    act(&mut s, &[Action::Confirm]);
    assert!(s.popups.is_empty());
    assert_eq!(s.planner.draft.start_date.to_string(), "2027-03-01");
    // Closing a dialog changes nothing.
    act(
        &mut s,
        &[Action::Choose, Action::DeleteChar, Action::ClosePopup],
    );
    assert_eq!(s.planner.draft.start_date.to_string(), "2027-03-01");
    assert!(s.planner.dialog.is_none());
}

#[test]
fn constraints_are_picked_from_the_values_of_the_catalogue() {
    let mut s = planner(None);
    pick(&mut s, Field::Countries, "belgique");
    assert_eq!(s.planner.draft.constraints.countries, ["BE"]);
    pick(&mut s, Field::Avoid, "bruxelles formation");
    let bf = s.data.cat.lookup.provider("bruxelles-formation").unwrap();
    assert_eq!(s.planner.draft.constraints.avoid_providers, [bf]);
    pick(&mut s, Field::Modalities, "distance");
    assert_eq!(
        s.planner.draft.constraints.modalities,
        [parcours::model::Modality::Distance]
    );
    pick(&mut s, Field::Languages, "neerlandais");
    assert_eq!(s.planner.draft.constraints.languages, ["nl"]);
    pick(&mut s, Field::Audiences, "demandeurs");
    assert_eq!(s.planner.draft.constraints.audiences, ["job_seekers"]);
    pick(&mut s, Field::Only, "forem");
    assert_eq!(s.planner.draft.constraints.only_providers.len(), 1);
    go_to(&mut s, Field::Countries);
    act(&mut s, &[Action::ClearValue]);
    assert!(s.planner.draft.constraints.countries.is_empty());
}

#[test]
fn running_without_a_start_or_a_goal_says_what_is_missing() {
    let mut s = planner(None);
    go_to(&mut s, Field::K);
    act(&mut s, &[Action::RunPlan]);
    assert!(matches!(&s.planner.message, Some(Message::Error(m)) if m.contains("départ")));
    assert_eq!(s.planner.field(), Some(Field::From));
    assert!(s.planner.results.is_none());
    pick(&mut s, Field::From, "cariste liege");
    act(&mut s, &[Action::SelectLast, Action::Choose]);
    assert!(matches!(&s.planner.message, Some(Message::Error(m)) if m.contains("objectif")));
    assert_eq!(s.planner.field(), Some(Field::Target));
}

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
fn the_catalogue_starts_a_plan_or_sets_its_goal() {
    let mut s = planner(None);
    act(&mut s, &[Action::ShowCatalogue]);
    find(
        &mut s,
        "licence logistique pilotage",
        "cnam-ge-metz-lp-logistique",
    );
    act(&mut s, &[Action::PlanToOffer]);
    assert_eq!(s.screen, Screen::Planner);
    let lp = offer(&s, "cnam-ge-metz-lp-logistique");
    assert_eq!(s.planner.draft.target, Some(Target::Offer(lp)));
    assert_eq!(s.planner.field(), Some(Field::From), "the start comes next");
    assert!(matches!(&s.planner.message, Some(Message::Info(m)) if m.contains("Objectif")));
    act(&mut s, &[Action::ShowCatalogue, Action::ClearSearch]);
    find(&mut s, "cariste liege", "forem-liege-cariste");
    act(&mut s, &[Action::PlanFromOffer]);
    assert_eq!(s.screen, Screen::Planner);
    assert_eq!(
        s.planner.draft.request().unwrap().start,
        Start::From(offer(&s, "forem-liege-cariste"))
    );
    assert_eq!(s.planner.field(), Some(Field::Run), "ready to search");
    act(&mut s, &[Action::RunPlan]);
    let r = s.planner.results.as_ref().unwrap();
    assert_eq!(r.route().unwrap().offers().last(), Some(&lp));
}

#[test]
fn the_picker_answers_the_mouse() {
    let mut s = planner(None);
    act(&mut s, &[Action::Choose]);
    let list = parcours::tui::layout::picker_list(s.area, s.planner.picker.as_ref().unwrap());
    update(
        &mut s,
        Action::Click {
            column: list.x + 3,
            row: list.y + 2,
        },
    );
    assert_eq!(s.planner.picker.as_ref().unwrap().cursor.selected, 2);
    update(
        &mut s,
        Action::ScrollDown {
            column: list.x + 3,
            row: list.y,
        },
    );
    assert_eq!(s.planner.picker.as_ref().unwrap().cursor.selected, 5);
    // A click outside closes it, choosing nothing.
    act(
        &mut s,
        &[Action::Resize {
            width: 160,
            height: 48,
        }],
    );
    update(&mut s, Action::Click { column: 0, row: 47 });
    assert!(s.popups.is_empty() && s.planner.picker.is_none());
    assert_eq!(s.planner.draft.from, None);
    // A dialog stays: what was typed is not lost to a slip.
    go_to(&mut s, Field::StartDate);
    act(&mut s, &[Action::Choose]);
    update(&mut s, Action::Click { column: 0, row: 47 });
    assert_eq!(s.popups.last(), Some(&Popup::Dialog));
}

#[test]
fn saving_needs_a_pathway_and_a_name() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = planner(Some(dir.path()));
    act(&mut s, &[Action::SavePlan]);
    assert!(s.popups.is_empty());
    assert!(
        matches!(&s.planner.message, Some(Message::Error(m)) if m.contains("Rien à enregistrer"))
    );
    logistics(&mut s);
    act(&mut s, &[Action::RunPlan, Action::SavePlan]);
    assert_eq!(s.popups.last(), Some(&Popup::Dialog));
    assert_eq!(s.planner.dialog.as_ref().unwrap().kind, DialogKind::Save);
    act(&mut s, &[Action::Confirm]);
    let d = s.planner.dialog.as_ref().unwrap();
    assert!(d.error.as_deref().unwrap().contains("nom"), "{d:?}");
    type_text(&mut s, "Dupont – logistique");
    act(&mut s, &[Action::NextField]);
    type_text(&mut s, "DE-2026-114");
    act(&mut s, &[Action::NextField]);
    type_text(&mut s, "Mobile jusqu'à Metz.");
    act(&mut s, &[Action::NextField]);
    assert_eq!(
        s.planner.dialog.as_ref().unwrap().focus,
        0,
        "round the fields"
    );
    act(&mut s, &[Action::PrevField]);
    assert_eq!(s.planner.dialog.as_ref().unwrap().focus, 2);
    act(&mut s, &[Action::Confirm]);
    assert!(s.popups.is_empty(), "{:?}", s.planner.dialog);
    assert!(matches!(&s.planner.message, Some(Message::Info(m)) if m.contains("enregistré")));
    let store = parcours::plan::Store::new(dir.path());
    let plan = store.load("Dupont – logistique").unwrap();
    assert_eq!(plan.person, "DE-2026-114");
    assert_eq!(plan.note, "Mobile jusqu'à Metz.");
    assert_eq!(plan.saved, common::TODAY);
    let chosen = s.planner.results.as_ref().unwrap().route().unwrap();
    let ids: Vec<String> = chosen
        .offers()
        .iter()
        .map(|o| s.data.cat.offer(*o).id.clone())
        .collect();
    assert_eq!(plan.route, ids);
}

/// Saves the pathway selected under a name through the dialog.
fn save_as(s: &mut AppState, name: &str, person: &str) {
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

#[test]
fn a_plan_saved_is_listed_and_opens_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = planner(Some(dir.path()));
    logistics(&mut s);
    act(&mut s, &[Action::RunPlan, Action::SelectNext]);
    let chosen = s.planner.results.as_ref().unwrap().route().unwrap().clone();
    let request = s.planner.results.as_ref().unwrap().request.clone();
    save_as(&mut s, "Dupont", "DE-1");
    assert!(s.popups.is_empty());
    // A fresh start: another state, the same directory.
    let mut s = planner(Some(dir.path()));
    act(&mut s, &[Action::OpenPlans]);
    assert_eq!(s.popups.last(), Some(&Popup::Plans));
    assert_eq!(s.context(), Context::Plans);
    let entries = &s.planner.plans.entries;
    assert_eq!(entries.len(), 1);
    assert_eq!((entries[0].name.as_str(), entries[0].steps), ("Dupont", 3));
    act(&mut s, &[Action::OpenPlan]);
    assert!(s.popups.is_empty());
    let r = s.planner.results.as_ref().unwrap();
    assert_eq!(r.request, request, "the request, rebuilt from ids");
    assert!(r.alternatives[0].saved, "the plan's pathway first");
    assert_eq!(r.alternatives[0].route, chosen);
    assert_eq!(r.alternatives.len(), 3, "the saved one is not shown twice");
    let opened = r.plan.as_ref().unwrap();
    assert_eq!(
        (opened.name.as_str(), opened.person.as_str()),
        ("Dupont", "DE-1")
    );
    assert!(opened.changes.is_empty(), "{:?}", opened.changes);
    assert_eq!(s.planner.draft.request().unwrap(), request);
    assert!(matches!(&s.planner.message, Some(Message::Info(m)) if m.contains("rien n'a changé")));
    // Saving again keeps the plan's name and person, and replaces it.
    act(&mut s, &[Action::SavePlan]);
    assert_eq!(
        s.planner.dialog.as_ref().unwrap().values[..2],
        ["Dupont", "DE-1"]
    );
    act(&mut s, &[Action::Confirm]);
    assert!(s.popups.is_empty());
    assert_eq!(
        parcours::plan::Store::new(dir.path()).list().unwrap().len(),
        1
    );
}

#[test]
fn saving_over_another_plan_asks_first() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = planner(Some(dir.path()));
    logistics(&mut s);
    act(&mut s, &[Action::RunPlan]);
    save_as(&mut s, "Martin", "A");
    act(&mut s, &[Action::SelectNext]);
    // A new search: no plan opened, the same name typed.
    act(&mut s, &[Action::RunPlan]);
    save_as(&mut s, "Martin", "B");
    let d = s.planner.dialog.as_ref().expect("asks");
    assert!(d.error.as_deref().unwrap().contains("remplacer"));
    act(&mut s, &[Action::Confirm]);
    assert!(s.popups.is_empty());
    let plan = parcours::plan::Store::new(dir.path())
        .load("Martin")
        .unwrap();
    assert_eq!(plan.person, "B");
}

#[test]
fn plans_are_renamed_and_deleted_from_the_list() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = planner(Some(dir.path()));
    logistics(&mut s);
    act(&mut s, &[Action::RunPlan]);
    save_as(&mut s, "Un", "1");
    save_as(&mut s, "Deux", "2");
    act(&mut s, &[Action::OpenPlans]);
    assert_eq!(s.planner.plans.entries.len(), 2);
    act(&mut s, &[Action::SelectLast]);
    let name = s.planner.plans.selected().unwrap().name.clone();
    act(&mut s, &[Action::RenamePlan]);
    assert_eq!(
        s.planner.dialog.as_ref().unwrap().kind,
        DialogKind::Rename { old: name.clone() }
    );
    act(&mut s, &vec![Action::DeleteChar; name.chars().count()]);
    type_text(&mut s, "Trois");
    act(&mut s, &[Action::Confirm]);
    assert_eq!(s.popups.last(), Some(&Popup::Plans), "back to the list");
    let mut names: Vec<&str> = s
        .planner
        .plans
        .entries
        .iter()
        .map(|e| e.name.as_str())
        .collect();
    names.sort_unstable();
    let other = if name == "Un" { "Deux" } else { "Un" };
    let mut expected = vec!["Trois", other];
    expected.sort_unstable();
    assert_eq!(names, expected);
    // Renaming onto a name taken is refused, in words.
    act(&mut s, &[Action::SelectFirst, Action::RenamePlan]);
    let current = s.planner.dialog.as_ref().unwrap().values[0].clone();
    act(&mut s, &vec![Action::DeleteChar; current.chars().count()]);
    type_text(&mut s, if current == "Trois" { other } else { "Trois" });
    act(&mut s, &[Action::Confirm]);
    let d = s.planner.dialog.as_ref().expect("refused");
    assert!(d.error.as_deref().unwrap().contains("déjà"), "{d:?}");
    act(&mut s, &[Action::ClosePopup]);
    // Deleting asks; no keeps it, yes deletes it.
    act(&mut s, &[Action::DeletePlan]);
    assert_eq!(s.context(), Context::Confirm);
    act(&mut s, &[Action::ClosePopup]);
    assert_eq!(s.planner.plans.entries.len(), 2);
    act(&mut s, &[Action::DeletePlan, Action::Confirm]);
    assert_eq!(s.planner.plans.entries.len(), 1);
    assert_eq!(s.popups.last(), Some(&Popup::Plans));
    assert!(matches!(&s.planner.message, Some(Message::Info(m)) if m.contains("supprimé")));
    act(&mut s, &[Action::ClosePopup]);
    assert!(s.popups.is_empty());
}

#[test]
fn without_a_directory_for_plans_saving_says_so() {
    let mut s = planner(None);
    logistics(&mut s);
    act(&mut s, &[Action::RunPlan]);
    save_as(&mut s, "X", "");
    let d = s.planner.dialog.as_ref().expect("still open, nothing lost");
    assert!(d.error.as_deref().unwrap().contains("PARCOURS_PLANS"));
    act(&mut s, &[Action::ClosePopup, Action::OpenPlans]);
    assert!(s.planner.plans.entries.is_empty());
    let screen = common::screen(&s);
    assert!(screen.contains("PARCOURS_PLANS"), "{screen}");
}

#[test]
fn an_unreadable_plan_is_listed_with_its_error() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("broken.json"), "{ not json").unwrap();
    let mut s = planner(Some(dir.path()));
    act(&mut s, &[Action::OpenPlans]);
    let entries = &s.planner.plans.entries;
    assert_eq!(entries.len(), 1);
    assert!(entries[0].error.is_some());
    act(&mut s, &[Action::OpenPlan]);
    assert!(matches!(&s.planner.message, Some(Message::Error(_))));
    assert!(s.planner.results.is_none());
}

#[test]
fn a_plan_exports_to_markdown_csv_and_json() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = planner(Some(dir.path()));
    logistics(&mut s);
    act(&mut s, &[Action::RunPlan, Action::ExportPlan]);
    assert!(
        matches!(&s.planner.message, Some(Message::Error(m)) if m.contains("Enregistrez d'abord"))
    );
    save_as(&mut s, "Dupont", "DE-1");
    // From the planner: the plan just saved, to a Markdown file beside it.
    act(&mut s, &[Action::ExportPlan]);
    let d = s.planner.dialog.as_ref().unwrap();
    assert_eq!(
        d.kind,
        DialogKind::Export {
            plan: "Dupont".into()
        }
    );
    let md = dir.path().join("dupont.md");
    assert_eq!(d.values[0], md.display().to_string());
    act(&mut s, &[Action::Confirm]);
    assert!(s.popups.is_empty());
    let text = std::fs::read_to_string(&md).unwrap();
    assert!(text.contains("Formation Cariste – magasinier"), "{text}");
    let plan = parcours::plan::Store::new(dir.path())
        .load("Dupont")
        .unwrap();
    let expected =
        parcours::plan::export::markdown(&s.data.cat, &s.data.graph, &plan, Lang::Fr, s.today);
    assert_eq!(text, expected, "what the library writes, as it writes it");
    // From the list: a bare name goes in the plans directory; the
    // extension gives the format; an unknown one is refused.
    act(&mut s, &[Action::OpenPlans, Action::ExportPlan]);
    let typed = s.planner.dialog.as_ref().unwrap().values[0].chars().count();
    act(&mut s, &vec![Action::DeleteChar; typed]);
    type_text(&mut s, "dupont.txt");
    act(&mut s, &[Action::Confirm]);
    let d = s.planner.dialog.as_ref().expect("refused");
    assert!(d.error.as_deref().unwrap().contains(".md, .csv ou .json"));
    act(&mut s, &[Action::DeleteChar; 3]);
    type_text(&mut s, "csv");
    act(&mut s, &[Action::Confirm]);
    assert_eq!(s.popups.last(), Some(&Popup::Plans));
    let csv = std::fs::read_to_string(dir.path().join("dupont.csv")).unwrap();
    assert_eq!(
        csv,
        parcours::plan::export::csv_on(&s.data.cat, &s.data.graph, &plan, s.today)
    );
    let sub = dir.path().join("out").join("dupont.json");
    act(&mut s, &[Action::ExportPlan]);
    let typed = s.planner.dialog.as_ref().unwrap().values[0].chars().count();
    act(&mut s, &vec![Action::DeleteChar; typed]);
    type_text(&mut s, &sub.display().to_string());
    act(&mut s, &[Action::Confirm]);
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&sub).unwrap()).unwrap();
    assert!(json.is_object());
    assert!(matches!(&s.planner.message, Some(Message::Info(m)) if m.contains("exporté")));
}

#[test]
fn a_plan_opened_later_says_what_changed() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = planner(Some(dir.path()));
    logistics(&mut s);
    act(&mut s, &[Action::RunPlan]);
    save_as(&mut s, "Dupont", "");
    // Months later, the first session has started without the person.
    let mut s = planner(Some(dir.path()));
    s.today = parcours::model::Date::parse("2027-01-15").unwrap();
    act(&mut s, &[Action::OpenPlans, Action::OpenPlan]);
    let opened = s.planner.results.as_ref().unwrap().plan.clone().unwrap();
    assert!(
        opened
            .changes
            .iter()
            .any(|c| c.contains("Formation Cariste – magasinier") && c.contains("passée")),
        "{:?}",
        opened.changes
    );
    assert!(matches!(&s.planner.message, Some(Message::Info(m)) if m.contains("changement")));
    let screen = common::screen(&s);
    assert!(screen.contains("Depuis l'enregistrement"), "{screen}");
    // An offer of the plan gone from the catalogue is said, by its id.
    let path = dir.path().join("dupont.json");
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(
        &path,
        text.replace("\"forem-liege-gestionnaire-entrepot\"", "\"forem-gone\""),
    )
    .unwrap();
    act(&mut s, &[Action::OpenPlans, Action::OpenPlan]);
    let opened = s.planner.results.as_ref().unwrap().plan.clone().unwrap();
    assert!(
        opened.changes.iter().any(|c| c.contains("forem-gone")),
        "{:?}",
        opened.changes
    );
    assert!(
        s.planner
            .results
            .as_ref()
            .unwrap()
            .alternatives
            .iter()
            .all(|a| !a.saved),
        "the saved pathway cannot be followed any more"
    );
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
    update(
        &mut s,
        Action::Click {
            column: form.x + 4,
            row: form.y + 6,
        },
    );
    assert_eq!(s.planner.field(), Some(Field::Target));
    // A heading is not a line to select.
    update(
        &mut s,
        Action::Click {
            column: form.x + 4,
            row: form.y + 5,
        },
    );
    assert_eq!(s.planner.field(), Some(Field::Target));
    // Before a search, a click on the results' place does nothing.
    let note = l.alternatives.unwrap();
    update(
        &mut s,
        Action::Click {
            column: note.x + 4,
            row: note.y + 2,
        },
    );
    assert_eq!(s.planner.focus, PlannerPane::Form);
    logistics(&mut s);
    act(&mut s, &[Action::RunPlan]);
    let l = parcours::tui::layout::planner(body, parcours::tui::layout::planner_shape(&s.planner));
    let table = l.alternatives.unwrap();
    // Border, column names, then the pathways.
    update(
        &mut s,
        Action::Click {
            column: table.x + 4,
            row: table.y + 3,
        },
    );
    assert_eq!(s.planner.results.as_ref().unwrap().selected, 1);
    update(
        &mut s,
        Action::Click {
            column: table.x + 4,
            row: table.y + 1,
        },
    );
    assert_eq!(s.planner.results.as_ref().unwrap().selected, 1, "the names");
    let steps = l.steps.unwrap();
    update(
        &mut s,
        Action::ScrollDown {
            column: steps.x + 4,
            row: steps.y + 2,
        },
    );
    assert_eq!(s.planner.focus, PlannerPane::Steps);
    assert_eq!(
        s.planner.results.as_ref().unwrap().step,
        2,
        "the last of three"
    );
    update(
        &mut s,
        Action::Click {
            column: form.x + 4,
            row: form.y + 2,
        },
    );
    assert_eq!(
        (s.planner.focus, s.planner.field()),
        (PlannerPane::Form, Some(Field::From))
    );
    assert_settled(&s);
}
