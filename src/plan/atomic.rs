//! Writing a file whole or not at all, for plans and their exports.

use std::io::Write as _;
use std::path::Path;

/// Who may read a file once written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Access {
    /// The owner only: a plan holds a person's reference and a note.
    Private,
    /// As any new file (the umask decides): an export is meant to be sent.
    Shared,
}

/// Writes `bytes` to `path` through a temporary file in the same directory
/// (created if needed), flushed to disk, then renamed over `path`: a crash
/// leaves the old file or the new one, never half of one, and a failure
/// leaves no temporary file behind.
pub fn write_atomically(path: &Path, bytes: &[u8], access: Access) -> std::io::Result<()> {
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir)?;
    let mut builder = tempfile::Builder::new();
    builder.prefix(".parcours-").suffix(".tmp");
    #[cfg(unix)]
    if access == Access::Shared {
        use std::os::unix::fs::PermissionsExt as _;
        builder.permissions(std::fs::Permissions::from_mode(0o666));
    }
    let mut temp = builder.tempfile_in(dir)?;
    temp.write_all(bytes)?;
    temp.as_file().sync_all()?;
    temp.persist(path).map_err(|e| e.error)?;
    sync_dir(dir);
    Ok(())
}

/// Makes a rename or a removal in `dir` durable. Best effort: not every
/// system lets a directory be opened and synced, and the change itself has
/// already been made.
pub fn sync_dir(dir: &Path) {
    #[cfg(unix)]
    if let Ok(dir) = std::fs::File::open(dir) {
        let _ = dir.sync_all();
    }
    #[cfg(not(unix))]
    let _ = dir;
}
