//! Saving from the interface, and what must never lose an edit: the
//! question before quitting, a save that fails (read-only file, a
//! directory or a backup that cannot be written), a file changed on disk
//! (the conflict screen: reload after confirming, or save elsewhere), the
//! watcher seeing parcours' own saves, the sample written as files on the
//! first edit, and the document's work on its worker. Driven through
//! update, on temporary directories.

mod tui_edit_common;

use std::path::Path;

use parcours::edit::Records;
use parcours::tui::action::Action;
use parcours::tui::app::edit::Notice;
use parcours::tui::app::edit::overlay::Overlay;
use parcours::tui::app::{AppState, CatalogueName};
use parcours::tui::i18n::Lang;
use parcours::tui::update::edit::{changed, ops};
use parcours::tui::update::update;
use tui_edit_common::{
    act, common, find, form, open, read, replace_in, sample_dir, screen, set, top, type_text,
};

/// Changes an offer's title through its form, and closes the form.
fn retitle(s: &mut AppState, words: &str, id: &str, title: &str) {
    act(s, &[Action::ClearSearch]);
    find(s, words, id);
    act(s, &[Action::EditItem]);
    set(s, "title", title);
    act(s, &[Action::ClosePopup]);
    assert!(s.edit.session.is_dirty());
}

#[test]
fn quitting_with_unsaved_edits_asks_save_discard_or_stay() {
    let dir = sample_dir();
    let mut s = open(dir.path(), Lang::En, (80, 24));
    // Nothing to save: quits at once.
    act(&mut s, &[Action::Quit]);
    assert!(s.quit);

    let mut s = open(dir.path(), Lang::En, (80, 24));
    retitle(&mut s, "soudeur metz", "afpa-metz-soudeur", "Soudeur (TP)");
    act(&mut s, &[Action::Quit]);
    assert!(!s.quit);
    assert_eq!(top(&s), "quit");
    assert!(
        screen(&s).contains("Not saved yet: afpa.json."),
        "{}",
        screen(&s)
    );
    // Stay, by Esc and by the third answer.
    act(&mut s, &[Action::ClosePopup]);
    assert_eq!(top(&s), "none");
    act(&mut s, &[Action::Quit, Action::SelectLast, Action::Choose]);
    assert!(!s.quit && top(&s) == "none" && s.edit.session.is_dirty());
    // Discard, by its letter: quits, nothing written.
    act(&mut s, &[Action::Quit, Action::InsertChar('d')]);
    assert!(s.quit);
    assert!(!read(dir.path(), "afpa.json").contains("Soudeur (TP)"));

    // Save, by its letter (French): written, then quits.
    let mut s = open(dir.path(), Lang::Fr, (80, 24));
    retitle(&mut s, "soudeur metz", "afpa-metz-soudeur", "Soudeur (TP)");
    act(&mut s, &[Action::Quit]);
    assert!(screen(&s).contains("Enregistrer, puis quitter"));
    act(&mut s, &[Action::InsertChar('e')]);
    assert!(s.quit);
    assert!(read(dir.path(), "afpa.json").contains("\"title\": \"Soudeur (TP)\""));
}

#[test]
fn a_read_only_file_is_an_error_shown_and_the_edits_are_kept() {
    use std::os::unix::fs::PermissionsExt as _;
    let dir = sample_dir();
    let path = dir.path().join("afpa.json");
    let before = read(dir.path(), "afpa.json");
    let mut s = open(dir.path(), Lang::En, (80, 24));
    retitle(&mut s, "soudeur metz", "afpa-metz-soudeur", "Soudeur (TP)");
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o444)).unwrap();
    act(&mut s, &[Action::SaveEdits]);
    assert_eq!(top(&s), "error");
    let shown = screen(&s);
    assert!(shown.contains("afpa.json is read-only"), "{shown}");
    assert!(shown.contains("Your edits are kept in memory"), "{shown}");
    assert!(s.edit.session.is_dirty());
    assert_eq!(read(dir.path(), "afpa.json"), before);
    // Made writable again, the next save works.
    act(&mut s, &[Action::Confirm]);
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
    act(&mut s, &[Action::SaveEdits]);
    assert_eq!(s.edit.notice, Some(Notice::Saved(1)));
    assert!(read(dir.path(), "afpa.json").contains("Soudeur (TP)"));
}

