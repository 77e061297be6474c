//! Editing inside the interface, through update: the forms of offers and
//! passerelles (change, create, delete; the other kinds in
//! `tui_edit_items`), each value checked by the library
//! and its refusal shown beside its field; undo and redo; the unsaved
//! marker. The work on the document is done at once (jobs not deferred).

mod tui_edit_common;

use parcours::edit::ItemKind;
use parcours::tui::action::Action;
use parcours::tui::app::Pane;
use parcours::tui::app::edit::Notice;
use parcours::tui::app::edit::form::FormRow;
use parcours::tui::app::edit::overlay::Overlay;
use parcours::tui::i18n::Lang;
use parcours::tui::update::update;
use tui_edit_common::{
    act, find, form, go, go_row, open, put, read, said, sample_dir, screen, set, top, type_text,
};

fn hours(s: &parcours::tui::app::AppState, id: &str) -> f64 {
    let cat = &s.data.cat;
    cat.offer(cat.lookup.offer(id).unwrap()).hours
}

#[test]
fn an_offer_is_changed_field_by_field_each_checked_and_undone() {
    let dir = sample_dir();
    let mut s = open(dir.path(), Lang::En, (80, 24));
    find(&mut s, "soudeur metz", "afpa-metz-soudeur");
    act(&mut s, &[Action::EditItem]);
    assert_eq!(top(&s), "form");
    assert_eq!(form(&mut s).kind, ItemKind::Offer);
    assert!(!s.edit.session.is_dirty());

    // A value the loader refuses: said beside the field, nothing changed.
    set(&mut s, "hours", "-5");
    let message = said(&mut s, "hours").expect("a message beside hours");
    assert!(message.contains("hours must be more than 0"), "{message}");
    assert!(!s.edit.session.is_dirty());
    assert!((hours(&s, "afpa-metz-soudeur") - 875.0).abs() < f64::EPSILON);
    assert!(screen(&s).contains("⚠ hours must be more than 0"));

    // A value that is not a number: said at once, in the person's words.
    set(&mut s, "hours", "beaucoup");
    let message = said(&mut s, "hours").unwrap();
    assert!(message.contains("NotANumber"), "{message}");

    // Fixed: the edit is made, the catalogue shown follows, marked unsaved.
    set(&mut s, "hours", "870,5");
    assert_eq!(said(&mut s, "hours"), None);
    assert!((hours(&s, "afpa-metz-soudeur") - 870.5).abs() < f64::EPSILON);
    assert_eq!(s.edit.session.status.dirty, ["afpa.json"]);
    assert!(screen(&s).contains("● 1 file unsaved"), "{}", screen(&s));
    assert!(matches!(&s.edit.notice, Some(Notice::Edited(sum)) if sum.name == "afpa-metz-soudeur"));

    // A second field, a list typed with commas, and an entry of a list.
    set(&mut s, "languages", "fr, de");
    go(&mut s, "sessions");
    update(&mut s, Action::Choose);
    type_text(&mut s, "2028-01-10");
    update(&mut s, Action::NextField);
    type_text(&mut s, "2027-06-30");
    update(&mut s, Action::Confirm);
    let Some(parcours::tui::app::edit::draft::Slot::Entries(entries)) =
        form(&mut s).draft.slots.get(16)
    else {
        panic!("sessions")
    };
    let last = format!("sessions[{}].end", entries.len() - 1);
    let message = said(&mut s, &last).expect("the session's end is refused");
    assert!(message.contains("before it starts"), "{message}");
    // Taken out again with x: the form checks out.
    update(&mut s, Action::ClearValue);
    assert_eq!(said(&mut s, &last), None);
    assert!(form(&mut s).said.is_empty(), "{:?}", form(&mut s).said);

    // Undo from the form, then from the screen; redo.
    act(&mut s, &[Action::Undo]);
    assert!(matches!(&s.edit.notice, Some(Notice::Undone(_))));
    assert_eq!(form(&mut s).value(FormRow::Field(8)), "fr");
    act(&mut s, &[Action::ClosePopup, Action::Undo]);
    assert!(!s.edit.session.is_dirty(), "back to what is on disk");
    assert!((hours(&s, "afpa-metz-soudeur") - 875.0).abs() < f64::EPSILON);
    act(&mut s, &[Action::Undo]);
    assert_eq!(s.edit.notice, Some(Notice::NothingToUndo));
    act(&mut s, &[Action::Redo]);
    assert!(matches!(&s.edit.notice, Some(Notice::Redone(sum)) if sum.kind == ItemKind::Offer));
    assert!((hours(&s, "afpa-metz-soudeur") - 870.5).abs() < f64::EPSILON);
    assert_eq!(
        s.catalogue.selected(),
        s.data.cat.lookup.offer("afpa-metz-soudeur")
    );
    // Nothing written before saving.
    assert!(read(dir.path(), "afpa.json").contains("\"hours\": 875"));
}

