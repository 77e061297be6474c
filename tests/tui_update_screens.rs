//! What actions do on the other screens, in popups, with the mouse and
//! across every screen, without a terminal (see `tui_update.rs`).

mod tui_common;
use tui_common as common;

use common::{act, assert_settled, click, find, fr, scroll_down, scroll_up};
use parcours::tui::action::Action;
use parcours::tui::app::rows::{Row, Target};
use parcours::tui::app::{BodiesPane, Pane, Popup, Screen, Shown};
use parcours::tui::keymap::Context;
use parcours::tui::layout;
use parcours::tui::update::{update, visible};

#[test]
fn screens_change_by_number_and_in_turn() {
    let mut s = fr();
    act(&mut s, &[Action::ShowBodies]);
    assert_eq!(s.screen, Screen::Bodies);
    act(&mut s, &[Action::ShowPlanner]);
    assert_eq!(s.screen, Screen::Planner);
    act(&mut s, &[Action::NextScreen]);
    assert_eq!(s.screen, Screen::Catalogue);
    act(&mut s, &[Action::PrevScreen]);
    assert_eq!(s.screen, Screen::Planner);
    act(&mut s, &[Action::ShowCatalogue]);
    assert_eq!(s.screen, Screen::Catalogue);
    // Searching from another screen comes back to the catalogue.
    act(&mut s, &[Action::ShowBodies, Action::OpenSearch]);
    assert_eq!((s.screen, s.catalogue.editing), (Screen::Catalogue, true));
}

#[test]
fn help_opens_scrolls_and_closes() {
    let mut s = fr();
    act(&mut s, &[Action::ShowHelp]);
    assert_eq!(s.popups, [Popup::Help { scroll: 0 }]);
    assert_eq!(s.context(), Context::Help);
    act(&mut s, &[Action::SelectNext, Action::SelectNext]);
    assert_eq!(s.popups, [Popup::Help { scroll: 2 }]);
    act(&mut s, &[Action::SelectLast]);
    let Some(Popup::Help { scroll: end }) = s.popups.last().copied() else {
        panic!("open");
    };
    assert!(end > 0);
    act(&mut s, &[Action::PageDown]);
    assert_eq!(
        s.popups,
        [Popup::Help { scroll: end }],
        "no further than the end"
    );
    act(&mut s, &[Action::PageUp, Action::SelectFirst]);
    assert_eq!(s.popups, [Popup::Help { scroll: 0 }]);
    // Keys of the screen behind do nothing while the help is open.
    act(&mut s, &[Action::ShowBodies, Action::OpenSearch]);
    assert_eq!(s.screen, Screen::Catalogue);
    act(&mut s, &[Action::ClosePopup]);
    assert!(s.popups.is_empty());
    act(&mut s, &[Action::ShowHelp, Action::ShowHelp]);
    assert!(s.popups.is_empty(), "the help key closes the help too");
}

#[test]
fn bodies_show_their_centres_offers_and_agreements() {
    let mut s = fr();
    act(&mut s, &[Action::ShowBodies]);
    let afpa = s.data.cat.lookup.provider("afpa").unwrap();
    assert_eq!(s.bodies.shown, Some(Shown::Body(afpa)));
    let offers = s
        .bodies
        .rows
        .iter()
        .filter(|r| matches!(r, Row::Offer(_)))
        .count();
    assert_eq!(offers, 58);
    let centres = s
        .bodies
        .rows
        .iter()
        .filter(|r| matches!(r, Row::Centre(_)))
        .count();
    assert_eq!(centres, s.data.cat.provider(afpa).centres.len());
    act(&mut s, &[Action::SelectNext]);
    assert!(matches!(s.bodies.shown, Some(Shown::Body(b)) if b != afpa));
    act(&mut s, &[Action::SelectFirst, Action::FocusNextPane]);
    assert_eq!(s.bodies.focus, BodiesPane::Agreements);
    let first = s.data.agreements_order[0];
    assert_eq!(s.bodies.shown, Some(Shown::Agreement(first)));
    act(&mut s, &[Action::FocusNextPane]);
    assert_eq!(s.bodies.focus, BodiesPane::Detail);
    act(&mut s, &[Action::FocusPrevPane, Action::FocusPrevPane]);
    assert_eq!(s.bodies.focus, BodiesPane::Bodies);
    assert_eq!(s.bodies.shown, Some(Shown::Body(afpa)));
    assert_settled(&s);
}

