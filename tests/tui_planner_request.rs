//! The planner's request, without a terminal: the form and its keys,
//! the pickers (typed, ticked, clicked), the values moved with the
//! arrows, the start date typed, and a plan started from the catalogue.

mod tui_common;
use tui_common as common;

use common::planner::{go_to, pick, planner};
use common::{act, assert_settled, click, find, offer, scroll_down, type_text};
use parcours::route::{Criterion, Start, Target};
use parcours::tui::action::Action;
use parcours::tui::app::planner::{Field, Message, PickFor, PickKind};
use parcours::tui::app::{AppState, Popup, Screen};
use parcours::tui::keymap::Context;

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
    click(&mut s, list.x + 3, list.y + 2);
    assert_eq!(s.planner.picker.as_ref().unwrap().cursor.selected, 2);
    scroll_down(&mut s, list.x + 3, list.y);
    assert_eq!(s.planner.picker.as_ref().unwrap().cursor.selected, 5);
    // A click outside closes it, choosing nothing.
    act(
        &mut s,
        &[Action::Resize {
            width: 160,
            height: 48,
        }],
    );
    click(&mut s, 0, 47);
    assert!(s.popups.is_empty() && s.planner.picker.is_none());
    assert_eq!(s.planner.draft.from, None);
    // A dialog stays: what was typed is not lost to a slip.
    go_to(&mut s, Field::StartDate);
    act(&mut s, &[Action::Choose]);
    click(&mut s, 0, 47);
    assert_eq!(s.popups.last(), Some(&Popup::Dialog));
}
