//! The words of editing by hand (the files watched, their errors, the
//! editor), in French (`edit/fr.rs`) and English (`edit/en.rs`).

pub mod en;
pub mod fr;

use crate::tui::app::edit::Notice;

/// Editing's words in one language.
pub struct EditStrings {
    /// The errors panel's title: "3 errors in the files — the last good
    /// catalogue stays on screen".
    pub problems_title: fn(errors: usize) -> String,
    /// Below the lines the panel has no room for: "… 4 more".
    pub more: fn(usize) -> String,
    /// In the header while the files load again.
    pub reloading: &'static str,
    /// A notice, in the footer.
    pub notice: fn(&Notice) -> String,
}
