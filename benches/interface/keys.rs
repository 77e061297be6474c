//! A search keystroke and a frame at 100,000 offers (issue 4: ≤ 16 ms
//! together): types "soudeur metz" letter by letter into the search box of
//! a 160×48 screen, erases, moves and sorts, drawing a frame after each key
//! into ratatui's `TestBackend`, and prints the median and worst time over
//! 7 rounds for each step. Searches run at once here, as without workers:
//! this is what each costs.

use std::time::{Duration, Instant};

use crate::common::{draw, state_of};
use crate::{ms, spread};
use parcours::tui::action::Action;
use parcours::tui::app::{AppState, CatalogueName};
use parcours::tui::i18n::Lang;
use parcours::tui::update::update;
use parcours::tui::views::render;

const ROUNDS: usize = 7;

pub fn run(offers: usize) {
    let cat = crate::synthetic(offers);
    let started = Instant::now();
    let mut state: AppState = state_of(cat, CatalogueName::Path("synth".into()), Lang::Fr, 160, 48);
    println!(
        "{offers} offers: interface state built in {:.1} ms",
        ms(started.elapsed())
    );

    let mut steps: Vec<(String, Action)> = vec![("open search".into(), Action::OpenSearch)];
    steps.extend(
        "soudeur metz"
            .chars()
            .map(|c| (format!("type {c:?}"), Action::InsertChar(c))),
    );
    steps.extend((0..6).map(|_| ("erase".to_owned(), Action::DeleteChar)));
    steps.push(("clear".into(), Action::ClearSearch));
    steps.push(("next row".into(), Action::SelectNext));
    steps.push(("page down".into(), Action::PageDown));
    steps.push(("sort".into(), Action::CycleSort));

    let mut times: Vec<Vec<Duration>> = vec![Vec::new(); steps.len()];
    // Each round ends with the search cleared, so the next starts afresh.
    let mut terminal = draw(&state);
    for _ in 0..ROUNDS {
        for (i, (_, action)) in steps.iter().enumerate() {
            let started = Instant::now();
            update(&mut state, *action);
            terminal.draw(|frame| render(frame, &state)).expect("draws");
            times[i].push(started.elapsed());
        }
    }
    println!(
        "{:<12} {:>10} {:>10}   (update + frame, 160×48)",
        "step", "median ms", "max ms"
    );
    let mut worst_median = Duration::ZERO;
    for ((label, _), t) in steps.iter().zip(times) {
        let (median, _, max) = spread(t);
        worst_median = worst_median.max(median);
        println!("{label:<12} {:>10.2} {:>10.2}", ms(median), ms(max));
    }
    println!("slowest step (median): {:.2} ms", ms(worst_median));
}
