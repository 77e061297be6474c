//! Editing's words in English.

use super::EditStrings;
use crate::edit::{Action as Did, Conflict, Effect, ItemKind, Summary};
use crate::tui::app::edit::Notice;
use crate::tui::app::edit::draft::Bad;
use crate::tui::app::edit::overlay::{ChooseFor, InputFor};
use crate::tui::app::edit::schema::Shape;

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
    kind,
    form_title: |k, name| match name {
        Some(name) => format!("{} {name}", capital(kind(k))),
        None => format!("New {}", kind(k)),
    },
    checking: "checking…",
    unsaved: |n| format!("● {n} file{} unsaved", if n == 1 { "" } else { "s" }),
    bad: |b| match b {
        Bad::NotANumber(t) => format!("“{t}” is not a number"),
        Bad::NotWhole(t) => format!("“{t}” is not a whole number"),
        Bad::Required => "required: give a value".to_owned(),
        Bad::Other(why) => why.clone(),
    },
    hint,
    add_entry: "+ add (Enter)",
    file: "file",
    home_file: "its body’s file",
    new_file: "a new file…",
    create: "Create",
    ready: "No problem found: Enter on Create makes it.",
    typing: "Enter keeps it, Tab goes to the next field, Esc leaves it as it was.",
    delete_title: |k, name| format!("Delete {} {name}?", kind(k)),
    referrers: |n| {
        format!(
            "{n} item{} refer{} to it; deleting it does this to {}:",
            if n == 1 { "" } else { "s" },
            if n == 1 { "s" } else { "" },
            if n == 1 { "it" } else { "them" }
        )
    },
    no_referrers: "Nothing refers to it.",
    effect: |e| match e {
        Effect::Deleted { field } => format!("deleted too (its {field})"),
        Effect::Changed { fields } => fields
            .iter()
            .map(|(field, ids)| {
                if ids.is_empty() {
                    format!("{field} emptied")
                } else {
                    format!("{} taken out of {field}", ids.join(", "))
                }
            })
            .collect::<Vec<_>>()
            .join("; "),
    },
    delete_question: "Delete it? One undo brings it all back.",
    quit_title: "Unsaved changes",
    quit_text: |files| format!("Not saved yet: {}.", files.join(", ")),
    quit_choices: [
        "Save, then quit",
        "Discard the changes and quit",
        "Cancel: keep editing",
    ],
    quit_letters: ['s', 'd', 'c'],
    conflict_title: "Changed on disk",
    conflict_text: "Another program changed these files since parcours read them, and they hold unsaved edits: parcours writes nothing over them.",
    conflict_kind: |c| match c {
        Conflict::Deleted => "deleted",
        Conflict::Changed { .. } => "changed",
        Conflict::Appeared => "created meanwhile",
    },
    conflict_choices: [
        "Reload them from disk (their unsaved edits are lost)",
        "Save my version elsewhere…",
        "Keep editing (saving will stop here again)",
    ],
    yes_reload: "Yes, reload",
    keep: "Keep",
    conflict_letters: ['r', 's', 'k'],
    saved_as: |path| format!("your version saved as {path}"),
    reload_confirm: |files| {
        format!(
            "Reload {} from disk? Your unsaved edits to {} will be lost.",
            files.join(", "),
            if files.len() == 1 { "it" } else { "them" }
        )
    },
    input_title: |p| match p {
        InputFor::SaveAs(_) => "Save my version as",
        InputFor::Init => "The sample is read-only",
        InputFor::NewFile => "A new file",
    },
    input_text: |p| {
        match p {
        InputFor::SaveAs(_) => "The path to write your version to, to compare or merge by hand (not a .json file in the catalogue's directory):".to_owned(),
        InputFor::Init => "The sample built into parcours cannot be changed. Write it as editable files (what `parcours init` does) into this directory, then edit those:".to_owned(),
        InputFor::NewFile => "The new file's name, in the catalogue's directory (ends in .json):".to_owned(),
    }
    },
    error_title: "Not saved",
    edits_kept: "Your edits are kept in memory, and the file on disk is as it was.",
    chooser_title: |purpose, k| match purpose {
        ChooseFor::Field(_) => format!("Choose: {}", kind(k)),
        ChooseFor::Edit => "Edit an item".to_owned(),
        ChooseFor::LinkTo => "New passerelle: the offer it leads to".to_owned(),
    },
    new_item: |k| format!("+ New {}", kind(k)),
};

