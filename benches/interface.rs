//! The interface's speed (issues 4 and 7), in four parts, each printing
//! medians:
//!
//! - `keys`: a search keystroke and its frame at 100,000 offers (≤ 16 ms
//!   together), every step of typing "soudeur metz" and more;
//! - `frames`: drawing each screen at 100,000 offers (≤ 2 ms), at 160×48
//!   and 80×24;
//! - `first`: the real binary in a pseudo-terminal, from its start to the
//!   first frame (≤ 100 ms whatever the size), a key answered while the
//!   catalogue loads, the catalogue ready, and quitting; at 100,000 and
//!   1,000,000 offers;
//! - `route`: keys and their frames while the planner's routes run on
//!   their worker, and how soon Escape stops one.
//!
//! `cargo bench --bench interface` runs them all. `PARCOURS_BENCH_PARTS`
//! picks some (`keys,frames,first,route`), `PARCOURS_BENCH_OFFERS` sets
//! the size of `keys`, `frames` and `route` (100,000), `PARCOURS_BENCH_SIZES` those of
//! `first` (`100000,1000000`), and `PARCOURS_BENCH_CACHE` a directory
//! where the generated catalogues are kept between runs (else they are
//! generated into a temporary directory each time).

#[path = "../tests/tui_common/mod.rs"]
mod common;
#[path = "interface/first_frame.rs"]
mod first_frame;
#[path = "interface/frames.rs"]
mod frames;
#[path = "interface/keys.rs"]
mod keys;
#[path = "interface/route.rs"]
mod route;

use std::time::Duration;

/// The binary's allocator, so that figures are the binary's.
#[global_allocator]
static ALLOCATOR: parcours::alloc::HugePages = parcours::alloc::HugePages;

fn main() {
    let parts = std::env::var("PARCOURS_BENCH_PARTS").unwrap_or_default();
    let wanted = |part: &str| parts.is_empty() || parts.split(',').any(|p| p.trim() == part);
    let offers = number("PARCOURS_BENCH_OFFERS").unwrap_or(100_000);
    if wanted("keys") {
        keys::run(offers);
    }
    if wanted("frames") {
        frames::run(offers);
    }
    if wanted("first") {
        let sizes: Vec<usize> = std::env::var("PARCOURS_BENCH_SIZES").ok().map_or_else(
            || vec![100_000, 1_000_000],
            |s| s.split(',').filter_map(|x| x.trim().parse().ok()).collect(),
        );
        first_frame::run(&sizes);
    }
    if wanted("route") {
        route::run(offers);
    }
}

fn number(var: &str) -> Option<usize> {
    std::env::var(var).ok().and_then(|s| s.parse().ok())
}

/// Milliseconds, for printing.
pub fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// The median, the 90th percentile and the largest of some times.
pub fn spread(mut times: Vec<Duration>) -> (Duration, Duration, Duration) {
    assert!(!times.is_empty(), "something was measured");
    times.sort();
    let at = |p: f64| {
        let last = times.len() - 1;
        #[allow(
            clippy::cast_possible_truncation,
            clippy::cast_sign_loss,
            clippy::cast_precision_loss
        )]
        let i = ((last as f64) * p).round() as usize;
        times[i]
    };
    (at(0.5), at(0.9), times[times.len() - 1])
}

/// A synthetic catalogue of `offers` offers, generated in memory.
pub fn synthetic(offers: usize) -> parcours::model::Catalogue {
    let files = parcours::synth::generate(&parcours::synth::Options {
        offers,
        ..parcours::synth::Options::default()
    });
    parcours::load::load(&parcours::load::Source::Memory(files))
        .catalogue
        .expect("synthetic catalogues load")
}

/// A synthetic catalogue of `offers` offers written to disk: in the cache
/// directory when there is one (written once), else in a temporary
/// directory, removed when the guard goes.
pub fn catalogue_dir(offers: usize) -> (std::path::PathBuf, Option<tempfile::TempDir>) {
    let options = parcours::synth::Options {
        offers,
        ..parcours::synth::Options::default()
    };
    if let Ok(cache) = std::env::var("PARCOURS_BENCH_CACHE") {
        let dir = std::path::Path::new(&cache).join(format!("offers-{offers}"));
        if !dir.join("bodies.json").exists() {
            parcours::synth::write_dir(&options, &dir).expect("the catalogue is written");
        }
        return (dir, None);
    }
    let temp = tempfile::tempdir().expect("a temporary directory");
    parcours::synth::write_dir(&options, temp.path()).expect("the catalogue is written");
    (temp.path().to_owned(), Some(temp))
}
