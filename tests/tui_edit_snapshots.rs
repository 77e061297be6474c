//! The windows of editing drawn at 80×24 and 160×48, in French and in
//! English, compared with the reviewed snapshots in `tests/snapshots/`:
//! an offer's form with a refusal beside its field, a new passerelle's
//! form, the question before deleting, the question before quitting,
//! and the conflict screen.

mod tui_edit_common;

use parcours::tui::action::Action;
use parcours::tui::app::AppState;
use parcours::tui::i18n::Lang;
use tui_edit_common::{act, find, go, open, sample_dir, screen, set, type_text};

const SIZES: [(u16, u16); 2] = [(80, 24), (160, 48)];
const LANGS: [(Lang, &str); 2] = [(Lang::Fr, "fr"), (Lang::En, "en")];

/// Sets up the interface on a fresh copy of the sample's files at every
/// size and language, and compares each drawing with its snapshot.
fn check(name: &str, setup: impl Fn(&mut AppState, &std::path::Path)) {
    for (lang, code) in LANGS {
        for (w, h) in SIZES {
            let dir = sample_dir();
            let mut s = open(dir.path(), lang, (w, h));
            setup(&mut s, dir.path());
            // The detail names the file read: its directory varies.
            let text = screen(&s).replace(&dir.path().display().to_string(), "catalogue");
            insta::assert_snapshot!(format!("{name}_{code}_{w}x{h}"), text);
        }
    }
}

#[test]
fn an_offers_form_with_a_refusal_beside_its_field() {
    check("form_offer", |s, _| {
        find(s, "soudeur metz", "afpa-metz-soudeur");
        act(s, &[Action::EditItem]);
        set(s, "hours", "-5");
    });
}

#[test]
fn a_new_passerelles_form_being_typed() {
    check("form_link", |s, _| {
        find(s, "cariste liège", "forem-liege-cariste");
        act(s, &[Action::AddLink]);
        type_text(s, "soudeur metz");
        act(s, &[Action::Choose]);
        go(s, "credit_hours");
        act(s, &[Action::Choose]);
        type_text(s, "120");
    });
}

#[test]
fn the_question_before_deleting() {
    check("delete", |s, _| {
        find(s, "soudeur metz", "afpa-metz-soudeur");
        act(s, &[Action::DeleteItem]);
    });
}

#[test]
fn the_question_before_quitting() {
    check("quit", |s, _| {
        find(s, "soudeur metz", "afpa-metz-soudeur");
        act(s, &[Action::EditItem]);
        set(s, "hours", "870");
        act(s, &[Action::ClosePopup, Action::Quit]);
    });
}

#[test]
fn the_conflict_screen() {
    check("conflict", |s, dir| {
        find(s, "soudeur metz", "afpa-metz-soudeur");
        act(s, &[Action::EditItem]);
        set(s, "hours", "870");
        act(s, &[Action::ClosePopup]);
        let path = dir.join("afpa.json");
        let text = std::fs::read_to_string(&path).unwrap();
        std::fs::write(&path, text.replacen("\"hours\": 875", "\"hours\": 880", 1)).unwrap();
        act(s, &[Action::SaveEdits]);
    });
}
