//! Keys while the planner's routes run on their worker: each request is
//! sent off with `r`, and until its answer comes a key is pressed every
//! 10 ms (moving in the form, the screen switched to the catalogue and
//! back), each timed with its frame; then the same request again, stopped
//! with Escape 20 ms in, timed until the worker has let it go.

use std::sync::mpsc::{Receiver, channel};
use std::time::{Duration, Instant};

use crate::common::{draw, state_of};
use crate::{ms, spread};
use parcours::model::OfferIx;
use parcours::route::{Criterion, Target};
use parcours::tui::action::Action;
use parcours::tui::app::{AppState, CatalogueName};
use parcours::tui::i18n::Lang;
use parcours::tui::jobs::{self, Answer, Failed, Workers};
use parcours::tui::update::update;
use parcours::tui::views::render;

/// Requests whose routes take a while: by finish date, three pathways.
const CRITERION: Criterion = Criterion::Finish;
const K: usize = 3;
const REQUESTS: usize = 12;
/// Between two keys: a fast typist.
const PACE: Duration = Duration::from_millis(10);

/// Offers and occupations spread over the catalogue by a fixed stride,
/// as the routing bench picks them (some have no route: they answer
/// quickly and are kept, as a person's requests would be).
fn requests(state: &AppState) -> Vec<(OfferIx, Target)> {
    let cat = &state.data.cat;
    let n = cat.offers.len();
    (0..)
        .map(|i: usize| {
            let from = OfferIx::new(i.wrapping_mul(104_729) % n);
            let to = cat.offer(OfferIx::new((i.wrapping_mul(7_919) + 13) % n));
            (from, to.prepares.first().map(|o| Target::Occupation(*o)))
        })
        .filter_map(|(from, to)| Some((from, to?)))
        .take(REQUESTS)
        .collect()
}

/// Sends the request off; when it was sent.
fn send(state: &mut AppState, workers: &Workers) -> Instant {
    let sent = Instant::now();
    update(state, Action::RunPlan);
    for job in state.jobs.take() {
        workers.start(job);
    }
    sent
}

pub fn run(offers: usize) {
    let cat = crate::synthetic(offers);
    let mut state = state_of(cat, CatalogueName::Path("synth".into()), Lang::Fr, 160, 48);
    jobs::defer(&mut state, jobs::SEARCH_DEFER_FROM);
    let (to_loop, answers): (_, Receiver<Result<Answer, Failed>>) = channel();
    let workers = Workers::spawn(move |a| {
        let _ = to_loop.send(a);
    })
    .expect("the workers start");
    let mut terminal = draw(&state);
    let keys = [
        Action::SelectNext,
        Action::SelectPrev,
        Action::ShowCatalogue,
        Action::ShowPlanner,
    ];
    let (mut routes, mut latencies, mut stops) = (Vec::new(), Vec::new(), Vec::new());
    for (from, target) in requests(&state) {
        update(&mut state, Action::ShowPlanner);
        let draft = &mut state.planner.draft;
        draft.from = Some(from);
        draft.target = Some(target);
        draft.criterion = CRITERION;
        draft.k = K;
        let sent = send(&mut state, &workers);
        let mut pressed = 0;
        let answer = loop {
            if let Ok(answer) = answers.recv_timeout(PACE) {
                break answer.expect("the worker answers");
            }
            let started = Instant::now();
            update(&mut state, keys[pressed % keys.len()]);
            terminal.draw(|f| render(f, &state)).expect("draws");
            latencies.push(started.elapsed());
            pressed += 1;
        };
        routes.push(sent.elapsed());
        jobs::receive(&mut state, answer);
        // The same again, stopped.
        update(&mut state, Action::ShowPlanner);
        send(&mut state, &workers);
        std::thread::sleep(Duration::from_millis(20));
        let asked = Instant::now();
        update(&mut state, Action::GoBack);
        let answer = answers
            .recv()
            .expect("an answer")
            .expect("the worker answers");
        stops.push(asked.elapsed());
        jobs::receive(&mut state, answer);
    }
    let (route, route90, route_max) = spread(routes);
    let (key, key90, key_max) = spread(latencies.clone());
    let (stop, stop90, stop_max) = spread(stops);
    println!();
    println!(
        "While routes run ({offers} offers, by {CRITERION}, k = {K}, {REQUESTS} requests, a key every {} ms):",
        PACE.as_millis()
    );
    println!("{:<36} {:>9} {:>9} {:>9}", "", "median", "p90", "max");
    let row = |label: &str, (a, b, c): (Duration, Duration, Duration)| {
        println!("{label:<36} {:>9.1} {:>9.1} {:>9.1}", ms(a), ms(b), ms(c));
    };
    row("route, sent to answered (ms)", (route, route90, route_max));
    row(
        &format!("a key and its frame (ms, {} keys)", latencies.len()),
        (key, key90, key_max),
    );
    row("Escape to the worker free (ms)", (stop, stop90, stop_max));
}
