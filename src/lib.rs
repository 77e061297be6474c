//! parcours: training pathways across partner bodies.
//!
//! The library holds the catalogue model, loading and validation, the
//! pathway graph and its pictures, routing, search and saved plans; it knows
//! nothing of the terminal.

pub mod alloc;
pub mod cli;
pub mod dirs;
pub mod edit;
pub mod graph;
pub mod import;
pub mod lang;
pub mod load;
pub mod model;
pub mod picture;
pub mod plan;
pub mod route;
pub mod search;
pub mod stats;
pub mod suggest;
pub mod synth;
pub mod text;
pub mod tui;
