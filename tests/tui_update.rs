//! What each action does to the catalogue screen's state, without a
//! terminal: the sample catalogue in a state of a given size, actions
//! applied with `update`, and the state read back. Other screens, popups
//! and the mouse are in `tui_update_screens.rs`.

mod tui_common;
use tui_common as common;

use common::{act, assert_settled, find, fr, offer, type_text};
use parcours::model::LinkKind;
use parcours::tui::action::Action;
use parcours::tui::app::filters::FilterRow;
use parcours::tui::app::rows::{Dir, Row, Section};
use parcours::tui::app::{Pane, Popup, SortKey};
use parcours::tui::keymap::Context;
use parcours::tui::update::{update, visible};

#[test]
fn quit_ends_the_loop() {
    let mut s = fr();
    assert!(!s.quit);
    update(&mut s, Action::Quit);
    assert!(s.quit);
}

#[test]
fn the_list_moves_by_rows_pages_and_ends() {
    let mut s = fr();
    let len = s.catalogue.shown.len();
    assert_eq!(len, s.data.cat.offers.len());
    let rows = visible(&s).list;
    assert_eq!(rows, 8, "at 80×24 the focused list shows 8 offers");
    act(&mut s, &[Action::SelectNext, Action::SelectNext]);
    assert_eq!(s.catalogue.list.selected, 2);
    act(&mut s, &[Action::SelectPrev]);
    assert_eq!(s.catalogue.list.selected, 1);
    act(&mut s, &[Action::PageDown]);
    assert_eq!(s.catalogue.list.selected, 1 + rows - 1);
    assert_settled(&s);
    act(&mut s, &[Action::PageUp]);
    assert_eq!(s.catalogue.list.selected, 1);
    act(&mut s, &[Action::SelectLast]);
    assert_eq!(s.catalogue.list.selected, len - 1);
    assert_eq!(s.catalogue.list.offset, len - rows);
    act(&mut s, &[Action::SelectNext]);
    assert_eq!(s.catalogue.list.selected, len - 1, "stays at the end");
    act(&mut s, &[Action::SelectFirst]);
    assert_eq!((s.catalogue.list.selected, s.catalogue.list.offset), (0, 0));
    act(&mut s, &[Action::SelectPrev]);
    assert_eq!(s.catalogue.list.selected, 0, "stays at the start");
    assert_settled(&s);
}

#[test]
fn the_detail_and_passerelles_show_the_selected_offer() {
    let mut s = fr();
    let first = s.catalogue.selected().unwrap();
    assert_eq!(s.catalogue.current(), Some(first));
    act(&mut s, &[Action::SelectNext]);
    let second = s.catalogue.selected().unwrap();
    assert_ne!(first, second);
    assert_eq!(s.catalogue.current(), Some(second));
    assert_eq!(s.catalogue.trail.len(), 1);
}

#[test]
fn panes_take_focus_in_turn() {
    let mut s = fr();
    assert_eq!(s.catalogue.focus, Pane::List);
    act(&mut s, &[Action::FocusNextPane]);
    assert_eq!(
        (s.catalogue.focus, s.catalogue.side),
        (Pane::Detail, Pane::Detail)
    );
    act(&mut s, &[Action::FocusNextPane]);
    assert_eq!(
        (s.catalogue.focus, s.catalogue.side),
        (Pane::Links, Pane::Links)
    );
    act(&mut s, &[Action::FocusNextPane]);
    assert_eq!(
        (s.catalogue.focus, s.catalogue.side),
        (Pane::List, Pane::Links)
    );
    act(&mut s, &[Action::FocusPrevPane]);
    assert_eq!(s.catalogue.focus, Pane::Links);
    act(&mut s, &[Action::FocusDetail]);
    assert_eq!(
        (s.catalogue.focus, s.catalogue.side),
        (Pane::Detail, Pane::Detail)
    );
    act(&mut s, &[Action::FocusLinks]);
    assert_eq!(
        (s.catalogue.focus, s.catalogue.side),
        (Pane::Links, Pane::Links)
    );
}