#[test]
fn choice_fields_cycle_and_reference_fields_are_picked() {
    let dir = sample_dir();
    let mut s = open(dir.path(), Lang::Fr, (80, 24));
    find(&mut s, "soudeur metz", "afpa-metz-soudeur");
    act(&mut s, &[Action::EditItem]);
    go(&mut s, "modality");
    act(&mut s, &[Action::NextValue]);
    let o = s.data.cat.lookup.offer("afpa-metz-soudeur").unwrap();
    assert_eq!(
        s.data.cat.offer(o).modality,
        Some(parcours::model::Modality::Distance)
    );
    // The competences it grants, ticked in a chooser.
    go(&mut s, "grants");
    act(&mut s, &[Action::Choose]);
    assert_eq!(top(&s), "chooser");
    let Some(Overlay::Chooser(c)) = s.edit.session.overlays.last() else {
        unreachable!()
    };
    assert!(!c.marked.is_empty(), "what it grants is ticked");
    type_text(&mut s, "c-wms");
    act(&mut s, &[Action::ToggleMark, Action::Choose]);
    assert_eq!(top(&s), "form");
    let grants = form(&mut s).value(FormRow::Field(12)).to_owned();
    assert!(grants.ends_with(", c-wms"), "{grants}");
    assert!(
        grants.starts_with("c-soudage-mig"),
        "what it granted stays: {grants}"
    );
    assert!(s.edit.session.is_dirty());

    // An offer's centre is chosen among its body's centres only.
    go(&mut s, "centre");
    act(&mut s, &[Action::Choose]);
    let Some(Overlay::Chooser(c)) = s.edit.session.overlays.last() else {
        panic!("a chooser of centres")
    };
    let cat = &s.data.cat;
    let afpa = cat.lookup.provider("afpa").unwrap();
    let of_afpa = cat.centres.iter().filter(|c| c.provider == afpa).count();
    assert!(of_afpa > 1 && of_afpa < cat.centres.len());
    assert_eq!(c.total(), of_afpa);
    assert!(
        c.items
            .iter()
            .all(|(id, ..)| { cat.centre(cat.lookup.centre(id).unwrap()).provider == afpa })
    );
    assert_eq!(c.selected(), Some("afpa-metz"), "the offer's own centre");
}

#[test]
fn a_new_offer_goes_to_its_body_file_and_is_selected() {
    let dir = sample_dir();
    let mut s = open(dir.path(), Lang::En, (160, 48));
    find(&mut s, "soudeur metz", "afpa-metz-soudeur");
    act(&mut s, &[Action::NewItem]);
    assert!(form(&mut s).is_new());
    assert_eq!(
        form(&mut s).value(FormRow::Field(1)),
        "afpa",
        "its body from the offer shown"
    );
    set(&mut s, "id", "afpa-metz-chaudronnier");
    // Checked as it is filled: the title and hours are still missing.
    assert!(said(&mut s, "title").is_some() || said(&mut s, "hours").is_some());
    set(&mut s, "title", "Chaudronnier");
    set(&mut s, "hours", "700");
    put(&mut s, "centre", "afpa-metz");
    assert!(form(&mut s).ready, "{:?}", form(&mut s).said);
    go_row(&mut s, FormRow::Create);
    act(&mut s, &[Action::Choose]);
    assert!(!form(&mut s).is_new(), "the form now edits the item made");
    let ix = s
        .data
        .cat
        .lookup
        .offer("afpa-metz-chaudronnier")
        .expect("created");
    assert_eq!(s.catalogue.current(), Some(ix));
    assert_eq!(s.edit.session.status.dirty, ["afpa.json"]);
    act(&mut s, &[Action::ClosePopup, Action::SaveEdits]);
    assert!(read(dir.path(), "afpa.json").contains("\"id\": \"afpa-metz-chaudronnier\""));
    assert!(!s.edit.session.is_dirty());
}