/// A write that fails, even for root: the backup's place is taken by a
/// directory, so nothing can be written there.
#[test]
fn a_write_that_fails_is_an_error_shown_and_nothing_is_left_behind() {
    let dir = sample_dir();
    let before = read(dir.path(), "afpa.json");
    let mut s = open(dir.path(), Lang::Fr, (80, 24));
    retitle(&mut s, "soudeur metz", "afpa-metz-soudeur", "Soudeur (TP)");
    std::fs::create_dir(dir.path().join("afpa.json.bak")).unwrap();
    act(&mut s, &[Action::SaveEdits]);
    assert_eq!(top(&s), "error");
    let shown = screen(&s);
    assert!(shown.contains("Non enregistré"), "{shown}");
    assert!(shown.contains("cannot write afpa.json"), "{shown}");
    assert_eq!(read(dir.path(), "afpa.json"), before);
    assert!(s.edit.session.is_dirty());
    let left: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().starts_with(".parcours-"))
        .collect();
    assert!(left.is_empty(), "no temporary file left");
}

#[cfg(unix)]
#[test]
fn a_directory_not_writable_is_an_error_shown_and_the_edits_are_kept() {
    use std::os::unix::fs::{MetadataExt as _, PermissionsExt as _};
    if std::fs::metadata("/proc/self").is_ok_and(|m| m.uid() == 0) {
        eprintln!(
            "skipped: running as root, who writes anywhere (the .bak case above fails for root too)"
        );
        return;
    }
    let dir = sample_dir();
    let before = read(dir.path(), "afpa.json");
    let mut s = open(dir.path(), Lang::En, (80, 24));
    retitle(&mut s, "soudeur metz", "afpa-metz-soudeur", "Soudeur (TP)");
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o555)).unwrap();
    act(&mut s, &[Action::SaveEdits]);
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    assert_eq!(top(&s), "error");
    assert!(s.edit.session.is_dirty());
    assert_eq!(read(dir.path(), "afpa.json"), before);
}

fn write_behind(dir: &Path, from: &str, to: &str) {
    replace_in(&dir.join("afpa.json"), from, to);
}

#[test]
fn a_file_changed_on_disk_is_a_conflict_reload_asks_first() {
    let dir = sample_dir();
    let mut s = open(dir.path(), Lang::En, (80, 24));
    retitle(&mut s, "soudeur metz", "afpa-metz-soudeur", "Soudeur (TP)");
    write_behind(dir.path(), "\"hours\": 875", "\"hours\": 880");
    act(&mut s, &[Action::SaveEdits]);
    assert_eq!(top(&s), "conflict");
    let shown = screen(&s);
    assert!(shown.contains("afpa.json — changed"), "{shown}");
    assert!(
        read(dir.path(), "afpa.json").contains("\"hours\": 880"),
        "not overwritten"
    );

    // Save my version elsewhere: written, the conflict stays to settle.
    act(&mut s, &[Action::InsertChar('s')]);
    assert_eq!(top(&s), "input");
    act(&mut s, &[Action::Confirm]);
    assert_eq!(top(&s), "conflict");
    let mine = dir.path().join("afpa.json.mine");
    assert!(
        std::fs::read_to_string(&mine)
            .unwrap()
            .contains("Soudeur (TP)")
    );
    assert!(
        screen(&s).contains("your version saved as"),
        "{}",
        screen(&s)
    );

    // Reload: asks, No keeps everything; Yes reads the file again.
    act(&mut s, &[Action::InsertChar('r')]);
    assert!(
        screen(&s).contains("Your unsaved edits to it will be lost"),
        "{}",
        screen(&s)
    );
    act(&mut s, &[Action::ClosePopup]);
    assert!(s.edit.session.is_dirty());
    act(&mut s, &[Action::InsertChar('r'), Action::Confirm]);
    assert_eq!(top(&s), "none");
    assert!(!s.edit.session.is_dirty());
    let o = s.data.cat.lookup.offer("afpa-metz-soudeur").unwrap();
    assert!((s.data.cat.offer(o).hours - 880.0).abs() < f64::EPSILON);
    assert!(s.data.cat.offer(o).title != "Soudeur (TP)");
    assert!(matches!(&s.edit.notice, Some(Notice::Reverted(files)) if files == &["afpa.json"]));
}