#[test]
fn the_detail_scrolls_within_its_lines() {
    let mut s = fr();
    find(&mut s, "technicien logistique entreposage", "afpa-metz-tle");
    act(&mut s, &[Action::FocusDetail]);
    act(&mut s, &[Action::SelectNext, Action::SelectNext]);
    assert_eq!(s.catalogue.detail_scroll, 2);
    act(&mut s, &[Action::SelectLast]);
    let end = s.catalogue.detail_scroll;
    assert!(end > 10, "a long detail scrolls: {end}");
    act(&mut s, &[Action::SelectNext, Action::PageDown]);
    assert_eq!(s.catalogue.detail_scroll, end, "never past the last line");
    act(&mut s, &[Action::PageUp]);
    assert!(s.catalogue.detail_scroll < end);
    act(&mut s, &[Action::SelectFirst]);
    assert_eq!(s.catalogue.detail_scroll, 0);
}

#[test]
fn enter_opens_the_passerelles_then_follows_one_and_backspace_returns() {
    let mut s = fr();
    find(&mut s, "technicien logistique entreposage", "afpa-metz-tle");
    let tle = offer(&s, "afpa-metz-tle");
    act(&mut s, &[Action::FollowLink]);
    assert_eq!(s.catalogue.focus, Pane::Links);
    // The first passerelle out is selected: the bridge to the Cnam licence.
    let stop = *s.catalogue.trail.last().unwrap();
    let Row::Link { other, via, .. } = s.catalogue.rows[stop.links.selected] else {
        panic!("a link is selected");
    };
    assert_eq!(other, offer(&s, "cnam-ge-metz-lp-logistique"));
    assert_eq!(
        via.link(&s.data.cat).map(|l| l.kind),
        Some(LinkKind::Bridge)
    );
    act(&mut s, &[Action::SelectNext]);
    let second = s.catalogue.trail.last().unwrap().links.selected;
    act(&mut s, &[Action::FollowLink]);
    let way: Vec<_> = s.catalogue.trail.iter().map(|t| t.offer).collect();
    assert_eq!(way.len(), 2);
    assert_eq!(way[0], tle);
    assert_eq!(s.catalogue.current(), Some(way[1]));
    // The list selection has not moved: the way starts there.
    assert_eq!(s.catalogue.selected(), Some(tle));
    act(&mut s, &[Action::FollowLink]);
    assert_eq!(s.catalogue.trail.len(), 3);
    act(&mut s, &[Action::GoBack]);
    assert_eq!(s.catalogue.trail.len(), 2);
    act(&mut s, &[Action::GoBack]);
    assert_eq!(s.catalogue.current(), Some(tle));
    assert_eq!(
        s.catalogue.trail[0].links.selected, second,
        "going back finds the passerelle that was selected"
    );
    act(&mut s, &[Action::GoBack]);
    assert_eq!(s.catalogue.trail.len(), 1, "the start of the way stays");
    assert_settled(&s);
}

#[test]
fn moving_in_the_list_starts_a_new_way() {
    let mut s = fr();
    act(&mut s, &[Action::SelectNext, Action::FocusLinks]);
    // Follow whatever the offer leads to or comes from.
    act(&mut s, &[Action::FollowLink]);
    assert_eq!(s.catalogue.trail.len(), 2);
    act(&mut s, &[Action::FocusNextPane, Action::SelectNext]);
    assert_eq!(s.catalogue.trail.len(), 1);
    assert_eq!(s.catalogue.current(), s.catalogue.selected());
}

