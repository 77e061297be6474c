//! Synthetic catalogues of any size, for tests, benchmarks and demos.
