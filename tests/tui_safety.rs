//! A catalogue cannot talk to the terminal: titles, names and notes that
//! hold escape sequences, C1 controls and bidi overrides are drawn through
//! the real crossterm backend into bytes, and none of their sequences come
//! out — only visible marks in their place.

mod tui_common;
use tui_common as common;

use common::{act, state_of, type_text};
use std::cell::RefCell;
use std::io::Write;
use std::rc::Rc;

use parcours::load::{Source, load};
use parcours::tui::action::Action;
use parcours::tui::app::{AppState, CatalogueName};
use parcours::tui::i18n::Lang;
use parcours::tui::views::render;
use ratatui::backend::CrosstermBackend;
use ratatui::layout::Rect;
use ratatui::{Terminal, TerminalOptions, Viewport};

/// Every kind of trouble at once: OSC (retitle the window), CSI (clear
/// the screen), a C1 CSI introducer, a right-to-left override, a bell.
const NASTY: &str = r"\u001b]0;x\u0007\u001b[2J\u009b31m\u202e";

fn catalogue_json() -> String {
    let n = NASTY;
    format!(
        r#"{{
  "format": "parcours/1",
  "providers": [
    {{ "id": "evil", "name": "Evil{n} body", "country": "FR", "kind": "k{n}", "region": "R{n}",
       "url": "https://x{n}",
       "centres": [ {{ "id": "evil-c", "name": "Centre{n}", "city": "City{n}", "region": "Reg{n}",
                       "lat": 49.0, "lon": 6.0 }} ] }},
    {{ "id": "good", "name": "Good body", "country": "BE",
       "centres": [ {{ "id": "good-c", "name": "Centre", "city": "Liège", "lat": 50.6, "lon": 5.6 }} ] }}
  ],
  "agreements": [
    {{ "id": "pact", "title": "Pact{n}", "parties": ["evil", "good"], "signed": "2020-01-01",
       "programme": "Prog{n}", "note": "Note{n}", "url": "https://p{n}" }}
  ],
  "competences": [
    {{ "id": "c-a", "label": "Skill A{n}" }},
    {{ "id": "c-b", "label": "Skill B{n}" }}
  ],
  "occupations": [ {{ "id": "o-x", "label": "Trade{n}", "rome": "H{n}" }} ],
  "offers": [
    {{ "id": "evil-1", "provider": "evil", "centre": "evil-c", "title": "Soudeur{n} un",
       "sector": "sec{n}", "level": 3, "hours": 100, "languages": ["l{n}"], "audiences": ["a{n}"],
       "grants": ["c-a", "c-b"], "prepares": ["o-x"],
       "certification": {{ "title": "Cert{n}", "code": "C{n}" }}, "badge": "B{n}",
       "sessions": [ {{ "start": "2027-01-04", "end": "2027-03-01" }} ],
       "description": "Desc{n}\nline two{n}", "url": "https://o{n}" }},
    {{ "id": "good-1", "provider": "good", "centre": "good-c", "title": "Soudeur deux",
       "hours": 200, "requires": ["c-a", "c-b"] }},
    {{ "id": "good-2", "provider": "good", "title": "Soudeur trois", "hours": 50 }}
  ],
  "links": [
    {{ "from": "evil-1", "to": "good-2", "kind": "bridge", "agreement": "pact",
       "credit_hours": 10, "note": "Link note{n}" }}
  ]
}}"#
    )
}

fn nasty_state(width: u16, height: u16) -> AppState {
    let files = vec![("evil.json".to_owned(), catalogue_json().into_bytes())];
    let loaded = load(&Source::Memory(files));
    let cat = loaded.catalogue.unwrap_or_else(|| {
        panic!("the catalogue loads: {:?}", loaded.diagnostics.errors);
    });
    let name = CatalogueName::Path(format!("data{}", "\u{1b}]0;x\u{7}"));
    state_of(cat, name, Lang::Fr, width, height)
}

/// Bytes written, kept where the test can read them after the backend
/// has written them.
#[derive(Clone, Default)]
struct Sink(Rc<RefCell<Vec<u8>>>);