#[test]
fn passerelles_list_links_both_ways_and_what_is_reachable() {
    let mut s = fr();
    find(&mut s, "technicien logistique entreposage", "afpa-metz-tle");
    let rows = &s.catalogue.rows;
    let heading = |wanted| {
        rows.iter().find_map(|r| match r {
            Row::Heading(section, n) if *section == wanted => Some(*n),
            _ => None,
        })
    };
    assert_eq!(heading(Section::LeadsTo), Some(3));
    assert_eq!(heading(Section::ComesFrom), Some(6));
    assert!(heading(Section::Unlocks).unwrap() > 0);
    assert!(heading(Section::LeadsHere).unwrap() > 0);
    // An inferred passerelle rests on competences, and says so.
    assert!(
        rows.iter()
            .any(|r| matches!(r, Row::Link { via, .. } if via.link(&s.data.cat).is_none()))
    );
    // Reached offers come cheapest first.
    let hours: Vec<f64> = rows
        .iter()
        .filter_map(|r| match r {
            Row::Reached(Dir::Out, reached) => Some(reached.hours),
            _ => None,
        })
        .collect();
    assert!(hours.windows(2).all(|w| w[0] <= w[1]), "{hours:?}");
}

#[test]
fn typing_searches_and_escape_clears() {
    let mut s = fr();
    act(&mut s, &[Action::SelectNext, Action::SelectNext]);
    let before = s.catalogue.selected();
    act(&mut s, &[Action::OpenSearch]);
    assert!(s.catalogue.editing);
    assert_eq!(s.context(), Context::Search);
    type_text(&mut s, "Soudeur");
    let found = s.catalogue.shown.len();
    assert!(found > 0 && found < 20, "{found}");
    assert!(
        s.catalogue
            .shown
            .iter()
            .take(6)
            .all(|o| { parcours::search::fold(&s.data.cat.offer(*o).title).contains("soudeur") })
    );
    assert_eq!(s.catalogue.list.selected, 0, "the best match is selected");
    // Accents and case do not matter.
    act(&mut s, &[Action::ClearSearch, Action::OpenSearch]);
    type_text(&mut s, "ÉLECTRICITÉ");
    let accented = s.catalogue.shown.clone();
    act(&mut s, &[Action::ClearSearch, Action::OpenSearch]);
    type_text(&mut s, "electricite");
    assert_eq!(s.catalogue.shown, accented);
    act(&mut s, &[Action::DeleteChar]);
    assert_eq!(s.catalogue.query, "electricit");
    act(&mut s, &[Action::ConfirmSearch]);
    assert!(!s.catalogue.editing);
    assert_eq!(s.context(), Context::Normal);
    assert_eq!(s.catalogue.query, "electricit", "the search stays");
    act(&mut s, &[Action::ClearSearch]);
    assert!(s.catalogue.query.is_empty());
    assert_eq!(s.catalogue.shown.len(), s.data.cat.offers.len());
    let _ = before;
    // Erasing past the start leaves the search box.
    act(&mut s, &[Action::OpenSearch, Action::DeleteChar]);
    assert!(!s.catalogue.editing);
    assert_settled(&s);
}

#[test]
fn clearing_the_search_keeps_the_offer_selected() {
    let mut s = fr();
    find(&mut s, "technicien logistique entreposage", "afpa-metz-tle");
    act(&mut s, &[Action::ClearSearch]);
    assert_eq!(s.catalogue.selected(), Some(offer(&s, "afpa-metz-tle")));
    assert_settled(&s);
}

#[test]
fn a_search_that_finds_nothing_empties_the_panes() {
    let mut s = fr();
    act(&mut s, &[Action::OpenSearch]);
    type_text(&mut s, "zzzzqqq");
    assert!(s.catalogue.shown.is_empty());
    assert!(s.catalogue.trail.is_empty());
    act(
        &mut s,
        &[
            Action::SelectNext,
            Action::ConfirmSearch,
            Action::FollowLink,
            Action::GoBack,
        ],
    );
    assert_settled(&s);
}

