//! Helpers shared by the interface's tests (`#[path]`-included by each):
//! the sample catalogue in a state of a given size and language, with a
//! fixed "today", and drawing it into a test backend; and the real
//! binary in a pseudo-terminal ([`pty`]) and its screen ([`screen`]).

#![allow(dead_code)]

pub mod jobs;
pub mod pictures;
pub mod planner;
pub mod pty;
pub mod screen;

use parcours::load::{Source, load};
use parcours::model::{Catalogue, Date};
use parcours::tui::action::Action;
use parcours::tui::app::Screen;
use parcours::tui::app::rows::Row;
use parcours::tui::app::{AppState, CatalogueName, Options};
use parcours::tui::i18n::Lang;
use parcours::tui::keymap::KeyMap;
use parcours::tui::theme::Theme;
use parcours::tui::update::{update, visible};
use parcours::tui::views::render;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

/// The day the tests live on, so that "next session" does not move.
pub const TODAY: &str = "2026-11-22";

/// The sample catalogue, loaded once per test binary.
pub fn sample() -> Catalogue {
    static SAMPLE: std::sync::OnceLock<Catalogue> = std::sync::OnceLock::new();
    SAMPLE
        .get_or_init(|| load(&Source::Sample).catalogue.expect("the sample loads"))
        .clone()
}

pub fn state_of(
    cat: Catalogue,
    name: CatalogueName,
    lang: Lang,
    width: u16,
    height: u16,
) -> AppState {
    state_with_plans(cat, name, lang, (width, height), None)
}

/// A state whose plans are kept in `plans` (none: nowhere).
pub fn state_with_plans(
    cat: Catalogue,
    name: CatalogueName,
    lang: Lang,
    (width, height): (u16, u16),
    plans: Option<std::path::PathBuf>,
) -> AppState {
    AppState::new(cat, options(name, lang, (width, height), plans))
}

/// The tests' options: colours, the default keys, [`TODAY`].
pub fn options(
    name: CatalogueName,
    lang: Lang,
    (width, height): (u16, u16),
    plans: Option<std::path::PathBuf>,
) -> Options {
    Options {
        name,
        lang,
        theme: Theme::colored(),
        keymap: KeyMap::defaults(),
        today: Date::parse(TODAY).unwrap(),
        width,
        height,
        plans_dir: plans,
        // Never the person's home: the keys of random tests may write
        // the sample there.
        init_dir: Some(std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("init-catalogue")),
    }
}

/// The sample catalogue, in a terminal of this size.
pub fn state(lang: Lang, width: u16, height: u16) -> AppState {
    state_of(sample(), CatalogueName::Sample, lang, width, height)
}

/// Applies actions one after the other.
pub fn act(state: &mut AppState, actions: &[Action]) {
    for action in actions {
        update(state, *action);
    }
}

/// A click of the left button on a cell of the screen.
pub fn click(state: &mut AppState, column: u16, row: u16) {
    update(state, Action::Click { column, row });
}

/// The wheel turned down over a cell of the screen.
pub fn scroll_down(state: &mut AppState, column: u16, row: u16) {
    update(state, Action::ScrollDown { column, row });
}

/// The wheel turned up over a cell of the screen.
pub fn scroll_up(state: &mut AppState, column: u16, row: u16) {
    update(state, Action::ScrollUp { column, row });
}

/// Types text into the search box, as keys would.
pub fn type_text(state: &mut AppState, text: &str) {
    for c in text.chars() {
        update(state, Action::InsertChar(c));
    }
}

/// Draws the state into a test terminal of the state's size.
pub fn draw(state: &AppState) -> Terminal<TestBackend> {
    let mut terminal =
        Terminal::new(TestBackend::new(state.area.width, state.area.height)).unwrap();
    terminal.draw(|frame| render(frame, state)).unwrap();
    terminal
}

/// The screen's text, one line per row, trailing spaces kept.
pub fn screen(state: &AppState) -> String {
    let terminal = draw(state);
    let buffer = terminal.backend().buffer();
    let mut out = String::new();
    for y in 0..buffer.area.height {
        for x in 0..buffer.area.width {
            out.push_str(buffer[(x, y)].symbol());
        }
        out.push('\n');
    }
    out
}

