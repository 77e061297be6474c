//! The graph and the map drawn into a test backend at 80×24 and 160×48,
//! in French and in English, compared with the reviewed snapshots in
//! `tests/snapshots/`. "Today" is fixed (see `tui_common/mod.rs`), so the
//! planner's pathway does not move.

mod tui_common;
use tui_common as common;

use common::pictures::{graph, map};
use common::{act, draw, find, state};
use parcours::tui::action::Action;
use parcours::tui::app::AppState;
use parcours::tui::app::map::MapList;
use parcours::tui::i18n::Lang;

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

/// The warehouse logistics technician's course at Afpa Metz, which six
/// courses lead to and three follow.
fn technician(s: &mut AppState) {
    find(s, "technicien logistique entreposage", "afpa-metz-tle");
}

#[test]
fn the_graph_of_an_offer() {
    check("graph_centre", |s| {
        technician(s);
        act(s, &[Action::ShowGraph]);
        assert_eq!(graph(s).depth(), 2);
    });
}

#[test]
fn the_graph_one_step_deeper_after_a_move() {
    check("graph_moved", |s| {
        technician(s);
        // On to what leads here, then one step further back.
        act(
            s,
            &[
                Action::ShowGraph,
                Action::FocusPrevPane,
                Action::SelectNext,
                Action::IncreaseDepth,
            ],
        );
        assert_eq!(graph(s).depth(), 3);
    });
}

#[test]
fn the_map_of_an_offer() {
    check("map_offer", |s| {
        technician(s);
        act(s, &[Action::ShowMap]);
        assert_eq!(map(s).offer, s.catalogue.current());
    });
}

#[test]
fn the_map_of_a_pathway() {
    check("map_route", |s| {
        act(s, &[Action::ShowPlanner]);
        common::planner::logistics(s);
        act(s, &[Action::RunPlan, Action::ShowMap]);
        assert!(matches!(map(s).list, MapList::Steps(_)));
    });
}
