//! Problems found while loading, as catalogue editors read them.

use std::fmt;

use serde::Serialize;

use crate::text::escape;

/// Whether a problem stops loading.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

/// One problem, at a place in a file.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    #[serde(skip)]
    pub severity: Severity,
    pub file: String,
    /// From 1; none when the problem is with the file as a whole (it cannot
    /// be read).
    pub line: Option<u32>,
    /// From 1, in characters.
    pub column: Option<u32>,
    pub message: String,
}

impl fmt::Display for Diagnostic {
    /// `FILE:LINE:COLUMN: error: MESSAGE`, with every unsafe character of
    /// the file name and message escaped.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let severity = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(f, "{}", escape(&self.file))?;
        if let (Some(line), Some(column)) = (self.line, self.column) {
            write!(f, ":{line}:{column}")?;
        }
        write!(f, ": {severity}: {}", escape(&self.message))
    }
}

/// Every problem found in a catalogue, errors and warnings apart.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Diagnostics {
    pub errors: Vec<Diagnostic>,
    pub warnings: Vec<Diagnostic>,
}

impl Diagnostics {
    pub fn push(&mut self, diagnostic: Diagnostic) {
        match diagnostic.severity {
            Severity::Error => self.errors.push(diagnostic),
            Severity::Warning => self.warnings.push(diagnostic),
        }
    }

    pub fn has_errors(&self) -> bool {
        !self.errors.is_empty()
    }

    /// Errors then warnings, each in file order.
    pub fn iter(&self) -> impl Iterator<Item = &Diagnostic> {
        self.errors.iter().chain(&self.warnings)
    }

    /// Sorts each list by file, line and column, keeping the order of
    /// problems found at the same place.
    pub fn sort(&mut self, file_order: impl Fn(&str) -> usize) {
        let key = |d: &Diagnostic| (file_order(&d.file), d.line, d.column);
        self.errors.sort_by_key(key);
        self.warnings.sort_by_key(key);
    }
}
