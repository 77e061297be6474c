//! The words of editing — by hand (the files watched, their errors, the
//! editor) and inside the interface (forms, questions, notices) — in
//! French (`edit/fr.rs`) and English (`edit/en.rs`).

pub mod en;
pub mod fr;

use crate::edit::{Conflict, Effect, ItemKind};
use crate::tui::app::edit::Notice;
use crate::tui::app::edit::draft::Bad;
use crate::tui::app::edit::overlay::{ChooseFor, InputFor};
use crate::tui::app::edit::schema::Shape;

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
    /// A kind of item: "offer", "passerelle", "body".
    pub kind: fn(ItemKind) -> &'static str,
    /// A form's title: "Offer afpa-metz-soudeur", "New offer".
    pub form_title: fn(ItemKind, Option<&str>) -> String,
    /// While the library checks an edit (in the header and the form).
    pub checking: &'static str,
    /// The header's mark of unsaved changes: "● 2 files unsaved".
    pub unsaved: fn(files: usize) -> String,
    /// A value typed that cannot be read.
    pub bad: fn(&Bad) -> String,
    /// What a field holds and how to give it, under the form.
    pub hint: fn(Shape, required: bool) -> String,
    /// A form's row that adds an entry to a list of objects.
    pub add_entry: &'static str,
    /// A new item's rows: its file, and the button that creates it.
    pub file: &'static str,
    pub home_file: &'static str,
    pub new_file: &'static str,
    pub create: &'static str,
    /// Under the form when a new item checks out: "ready: Enter on Create".
    pub ready: &'static str,
    /// Under the form while typing: "Enter keeps, Esc leaves as it was".
    pub typing: &'static str,
    /// The question before deleting: its title, the line above the
    /// referrers (or saying there are none), what deleting does to one,
    /// and the question itself.
    pub delete_title: fn(ItemKind, &str) -> String,
    pub referrers: fn(usize) -> String,
    pub no_referrers: &'static str,
    pub effect: fn(&Effect) -> String,
    pub delete_question: &'static str,
    /// The question before quitting with unsaved changes.
    pub quit_title: &'static str,
    pub quit_text: fn(&[String]) -> String,
    pub quit_choices: [&'static str; 3],
    /// The letter that answers each choice.
    pub quit_letters: [char; 3],
    /// The conflict screen.
    pub conflict_title: &'static str,
    pub conflict_text: &'static str,
    pub conflict_kind: fn(&Conflict) -> &'static str,
    pub conflict_choices: [&'static str; 3],
    pub conflict_letters: [char; 3],
    /// Beside a file in conflict whose version was written elsewhere.
    pub saved_as: fn(&str) -> String,
    /// The footer's words for confirming a reload, and for keeping a
    /// value typed.
    pub yes_reload: &'static str,
    pub keep: &'static str,
    /// Confirming a reload: the files whose edits are lost.
    pub reload_confirm: fn(&[String]) -> String,
    /// A line to type: its title and what it is for.
    pub input_title: fn(&InputFor) -> &'static str,
    pub input_text: fn(&InputFor) -> String,
    /// A save that failed: the title and the reassurance under the cause.
    pub error_title: &'static str,
    pub edits_kept: &'static str,
    /// A chooser's title, and the line of the items chooser that makes a
    /// new item.
    pub chooser_title: fn(ChooseFor, ItemKind) -> String,
    pub new_item: fn(ItemKind) -> String,
}
