//! Random keys on the interface open on editable files, the keys of
//! editing among them (forms, choosers, questions, undo, redo, saving):
//! the state stays sound, every frame draws, and whatever was done,
//! saving then loading the files gives the catalogue on screen.

mod tui_edit_common;

use parcours::edit::same_content;
use parcours::load::{Source, load};
use parcours::tui::action::Action;
use parcours::tui::app::Popup;
use parcours::tui::app::edit::overlay::Overlay;
use parcours::tui::i18n::Lang;
use parcours::tui::update::update;
use proptest::prelude::*;
use tui_edit_common::{common, open, sample_dir};

/// Actions, the keys of editing more often than the others.
fn action() -> impl Strategy<Value = Action> {
    let editing = vec![
        Action::EditItem,
        Action::NewItem,
        Action::DeleteItem,
        Action::AddLink,
        Action::OpenItems,
        Action::Undo,
        Action::Redo,
        Action::SaveEdits,
        Action::Choose,
        Action::Confirm,
        Action::NextValue,
        Action::ClearValue,
        Action::NextField,
        Action::ClosePopup,
        Action::Quit,
    ];
    prop_oneof![
        4 => proptest::sample::select(Action::BINDABLE.to_vec()),
        4 => proptest::sample::select(editing),
        3 => proptest::char::range('0', 'z').prop_map(Action::InsertChar),
        1 => (0u16..100, 0u16..40).prop_map(|(column, row)| Action::Click { column, row }),
        1 => (0u16..100, 0u16..40).prop_map(|(column, row)| Action::ScrollDown { column, row }),
        1 => (40u16..200, 16u16..60).prop_map(|(width, height)| Action::Resize { width, height }),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(40))]

    #[test]
    fn any_sequence_keeps_the_state_sound_and_saving_loses_nothing(
        actions in proptest::collection::vec(action(), 1..50)
    ) {
        let dir = sample_dir();
        let mut s = open(dir.path(), Lang::Fr, (80, 24));
        for action in actions {
            update(&mut s, action);
            // Quitting is asked when edits are unsaved; the test stays.
            s.quit = false;
            common::assert_settled(&s);
            let overlays = !s.edit.session.overlays.is_empty();
            prop_assert_eq!(overlays, s.popups.contains(&Popup::Edit));
            if overlays {
                prop_assert_eq!(s.popups.last(), Some(&Popup::Edit));
            }
            if let Some(Overlay::Form(f)) = s.edit.session.overlays.last() {
                prop_assert!(f.cursor.selected < f.rows().len());
            }
            let _ = common::draw(&s);
        }
        // Every window closed, then saved: the files hold what is shown.
        for _ in 0..8 {
            update(&mut s, Action::ClosePopup);
        }
        update(&mut s, Action::SaveEdits);
        prop_assert!(!s.edit.session.is_dirty(), "{:?}", s.edit.session.overlays);
        let loaded = load(&Source::Path(dir.path().to_path_buf())).catalogue;
        prop_assert!(loaded.is_some());
        prop_assert!(same_content(&loaded.unwrap(), &s.data.cat));
    }
}
