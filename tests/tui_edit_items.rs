//! Editing inside the interface, through update: the items other than
//! offers and passerelles — bodies, centres and agreements from the bodies
//! screen, competences and occupations from the items chooser — and what
//! is said where nothing can be edited. The work on the document is done
//! at once (jobs not deferred).

mod tui_edit_common;

use parcours::edit::ItemKind;
use parcours::tui::action::Action;
use parcours::tui::app::edit::Notice;
use parcours::tui::app::edit::form::FormRow;
use parcours::tui::app::edit::overlay::Overlay;
use parcours::tui::app::{BodiesPane, Screen};
use parcours::tui::i18n::Lang;
use tui_edit_common::{act, find, form, go_row, open, put, said, sample_dir, set, top, type_text};

#[test]
fn bodies_centres_and_agreements_are_edited_from_the_bodies_screen() {
    let dir = sample_dir();
    let mut s = open(dir.path(), Lang::En, (160, 48));
    act(&mut s, &[Action::ShowBodies, Action::EditItem]);
    assert_eq!(form(&mut s).kind, ItemKind::Provider);
    let id = form(&mut s).value(FormRow::Field(0)).to_owned();
    set(&mut s, "region", "Somewhere");
    let p = s.data.cat.lookup.provider(&id).unwrap();
    assert_eq!(s.data.cat.provider(p).region.as_deref(), Some("Somewhere"));
    assert!(
        !s.data.cat.provider(p).centres.is_empty(),
        "its centres are kept"
    );
    act(&mut s, &[Action::ClosePopup]);

    // A centre of the body shown, from its detail.
    s.bodies.focus = BodiesPane::Detail;
    let at = s
        .bodies
        .rows
        .iter()
        .position(|r| matches!(r, parcours::tui::app::Row::Centre(_)))
        .expect("a centre listed");
    s.bodies.detail.selected = at;
    act(&mut s, &[Action::EditItem]);
    assert_eq!(form(&mut s).kind, ItemKind::Centre);
    set(&mut s, "lat", "91");
    assert!(
        said(&mut s, "lat").is_some(),
        "a latitude past 90 is refused"
    );
    act(&mut s, &[Action::ClosePopup]);
    // A new centre for the body.
    act(&mut s, &[Action::NewItem]);
    assert_eq!(form(&mut s).kind, ItemKind::Centre);
    assert_eq!(form(&mut s).value(FormRow::Field(0)), id);
    set(&mut s, "id", "new-centre");
    set(&mut s, "name", "New centre");
    set(&mut s, "city", "Namur");
    set(&mut s, "lat", "50.46");
    set(&mut s, "lon", "4.87");
    go_row(&mut s, FormRow::Create);
    act(&mut s, &[Action::Choose]);
    assert!(s.data.cat.lookup.centre("new-centre").is_some());
    act(&mut s, &[Action::ClosePopup]);

    // A new body gets a file of its own.
    s.bodies.focus = BodiesPane::Bodies;
    act(&mut s, &[Action::NewItem]);
    assert_eq!(form(&mut s).kind, ItemKind::Provider);
    set(&mut s, "id", "newbody");
    set(&mut s, "name", "New body");
    set(&mut s, "country", "BE");
    go_row(&mut s, FormRow::Create);
    act(&mut s, &[Action::Choose]);
    assert!(s.data.cat.lookup.provider("newbody").is_some());
    assert!(
        s.edit
            .session
            .status
            .dirty
            .contains(&"newbody.json".to_owned())
    );
    act(&mut s, &[Action::ClosePopup, Action::SaveEdits]);
    assert!(dir.path().join("newbody.json").is_file());

    // An agreement, from its list.
    s.bodies.focus = BodiesPane::Agreements;
    act(&mut s, &[Action::EditItem]);
    assert_eq!(form(&mut s).kind, ItemKind::Agreement);
    put(&mut s, "parties", "afpa");
    assert!(said(&mut s, "parties").is_some(), "one party is not enough");
    assert_eq!(s.screen, Screen::Bodies);
}

#[test]
fn competences_and_occupations_from_the_items_chooser() {
    let dir = sample_dir();
    let mut s = open(dir.path(), Lang::Fr, (80, 24));
    act(&mut s, &[Action::OpenItems]);
    assert_eq!(top(&s), "chooser");
    act(&mut s, &[Action::NextValue]);
    let Some(Overlay::Chooser(c)) = s.edit.session.overlays.last() else {
        unreachable!()
    };
    assert_eq!(c.kind, ItemKind::Competence);
    type_text(&mut s, "soudage");
    act(&mut s, &[Action::Choose]);
    assert_eq!(form(&mut s).kind, ItemKind::Competence);
    set(&mut s, "label", "Souder (MIG/MAG)");
    assert!(
        s.data
            .cat
            .competences
            .iter()
            .any(|c| c.label == "Souder (MIG/MAG)")
    );
    act(&mut s, &[Action::ClosePopup]);

    // The last line makes a new one.
    act(
        &mut s,
        &[
            Action::OpenItems,
            Action::NextValue,
            Action::NextValue,
            Action::SelectLast,
            Action::Choose,
        ],
    );
    assert_eq!(form(&mut s).kind, ItemKind::Occupation);
    assert!(form(&mut s).is_new());
    set(&mut s, "id", "o-chaudronnier");
    set(&mut s, "label", "Chaudronnier / Chaudronnière");
    go_row(&mut s, FormRow::Create);
    act(&mut s, &[Action::Choose]);
    assert!(
        s.data
            .cat
            .occupations
            .iter()
            .any(|o| o.id == "o-chaudronnier")
    );
}

#[test]
fn nothing_to_edit_is_said_where_nothing_is_selected() {
    let dir = sample_dir();
    let mut s = open(dir.path(), Lang::En, (80, 24));
    act(&mut s, &[Action::ShowPlanner, Action::Undo]);
    assert_eq!(s.edit.notice, Some(Notice::NothingToUndo));
    act(&mut s, &[Action::ShowCatalogue, Action::SaveEdits]);
    assert_eq!(s.edit.notice, Some(Notice::NothingToSave));
    // A row of the passerelles pane that is not a passerelle written in
    // the files (what the offer unlocks): nothing to edit.
    find(&mut s, "soudeur metz", "afpa-metz-soudeur");
    act(&mut s, &[Action::FocusLinks]);
    let at = s
        .catalogue
        .rows
        .iter()
        .position(|r| matches!(r, parcours::tui::app::Row::Reached(..)))
        .expect("the offer unlocks others");
    s.catalogue.trail.last_mut().unwrap().links.selected = at;
    act(&mut s, &[Action::EditItem]);
    assert_eq!(top(&s), "none");
    assert_eq!(s.edit.notice, Some(Notice::NothingToEdit));
}
