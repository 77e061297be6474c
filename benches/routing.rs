//! Graph build and route latency on synthetic catalogues (issue 3).
//!
//! `cargo bench --bench routing` — prints, for 10k and 100k offers (~10
//! links each), the median graph build time and, for each criterion and
//! k = 1 and 3, the median, 90th percentile and worst latency of routes
//! between fixed pairs of offers that have a route. Set `PARCOURS_BENCH_SIZES`
//! (e.g. `10000,100000,1000000`) to choose sizes, `PARCOURS_BENCH_CRITERIA`
//! (e.g. `hours,cost`) and `PARCOURS_BENCH_K` (e.g. `1`) to measure only
//! some of the routes.

use std::time::{Duration, Instant};

use parcours::graph::PathwayGraph;
use parcours::load::{Source, load};
use parcours::model::{Catalogue, Date, OfferIx};
use parcours::route::{self, Constraints, Criterion, Request, Start, Target};
use parcours::synth;

/// The binary's allocator, so that figures are the binary's.
#[global_allocator]
static ALLOCATOR: parcours::alloc::HugePages = parcours::alloc::HugePages;

const REQUESTS: usize = 40;
const BUILDS: usize = 5;

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}

fn percentile(mut times: Vec<Duration>, p: f64) -> Duration {
    times.sort();
    #[allow(
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        clippy::cast_precision_loss
    )]
    let at = ((times.len() - 1) as f64 * p).round() as usize;
    times[at]
}

/// The time this thread has spent on a processor, from Linux's
/// `/proc/thread-self/schedstat`: on a shared machine, waiting for a
/// processor inflates wall times but not this. Zero where unavailable.
fn cpu_now() -> Duration {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next()?.parse().ok())
        .map_or(Duration::ZERO, Duration::from_nanos)
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// Pairs (from, to-occupation) with a route by hours, spread over the
/// catalogue by a fixed stride.
fn requests(cat: &Catalogue, graph: &PathwayGraph) -> Vec<(OfferIx, Target)> {
    let mut found = Vec::new();
    let n = cat.offers.len();
    for attempt in 0..5_000usize {
        if found.len() == REQUESTS {
            break;
        }
        let from = OfferIx::new(attempt.wrapping_mul(104_729) % n);
        let to = cat.offer(OfferIx::new((attempt.wrapping_mul(7_919) + 13) % n));
        if let Some(&occupation) = to.prepares.first() {
            let target = Target::Occupation(occupation);
            let request = request(from, target, Criterion::Hours, 1);
            let routes = route::find(cat, graph, &request);
            // Routes of one offer say nothing about search speed.
            if routes.first().is_some_and(|r| r.steps.len() >= 3) {
                found.push((from, target));
            }
        }
    }
    found
}

fn request(from: OfferIx, target: Target, criterion: Criterion, k: usize) -> Request {
    Request {
        start: Start::From(from),
        target,
        criterion,
        k,
        start_date: Date::parse("2026-09-01").expect("a date"),
        constraints: Constraints::default(),
    }
}

fn main() {
    let sizes: Vec<usize> = std::env::var("PARCOURS_BENCH_SIZES").ok().map_or_else(
        || vec![10_000, 100_000],
        |s| s.split(',').filter_map(|x| x.trim().parse().ok()).collect(),
    );
    let criteria: Vec<Criterion> = std::env::var("PARCOURS_BENCH_CRITERIA").ok().map_or_else(
        || Criterion::ALL.to_vec(),
        |s| s.split(',').filter_map(|x| x.trim().parse().ok()).collect(),
    );
    let ks: Vec<usize> = std::env::var("PARCOURS_BENCH_K").ok().map_or_else(
        || vec![1, 3],
        |s| s.split(',').filter_map(|x| x.trim().parse().ok()).collect(),
    );
    for offers in sizes {
        let files = synth::generate(&synth::Options {
            offers,
            ..synth::Options::default()
        });
        let started = Instant::now();
        let loaded = load(&Source::Memory(files));
        let load_time = started.elapsed();
        let cat = loaded.catalogue.expect("synthetic catalogues load");
        let builds: Vec<Duration> = (0..BUILDS)
            .map(|_| {
                let started = Instant::now();
                let graph = PathwayGraph::new(&cat);
                let took = started.elapsed();
                drop(graph);
                took
            })
            .collect();
        let graph = PathwayGraph::new(&cat);
        println!(
            "\n{offers} offers, {} links, {} edges ({} inferred): load + validate {:.0} ms, graph build median {:.1} ms",
            cat.links.len(),
            graph.edge_count(),
            graph.inferred_edges(),
            ms(load_time),
            ms(median(builds))
        );
        let pairs = requests(&cat, &graph);
        println!(
            "{} requests (from an offer to an occupation, routes of 3+ offers)",
            pairs.len()
        );
        println!(
            "{:<10} {:>3} {:>10} {:>10} {:>10} {:>10}",
            "criterion", "k", "median ms", "p90 ms", "max ms", "cpu median"
        );
        for &criterion in &criteria {
            for &k in &ks {
                let (times, cpu): (Vec<Duration>, Vec<Duration>) = pairs
                    .iter()
                    .map(|&(from, target)| {
                        let request = request(from, target, criterion, k);
                        let (started, cpu) = (Instant::now(), cpu_now());
                        let routes = route::find(&cat, &graph, &request);
                        let took = (started.elapsed(), cpu_now().saturating_sub(cpu));
                        std::hint::black_box(routes);
                        took
                    })
                    .unzip();
                println!(
                    "{:<10} {:>3} {:>10.2} {:>10.2} {:>10.2} {:>10.2}",
                    criterion.as_str(),
                    k,
                    ms(median(times.clone())),
                    ms(percentile(times.clone(), 0.9)),
                    ms(percentile(times, 1.0)),
                    ms(median(cpu))
                );
            }
        }
    }
}
