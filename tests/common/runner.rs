//! How the property tests run.

use proptest::test_runner::{Config, RngSeed, TestRunner};

/// A runner for `cases` random cases. `ROUTE_ORACLE_CASES=N` runs N
/// instead (exploration) and `ROUTE_ORACLE_SEED=S` fixes the seed. Failures
/// are not saved to disk: the message holds the catalogue.
pub fn runner(cases: u32) -> TestRunner {
    let cases = std::env::var("ROUTE_ORACLE_CASES")
        .ok()
        .and_then(|c| c.parse().ok())
        .unwrap_or(cases);
    let rng_seed = std::env::var("ROUTE_ORACLE_SEED")
        .ok()
        .and_then(|c| c.parse().ok())
        .map_or(RngSeed::Random, RngSeed::Fixed);
    TestRunner::new(Config {
        cases,
        rng_seed,
        failure_persistence: None,
        max_shrink_iters: 4096,
        ..Config::default()
    })
}