#[test]
fn the_watcher_sees_no_change_in_parcours_own_saves_and_keeps_unsaved_edits() {
    let dir = sample_dir();
    let mut s = open(dir.path(), Lang::En, (80, 24));
    retitle(&mut s, "soudeur metz", "afpa-metz-soudeur", "Soudeur (TP)");
    act(&mut s, &[Action::SaveEdits]);
    let data = std::sync::Arc::clone(&s.data);
    // The watcher reports the save: nothing is loaded, nothing changes.
    assert!(
        !changed(&mut s),
        "no reload by hand while a document is open"
    );
    assert!(std::sync::Arc::ptr_eq(&data, &s.data));
    assert_eq!(top(&s), "none");

    // Another program changes a file without unsaved edits: read again.
    write_behind(dir.path(), "\"hours\": 875", "\"hours\": 880");
    changed(&mut s);
    let o = s.data.cat.lookup.offer("afpa-metz-soudeur").unwrap();
    assert!((s.data.cat.offer(o).hours - 880.0).abs() < f64::EPSILON);
    assert_eq!(s.data.cat.offer(o).title, "Soudeur (TP)");
    assert!(matches!(&s.edit.notice, Some(Notice::Reverted(_))));

    // And a file with unsaved edits: a conflict, the edit kept.
    retitle(
        &mut s,
        "soudeur metz",
        "afpa-metz-soudeur",
        "Soudeur (TP 2)",
    );
    write_behind(dir.path(), "\"hours\": 880", "\"hours\": 890");
    changed(&mut s);
    assert_eq!(top(&s), "conflict");
    let o = s.data.cat.lookup.offer("afpa-metz-soudeur").unwrap();
    assert_eq!(s.data.cat.offer(o).title, "Soudeur (TP 2)");
}

#[test]
fn two_edits_and_an_undo_round_trip_through_saving_exactly() {
    let dir = sample_dir();
    let mut s = open(dir.path(), Lang::En, (80, 24));
    find(&mut s, "soudeur metz", "afpa-metz-soudeur");
    act(&mut s, &[Action::EditItem]);
    set(&mut s, "hours", "870");
    set(&mut s, "title", "Soudeur assembleur (TP)");
    act(
        &mut s,
        &[Action::Undo, Action::ClosePopup, Action::SaveEdits],
    );
    assert!(!s.edit.session.is_dirty());
    // What the files should hold: the sample's afpa.json with the one
    // change, in the canonical layout; every other file untouched.
    let sample = parcours::load::sample::FILES;
    let mut expected = Records::parse(sample[0].1.as_bytes()).unwrap();
    let offer = expected
        .offers
        .iter_mut()
        .find(|o| o.id == "afpa-metz-soudeur")
        .unwrap();
    offer.hours = 870.0;
    assert_eq!(read(dir.path(), "afpa.json"), expected.to_text());
    for (name, text) in &sample[1..] {
        assert_eq!(&read(dir.path(), name), text, "{name}");
    }
    // Loaded again, the interface shows the same catalogue.
    let again = open(dir.path(), Lang::En, (80, 24));
    assert!(again.data.cat == s.data.cat);
}

