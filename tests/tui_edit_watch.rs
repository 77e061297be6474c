//! Editing by hand: the files change on disk, the interface loads them
//! again keeping what is selected, shows the errors of files that no
//! longer load over the last good catalogue, and opens the item shown in
//! the person's editor. The reloads are driven by hand (as the event loop
//! would, without its threads), plus one real watcher.

mod tui_edit_common;

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use parcours::load::{Source, load};
use parcours::tui::action::Action;
use parcours::tui::app::edit::{Launch, Notice};
use parcours::tui::app::{AppState, Screen};
use parcours::tui::i18n::Lang;
use parcours::tui::update::edit::{changed, reloaded};
use parcours::tui::watch;
use tui_edit_common::common::{self, state_of};
use tui_edit_common::{act, find, name, open, replace_in, sample_dir, screen};

/// What the event loop does when the watcher reports a change: load
/// again (here on this thread) and hand the outcome over.
fn reload(s: &mut AppState, dir: &Path) {
    assert!(changed(s), "a change starts a reload");
    assert!(s.edit.reloading);
    let outcome = watch::reload(&Source::Path(dir.to_path_buf()), name(), &s.data);
    assert!(!reloaded(s, outcome), "nothing came meanwhile");
    assert!(!s.edit.reloading);
}

fn selected_id(s: &AppState) -> String {
    let o = s.catalogue.selected().expect("an offer selected");
    s.data.cat.offer(o).id.clone()
}

#[test]
fn a_change_on_disk_reloads_keeping_the_offer_selected_by_id() {
    let dir = sample_dir();
    let mut s = open(dir.path(), Lang::En, (160, 48));
    find(&mut s, "soudeur metz", "afpa-metz-soudeur");
    act(&mut s, &[Action::FocusDetail]);
    let before = Arc::clone(&s.data);
    // An offer before it in the file goes, so that every index moves.
    let afpa = dir.path().join("afpa.json");
    replace_in(
        &afpa,
        "Titre professionnel Soudeur assembleur industriel",
        "Soudeur assembleur industriel (TP)",
    );
    reload(&mut s, dir.path());
    assert!(!Arc::ptr_eq(&before, &s.data), "the new catalogue shows");
    assert_eq!(selected_id(&s), "afpa-metz-soudeur");
    assert_eq!(s.catalogue.query, "soudeur metz", "the search stays");
    assert_eq!(s.catalogue.focus, parcours::tui::app::Pane::Detail);
    assert_eq!(s.edit.notice, Some(Notice::Reloaded));
    assert!(s.edit.problems.is_none());
    let shown = screen(&s);
    assert!(
        shown.contains("Soudeur assembleur industriel (TP)"),
        "{shown}"
    );
    assert!(
        shown.contains("The files changed: catalogue reloaded."),
        "{shown}"
    );
    common::assert_settled(&s);
    // The notice goes with the next key.
    act(&mut s, &[Action::SelectNext]);
    assert_eq!(s.edit.notice, None);
}

#[test]
fn the_same_files_again_change_nothing() {
    let dir = sample_dir();
    let mut s = open(dir.path(), Lang::Fr, (80, 24));
    let before = Arc::clone(&s.data);
    // Touched, rewritten with the same bytes: the same catalogue.
    let afpa = dir.path().join("afpa.json");
    std::fs::write(&afpa, std::fs::read(&afpa).unwrap()).unwrap();
    reload(&mut s, dir.path());
    assert!(Arc::ptr_eq(&before, &s.data), "nothing replaced");
    assert_eq!(s.edit.notice, None);
}

#[test]
fn files_with_errors_keep_the_last_good_catalogue_until_fixed() {
    let dir = sample_dir();
    let mut s = open(dir.path(), Lang::En, (160, 48));
    find(&mut s, "soudeur metz", "afpa-metz-soudeur");
    let before = Arc::clone(&s.data);
    let afpa = dir.path().join("afpa.json");
    let good = std::fs::read_to_string(&afpa).unwrap();
    replace_in(&afpa, "\"hours\": ", "\"hours\": -");
    reload(&mut s, dir.path());
    assert!(
        Arc::ptr_eq(&before, &s.data),
        "the last good catalogue stays"
    );
    let problems = s.edit.problems.clone().expect("the errors are listed");
    assert!(problems.errors >= 1);
    assert!(
        problems.lines[0].starts_with(&format!("{}:", afpa.display())),
        "FILE:LINE:COLUMN: {problems:?}"
    );
    let shown = screen(&s);
    assert!(
        shown.contains("in the files — showing the last good catalogue"),
        "{shown}"
    );
    assert_eq!(selected_id(&s), "afpa-metz-soudeur");
    // Keys are still answered on the catalogue shown.
    act(&mut s, &[Action::ShowBodies, Action::ShowCatalogue]);
    assert_eq!(s.screen, Screen::Catalogue);
    assert!(s.edit.problems.is_some(), "until fixed");
    // Fixed: the panel goes; the files hold the catalogue shown again.
    std::fs::write(&afpa, good).unwrap();
    reload(&mut s, dir.path());
    assert!(s.edit.problems.is_none());
    assert!(Arc::ptr_eq(&before, &s.data));
    assert!(!screen(&s).contains("last good catalogue"));
}