fn kind(k: ItemKind) -> &'static str {
    match k {
        ItemKind::Provider => "body",
        ItemKind::Centre => "centre",
        ItemKind::Agreement => "agreement",
        ItemKind::Competence => "competence",
        ItemKind::Occupation => "occupation",
        ItemKind::Offer => "offer",
        ItemKind::Link => "passerelle",
    }
}

fn capital(word: &str) -> String {
    let mut c = word.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

fn hint(shape: Shape, required: bool) -> String {
    let what = match shape {
        Shape::Text => "Text.".to_owned(),
        Shape::Number => "A number (87.5 or 87,5).".to_owned(),
        Shape::Integer => "A whole number.".to_owned(),
        Shape::Choice(words) => format!("One of: {} (← → to change).", words.join(", ")),
        Shape::Ref(k) => format!("The id of a {}: Enter to pick it.", kind(k)),
        Shape::Refs(k) => format!(
            "Ids of {}s, comma-separated: Enter to pick (Tab ticks).",
            kind(k)
        ),
        Shape::Words => "Words, comma-separated.".to_owned(),
        Shape::Group(_) | Shape::Entries(_) => String::new(),
    };
    if required {
        format!("{what} Required.")
    } else {
        format!("{what} Optional: x empties it.")
    }
}

fn summary(s: &Summary) -> String {
    let did = match s.action {
        Did::Create => "created",
        Did::Change => "changed",
        Did::Delete => "deleted",
    };
    let others = match s.others {
        0 => String::new(),
        1 => " and 1 other item".to_owned(),
        n => format!(" and {n} other items"),
    };
    format!("{} {} {did}{others}", capital(kind(s.kind)), s.name)
}

fn notice(n: &Notice) -> String {
    match n {
        Notice::Reloaded => "The files changed: catalogue reloaded.".to_owned(),
        Notice::SelectionGone => {
            "The files changed: catalogue reloaded; the offer shown is no longer in it.".to_owned()
        }
        Notice::EditorFailed(why) => format!("The editor failed: {why}"),
        Notice::NoFile => "The sample is read-only: `parcours init` copies it to edit.".to_owned(),
        Notice::WatchFailed(why) => format!("Files not watched ({why}): changes show after E."),
        Notice::Edited(s) => format!("{}.", summary(s)),
        Notice::Undone(s) => format!("Undone: {}.", summary(s)),
        Notice::Redone(s) => format!("Made again: {}.", summary(s)),
        Notice::NothingToUndo => "Nothing to undo.".to_owned(),
        Notice::NothingToRedo => "Nothing to redo.".to_owned(),
        Notice::Saved(0) => "Saved: the files already held these edits.".to_owned(),
        Notice::Saved(n) => format!("Saved {n} file{}.", if *n == 1 { "" } else { "s" }),
        Notice::NothingToSave => "Nothing to save.".to_owned(),
        Notice::SavedAs(path) => format!("Your version was written to {path}."),
        Notice::Reverted(files) => format!("Read again from disk: {}.", files.join(", ")),
        Notice::Inited(dir) => {
            format!("The sample was written into {dir}: you are editing those files.")
        }
        Notice::Refused(why) => format!("Not done: {why}"),
        Notice::NothingToEdit => {
            "Nothing to edit here: select an offer, a passerelle, a body or an agreement."
                .to_owned()
        }
        Notice::Gone(k, name) => format!(
            "{} {name} is no longer in the catalogue.",
            capital(kind(*k))
        ),
    }
}

/// The words of editing's actions (help and footer).
pub fn action(a: crate::tui::action::Action) -> (&'static str, &'static str) {
    use crate::tui::action::Action;
    match a {
        Action::EditItem => ("Edit", "Edit the item selected"),
        Action::NewItem => ("New", "A new item of the kind shown here"),
        Action::DeleteItem => ("Delete", "Delete the item selected (asks first)"),
        Action::AddLink => ("New passerelle", "A new passerelle from the offer shown"),
        Action::OpenItems => ("Items", "Agreements, competences, occupations"),
        Action::Undo => ("Undo", "Undo the last edit"),
        Action::Redo => ("Redo", "Make again the last edit undone"),
        Action::SaveEdits => ("Save", "Save the edits into the files"),
        _ => ("", ""),
    }
}