#[test]
fn filters_narrow_the_list_and_clear() {
    let mut s = fr();
    let all = s.catalogue.shown.len();
    act(&mut s, &[Action::OpenFilters]);
    assert_eq!(s.context(), Context::Filters);
    let Some(Popup::Filters { cursor }) = s.popups.last().copied() else {
        panic!("the filter menu is open");
    };
    // The first row that can be chosen: the first body, by name (Afpa).
    assert_eq!(
        s.data.filter_rows[cursor.selected],
        FilterRow::Body(s.data.cat.lookup.provider("afpa").unwrap())
    );
    act(&mut s, &[Action::ToggleFilter]);
    assert_eq!(s.catalogue.shown.len(), 58);
    assert!(
        s.catalogue
            .shown
            .iter()
            .all(|o| s.data.short_body(*o) == "Afpa")
    );
    act(&mut s, &[Action::SelectNext, Action::ToggleFilter]);
    assert_eq!(
        s.catalogue.shown.len(),
        58 + 7,
        "a second body adds its offers"
    );
    // Down to the level range, which moves with left and right.
    while !matches!(
        s.popups.last(),
        Some(Popup::Filters { cursor }) if s.data.filter_rows[cursor.selected] == FilterRow::LevelMin
    ) {
        act(&mut s, &[Action::SelectNext]);
    }
    act(&mut s, &[Action::IncreaseFilter, Action::IncreaseFilter]);
    assert_eq!(s.catalogue.filters.levels, (3, 8));
    act(&mut s, &[Action::DecreaseFilter]);
    assert_eq!(s.catalogue.filters.levels, (2, 8));
    assert!(
        s.catalogue
            .shown
            .iter()
            .all(|o| s.data.cat.offer(*o).level >= Some(2))
    );
    act(&mut s, &[Action::ToggleFilter]);
    assert_eq!(
        s.catalogue.filters.levels,
        (1, 8),
        "toggling a level resets it"
    );
    act(&mut s, &[Action::ClearFilters]);
    assert!(s.catalogue.filters.is_empty());
    assert_eq!(s.catalogue.shown.len(), all);
    act(&mut s, &[Action::SelectLast]);
    let Some(Popup::Filters { cursor }) = s.popups.last().copied() else {
        panic!("still open");
    };
    assert_eq!(cursor.selected, s.data.filter_rows.len() - 1);
    act(&mut s, &[Action::SelectFirst]);
    let Some(Popup::Filters { cursor }) = s.popups.last().copied() else {
        panic!("still open");
    };
    assert_eq!(cursor.selected, 1, "headings are skipped");
    act(
        &mut s,
        &[Action::PageDown, Action::PageUp, Action::ClosePopup],
    );
    assert!(s.popups.is_empty());
    assert_settled(&s);
}

#[test]
fn sort_cycles_through_columns_and_reverses() {
    let mut s = fr();
    assert_eq!(s.catalogue.sort, SortKey::Title);
    act(&mut s, &[Action::CycleSort]);
    assert_eq!(s.catalogue.sort, SortKey::Hours);
    let hours: Vec<f64> = s
        .catalogue
        .shown
        .iter()
        .map(|o| s.data.cat.offer(*o).hours)
        .collect();
    assert!(hours.windows(2).all(|w| w[0] <= w[1]));
    act(&mut s, &[Action::ReverseSort]);
    let hours: Vec<f64> = s
        .catalogue
        .shown
        .iter()
        .map(|o| s.data.cat.offer(*o).hours)
        .collect();
    assert!(hours.windows(2).all(|w| w[0] >= w[1]));
    act(&mut s, &[Action::CycleSort]);
    assert_eq!(
        (s.catalogue.sort, s.catalogue.descending),
        (SortKey::Level, false)
    );
    act(&mut s, &[Action::CycleSort, Action::CycleSort]);
    assert_eq!(s.catalogue.sort, SortKey::City);
    let cities: Vec<Option<String>> = s
        .catalogue
        .shown
        .iter()
        .map(|o| s.data.city(*o).map(parcours::search::fold))
        .collect();
    let placed: Vec<&String> = cities.iter().flatten().collect();
    assert!(placed.windows(2).all(|w| w[0] <= w[1]));
    act(&mut s, &[Action::CycleSort]);
    assert_eq!(s.catalogue.sort, SortKey::Title);
}
