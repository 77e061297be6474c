//! Synthetic catalogues: deterministic, loadable without a warning, shaped
//! like a real network, and the same in memory and on disk.

use std::collections::VecDeque;
use std::time::{Duration, Instant};

use parcours::load::{Source, load};
use parcours::model::{Catalogue, LinkKind};
use parcours::stats::Stats;
use parcours::synth::{Options, generate, write_dir};

fn options(offers: usize, seed: u64) -> Options {
    Options {
        offers,
        seed,
        ..Options::default()
    }
}

/// Loads generated files, insisting on no error and no warning.
fn load_clean(files: Vec<(String, Vec<u8>)>) -> Catalogue {
    let loaded = load(&Source::Memory(files));
    let problems: Vec<String> = loaded.diagnostics.iter().map(ToString::to_string).collect();
    assert!(
        problems.is_empty(),
        "{} problems, first: {:?}",
        problems.len(),
        &problems[..problems.len().min(5)]
    );
    loaded.catalogue.expect("no error")
}

/// `part` as a share of `whole`.
fn share(part: usize, whole: usize) -> f64 {
    f64::from(u32::try_from(part).unwrap()) / f64::from(u32::try_from(whole).unwrap())
}

#[test]
fn the_same_seed_gives_the_same_bytes_and_another_seed_others() {
    let a = generate(&options(300, 7));
    assert_eq!(a, generate(&options(300, 7)));
    let b = generate(&options(300, 8));
    assert_eq!(
        a.iter().map(|(n, _)| n).collect::<Vec<_>>(),
        b.iter().map(|(n, _)| n).collect::<Vec<_>>()
    );
    assert_ne!(a, b);
    for ((name, x), (_, y)) in a.iter().zip(&b) {
        assert_ne!(x, y, "{name} does not depend on the seed");
    }
}

#[test]
fn two_thousand_offers_load_without_a_warning_and_count_right() {
    let files = generate(&options(2000, 1));
    let names: Vec<&str> = files.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        names,
        [
            "bodies.json",
            "agreements.json",
            "referentiel.json",
            "offers-0000.json",
            "links-0000.json"
        ]
    );
    let cat = load_clean(files);
    let stats = Stats::of(&cat);
    assert_eq!(stats.offers, 2000);
    assert!(
        (18_000..=22_000).contains(&stats.links),
        "{} links for 2000 offers at 10 per offer",
        stats.links
    );
    for (kind, count) in &stats.links_by_kind {
        assert!(*count > 0, "no {kind} link");
    }
    let progressions = share(stats.links_by_kind["progression"], stats.links);
    let bridges = share(stats.links_by_kind["bridge"], stats.links);
    let equivalences = share(stats.links_by_kind["equivalence"], stats.links);
    assert!((0.45..0.65).contains(&progressions), "{progressions}");
    assert!((0.22..0.38).contains(&bridges), "{bridges}");
    assert!((0.10..0.20).contains(&equivalences), "{equivalences}");
    assert!(stats.inferred_progressions > 0);
    assert!(
        stats.inferred_progressions <= 20 * stats.offers,
        "{} inferred pairs",
        stats.inferred_progressions
    );
    assert!(stats.providers >= 6);
    assert!(stats.agreements >= stats.providers);
}

#[test]
fn a_catalogue_looks_like_a_cross_border_network() {
    let cat = load_clean(generate(&options(4000, 3)));
    let countries: Vec<&str> = cat.providers.iter().map(|p| p.country.as_str()).collect();
    for country in ["FR", "BE", "LU", "PT", "NL"] {
        assert!(countries.contains(&country), "no provider in {country}");
    }
    for p in &cat.providers {
        assert!((2..=8).contains(&p.centres.len()), "{}", p.id);
    }
    for a in &cat.agreements {
        assert!((2..=4).contains(&a.parties.len()), "{}", a.id);
    }
    let first_monday = parcours::model::Date::parse("2026-01-05").unwrap();
    let last_day = parcours::model::Date::parse("2028-12-31").unwrap();
    let (mut entry, mut free, mut distance) = (0, 0, 0);
    for offer in &cat.offers {
        let level = offer.level.expect("every offer has a level");
        assert!((2..=7).contains(&level), "{}", offer.id);
        assert!((35.0..=1400.0).contains(&offer.hours), "{}", offer.id);
        assert!((2..=4).contains(&offer.grants.len()), "{}", offer.id);
        assert!(offer.requires.len() <= 3 && offer.prepares.len() <= 2);
        assert!(!offer.languages.is_empty() && !offer.audiences.is_empty());
        for s in &offer.sessions {
            let days = s.start.days_since_epoch() - first_monday.days_since_epoch();
            assert!(
                days >= 0 && days % 7 == 0,
                "{} starts on {}",
                offer.id,
                s.start
            );
            assert!(s.start < s.end && s.end <= last_day, "{}", offer.id);
        }
        entry += usize::from(offer.requires.is_empty());
        free += usize::from(offer.cost() == 0.0);
        distance += usize::from(offer.centre.is_none());
    }
    let [entry, free, distance] = [entry, free, distance].map(|n| share(n, cat.offers.len()));
    assert!((0.2..0.4).contains(&entry), "entry {entry}");
    assert!((0.5..0.7).contains(&free), "free {free}");
    assert!((0.02..0.08).contains(&distance), "distance {distance}");
    for link in &cat.links {
        if let Some(credit) = link.credit_hours {
            assert!(credit <= cat.offer(link.to).hours);
        }
    }
}

