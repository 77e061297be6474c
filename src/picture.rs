//! Pictures of the pathway graph: what an offer's neighbourhood looks
//! like, laid out in columns, and where the centres lie on a map; then the
//! same graph written for Graphviz.
//!
//! Nothing here draws on a terminal: the interface
//! ([`crate::tui::views`]) turns these layouts into characters, and
//! `parcours export --format dot` turns them into DOT text.

pub mod dot;
pub mod layered;
pub mod map;
pub mod neighbourhood;

pub use layered::{Fitted, Layered, Space};
pub use neighbourhood::{EdgeStyle, Neighbourhood, NodeIx};

#[cfg(test)]
pub(crate) mod tests;
