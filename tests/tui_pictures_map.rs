//! The map without a terminal: an offer's place, a pathway and the
//! borders it crosses, the mouse; then random sequences of actions from
//! the graph and from the map.

mod tui_common;
use tui_common as common;

use common::pictures::{graph, map};
use common::{act, click, find, fr, offer, screen, scroll_down, state_of};
use parcours::tui::action::Action;
use parcours::tui::app::map::MapList;
use parcours::tui::app::{AppState, CatalogueName, Picture};
use parcours::tui::i18n::Lang;
use parcours::tui::layout;

#[test]
fn the_map_of_an_offer_selects_its_place() {
    let mut s = fr();
    find(&mut s, "technicien logistique entreposage", "afpa-metz-tle");
    act(&mut s, &[Action::ShowMap]);
    let m = map(&s);
    let place = m.selected_place().unwrap();
    assert_eq!(m.places.places[place].city, "Metz");
    assert!(screen(&s).contains("◉ Metz (FR) · 8 formations · Afpa, Cnam Grand Est"));
    // Down the places, most offers first; Enter shows the graph of the
    // offer, m in the graph a map again, Esc back to the graph.
    act(&mut s, &[Action::SelectFirst]);
    let first = map(&s).selected_place().unwrap();
    assert_eq!(map(&s).places.places[first].city, "Liège");
    act(&mut s, &[Action::FollowLink]);
    assert_eq!(graph(&s).centre(), offer(&s, "afpa-metz-tle"));
    act(&mut s, &[Action::ShowMap]);
    assert_eq!(s.pictures.len(), 2, "the graph stays below the map");
    act(&mut s, &[Action::ClearSearch]);
    assert!(matches!(s.pictures.last(), Some(Picture::Graph(_))));
    act(&mut s, &[Action::ClearSearch]);
    assert!(s.pictures.is_empty());
}

#[test]
fn the_map_of_a_pathway_marks_the_border_it_crosses() {
    let mut s = fr();
    act(&mut s, &[Action::ShowPlanner]);
    common::planner::logistics(&mut s);
    act(&mut s, &[Action::RunPlan, Action::ShowMap]);
    let m = map(&s);
    let MapList::Steps(steps) = &m.list else {
        panic!("a pathway");
    };
    // Liège, Liège, then Metz: into France at the third step.
    let crosses: Vec<bool> = steps.iter().map(|s| s.crosses).collect();
    assert_eq!(crosses, [false, false, true]);
    act(&mut s, &[Action::SelectLast]);
    let text = screen(&s);
    assert!(
        text.contains("3. ⇄ passage de frontière · ⚠ rupture · Licence professionnelle Logistique"),
        "{text}"
    );
    // Enter: the graph of the step selected.
    act(&mut s, &[Action::FollowLink]);
    assert_eq!(graph(&s).centre(), steps_offer(&s, 2));
}

/// The offer of a step of the pathway the planner selected.
fn steps_offer(s: &AppState, step: usize) -> parcours::model::OfferIx {
    s.planner.results.as_ref().unwrap().route().unwrap().steps[step].offer
}

#[test]
fn the_mouse_chooses_places_on_the_map_and_in_its_list() {
    let mut s = state_of(common::sample(), CatalogueName::Sample, Lang::Fr, 160, 48);
    act(&mut s, &[Action::ShowMap]);
    assert_eq!(map(&s).offer, s.catalogue.current());
    let app = layout::app(s.area).unwrap();
    let l = parcours::tui::views::map::geometry::map(app.body);
    let markers = parcours::tui::views::map::geometry::markers(&map(&s).places, l.canvas);
    let strasbourg = markers
        .iter()
        .find(|k| map(&s).places.places[k.places[0]].city == "Strasbourg")
        .unwrap();
    click(&mut s, strasbourg.x, strasbourg.y);
    let place = map(&s).selected_place().unwrap();
    assert_eq!(map(&s).places.places[place].city, "Strasbourg");
    let rows = parcours::tui::views::map::geometry::list_rows(l.list.unwrap());
    click(&mut s, rows.x + 3, rows.y);
    assert_eq!(map(&s).cursor.selected, 0);
    scroll_down(&mut s, rows.x + 3, rows.y);
    assert_eq!(map(&s).cursor.selected, 3);
}

mod random {
    use super::common::pictures::technician_graph;
    use super::common::{assert_settled, draw, sample, state_of};
    use parcours::tui::action::Action;
    use parcours::tui::app::{CatalogueName, Picture};
    use parcours::tui::i18n::Lang;
    use parcours::tui::layout;
    use parcours::tui::update::update;
    use parcours::tui::views::graph::geometry;
    use proptest::prelude::*;

    fn action() -> impl Strategy<Value = Action> {
        prop_oneof![
            6 => proptest::sample::select(Action::BINDABLE.to_vec())
                .prop_filter("not quit", |a| *a != Action::Quit),
            1 => (0u16..170, 0u16..50).prop_map(|(column, row)| Action::Click { column, row }),
            1 => (0u16..170, 0u16..50).prop_map(|(column, row)| Action::ScrollDown { column, row }),
            1 => (40u16..200, 10u16..60)
                .prop_map(|(width, height)| Action::Resize { width, height }),
        ]
    }

    /// The pictures' invariants: the graph's selection is one of its
    /// nodes and its box shows; the map's selection is in its list.
    fn assert_pictures_settled(s: &parcours::tui::app::AppState) {
        for picture in &s.pictures {
            match picture {
                Picture::Graph(g) => {
                    assert!(g.selected < g.neighbourhood.nodes.len());
                    assert!((1..=3).contains(&g.depth()));
                }
                Picture::Map(m) => assert!(m.cursor.selected < m.len().max(1)),
            }
        }
        if let (Some(Picture::Graph(g)), Some(app)) = (s.pictures.last(), layout::app(s.area)) {
            let area = geometry::graph(app.body).area;
            if area.height >= 3 {
                let d = geometry::place(g, area);
                assert!(d.box_of(g.selected).is_some(), "the selection shows");
            }
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(48))]

        /// Whatever a person does with the graph open, its state stays
        /// sound and every frame draws.
        #[test]
        fn any_sequence_from_the_graph_keeps_the_state_sound(
            actions in proptest::collection::vec(action(), 1..40)
        ) {
            let mut s = technician_graph();
            for action in actions {
                update(&mut s, action);
                assert_settled(&s);
                assert_pictures_settled(&s);
                let _ = draw(&s);
            }
        }

        /// The same from the map of a pathway, at 160×48.
        #[test]
        fn any_sequence_from_the_map_keeps_the_state_sound(
            actions in proptest::collection::vec(action(), 1..40)
        ) {
            let mut s = state_of(sample(), CatalogueName::Sample, Lang::En, 160, 48);
            update(&mut s, Action::ShowPlanner);
            super::common::planner::logistics(&mut s);
            update(&mut s, Action::RunPlan);
            update(&mut s, Action::ShowMap);
            for action in actions {
                update(&mut s, action);
                assert_settled(&s);
                assert_pictures_settled(&s);
                let _ = draw(&s);
            }
        }
    }
}
