//! Writing the sample catalogue as editable files: what `parcours init`
//! does, for the command line and for the interface (the sample built
//! into parcours is read-only; its first edit offers this).

use std::io::Write as _;
use std::path::{Path, PathBuf};

use crate::load::sample;

/// The sample's files already in `dir`: `init` never overwrites one.
pub fn sample_files_present(dir: &Path) -> Vec<PathBuf> {
    sample::FILES
        .iter()
        .map(|(name, _)| dir.join(name))
        .filter(|p| p.exists())
        .collect()
}

/// Writes every sample file into `dir` (created if need be), each with
/// `create_new`, so that a file appearing meanwhile is still never
/// overwritten; on failure, removes what it wrote.
pub fn write_sample(dir: &Path) -> std::io::Result<()> {
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
