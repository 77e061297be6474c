//! Writing the sample catalogue as editable files: what `parcours init`
//! does, for the command line and for the interface (the sample built
//! into parcours is read-only; its first edit offers this).

use std::io::Write as _;
use std::path::{Path, PathBuf};

use crate::load::sample;

/// Why the sample was not written.
#[derive(Debug, thiserror::Error)]
pub enum InitError {
    /// Some of the sample's files are there already: nothing was written.
    #[error(
        "{} already holds {}; nothing was written (parcours init never overwrites a file)",
        .dir.display(),
        names(.present)
    )]
    Present { dir: PathBuf, present: Vec<PathBuf> },
    /// Writing failed; what was written is removed.
    #[error("cannot write the catalogue into {}: {source}", .dir.display())]
    Write {
        dir: PathBuf,
        source: std::io::Error,
    },
}

fn names(paths: &[PathBuf]) -> String {
    let names: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
    names.join(", ")
}

/// What `parcours init DIR` does: writes the sample's files into `dir`,
/// unless one of them is there already.
///
/// # Errors
///
/// When a sample file is in `dir` already, or writing fails.
pub fn init_sample(dir: &Path) -> Result<(), InitError> {
    let present = sample_files_present(dir);
    if !present.is_empty() {
        return Err(InitError::Present {
            dir: dir.to_path_buf(),
            present,
        });
    }
    write_sample(dir).map_err(|source| InitError::Write {
        dir: dir.to_path_buf(),
        source,
    })
}

/// The sample's files already in `dir`: `init` never overwrites one.
fn sample_files_present(dir: &Path) -> Vec<PathBuf> {
    sample::FILES
        .iter()
        .map(|(name, _)| dir.join(name))
        .filter(|p| p.exists())
        .collect()
}

/// Writes every sample file into `dir` (created if need be), each with
/// `create_new`, so that a file appearing meanwhile is still never
/// overwritten; on failure, removes what it wrote.
fn write_sample(dir: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    let mut written = Vec::new();
    let result = sample::FILES.iter().try_for_each(|(name, text)| {
        let path = dir.join(name);
        let mut file = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&path)?;
        written.push(path);
        file.write_all(text.as_bytes())?;
        file.sync_all()
    });
    if result.is_err() {
        for path in written {
            let _ = std::fs::remove_file(path);
        }
    }
    result
}
