//! Importing catalogues published in other formats as `parcours/1` files.
//!
//! An import reads a file, builds `parcours/1` records, and reports what it
//! could not bring over: items left out (with their place in the file) and
//! elements parcours has no place for (counted, with examples). Nothing is
//! dropped without a word. [`output`] lays the records out as files, one
//! per body, checks that they load, and writes them.

pub mod ids;
pub mod lheo;
pub mod output;
pub mod report;