#[test]
fn an_offer_gone_from_the_files_is_said_and_another_selected() {
    let dir = sample_dir();
    let mut s = open(dir.path(), Lang::Fr, (160, 48));
    find(&mut s, "soudeur metz", "afpa-metz-soudeur");
    let links = dir.path().join("links.json");
    let afpa = dir.path().join("afpa.json");
    // The offer's id changes everywhere: the offer of that id is gone.
    for file in [&links, &afpa] {
        let text = std::fs::read_to_string(file).unwrap();
        std::fs::write(
            file,
            text.replace("\"afpa-metz-soudeur\"", "\"afpa-metz-soudeur-2\""),
        )
        .unwrap();
    }
    reload(&mut s, dir.path());
    assert!(s.edit.problems.is_none(), "{:?}", s.edit.problems);
    assert_eq!(s.edit.notice, Some(Notice::SelectionGone));
    assert!(s.data.cat.lookup.offer("afpa-metz-soudeur-2").is_some());
    assert!(screen(&s).contains("l’offre affichée n’y est plus"));
    common::assert_settled(&s);
}

#[test]
fn a_change_while_reloading_reloads_once_more() {
    let dir = sample_dir();
    let mut s = open(dir.path(), Lang::En, (80, 24));
    assert!(changed(&mut s));
    assert!(!changed(&mut s), "one reload at a time");
    assert!(!changed(&mut s));
    let outcome = watch::reload(&Source::Path(dir.path().to_path_buf()), name(), &s.data);
    assert!(
        reloaded(&mut s, outcome),
        "once more, for the change that came"
    );
    assert!(s.edit.reloading);
    let outcome = watch::reload(&Source::Path(dir.path().to_path_buf()), name(), &s.data);
    assert!(!reloaded(&mut s, outcome));
    assert!(!s.edit.reloading);
}

#[test]
fn the_sample_is_not_watched_and_has_no_file_to_open() {
    let mut s = common::state(Lang::En, 80, 24);
    assert!(!changed(&mut s));
    act(&mut s, &[Action::OpenEditor]);
    assert_eq!(s.edit.launch, None);
    assert_eq!(s.edit.notice, Some(Notice::NoFile));
    assert!(screen(&s).contains("read-only"));
}

#[test]
fn the_editor_key_asks_for_the_file_and_line_of_the_item_shown() {
    let dir = sample_dir();
    let mut s = open(dir.path(), Lang::En, (160, 48));
    find(&mut s, "soudeur metz", "afpa-metz-soudeur");
    act(&mut s, &[Action::OpenEditor]);
    let afpa = dir.path().join("afpa.json");
    let Some(Launch { path, line }) = s.edit.launch.clone() else {
        panic!("no editor asked for");
    };
    assert_eq!(path, afpa);
    let text = std::fs::read_to_string(&afpa).unwrap();
    let at = text
        .lines()
        .nth(usize::try_from(line).unwrap() - 1)
        .unwrap();
    let next = text.lines().nth(usize::try_from(line).unwrap()).unwrap();
    assert!(
        at.contains('{') && next.contains("afpa-metz-soudeur") || at.contains("afpa-metz-soudeur"),
        "line {line}: {at}"
    );
    // The bodies screen: the body shown.
    s.edit.launch = None;
    act(&mut s, &[Action::ShowBodies, Action::OpenEditor]);
    let launch = s.edit.launch.clone().expect("the body's file");
    assert!(launch.path.starts_with(dir.path()));
}