/// The offer with this id.
pub fn offer(state: &AppState, id: &str) -> parcours::model::OfferIx {
    state
        .data
        .cat
        .lookup
        .offer(id)
        .expect("the sample has this offer")
}

/// The sample, in French, at 80×24.
pub fn fr() -> AppState {
    state(parcours::tui::i18n::Lang::Fr, 80, 24)
}

/// Searches, keeps the search, and checks the offer found is selected.
pub fn find(s: &mut AppState, words: &str, id: &str) {
    act(s, &[Action::OpenSearch]);
    type_text(s, words);
    act(s, &[Action::ConfirmSearch]);
    assert_eq!(s.catalogue.selected(), Some(offer(s, id)), "{words}");
}

/// Every invariant the views rely on: selections inside their lists and
/// shown, the way followed starting at the list's selection.
pub fn assert_settled(s: &AppState) {
    let v = visible(s);
    let c = &s.catalogue;
    if !c.shown.is_empty() {
        assert!(c.list.selected < c.shown.len());
        if s.screen == Screen::Catalogue && v.list > 0 {
            assert!(c.list.offset <= c.list.selected);
            assert!(c.list.selected < c.list.offset + v.list);
        }
    }
    // The way followed starts at the list's selection, unless it starts at
    // an offer opened from elsewhere (the bodies screen) that the search
    // or the filters hide from the list.
    match c.trail.first() {
        Some(first) if c.shown.contains(&first.offer) => {
            assert_eq!(Some(first.offer), c.selected());
        }
        Some(_) => {}
        None => assert!(c.shown.is_empty()),
    }
    if let Some(stop) = c.trail.last() {
        assert!(stop.links.selected < c.rows.len().max(1));
        if v.links > 0 && c.rows.iter().any(Row::selectable) {
            assert!(c.rows[stop.links.selected].selectable());
            assert!(stop.links.selected < stop.links.offset + v.links);
        }
    }
    let b = &s.bodies;
    assert!(b.bodies.selected < s.data.bodies_order.len());
    assert!(b.agreements.selected < s.data.agreements_order.len());
    assert_planner_settled(s);
}

/// The planner's invariants: the form's selection on a field and shown,
/// a picker or dialog exactly when its popup is open, selections inside
/// what they select from.
pub fn assert_planner_settled(s: &AppState) {
    use parcours::tui::app::planner::FORM;
    use parcours::tui::app::{PlannerPane, Popup};
    let v = visible(s);
    let p = &s.planner;
    assert!(p.field().is_some(), "the form's selection is a field");
    if s.screen == Screen::Planner && v.form > 0 {
        assert!(p.form.offset <= p.form.selected);
        assert!(p.form.selected < p.form.offset + v.form);
        assert!(p.form.offset + v.form <= FORM.len().max(v.form));
    }
    assert_eq!(
        p.picker.is_some(),
        s.popups.contains(&Popup::Picker),
        "a picker is open exactly when its popup is"
    );
    assert_eq!(p.dialog.is_some(), s.popups.contains(&Popup::Dialog));
    if let Some(picker) = &p.picker {
        assert!(picker.cursor.selected < picker.shown.len().max(1));
        if s.popups.last() == Some(&Popup::Picker) && v.popup > 0 && !picker.shown.is_empty() {
            assert!(picker.cursor.offset <= picker.cursor.selected);
            assert!(picker.cursor.selected < picker.cursor.offset + v.popup);
        }
    }
    if p.focus != PlannerPane::Form {
        assert!(p.results.is_some(), "results panes need results");
    }
    if let Some(r) = &p.results {
        assert!(r.selected < r.alternatives.len().max(1));
        let steps = r.route().map_or(0, |route| route.steps.len());
        assert!(r.step < steps.max(1));
        assert_eq!(r.alternatives.is_empty(), r.none.is_some());
    }
    assert!(p.plans.cursor.selected < p.plans.entries.len().max(1));
}
