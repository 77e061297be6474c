//! Starting up without a terminal: the loading screen as loading goes,
//! the keys it answers meanwhile, the catalogue taking its place, and a
//! catalogue's errors in its place. Progress and the end of loading are
//! handed to the state by hand, as the event loop hands them over.

mod tui_common;
use tui_common as common;

use std::time::Duration;

use common::{act, draw, options, sample, screen};
use parcours::load::{Counts, Source};
use parcours::tui::action::Action;
use parcours::tui::app::loading::Stage;
use parcours::tui::app::{AppState, CatalogueName, Popup, Screen};
use parcours::tui::i18n::Lang;
use parcours::tui::jobs::startup::{Loaded, Startup, load};

fn starting(lang: Lang, width: u16, height: u16) -> AppState {
    AppState::loading(options(
        CatalogueName::Path("/data/national".into()),
        lang,
        (width, height),
        None,
    ))
}

/// Half the files checked, twelve seconds in.
fn halfway(s: &mut AppState) {
    let counts = Counts {
        total: 1_160_000_000,
        read: 1_160_000_000,
        parsed: 580_000_000,
    };
    let loading = s.loading.as_mut().unwrap();
    assert!(loading.observe(Stage::Checking, counts, Duration::from_millis(12_300)));
    assert!(
        !loading.observe(Stage::Checking, counts, Duration::from_millis(12_900)),
        "nothing new to draw within the same second"
    );
}

fn ready(name: CatalogueName) -> Box<parcours::tui::jobs::startup::Ready> {
    match load(&Source::Sample, name, &Startup::default()) {
        Loaded::Ready(ready) => ready,
        Loaded::Failed(d) => panic!("the sample loads: {:?}", d.errors),
    }
}

#[test]
fn the_loading_screen_shows_each_stage_as_it_goes() {
    for (lang, width, height) in [(Lang::Fr, 80, 24), (Lang::En, 160, 48)] {
        let mut s = starting(lang, width, height);
        halfway(&mut s);
        let code = if lang == Lang::Fr { "fr" } else { "en" };
        insta::assert_snapshot!(
            format!("loading_{code}_{width}x{height}"),
            draw(&s).backend()
        );
    }
    let mut s = starting(Lang::Fr, 80, 24);
    let text = screen(&s);
    assert!(text.contains("▸ Lecture des fichiers"), "{text}");
    assert!(text.contains("· Index de recherche"), "{text}");
    halfway(&mut s);
    let text = screen(&s);
    assert!(text.contains("✓ Lecture des fichiers"), "{text}");
    assert!(
        text.contains("━━━━━━━━──────── 580 / 1\u{a0}160 Mo"),
        "{text}"
    );
    assert!(text.contains("12\u{a0}s"), "{text}");
    let loading = s.loading.as_mut().unwrap();
    loading.observe(Stage::Index, loading.counts, Duration::from_secs(30));
    let text = screen(&s);
    assert!(text.contains("✓ Graphe des passerelles"), "{text}");
    assert!(text.contains("▸ Index de recherche"), "{text}");
}

#[test]
fn keys_answer_while_loading_and_the_rest_wait() {
    let mut s = starting(Lang::En, 80, 24);
    // Browsing keys do nothing yet.
    act(
        &mut s,
        &[
            Action::OpenSearch,
            Action::ShowPlanner,
            Action::OpenFilters,
            Action::SelectNext,
        ],
    );
    assert!(!s.catalogue.editing);
    assert_eq!(s.screen, Screen::Catalogue);
    assert!(s.popups.is_empty());
    // A new size is drawn at that size.
    act(
        &mut s,
        &[Action::Resize {
            width: 100,
            height: 30,
        }],
    );
    assert_eq!(draw(&s).backend().buffer().area.width, 100);
    // The help opens, scrolls and closes.
    act(&mut s, &[Action::ShowHelp]);
    assert_eq!(s.popups, [Popup::Help { scroll: 0 }]);
    assert!(screen(&s).contains("Help — keys"), "{}", screen(&s));
    act(&mut s, &[Action::SelectNext]);
    assert_eq!(s.popups, [Popup::Help { scroll: 1 }]);
    act(&mut s, &[Action::ClosePopup]);
    assert!(s.popups.is_empty());
    act(&mut s, &[Action::Quit]);
    assert!(s.quit);
}