#[test]
fn the_watcher_reports_a_change_to_a_catalogue_file() {
    let dir = sample_dir();
    let (send, seen) = std::sync::mpsc::channel();
    let _watcher = watch::watch(dir.path(), move || {
        let _ = send.send(());
    })
    .unwrap();
    let afpa: PathBuf = dir.path().join("afpa.json");
    replace_in(&afpa, "Soudeur assembleur industriel", "Soudeur");
    // Generous: a loaded machine; the test waits, it does not time.
    let start = Instant::now();
    loop {
        if seen.try_recv().is_ok() {
            break;
        }
        assert!(
            start.elapsed() < Duration::from_secs(30),
            "no change reported"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[test]
fn snapshots_of_the_errors_panel() {
    let dir = sample_dir();
    let afpa = dir.path().join("afpa.json");
    replace_in(&afpa, "\"hours\": ", "\"hours\": -");
    replace_in(
        &dir.path().join("links.json"),
        "\"kind\": \"",
        "\"kind\": \"x",
    );
    for lang in [Lang::Fr, Lang::En] {
        for (w, h) in [(80, 24), (160, 48)] {
            // The sample's own files, named from the crate's directory
            // (where tests run), so that the detail's file is the same in
            // every run; they are only read.
            let good = Path::new("data");
            let cat = load(&Source::Path(good.to_path_buf())).catalogue.unwrap();
            let mut s = state_of(cat, name(), lang, w, h);
            s.edit.root = Some(good.to_path_buf());
            let outcome = watch::reload(&Source::Path(dir.path().to_path_buf()), name(), &s.data);
            s.edit.reloading = true;
            reloaded(&mut s, outcome);
            let problems = s.edit.problems.as_mut().expect("errors");
            for line in &mut problems.lines {
                *line = line.replace(&dir.path().display().to_string(), "catalogue");
            }
            let text = screen(&s);
            insta::assert_snapshot!(format!("errors_{lang:?}_{w}x{h}").to_lowercase(), text);
        }
    }
}

mod random {
    use super::*;
    use parcours::tui::update::update;
    use proptest::prelude::*;

    /// What happens next: a key, or the files reloaded as one of three
    /// versions (as they were, an offer gone, with an error).
    #[derive(Clone, Debug)]
    enum Step {
        Act(Action),
        Reload(usize),
    }

    fn step() -> impl Strategy<Value = Step> {
        prop_oneof![
            6 => proptest::sample::select(Action::BINDABLE.to_vec())
                .prop_filter("not quit", |a| *a != Action::Quit)
                .prop_map(Step::Act),
            1 => proptest::char::range('a', 'z').prop_map(|c| Step::Act(Action::InsertChar(c))),
            2 => (0usize..3).prop_map(Step::Reload),
        ]
    }

    /// The three versions of the files, made once.
    fn versions() -> &'static [tempfile::TempDir; 3] {
        static DIRS: std::sync::OnceLock<[tempfile::TempDir; 3]> = std::sync::OnceLock::new();
        DIRS.get_or_init(|| {
            let (same, fewer, bad) = (sample_dir(), sample_dir(), sample_dir());
            // An offer goes, with the links naming it, through the
            // library's own edit and save.
            let source = Source::Path(fewer.path().to_path_buf());
            let mut doc = parcours::edit::Document::open(&source).unwrap();
            let at = doc
                .find(parcours::edit::ItemKind::Offer, "afpa-metz-soudeur")
                .unwrap();
            doc.apply(parcours::edit::Edit::Delete { at, cascade: true })
                .unwrap();
            doc.save().unwrap();
            replace_in(&bad.path().join("afpa.json"), "\"hours\": ", "\"hours\": -");
            [same, fewer, bad]
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(16))]

        /// Keys and reloads in any order: the selections stay inside
        /// their lists and on screen, and every frame draws.
        #[test]
        fn keys_and_reloads_keep_the_state_sound(steps in proptest::collection::vec(step(), 1..30)) {
            let dirs = versions();
            let work = sample_dir();
            let dir = work.path();
            let mut s = open(dir, Lang::Fr, (100, 30));
            for step in steps {
                match step {
                    Step::Act(action) => update(&mut s, action),
                    Step::Reload(v) => {
                        // The files become those of a version, then the
                        // watcher reports it (the event loop's part played
                        // here: loading again when asked).
                        for entry in std::fs::read_dir(dirs[v].path()).unwrap() {
                            let path = entry.unwrap().path();
                            if watch::is_catalogue_file(&path) {
                                std::fs::copy(&path, dir.join(path.file_name().unwrap())).unwrap();
                            }
                        }
                        let mut load = changed(&mut s);
                        while load || std::mem::take(&mut s.edit.asks.reload) {
                            let outcome = watch::reload(&Source::Path(dir.to_path_buf()), name(), &s.data);
                            load = reloaded(&mut s, outcome);
                        }
                        // Unsaved edits are never dropped for the files on
                        // disk; without any, the files' errors show.
                        if !s.edit.session.is_dirty() {
                            prop_assert_eq!(s.edit.problems.is_some(), v == 2);
                        }
                    }
                }
                common::assert_settled(&s);
                let _ = common::draw(&s);
            }
        }
    }
}
