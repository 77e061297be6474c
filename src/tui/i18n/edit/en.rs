//! Editing's words in English.

use super::EditStrings;
use crate::tui::app::edit::Notice;

pub static STRINGS: EditStrings = EditStrings {
    problems_title: |n| {
        format!(
            "{n} error{} in the files — showing the last good catalogue",
            if n == 1 { "" } else { "s" }
        )
    },
    more: |n| format!("… {n} more"),
    reloading: "reloading…",
    notice,
};

fn notice(n: &Notice) -> String {
    match n {
        Notice::Reloaded => "The files changed: catalogue reloaded.".to_owned(),
        Notice::SelectionGone => {
            "The files changed: catalogue reloaded; the offer shown is no longer in it.".to_owned()
        }
        Notice::EditorFailed(why) => format!("The editor failed: {why}"),
        Notice::NoFile => "The sample is read-only: `parcours init` copies it to edit.".to_owned(),
        Notice::WatchFailed(why) => format!("Files not watched ({why}): changes show after E."),
    }
}