#[test]
fn deleting_shows_what_refers_to_the_item_and_one_undo_brings_all_back() {
    let dir = sample_dir();
    let mut s = open(dir.path(), Lang::En, (80, 24));
    find(&mut s, "soudeur metz", "afpa-metz-soudeur");
    let links = s.data.cat.links.len();
    act(&mut s, &[Action::DeleteItem]);
    assert_eq!(top(&s), "delete");
    let Some(Overlay::Delete { referrers, .. }) = s.edit.session.overlays.last() else {
        unreachable!()
    };
    let n = referrers.len();
    assert!(n > 0, "passerelles lead to it");
    assert!(screen(&s).contains("deleted too"), "{}", screen(&s));
    // No: nothing happens.
    act(&mut s, &[Action::ClosePopup]);
    assert!(s.data.cat.lookup.offer("afpa-metz-soudeur").is_some());
    // Yes: it goes, with what cannot be without it.
    act(&mut s, &[Action::DeleteItem, Action::Confirm]);
    assert!(s.data.cat.lookup.offer("afpa-metz-soudeur").is_none());
    assert!(s.data.cat.links.len() < links);
    assert!(matches!(&s.edit.notice, Some(Notice::Edited(sum)) if sum.others == n));
    act(&mut s, &[Action::Undo]);
    assert!(s.data.cat.lookup.offer("afpa-metz-soudeur").is_some());
    assert_eq!(s.data.cat.links.len(), links);
    assert!(!s.edit.session.is_dirty());
}

#[test]
fn a_passerelle_is_added_from_the_offer_shown_then_changed_and_deleted() {
    let dir = sample_dir();
    let mut s = open(dir.path(), Lang::En, (160, 48));
    find(&mut s, "cariste liège", "forem-liege-cariste");
    let links = s.data.cat.links.len();
    act(&mut s, &[Action::AddLink]);
    assert_eq!(top(&s), "chooser");
    type_text(&mut s, "soudeur metz");
    act(&mut s, &[Action::Choose]);
    assert_eq!(top(&s), "form");
    let f = form(&mut s);
    assert_eq!(f.kind, ItemKind::Link);
    assert_eq!(f.value(FormRow::Field(0)), "forem-liege-cariste");
    assert_eq!(f.value(FormRow::Field(1)), "afpa-metz-soudeur");
    assert_eq!(f.value(FormRow::Field(2)), "bridge", "two bodies: a bridge");
    // The agreement, picked from the catalogue's.
    go(&mut s, "agreement");
    act(&mut s, &[Action::Choose]);
    assert_eq!(top(&s), "chooser");
    type_text(&mut s, "forem");
    act(&mut s, &[Action::Choose]);
    set(&mut s, "credit_hours", "5000");
    let message = said(&mut s, "credit_hours").expect("more than the offer's hours");
    assert!(message.contains("credit"), "{message}");
    set(&mut s, "credit_hours", "120");
    set(&mut s, "note", "modules reconnus");
    go_row(&mut s, FormRow::Create);
    act(&mut s, &[Action::Choose]);
    assert_eq!(s.data.cat.links.len(), links + 1);
    act(&mut s, &[Action::ClosePopup]);

    // Selected in the passerelles pane, edited there, deleted there.
    act(&mut s, &[Action::FocusLinks]);
    assert_eq!(s.catalogue.focus, Pane::Links);
    let at = s.catalogue.rows.iter().position(|r| {
        matches!(r, parcours::tui::app::Row::Link { other, .. }
            if s.data.cat.offer(*other).id == "afpa-metz-soudeur")
    });
    let at = at.expect("the new passerelle is listed");
    s.catalogue.trail.last_mut().unwrap().links.selected = at;
    act(&mut s, &[Action::EditItem]);
    assert_eq!(form(&mut s).kind, ItemKind::Link);
    set(&mut s, "credit_hours", "100");
    let link = s
        .data
        .cat
        .links
        .iter()
        .find(|l| l.note.as_deref() == Some("modules reconnus"))
        .unwrap();
    assert_eq!(link.credit_hours, Some(100.0));
    act(&mut s, &[Action::ClosePopup, Action::DeleteItem]);
    assert_eq!(top(&s), "delete");
    act(&mut s, &[Action::Confirm]);
    assert_eq!(s.data.cat.links.len(), links);
}
