//! The graph without a terminal: opening it from each screen, moving,
//! re-centring, the depth, going back, the mouse, and what its keys do.

mod tui_common;
use tui_common as common;

use common::pictures::{graph, star, technician_graph};
use common::{act, assert_settled, click, find, fr, offer, screen, scroll_down, state_of};
use parcours::tui::action::Action;
use parcours::tui::app::{AppState, CatalogueName, Pane, Picture, Popup, Screen};
use parcours::tui::i18n::Lang;
use parcours::tui::keymap::{Context, Key};
use parcours::tui::layout;
use parcours::tui::views::graph::geometry;

/// Where the graph draws its boxes at the state's size.
fn drawing(s: &AppState) -> geometry::Drawing {
    let app = layout::app(s.area).unwrap();
    geometry::place(graph(s), geometry::graph(app.body).area)
}

#[test]
fn the_graph_opens_on_the_offer_shown_and_closes() {
    let mut s = technician_graph();
    let g = graph(&s);
    assert_eq!(g.centre(), offer(&s, "afpa-metz-tle"));
    assert_eq!((g.depth(), g.selected_offer()), (2, g.centre()));
    assert_eq!(s.context(), Context::Normal);
    assert!(screen(&s).contains("Graphe autour de « Titre professionnel Technicien"));
    // Esc closes it; v opens and closes it too.
    act(&mut s, &[Action::ClearSearch]);
    assert!(s.pictures.is_empty());
    assert_eq!(
        s.catalogue.query, "technicien logistique entreposage",
        "the search stays"
    );
    act(&mut s, &[Action::ShowGraph, Action::ShowGraph]);
    assert!(s.pictures.is_empty());
    assert_settled(&s);
}

#[test]
fn arrows_move_between_boxes_and_enter_recentres() {
    let mut s = technician_graph();
    let centre = graph(&s).centre();
    act(&mut s, &[Action::FocusNextPane]);
    let g = graph(&s);
    let right = g.selected_offer();
    assert_ne!(right, centre);
    assert_eq!(g.layered.place(g.selected).0, g.layered.centre_column() + 1);
    // Up and down the column, within it.
    act(&mut s, &[Action::SelectLast]);
    let g = graph(&s);
    let (column, row) = g.layered.place(g.selected);
    assert_eq!(row, g.layered.columns[column].len() - 1);
    act(&mut s, &[Action::SelectFirst, Action::SelectPrev]);
    assert_eq!(graph(&s).layered.place(graph(&s).selected).1, 0);
    let top = graph(&s).selected_offer();
    // Enter: the box selected becomes the centre; Backspace goes back,
    // the offer left selected; Backspace again closes the graph.
    act(&mut s, &[Action::FollowLink]);
    let g = graph(&s);
    assert_eq!((g.centre(), g.history.clone()), (top, vec![centre]));
    assert_eq!(g.selected_offer(), top);
    act(&mut s, &[Action::GoBack]);
    let g = graph(&s);
    assert_eq!((g.centre(), g.selected_offer()), (centre, top));
    act(&mut s, &[Action::GoBack]);
    assert!(s.pictures.is_empty());
    // Left goes to what leads here; left again, two steps back.
    act(
        &mut s,
        &[
            Action::ShowGraph,
            Action::FocusPrevPane,
            Action::FocusPrevPane,
        ],
    );
    let g = graph(&s);
    assert_eq!(g.neighbourhood.nodes[g.selected].distance, -2);
    assert!(drawing(&s).box_of(g.selected).is_some(), "in view");
}

#[test]
fn plus_and_minus_change_the_depth_within_one_and_three() {
    let mut s = technician_graph();
    let nodes = |s: &AppState| graph(s).neighbourhood.nodes.len();
    let at_two = nodes(&s);
    act(&mut s, &[Action::IncreaseDepth]);
    assert_eq!(graph(&s).depth(), 3);
    assert!(nodes(&s) > at_two);
    act(&mut s, &[Action::IncreaseDepth]);
    assert_eq!(graph(&s).depth(), 3, "no further than 3");
    // The selection stays where it still is in the graph.
    act(&mut s, &[Action::FocusPrevPane]);
    let selected = graph(&s).selected_offer();
    act(&mut s, &[Action::DecreaseDepth, Action::DecreaseDepth]);
    assert_eq!(graph(&s).depth(), 1);
    assert_eq!(
        graph(&s).selected_offer(),
        selected,
        "one step back is kept"
    );
    act(&mut s, &[Action::DecreaseDepth]);
    assert_eq!(graph(&s).depth(), 1, "no nearer than 1");
    assert!(
        graph(&s)
            .neighbourhood
            .nodes
            .iter()
            .all(|n| n.distance.abs() <= 1)
    );
}

#[test]
fn the_graph_opens_from_the_passerelles_bodies_and_planner() {
    // The passerelles: the offer the way followed has reached.
    let mut s = fr();
    find(&mut s, "technicien logistique entreposage", "afpa-metz-tle");
    act(&mut s, &[Action::FollowLink, Action::FollowLink]);
    let reached = s.catalogue.current().unwrap();
    assert_ne!(reached, offer(&s, "afpa-metz-tle"));
    act(&mut s, &[Action::ShowGraph]);
    assert_eq!(graph(&s).centre(), reached);
    // The planner: the step selected.
    let mut s = fr();
    act(&mut s, &[Action::ShowPlanner]);
    common::planner::logistics(&mut s);
    act(&mut s, &[Action::RunPlan, Action::ShowGraph]);
    let first = s.planner.results.as_ref().unwrap().route().unwrap().steps[0].offer;
    assert_eq!(graph(&s).centre(), first);
    // Keys are read as browsing reads them over the planner: + is deeper.
    let plus: Key = "+".parse().unwrap();
    assert_eq!(
        s.keymap.action(s.context(), plus),
        Some(Action::IncreaseDepth)
    );
    act(&mut s, &[Action::ClearSearch]);
    assert_eq!(s.keymap.action(s.context(), plus), Some(Action::NextValue));
    // The bodies screen: nothing selected that is an offer, no graph.
    let mut s = fr();
    act(&mut s, &[Action::ShowBodies, Action::ShowGraph]);
    assert!(s.pictures.is_empty());
}

