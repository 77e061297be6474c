//! A dialog of a few text fields: saving a plan (name, the person's
//! reference, a note), renaming one, exporting one, typing a date.

/// What a dialog is for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DialogKind {
    /// Fields: name, person, note.
    Save,
    /// Field: the new name of the plan named so.
    Rename { old: String },
    /// Field: the file to write the plan named so to (the extension says
    /// the format).
    Export { plan: String },
    /// Field: the day the first step can start.
    StartDate,
    /// Deleting the plan named so (no field: yes or no).
    Delete { plan: String },
}

impl DialogKind {
    /// How many text fields it has.
    pub fn fields(&self) -> usize {
        match self {
            Self::Save => 3,
            Self::Rename { .. } | Self::Export { .. } | Self::StartDate => 1,
            Self::Delete { .. } => 0,
        }
    }
}

/// A dialog open over the planner.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Dialog {
    pub kind: DialogKind,
    /// The text of each field.
    pub values: Vec<String>,
    /// The field typed into.
    pub focus: usize,
    /// Why the last attempt failed, shown in the dialog.
    pub error: Option<String>,
    /// The name a save was asked to replace, once the person was warned
    /// that a plan has it.
    pub replace: Option<String>,
}

impl Dialog {
    /// A dialog with its fields filled with `values` (missing ones empty).
    pub fn new(kind: DialogKind, values: &[&str]) -> Self {
        let n = kind.fields();
        let mut filled: Vec<String> = values.iter().take(n).map(|v| (*v).to_owned()).collect();
        filled.resize(n, String::new());
        Self {
            kind,
            values: filled,
            focus: 0,
            error: None,
            replace: None,
        }
    }

    /// The field typed into.
    pub fn value_mut(&mut self) -> Option<&mut String> {
        self.values.get_mut(self.focus)
    }

    /// Moves to the next (or previous) field, round the dialog.
    pub fn move_focus(&mut self, step: isize) {
        self.focus = super::super::cursor::round_index(self.focus, step, self.values.len());
    }
}
