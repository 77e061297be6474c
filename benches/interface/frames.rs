//! Drawing each screen at 100,000 offers (issue 7: a frame ≤ 2 ms): the
//! catalogue, the bodies and agreements, the planner, the help, and an
//! offer's graph and map, each drawn 40 times into ratatui's `TestBackend`
//! at 160×48 and at 80×24; prints the median and the largest.

use std::time::{Duration, Instant};

use crate::common::{draw, screen, state_of};
use crate::{ms, spread};
use parcours::tui::action::Action;
use parcours::tui::app::{AppState, CatalogueName};
use parcours::tui::i18n::Lang;
use parcours::tui::update::update;
use parcours::tui::views::render;

const DRAWS: usize = 40;

/// The screens, each as the actions that open it from the catalogue and
/// those that go back.
const SCREENS: [(&str, &[Action], &[Action]); 6] = [
    ("catalogue", &[], &[]),
    ("bodies", &[Action::ShowBodies], &[Action::ShowCatalogue]),
    ("planner", &[Action::ShowPlanner], &[Action::ShowCatalogue]),
    ("help", &[Action::ShowHelp], &[Action::ClosePopup]),
    ("graph", &[Action::ShowGraph], &[Action::GoBack]),
    ("map", &[Action::ShowMap], &[Action::GoBack]),
];

pub fn run(offers: usize) {
    let cat = crate::synthetic(offers);
    println!(
        "{:<10} {:>8} {:>12} {:>10}",
        "screen", "size", "median ms", "max ms"
    );
    let mut worst = Duration::ZERO;
    for (width, height) in [(160, 48), (80, 24)] {
        let mut state: AppState = state_of(
            cat.clone(),
            CatalogueName::Path("synth".into()),
            Lang::Fr,
            width,
            height,
        );
        for (name, open, close) in SCREENS {
            for &action in open {
                update(&mut state, action);
            }
            let shown = screen(&state);
            assert!(
                !shown.trim().is_empty(),
                "the {name} screen shows something"
            );
            let mut terminal = draw(&state);
            let times: Vec<Duration> = (0..DRAWS)
                .map(|_| {
                    let started = Instant::now();
                    terminal.draw(|frame| render(frame, &state)).expect("draws");
                    started.elapsed()
                })
                .collect();
            let (median, _, max) = spread(times);
            worst = worst.max(median);
            println!(
                "{name:<10} {:>8} {:>12.3} {:>10.3}",
                format!("{width}×{height}"),
                ms(median),
                ms(max)
            );
            for &action in close {
                update(&mut state, action);
            }
        }
    }
    println!("slowest screen (median): {:.3} ms", ms(worst));
}
