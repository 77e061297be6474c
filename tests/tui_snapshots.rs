//! Every screen drawn into a test backend at 80×24 and 160×48, in French
//! and in English, compared with the reviewed snapshots in
//! `tests/snapshots/`. "Today" is fixed (see `tui_common/mod.rs`), so the
//! next session marked does not move.

mod tui_common;
use tui_common as common;

use common::{act, draw, offer, state, type_text};
use parcours::tui::action::Action;
use parcours::tui::app::AppState;
use parcours::tui::i18n::Lang;
use ratatui::style::{Color, Modifier};

const SIZES: [(u16, u16); 2] = [(80, 24), (160, 48)];
const LANGS: [(Lang, &str); 2] = [(Lang::Fr, "fr"), (Lang::En, "en")];

/// Sets up a state at every size and language, and compares each drawing
/// with its snapshot `NAME_LANG_WxH`.
fn check(name: &str, setup: impl Fn(&mut AppState)) {
    for (lang, code) in LANGS {
        for (width, height) in SIZES {
            let mut s = state(lang, width, height);
            setup(&mut s);
            let terminal = draw(&s);
            insta::assert_snapshot!(
                format!("{name}_{code}_{width}x{height}"),
                terminal.backend()
            );
        }
    }
}

/// Finds an offer by typing its title, as a person would, and keeps the
/// search.
fn find(s: &mut AppState, words: &str) {
    act(s, &[Action::OpenSearch]);
    type_text(s, words);
    act(s, &[Action::ConfirmSearch]);
}

#[test]
fn catalogue_with_detail() {
    check("catalogue_detail", |s| {
        find(s, "technicien logistique entreposage");
        assert_eq!(s.catalogue.current(), Some(offer(s, "afpa-metz-tle")));
        act(s, &[Action::FocusDetail]);
    });
}

#[test]
fn catalogue_at_start() {
    check("catalogue_start", |_| {});
}

#[test]
fn passerelles_of_an_offer() {
    check("passerelles", |s| {
        find(s, "technicien logistique entreposage");
        act(s, &[Action::FollowLink]);
    });
}

#[test]
fn following_a_passerelle() {
    check("passerelle_followed", |s| {
        find(s, "technicien logistique entreposage");
        // Out of the list, onto the passerelles, along the first one.
        act(s, &[Action::FollowLink, Action::FollowLink]);
        assert_eq!(s.catalogue.trail.len(), 2);
    });
}

#[test]
fn search_in_progress() {
    check("search", |s| {
        act(s, &[Action::OpenSearch]);
        type_text(s, "soudeur");
    });
}

#[test]
fn bodies_and_agreements() {
    check("bodies", |s| {
        act(s, &[Action::ShowBodies]);
    });
    check("agreement", |s| {
        act(
            s,
            &[
                Action::ShowBodies,
                Action::FocusNextPane,
                Action::SelectNext,
            ],
        );
    });
}

#[test]
fn help_overlay() {
    check("help", |s| act(s, &[Action::ShowHelp]));
}

#[test]
fn filter_menu() {
    check("filters", |s| {
        act(s, &[Action::OpenFilters, Action::ToggleFilter]);
    });
}

#[test]
fn a_window_too_small() {
    for (lang, code) in LANGS {
        for (width, height) in [(50, 12), (59, 30), (100, 15)] {
            let s = state(lang, width, height);
            let terminal = draw(&s);
            insta::assert_snapshot!(
                format!("too_small_{code}_{width}x{height}"),
                terminal.backend()
            );
        }
    }
}

/// The snapshots show text only; the highlights are styles, checked here.
#[test]
fn the_search_highlights_the_characters_it_matched() {
    let mut s = state(Lang::Fr, 80, 24);
    act(&mut s, &[Action::OpenSearch]);
    type_text(&mut s, "soudeur");
    // Move off the first row, so that its highlight is not under the
    // selection's style.
    act(&mut s, &[Action::SelectNext]);
    let terminal = draw(&s);
    let buffer = terminal.backend().buffer();
    let row = (0..buffer.area.height)
        .find(|&y| {
            let text: String = (0..buffer.area.width)
                .map(|x| buffer[(x, y)].symbol().to_owned())
                .collect();
            text.contains("┃Apprentissage – Soudeur")
        })
        .expect("the first offer's row");
    let marked: String = (0..buffer.area.width)
        .filter(|&x| buffer[(x, row)].modifier.contains(Modifier::UNDERLINED))
        .map(|x| buffer[(x, row)].symbol().to_owned())
        .collect();
    assert_eq!(marked, "Soudeur");
    let matched = s.theme.matched;
    let at = (0..buffer.area.width)
        .find(|&x| buffer[(x, row)].modifier.contains(Modifier::UNDERLINED))
        .unwrap();
    assert_eq!(buffer[(at, row)].fg, matched.fg.unwrap());
}

#[test]
fn no_color_draws_every_screen_without_colours() {
    let mut s = state(Lang::Fr, 100, 30);
    s.theme = parcours::tui::theme::Theme::monochrome();
    let setups: [&[Action]; 6] = [
        &[],
        &[Action::OpenSearch],
        &[
            Action::ConfirmSearch,
            Action::FollowLink,
            Action::FollowLink,
        ],
        &[Action::OpenFilters],
        &[Action::ClosePopup, Action::ShowBodies, Action::ShowHelp],
        &[Action::ClosePopup, Action::ShowPlanner],
    ];
    for setup in setups {
        act(&mut s, setup);
        let terminal = draw(&s);
        for cell in terminal.backend().buffer().content() {
            assert_eq!(
                (cell.fg, cell.bg),
                (Color::Reset, Color::Reset),
                "{setup:?}"
            );
        }
    }
}