#[test]
fn the_catalogue_takes_the_screen_when_ready_and_the_help_stays() {
    let mut s = starting(Lang::Fr, 80, 24);
    act(&mut s, &[Action::ShowHelp]);
    s.loaded(*ready(CatalogueName::Path("/data/national".into())));
    assert!(s.loading.is_none());
    assert_eq!(s.popups.len(), 1, "the help stays open");
    act(&mut s, &[Action::ClosePopup]);
    assert_eq!(s.catalogue.shown.len(), sample().offers.len());
    let text = screen(&s);
    assert!(text.contains("/data/national"), "{text}");
    assert!(text.contains("Offres · 217 sur 217"), "{text}");
    // Browsing keys work now.
    act(&mut s, &[Action::OpenSearch]);
    assert!(s.catalogue.editing);
    common::assert_settled(&s);
}

#[test]
fn a_catalogue_with_errors_shows_them_until_quit() {
    let bad = br#"{ "format": "parcours/1", "offers": [ { "id": "x", "provider": "nobody", "title": "T", "hours": 10 }, { "id": "Y", "provider": "nobody", "title": "T", "hours": 0 } ] }"#;
    let source = Source::Memory(vec![("bad.json".into(), bad.to_vec())]);
    let Loaded::Failed(diagnostics) = load(&source, CatalogueName::Sample, &Startup::default())
    else {
        panic!("the catalogue has errors");
    };
    for (lang, width, height) in [(Lang::En, 80, 24), (Lang::Fr, 160, 48)] {
        let mut s = starting(lang, width, height);
        s.failed(&diagnostics);
        let code = if lang == Lang::Fr { "fr" } else { "en" };
        insta::assert_snapshot!(
            format!("loading_failed_{code}_{width}x{height}"),
            draw(&s).backend()
        );
    }
    let mut s = starting(Lang::En, 60, 12);
    s.failed(&diagnostics);
    let failure = s.loading.as_ref().unwrap().failed.clone().unwrap();
    assert_eq!(failure.problems.errors, diagnostics.errors.len());
    assert_eq!(
        failure.problems.lines,
        diagnostics
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
    );
    let text = screen(&s);
    assert!(text.contains("The catalogue has 4 errors"), "{text}");
    // The errors scroll, and no further than their end.
    let rows = parcours::tui::views::loading::line_count(&s);
    act(&mut s, &[Action::SelectNext]);
    assert_eq!(
        s.loading.as_ref().unwrap().failed.as_ref().unwrap().scroll,
        1
    );
    act(&mut s, &[Action::SelectLast]);
    let visible = usize::from(parcours::tui::layout::loading(s.area).errors.height);
    let scroll = s.loading.as_ref().unwrap().failed.as_ref().unwrap().scroll;
    assert_eq!(scroll, rows - visible);
    // Progress no longer moves it.
    let loading = s.loading.as_mut().unwrap();
    assert!(!loading.observe(Stage::Orders, Counts::default(), Duration::from_secs(9)));
    act(&mut s, &[Action::Quit]);
    assert!(s.quit);
}

#[test]
fn the_startup_counts_read_then_checked_then_the_stages() {
    let startup = Startup::default();
    assert_eq!(startup.now().0, Stage::Reading);
    let Loaded::Ready(ready) = load(&Source::Sample, CatalogueName::Sample, &startup) else {
        panic!("the sample loads");
    };
    let (stage, counts) = startup.now();
    assert_eq!(stage, Stage::Orders, "the last stage begun");
    assert!(counts.total > 0 && counts.read == counts.total && counts.parsed == counts.total);
    assert_eq!(ready.catalogue.shown.len(), ready.data.cat.offers.len());
}