#[test]
fn write_dir_writes_the_bytes_generate_returns() {
    let options = options(500, 11);
    let dir = tempfile::tempdir().unwrap();
    let paths = write_dir(&options, dir.path()).unwrap();
    let files = generate(&options);
    assert_eq!(paths.len(), files.len());
    for (path, (name, bytes)) in paths.iter().zip(&files) {
        assert_eq!(path, &dir.path().join(name));
        assert!(std::fs::read(path).unwrap() == *bytes, "{name} differs");
    }
    let loaded = load(&Source::Path(dir.path().to_owned()));
    assert!(
        loaded.diagnostics.errors.is_empty(),
        "{:?}",
        loaded.diagnostics
    );
    assert!(loaded.diagnostics.warnings.is_empty());
    assert_eq!(loaded.catalogue.unwrap().offers.len(), 500);
}

/// How many offers can be reached from offer `from` by following explicit
/// links (equivalences both ways).
fn reachable(cat: &Catalogue, from: usize) -> usize {
    let mut next = vec![Vec::new(); cat.offers.len()];
    for link in &cat.links {
        next[link.from.index()].push(link.to.index());
        if link.kind == LinkKind::Equivalence {
            next[link.to.index()].push(link.from.index());
        }
    }
    let mut seen = vec![false; cat.offers.len()];
    seen[from] = true;
    let mut queue = VecDeque::from([from]);
    while let Some(o) = queue.pop_front() {
        for &n in &next[o] {
            if !seen[n] {
                seen[n] = true;
                queue.push_back(n);
            }
        }
    }
    seen.iter().filter(|&&s| s).count()
}

#[test]
fn most_offers_are_reachable_from_the_first() {
    let cat = load_clean(generate(&options(200, 5)));
    let reached = reachable(&cat, 0);
    assert!(reached * 2 >= cat.offers.len(), "{reached} of 200 reached");
}

#[test]
fn tiny_and_sparse_catalogues_still_link_every_offer() {
    for (offers, links_per_offer) in [(2, 10.0), (3, 0.0), (10, 1.0), (40, 0.5), (300, 0.3)] {
        let cat = load_clean(generate(&Options {
            offers,
            seed: 2,
            links_per_offer,
        }));
        assert_eq!(cat.offers.len(), offers);
        if links_per_offer < 1.0 {
            assert!(cat.links.len() < offers, "{} links", cat.links.len());
        }
    }
}

/// CPU time this thread has used, where Linux tells it.
fn cpu_time() -> Option<Duration> {
    let text = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    Some(Duration::from_nanos(text.split(' ').next()?.parse().ok()?))
}

/// Wall and CPU time of the fastest of three runs: other work on the
/// machine only slows a run down.
fn fastest<T>(mut run: impl FnMut() -> T) -> (T, Duration, Option<Duration>) {
    let mut best = None;
    for _ in 0..3 {
        let (wall, cpu) = (Instant::now(), cpu_time());
        let out = run();
        let (wall, cpu) = (
            wall.elapsed(),
            cpu_time().zip(cpu).and_then(|(b, a)| b.checked_sub(a)),
        );
        if best.as_ref().is_none_or(|(_, w, _)| wall < *w) {
            best = Some((out, wall, cpu));
        }
    }
    best.expect("three runs")
}

/// `cargo test --release --test synth -- --ignored --nocapture`
#[test]
#[ignore = "a measure: run in release"]
fn time_generating_ten_and_a_hundred_thousand_offers() {
    for offers in [10_000, 100_000] {
        let (files, wall, cpu) = fastest(|| generate(&options(offers, 1)));
        let bytes: usize = files.iter().map(|(_, b)| b.len()).sum();
        let cpu_text = cpu.map_or_else(|| "unknown".to_owned(), |c| format!("{c:.2?}"));
        println!("{offers} offers: generated {bytes} bytes in {wall:.2?} (CPU {cpu_text})");
        if offers == 10_000 {
            let start = Instant::now();
            let cat = load_clean(files);
            let loaded = start.elapsed();
            let stats = Stats::of(&cat);
            let with_requirements = cat.offers.iter().filter(|o| !o.requires.is_empty()).count();
            let reached = reachable(&cat, 0);
            println!(
                "{offers} offers: loaded in {loaded:.2?}; {} links {:?}; {} inferred progressions ({:.2} per offer with requirements); {reached} offers reachable from the first; {} providers, {} centres, {} agreements, {} competences, {} occupations",
                stats.links,
                stats.links_by_kind,
                stats.inferred_progressions,
                share(stats.inferred_progressions, with_requirements),
                stats.providers,
                stats.centres,
                stats.agreements,
                stats.competences,
                stats.occupations
            );
            assert!(reached * 10 >= offers * 9, "{reached} reached");
        }
    }
}

/// `cargo test --release --test synth -- --ignored --nocapture`
#[test]
#[ignore = "a measure, not a check: writes about 1 GB"]
fn time_writing_a_million_offers_to_disk() {
    let dir = tempfile::tempdir().unwrap();
    let start = Instant::now();
    let paths = write_dir(&options(1_000_000, 1), dir.path()).unwrap();
    let took = start.elapsed();
    let bytes: u64 = paths
        .iter()
        .map(|p| std::fs::metadata(p).unwrap().len())
        .sum();
    let peak = std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM"))
                .map(str::to_owned)
        })
        .unwrap_or_default();
    println!(
        "1000000 offers: wrote {} files, {bytes} bytes in {took:.2?}; {peak}",
        paths.len()
    );
    assert_eq!(paths.len(), 3 + 20 + 20);
}