#[test]
fn an_agreement_lists_its_parties_and_the_links_it_backs() {
    let mut s = fr();
    act(&mut s, &[Action::ShowBodies, Action::FocusNextPane]);
    let ag = s.data.cat.lookup.agreement("afpa-forem").unwrap();
    while s.bodies.shown != Some(Shown::Agreement(ag)) {
        act(&mut s, &[Action::SelectNext]);
    }
    let backed: Vec<u32> = s
        .bodies
        .rows
        .iter()
        .filter_map(|r| match r {
            Row::Backed(l) => Some(*l),
            _ => None,
        })
        .collect();
    assert!(!backed.is_empty());
    assert!(
        backed
            .iter()
            .all(|l| s.data.cat.links[*l as usize].agreement == Some(ag))
    );
    let parties = s
        .bodies
        .rows
        .iter()
        .filter(|r| matches!(r, Row::Party(_)))
        .count();
    assert_eq!(parties, 2);
    // Enter on a party shows that body.
    act(&mut s, &[Action::FollowLink]);
    assert_eq!(s.bodies.focus, BodiesPane::Detail);
    let target = s.bodies.rows[s.bodies.detail.selected].target(&s.data);
    let Some(Target::Body(body)) = target else {
        panic!("the first row to choose is a party: {target:?}");
    };
    act(&mut s, &[Action::FollowLink]);
    assert_eq!(s.bodies.shown, Some(Shown::Body(body)));
    assert_eq!(s.bodies.focus, BodiesPane::Bodies);
}

#[test]
fn an_offer_of_a_body_opens_in_the_catalogue() {
    let mut s = fr();
    // Enter on a body goes into its detail.
    act(&mut s, &[Action::ShowBodies, Action::FollowLink]);
    assert_eq!(s.bodies.focus, BodiesPane::Detail);
    // Afpa's first offer, by title.
    let Some(Target::Offer(o)) = s.bodies.rows[s.bodies.detail.selected].target(&s.data) else {
        panic!("an offer is selected");
    };
    act(
        &mut s,
        &[Action::SelectNext, Action::SelectPrev, Action::FollowLink],
    );
    assert_eq!(s.screen, Screen::Catalogue);
    assert_eq!(s.catalogue.current(), Some(o));
    assert_eq!(s.catalogue.selected(), Some(o), "selected in the list too");
    assert_eq!(s.catalogue.focus, Pane::Detail);
    assert_settled(&s);
}

#[test]
fn resizing_relayouts_and_a_tiny_window_is_harmless() {
    let mut s = fr();
    act(&mut s, &[Action::SelectLast]);
    update(
        &mut s,
        Action::Resize {
            width: 160,
            height: 48,
        },
    );
    assert!(visible(&s).detail > 0 && visible(&s).links > 0);
    assert_settled(&s);
    update(
        &mut s,
        Action::Resize {
            width: 20,
            height: 5,
        },
    );
    assert_eq!(visible(&s).list, 0);
    for action in parcours::tui::action::Action::BINDABLE {
        if action != Action::Quit {
            update(&mut s, action);
        }
    }
    click(&mut s, 3, 3);
    update(
        &mut s,
        Action::Resize {
            width: 80,
            height: 24,
        },
    );
    assert_settled(&s);
}

#[test]
fn a_click_selects_a_row_switches_tab_and_the_wheel_scrolls() {
    let mut s = fr();
    let app = layout::app(s.area).unwrap();
    let list = layout::catalogue(app.body, s.catalogue.side, s.catalogue.focus).list;
    let rows = layout::list_rows(list);
    click(&mut s, rows.x + 3, rows.y + 2);
    assert_eq!(s.catalogue.list.selected, 2);
    scroll_down(&mut s, rows.x + 3, rows.y);
    assert_eq!(s.catalogue.list.selected, 5);
    scroll_up(&mut s, rows.x + 3, rows.y);
    assert_eq!(s.catalogue.list.selected, 2);
    // A click on the pane below focuses it.
    let detail = layout::catalogue(app.body, s.catalogue.side, s.catalogue.focus)
        .detail
        .unwrap();
    click(&mut s, detail.x + 2, detail.y + 2);
    assert_eq!(s.catalogue.focus, Pane::Detail);
    // The second tab's title.
    click(&mut s, 20, app.tabs.y);
    assert_eq!(s.screen, Screen::Bodies);
    let bodies = layout::inner(layout::bodies(app.body).bodies);
    click(&mut s, bodies.x + 1, bodies.y + 3);
    assert_eq!(
        (s.bodies.focus, s.bodies.bodies.selected),
        (BodiesPane::Bodies, 3)
    );
    click(&mut s, 2, app.tabs.y);
    assert_eq!(s.screen, Screen::Catalogue);
}

#[test]
fn a_click_on_a_passerelle_selects_it_and_outside_a_popup_closes_it() {
    let mut s = fr();
    find(&mut s, "technicien logistique entreposage", "afpa-metz-tle");
    act(&mut s, &[Action::FocusLinks]);
    let app = layout::app(s.area).unwrap();
    let links = layout::catalogue(app.body, s.catalogue.side, s.catalogue.focus)
        .links
        .unwrap();
    let (rows, _) = layout::links_split(links);
    // Row 2 is the second passerelle out (row 0 is a heading).
    click(&mut s, rows.x + 4, rows.y + 2);
    assert_eq!(s.catalogue.trail.last().unwrap().links.selected, 2);
    // A heading cannot be selected.
    click(&mut s, rows.x + 4, rows.y);
    assert_eq!(s.catalogue.trail.last().unwrap().links.selected, 2);
    act(&mut s, &[Action::OpenFilters]);
    let menu = layout::filters(s.area);
    // Clicking a body in the menu turns it on.
    click(&mut s, menu.x + 4, menu.y + 2);
    assert_eq!(s.catalogue.filters.bodies.len(), 1);
    click(&mut s, 0, 0);
    assert!(s.popups.is_empty());
}