impl Write for Sink {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.borrow_mut().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Draws the state with crossterm, as the binary does, into bytes.
fn bytes(state: &AppState) -> Vec<u8> {
    let area = Rect::new(0, 0, state.area.width, state.area.height);
    let sink = Sink::default();
    let mut terminal = Terminal::with_options(
        CrosstermBackend::new(sink.clone()),
        TerminalOptions {
            viewport: Viewport::Fixed(area),
        },
    )
    .unwrap();
    terminal.draw(|frame| render(frame, state)).unwrap();
    drop(terminal);
    sink.0.take()
}

/// What the data carried must not reach the terminal.
fn assert_clean(output: &[u8], what: &str) {
    let text = String::from_utf8_lossy(output);
    for (needle, name) in [
        ("\u{1b}]", "an OSC sequence"),
        ("\u{7}", "a bell"),
        ("\u{1b}[2J", "a clear-screen sequence"),
        ("\u{9b}", "a C1 control sequence introducer"),
        ("\u{202e}", "a right-to-left override"),
    ] {
        assert!(!text.contains(needle), "{what}: the output holds {name}");
    }
    // Each escape the output holds is one crossterm wrote: a CSI that
    // moves the cursor or sets a style, never followed by data's `]`.
    for (at, _) in text.match_indices('\u{1b}') {
        assert_eq!(
            text[at + 1..].chars().next(),
            Some('['),
            "{what}: a bare ESC"
        );
    }
}

#[test]
fn no_screen_lets_data_reach_the_terminal() {
    for (width, height) in [(80, 24), (160, 48)] {
        let mut s = nasty_state(width, height);
        let mut screens = vec![("catalogue", bytes(&s))];
        act(&mut s, &[Action::FocusDetail]);
        screens.push(("detail", bytes(&s)));
        act(&mut s, &[Action::FollowLink]);
        screens.push(("passerelles", bytes(&s)));
        act(&mut s, &[Action::FollowLink]);
        screens.push(("followed", bytes(&s)));
        act(
            &mut s,
            &[Action::GoBack, Action::FocusDetail, Action::SelectLast],
        );
        screens.push(("detail end", bytes(&s)));
        act(&mut s, &[Action::OpenFilters]);
        screens.push(("filters", bytes(&s)));
        act(&mut s, &[Action::ClosePopup, Action::ShowBodies]);
        screens.push(("body", bytes(&s)));
        act(&mut s, &[Action::FollowLink, Action::SelectLast]);
        screens.push(("body detail", bytes(&s)));
        act(&mut s, &[Action::FocusNextPane, Action::FocusNextPane]);
        screens.push(("agreement", bytes(&s)));
        act(&mut s, &[Action::OpenSearch]);
        type_text(&mut s, "\u{1b}]0;x\u{7}soudeur\u{9b}");
        screens.push(("search", bytes(&s)));
        for (what, output) in screens {
            assert_clean(&output, &format!("{what} at {width}×{height}"));
        }
    }
}

#[test]
fn the_data_shows_with_visible_marks() {
    let mut s = nasty_state(160, 48);
    act(&mut s, &[Action::FocusDetail]);
    let screen = common::screen(&s);
    assert!(screen.contains("Soudeur␛]0;x␇␛[2J�31m� un"), "{screen}");
    assert!(screen.contains("Evil␛]0;x␇␛[2J�31m� body"), "{screen}");
    assert!(
        screen.contains("data␛]0;x␇"),
        "the catalogue's name too: {screen}"
    );
}

#[test]
fn the_planner_lets_no_data_reach_the_terminal() {
    use parcours::tui::app::planner::Field;
    for (width, height) in [(80, 24), (160, 48)] {
        let dir = tempfile::tempdir().unwrap();
        let mut s = nasty_state(width, height);
        s.planner.plans_dir = Some(dir.path().to_path_buf());
        let mut screens = Vec::new();
        // The catalogue's offer starts the plan; its occupation is the goal.
        act(&mut s, &[Action::PlanFromOffer]);
        screens.push(("form", bytes(&s)));
        s.planner.select_field(Field::Target);
        act(&mut s, &[Action::Choose]);
        screens.push(("goal picker", bytes(&s)));
        act(&mut s, &[Action::NextValue]);
        screens.push(("offer picker", bytes(&s)));
        act(&mut s, &[Action::NextValue]);
        screens.push(("competence picker", bytes(&s)));
        act(&mut s, &[Action::PrevValue, Action::PrevValue]);
        type_text(&mut s, "trade");
        act(&mut s, &[Action::Choose, Action::RunPlan]);
        assert!(
            s.planner.has_routes(),
            "the offer itself prepares the trade"
        );
        screens.push(("pathways", bytes(&s)));
        act(&mut s, &[Action::FocusNextPane]);
        screens.push(("steps", bytes(&s)));
        act(&mut s, &[Action::FocusNextPane]);
        screens.push(("timeline", bytes(&s)));
        // To the other body, by an inferred step resting on competences.
        s.planner.draft.target = s
            .data
            .cat
            .lookup
            .offer("good-1")
            .map(parcours::route::Target::Offer);
        act(&mut s, &[Action::RunPlan, Action::FocusNextPane]);
        assert_eq!(
            s.planner
                .results
                .as_ref()
                .unwrap()
                .route()
                .unwrap()
                .steps
                .len(),
            2
        );
        screens.push(("inferred step", bytes(&s)));
        act(&mut s, &[Action::SavePlan]);
        type_text(&mut s, "Plan\u{1b}]0;x\u{7}");
        screens.push(("save dialog", bytes(&s)));
        act(&mut s, &[Action::Confirm, Action::OpenPlans]);
        screens.push(("plans", bytes(&s)));
        act(&mut s, &[Action::ClosePopup]);
        for field in [
            Field::Avoid,
            Field::Audiences,
            Field::Countries,
            Field::Languages,
        ] {
            s.planner.select_field(field);
            act(&mut s, &[Action::FocusPrevPane]);
            while s.planner.focus != parcours::tui::app::PlannerPane::Form {
                act(&mut s, &[Action::FocusPrevPane]);
            }
            act(&mut s, &[Action::Choose, Action::ToggleMark]);
            screens.push(("constraint picker", bytes(&s)));
            act(&mut s, &[Action::Choose]);
        }
        act(&mut s, &[Action::RunPlan]);
        assert!(!s.planner.has_routes(), "the start's body is left out");
        screens.push(("no pathway", bytes(&s)));
        for (what, output) in screens {
            assert_clean(&output, &format!("planner, {what} at {width}×{height}"));
        }
    }
}
