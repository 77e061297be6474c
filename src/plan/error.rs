//! What can go wrong with a saved plan, in words a counsellor understands.

use std::path::PathBuf;

/// Why a plan could not be found, read, written, renamed or deleted.
#[derive(Debug, thiserror::Error)]
pub enum PlanError {
    /// No plan has this name.
    #[error("no plan is named \"{0}\"")]
    NotFound(String),
    /// Another plan has this name already (case and accents aside).
    #[error("a plan named \"{0}\" exists already; choose another name")]
    Exists(String),
    /// The name cannot name a plan; the text says why.
    #[error("{0}")]
    BadName(String),
    /// The file system refused.
    #[error("{}: {source}", path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// The file is not JSON.
    #[error("{}:{line}:{column}: {message}", path.display())]
    Json {
        path: PathBuf,
        line: usize,
        column: usize,
        message: String,
    },
    /// The file is JSON, but not a plan of a format this parcours reads.
    #[error("{}: not a parcours plan: \"format\" is {}, expected \"{}\"",
        path.display(),
        found.as_deref().map_or_else(|| "missing".to_owned(), |f| format!("\"{f}\"")),
        super::FORMAT)]
    WrongFormat {
        path: PathBuf,
        found: Option<String>,
    },
    /// The file is a plan with a field that makes no sense.
    #[error("{}: {message}", path.display())]
    Invalid { path: PathBuf, message: String },
}

impl PlanError {
    pub(super) fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Self::Io {
            path: path.into(),
            source,
        }
    }

    pub(super) fn json(path: impl Into<PathBuf>, e: &serde_json::Error) -> Self {
        let message = e.to_string();
        // serde_json ends its messages with " at line L column C", which the
        // FILE:LINE:COLUMN prefix says already.
        let message = match message.rfind(" at line ") {
            Some(at) => message[..at].to_owned(),
            None => message,
        };
        Self::Json {
            path: path.into(),
            line: e.line(),
            // serde_json counts the end of the file after a newline as column 0.
            column: e.column().max(1),
            message,
        }
    }
}
