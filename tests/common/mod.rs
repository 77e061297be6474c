//! A test oracle for routing, written from DESIGN.md ("Data format", "The
//! pathway graph", "Routes") and not from the engine's code: random small
//! catalogues ([`strategies`], [`generated`]) described by positions
//! ([`spec`]), the rules applied to them directly ([`oracle`]), a brute
//! force over every simple path ([`brute`]), and the engine's answers
//! checked against it ([`engine`], [`compare`]). Also catalogues written
//! by hand ([`hand`]).
//!
//! Dates are day numbers since 1970-01-01, computed here independently
//! ([`dates`]).

// An oracle written to be read beside DESIGN.md, not to be fast or terse.
#![allow(
    clippy::cast_possible_truncation,
    clippy::cast_possible_wrap,
    clippy::cast_precision_loss,
    clippy::collapsible_if,
    clippy::float_cmp,
    clippy::index_refutable_slice,
    clippy::many_single_char_names,
    clippy::too_many_lines
)]
// Each test uses a part.
#![allow(dead_code, unused_imports)]

mod brute;
mod compare;
mod dates;
mod engine;
mod generated;
mod hand;
mod oracle;
mod runner;
mod spec;
mod strategies;

pub use brute::*;
pub use compare::*;
pub use dates::*;
pub use engine::*;
pub use hand::*;
pub use oracle::*;
pub use runner::*;
pub use spec::*;
pub use strategies::*;