#[test]
fn keys_are_read_in_the_context_of_the_moment() {
    use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
    use parcours::tui::event::action_for;
    let key = |c| Event::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
    let mut s = fr();
    assert_eq!(action_for(&key('q'), &s), Some(Action::Quit));
    assert_eq!(action_for(&key('/'), &s), Some(Action::OpenSearch));
    act(&mut s, &[Action::OpenSearch]);
    // While typing, letters are text, even those bound elsewhere.
    assert_eq!(action_for(&key('q'), &s), Some(Action::InsertChar('q')));
    assert_eq!(action_for(&key('é'), &s), Some(Action::InsertChar('é')));
    let ctrl_c = Event::Key(KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL));
    assert_eq!(action_for(&ctrl_c, &s), Some(Action::Quit));
    let esc = Event::Key(KeyEvent::new(KeyCode::Esc, KeyModifiers::NONE));
    assert_eq!(action_for(&esc, &s), Some(Action::ClearSearch));
    act(&mut s, &[Action::ClearSearch, Action::ShowHelp]);
    assert_eq!(action_for(&key('q'), &s), Some(Action::ClosePopup));
    assert_eq!(action_for(&key('x'), &s), None);
    assert_eq!(
        action_for(&Event::Resize(100, 30), &s),
        Some(Action::Resize {
            width: 100,
            height: 30
        })
    );
}

#[test]
fn every_action_in_every_screen_keeps_the_state_sound() {
    for screen in [
        Action::ShowCatalogue,
        Action::ShowBodies,
        Action::ShowPlanner,
    ] {
        for focus in [
            Action::FocusDetail,
            Action::FocusLinks,
            Action::FocusPrevPane,
        ] {
            for action in Action::BINDABLE {
                if action == Action::Quit {
                    continue;
                }
                let mut s = fr();
                act(&mut s, &[screen, focus, Action::SelectNext, action]);
                act(
                    &mut s,
                    &[Action::SelectLast, Action::FollowLink, Action::SelectNext],
                );
                act(&mut s, &[Action::GoBack, Action::PageDown]);
                assert_settled(&s);
            }
        }
    }
}

mod random {
    use super::common::{assert_settled, draw, fr};
    use parcours::tui::action::Action;
    use parcours::tui::update::update;
    use proptest::prelude::*;

    fn action() -> impl Strategy<Value = Action> {
        prop_oneof![
            4 => proptest::sample::select(Action::BINDABLE.to_vec())
                .prop_filter("not quit", |a| *a != Action::Quit),
            2 => proptest::char::range('a', 'z').prop_map(Action::InsertChar),
            1 => (0u16..100, 0u16..40).prop_map(|(column, row)| Action::Click { column, row }),
            1 => (0u16..100, 0u16..40).prop_map(|(column, row)| Action::ScrollDown { column, row }),
            1 => (20u16..200, 5u16..60)
                .prop_map(|(width, height)| Action::Resize { width, height }),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(48))]

        /// Whatever a person does, the selections stay inside their lists
        /// and on screen, and every frame draws.
        #[test]
        fn any_sequence_keeps_the_state_sound(actions in proptest::collection::vec(action(), 1..40)) {
            let mut s = fr();
            for action in actions {
                update(&mut s, action);
                assert_settled(&s);
            }
            let _ = draw(&s);
        }

        /// The same in the planner, a request ready and plans kept in a
        /// directory of the test's own: pickers, dialogs, searches, saves
        /// and the list of plans, in any order.
        #[test]
        fn any_sequence_in_the_planner_keeps_the_state_sound(
            actions in proptest::collection::vec(action(), 1..40)
        ) {
            let dir = tempfile::tempdir().unwrap();
            let mut s = super::common::state_with_plans(
                super::common::sample(),
                parcours::tui::app::CatalogueName::Sample,
                parcours::tui::i18n::Lang::Fr,
                (80, 24),
                Some(dir.path().to_path_buf()),
            );
            let d = &mut s.planner.draft;
            d.from = s.data.cat.lookup.offer("forem-liege-cariste");
            d.target = s
                .data
                .cat
                .lookup
                .occupation("o-responsable-logistique")
                .map(parcours::route::Target::Occupation);
            update(&mut s, Action::ShowPlanner);
            for action in actions {
                update(&mut s, action);
                assert_settled(&s);
                let _ = draw(&s);
            }
        }
    }
}

/// Found by the random sequences: an offer opened from the bodies screen
/// while a search hides it from the list.
#[test]
fn an_offer_opened_from_a_body_while_a_search_hides_it() {
    use common::{assert_settled, fr};
    use parcours::tui::action::Action;
    use parcours::tui::update::update;
    let mut s = fr();
    for action in [
        Action::OpenSearch,
        Action::InsertChar('f'),
        Action::Click { column: 14, row: 2 },
        Action::ScrollDown { column: 34, row: 3 },
        Action::FollowLink,
    ] {
        update(&mut s, action);
        assert_settled(&s);
    }
    let _ = common::draw(&s);
}
