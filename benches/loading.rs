//! Loading speed on synthetic catalogues (issue 7): reading the files,
//! checking every rule (what `parcours validate` does), and building the
//! pathway graph.
//!
//! `cargo bench --bench loading` — for 1k, 10k and 100k offers (~10 links
//! each), writes the catalogue to a temporary directory, then loads it from
//! disk several times and prints the median of each step and the peak
//! memory of the process so far. Loading is timed as the commands load
//! (`load_once`, files mapped) and, in its own column, as the interface
//! loads (`load`, files copied). Set `PARCOURS_BENCH_SIZES` (e.g.
//! `1000000`) to choose sizes, `PARCOURS_BENCH_RUNS` the number of runs.
//!
//! Peak memory is the process's high-water mark (`VmHWM`), which only
//! grows: sizes run from small to large, so each figure is that size's
//! peak, catalogue and graph together.
//!
//! The last two columns are the same load and graph in a fresh process
//! each run (this bench started again for one load), as `parcours route`
//! does them: its median time, and its peak memory. In this process the
//! heap is already warm and fragmented by the runs before.

use std::time::{Duration, Instant};

use parcours::graph::PathwayGraph;
use parcours::load::{Source, load, load_once};
use parcours::model::Catalogue;
use parcours::synth;

/// The binary's allocator, so that figures are the binary's.
#[global_allocator]
static ALLOCATOR: parcours::alloc::HugePages = parcours::alloc::HugePages;

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// The process's peak resident memory so far, in MiB (Linux only).
fn peak_mib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kib: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib / 1024)
}

fn env_list(name: &str, default: &[usize]) -> Vec<usize> {
    std::env::var(name).ok().map_or_else(
        || default.to_vec(),
        |s| s.split(',').filter_map(|x| x.trim().parse().ok()).collect(),
    )
}

/// Loads the catalogue the way the commands do and builds its graph:
/// (loaded after, graph built after, links). `end` is given them.
fn load_and_graph(
    source: &Source,
    end: impl FnOnce(Catalogue, PathwayGraph),
) -> (Duration, Duration, usize) {
    let started = Instant::now();
    let loaded = load_once(source);
    let loaded_at = started.elapsed();
    let cat = loaded.catalogue.expect("synthetic catalogues load");
    assert!(loaded.diagnostics.warnings.is_empty());
    let graph = PathwayGraph::new(&cat);
    let total = started.elapsed();
    std::hint::black_box(&graph);
    let links = cat.links.len();
    end(cat, graph);
    (loaded_at, total, links)
}

/// The variable that makes this bench a child: load this directory once,
/// print the time and peak memory, and stop.
const CHILD: &str = "PARCOURS_BENCH_LOAD_ONCE";

/// [`load_and_graph`] in a fresh process: (total, peak MiB).
fn in_fresh_process(dir: &std::path::Path) -> (Duration, u64) {
    let exe = std::env::current_exe().expect("the bench knows where it is");
    let out = std::process::Command::new(exe)
        .env(CHILD, dir)
        .output()
        .expect("the bench runs again");
    let text = String::from_utf8_lossy(&out.stdout);
    let mut figures = text.split_whitespace().map(|x| x.parse::<u64>().ok());
    match (figures.next().flatten(), figures.next().flatten()) {
        (Some(nanos), Some(peak)) => (Duration::from_nanos(nanos), peak),
        _ => panic!(
            "the child loaded nothing: {}",
            String::from_utf8_lossy(&out.stderr)
        ),
    }
}

fn main() {
    if let Some(dir) = std::env::var_os(CHILD) {
        // As the commands do, the process ends without freeing them.
        let (_, total, _) = load_and_graph(&Source::Path(dir.into()), |cat, graph| {
            std::mem::forget((cat, graph));
        });
        println!("{} {}", total.as_nanos(), peak_mib().unwrap_or(0));
        return;
    }
    let sizes = env_list("PARCOURS_BENCH_SIZES", &[1_000, 10_000, 100_000]);
    let runs = env_list("PARCOURS_BENCH_RUNS", &[5])
        .first()
        .copied()
        .unwrap_or(5)
        .max(1);
    println!(
        "{:>9} {:>10} {:>8} {:>14} {:>12} {:>10} {:>10} {:>12} {:>10} {:>11}",
        "offers",
        "links",
        "MB",
        "load+check ms",
        "graph ms",
        "total ms",
        "peak MiB",
        "copied ms",
        "fresh ms",
        "fresh MiB"
    );
    for offers in sizes {
        let dir = tempfile::tempdir().expect("a temporary directory");
        let options = synth::Options {
            offers,
            ..synth::Options::default()
        };
        let files = synth::write_dir(&options, dir.path()).expect("the catalogue is written");
        let bytes: u64 = files
            .iter()
            .filter_map(|f| std::fs::metadata(f).ok())
            .map(|m| m.len())
            .sum();
        let source = Source::Path(dir.path().to_owned());
        let (mut loads, mut graphs, mut totals, mut links) = (vec![], vec![], vec![], 0);
        let (mut copied, mut fresh, mut fresh_peak) = (vec![], vec![], 0);
        for _ in 0..runs {
            let started = Instant::now();
            let loaded = load(&source);
            copied.push(started.elapsed());
            assert!(loaded.catalogue.is_some());
            drop(loaded);
            let (loaded_at, total, count) =
                load_and_graph(&source, |cat, graph| drop((cat, graph)));
            links = count;
            let (time, peak) = in_fresh_process(dir.path());
            fresh.push(time);
            fresh_peak = fresh_peak.max(peak);
            loads.push(loaded_at);
            graphs.push(total.saturating_sub(loaded_at));
            totals.push(total);
        }
        #[allow(clippy::cast_precision_loss)]
        let mb = bytes as f64 / 1e6;
        println!(
            "{offers:>9} {links:>10} {mb:>8.1} {:>14.1} {:>12.1} {:>10.1} {:>10} {:>12.1} {:>10.1} {fresh_peak:>11}",
            ms(median(loads)),
            ms(median(graphs)),
            ms(median(totals)),
            peak_mib().map_or_else(|| "?".to_owned(), |m| m.to_string()),
            ms(median(copied)),
            ms(median(fresh)),
        );
    }
}