#[test]
fn the_first_edit_of_the_sample_writes_it_as_files_then_goes_on() {
    let home = tempfile::tempdir().unwrap();
    let target = home.path().join("catalogue");
    let mut s = common::state(Lang::En, 80, 24);
    assert_eq!(s.data.name, CatalogueName::Sample);
    common::find(&mut s, "soudeur metz", "afpa-metz-soudeur");
    act(&mut s, &[Action::EditItem]);
    assert_eq!(top(&s), "input");
    // Offered: the directory of the options (parcours init's by default).
    let offered = s.edit.init_dir.as_ref().unwrap().display().to_string();
    assert!(
        matches!(s.edit.session.overlays.last(), Some(Overlay::Input(i)) if i.text == offered),
        "{:?}",
        s.edit.session.overlays.last()
    );
    assert!(
        screen(&s).contains("The sample is read-only"),
        "{}",
        screen(&s)
    );
    // A typed directory in place of the default.
    while matches!(s.edit.session.overlays.last(), Some(Overlay::Input(i)) if !i.text.is_empty()) {
        update(&mut s, Action::DeleteChar);
    }
    type_text(&mut s, &target.display().to_string());
    act(&mut s, &[Action::Confirm]);
    assert_eq!(s.edit.root.as_deref(), Some(target.as_path()));
    assert!(s.edit.asks.rewatch, "the event loop watches the new files");
    assert!(matches!(s.data.name, CatalogueName::Path(_)));
    assert_eq!(top(&s), "form", "the edit asked for goes on");
    assert_eq!(
        form(&mut s)
            .item
            .as_ref()
            .map(parcours::tui::app::edit::session::ItemRef::name)
            .as_deref(),
        Some("afpa-metz-soudeur")
    );
    set(&mut s, "hours", "870");
    act(&mut s, &[Action::ClosePopup, Action::SaveEdits]);
    assert!(read(&target, "afpa.json").contains("\"hours\": 870"));

    // A directory that already holds the sample is refused, as by init.
    let mut s = common::state(Lang::En, 80, 24);
    act(&mut s, &[Action::EditItem]);
    while matches!(s.edit.session.overlays.last(), Some(Overlay::Input(i)) if !i.text.is_empty()) {
        update(&mut s, Action::DeleteChar);
    }
    type_text(&mut s, &target.display().to_string());
    act(&mut s, &[Action::Confirm]);
    assert_eq!(top(&s), "input");
    assert!(screen(&s).contains("never overwrites"), "{}", screen(&s));
    // Esc: nothing is edited.
    act(&mut s, &[Action::ClosePopup]);
    assert_eq!(top(&s), "none");
    assert!(s.edit.session.queue.is_empty());
}

#[test]
fn on_the_worker_keys_are_answered_while_an_edit_is_checked() {
    let dir = sample_dir();
    let mut s = open(dir.path(), Lang::En, (80, 24));
    parcours::tui::jobs::defer(&mut s, parcours::tui::jobs::SEARCH_DEFER_FROM);
    find(&mut s, "soudeur metz", "afpa-metz-soudeur");
    // Opening the document is work for the worker: the form waits.
    act(&mut s, &[Action::EditItem]);
    let mut jobs = s.jobs.take_doc();
    assert_eq!(jobs.len(), 1);
    assert!(s.edit.session.is_away());
    assert!(screen(&s).contains("checking…"), "{}", screen(&s));
    let answer = jobs.remove(0).run();
    ops::done(&mut s, answer);
    assert_eq!(top(&s), "form");
    // An edit goes to the worker; meanwhile the form moves and the
    // next value can be typed.
    set(&mut s, "hours", "870");
    let mut jobs = s.jobs.take_doc();
    assert_eq!(jobs.len(), 1);
    assert!(form(&mut s).checking);
    let before = form(&mut s).cursor.selected;
    act(&mut s, &[Action::SelectNext]);
    assert_eq!(form(&mut s).cursor.selected, before + 1);
    set(&mut s, "title", "Soudeur (TP)");
    assert!(
        s.jobs.take_doc().is_empty(),
        "the next edit waits for the document"
    );
    let answer = jobs.remove(0).run();
    ops::done(&mut s, answer);
    // The edit waiting goes now.
    let mut jobs = s.jobs.take_doc();
    assert_eq!(jobs.len(), 1);
    let answer = jobs.remove(0).run();
    ops::done(&mut s, answer);
    assert!(!s.edit.session.is_away());
    let o = s.data.cat.lookup.offer("afpa-metz-soudeur").unwrap();
    assert_eq!(s.data.cat.offer(o).title, "Soudeur (TP)");
    assert!((s.data.cat.offer(o).hours - 870.0).abs() < f64::EPSILON);
    // Quitting while work is under way asks.
    act(&mut s, &[Action::ClosePopup, Action::Undo]);
    act(&mut s, &[Action::Quit]);
    assert_eq!(top(&s), "quit");
}