#[test]
fn from_a_picture_the_offer_selected_goes_to_the_catalogue_or_the_planner() {
    let mut s = technician_graph();
    act(&mut s, &[Action::FocusNextPane]);
    let selected = graph(&s).selected_offer();
    act(&mut s, &[Action::FocusDetail]);
    assert!(s.pictures.is_empty());
    assert_eq!(
        (s.screen, s.catalogue.focus),
        (Screen::Catalogue, Pane::Detail)
    );
    assert_eq!(s.catalogue.current(), Some(selected));
    let mut s = technician_graph();
    act(&mut s, &[Action::FocusNextPane]);
    let right = graph(&s).selected_offer();
    act(&mut s, &[Action::PlanFromOffer]);
    assert_eq!(s.screen, Screen::Planner);
    assert!(s.pictures.is_empty());
    assert_eq!(s.planner.draft.from, Some(right));
    // A screen's key closes the pictures and shows the screen.
    let mut s = technician_graph();
    act(&mut s, &[Action::ShowMap, Action::ShowBodies]);
    assert!(s.pictures.is_empty());
    assert_eq!(s.screen, Screen::Bodies);
}

#[test]
fn help_opens_over_a_picture_and_closes_back_to_it() {
    let mut s = technician_graph();
    assert!(screen(&s).contains("Entrée Recentrer"), "{}", screen(&s));
    act(&mut s, &[Action::ShowHelp]);
    assert_eq!(s.popups.last(), Some(&Popup::Help { scroll: 0 }));
    let help: Vec<String> = parcours::tui::views::help::lines(&s)
        .iter()
        .map(ToString::to_string)
        .collect();
    assert!(
        help.iter()
            .any(|l| l.contains("  v  ") && l.contains("Graphe de l'offre ; Entrée recentre"))
    );
    assert!(help.iter().any(|l| l.contains("+ =")));
    act(&mut s, &[Action::ClosePopup]);
    assert!(matches!(s.pictures.last(), Some(Picture::Graph(_))));
}

#[test]
fn three_hundred_neighbours_each_side_are_counted_and_walked() {
    let mut s = state_of(star(300), CatalogueName::Sample, Lang::En, 80, 24);
    let hub = s.data.cat.lookup.offer("hub").unwrap();
    s.catalogue.open(&s.data, hub);
    act(&mut s, &[Action::ShowGraph]);
    let g = graph(&s);
    assert_eq!(g.neighbourhood.nodes.len(), 601);
    let text = screen(&s);
    assert!(
        text.contains("Leads here (300)") && text.contains("Leads to (300)"),
        "{text}"
    );
    assert!(text.contains("more"), "{text}");
    // Every box stays in view, whichever is selected.
    act(&mut s, &[Action::FocusNextPane]);
    for action in [
        Action::PageDown,
        Action::SelectNext,
        Action::PageDown,
        Action::SelectLast,
    ] {
        act(&mut s, &[action]);
        let g = graph(&s);
        assert!(drawing(&s).box_of(g.selected).is_some(), "{action:?}");
    }
    let g = graph(&s);
    let (column, row) = g.layered.place(g.selected);
    assert_eq!(row, 299);
    let shown = drawing(&s)
        .fitted
        .columns
        .into_iter()
        .find(|c| c.column == column)
        .unwrap();
    assert_eq!((shown.below, shown.above + shown.rows.len()), (0, 300));
    // A seam on every other bridge (Metz to Liège, no agreement).
    assert!(screen(&s).contains('⚠'));
}

#[test]
fn a_click_selects_a_box_and_a_second_recentres() {
    let mut s = technician_graph();
    let d = drawing(&s);
    let centre = graph(&s).centre();
    let other = d
        .boxes
        .iter()
        .find(|b| b.node != graph(&s).selected)
        .unwrap();
    let (x, y) = (other.rect.x + 2, other.rect.y + 1);
    click(&mut s, x, y);
    let picked = graph(&s).selected_offer();
    assert_ne!(picked, centre);
    assert_eq!(graph(&s).centre(), centre);
    click(&mut s, x, y);
    assert_eq!(graph(&s).centre(), picked);
    // The wheel moves in the column; a click on a tab leaves the graph.
    scroll_down(&mut s, x, y);
    assert_settled(&s);
    click(&mut s, 20, 2);
    assert!(s.pictures.is_empty());
    assert_eq!(s.screen, Screen::Bodies);
}

#[test]
fn a_window_too_small_says_so_over_a_picture() {
    let mut s = technician_graph();
    act(
        &mut s,
        &[Action::Resize {
            width: 59,
            height: 15,
        }],
    );
    assert!(screen(&s).contains("trop petite"), "{}", screen(&s));
    act(
        &mut s,
        &[Action::Resize {
            width: 60,
            height: 16,
        }],
    );
    let text = screen(&s);
    assert!(
        text.contains("Centre") && text.contains("Afpa · Metz"),
        "{text}"
    );
}
