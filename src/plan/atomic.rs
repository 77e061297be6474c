//! Writing a file whole or not at all: for plans and their exports, and
//! for catalogue files saved after editing.

use std::fs::{File, Permissions};
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

/// How a file is written, beyond its bytes.
#[derive(Clone, Debug)]
pub struct Options {
    /// Who may read the file, when `permissions` is not given.
    pub access: Access,
    /// The permissions the file gets, whatever the umask says: those of
    /// the file it replaces, so that saving keeps them.
    pub permissions: Option<Permissions>,
    /// Fail with [`std::io::ErrorKind::AlreadyExists`] rather than replace
    /// a file at the path (a new file must not take the place of one
    /// another program made meanwhile).
    pub no_clobber: bool,
    /// Create the directory (and its parents) when it is missing.
    pub create_dir: bool,
}

impl Options {
    /// Options for a new file of this access, its directory created if need be.
    pub fn new(access: Access) -> Self {
        Self {
            access,
            permissions: None,
            no_clobber: false,
            create_dir: true,
        }
    }
}

/// How the bytes reach the temporary file: all at once normally; tests give
/// one that fails as a full disk does.
pub type Fill<'a> = dyn Fn(&mut File, &[u8]) -> std::io::Result<()> + 'a;

/// Writes every byte, as [`std::io::Write::write_all`].
pub fn fill_all(file: &mut File, bytes: &[u8]) -> std::io::Result<()> {
    file.write_all(bytes)
}

/// Writes `bytes` to `path` through a temporary file in the same directory
/// (created if needed), flushed to disk, then renamed over `path`: a crash
/// leaves the old file or the new one, never half of one, and a failure
/// leaves no temporary file behind.
pub fn write_atomically(path: &Path, bytes: &[u8], access: Access) -> std::io::Result<()> {
    write_atomically_with(path, bytes, &Options::new(access), &fill_all)
}

/// [`write_atomically`] with options, and `fill` to write the bytes. The
/// path is replaced as it is: a symbolic link is replaced by the file (to
/// write through a link, give its target).
pub fn write_atomically_with(
    path: &Path,
    bytes: &[u8],
    options: &Options,
    fill: &Fill<'_>,
) -> std::io::Result<()> {
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    if options.create_dir {
        std::fs::create_dir_all(dir)?;
    }
    let mut builder = tempfile::Builder::new();
    builder.prefix(".parcours-").suffix(".tmp");
    #[cfg(unix)]
    if options.access == Access::Shared && options.permissions.is_none() {
        use std::os::unix::fs::PermissionsExt as _;
        builder.permissions(std::fs::Permissions::from_mode(0o666));
    }
    // From here on, an error drops `temp`, which removes the file.
    let mut temp = builder.tempfile_in(dir)?;
    if let Some(permissions) = &options.permissions {
        temp.as_file().set_permissions(permissions.clone())?;
    }
    fill(temp.as_file_mut(), bytes)?;
    temp.as_file().sync_all()?;
    if options.no_clobber {
        temp.persist_noclobber(path).map_err(|e| e.error)?;
    } else {
        temp.persist(path).map_err(|e| e.error)?;
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    fn temp_files(dir: &Path) -> Vec<String> {
        std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.starts_with(".parcours-"))
            .collect()
    }

    #[test]
    fn a_failed_fill_leaves_the_old_file_and_no_temporary_one() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.json");
        std::fs::write(&path, "old").unwrap();
        let full = |_: &mut File, _: &[u8]| -> std::io::Result<()> {
            Err(std::io::Error::from(std::io::ErrorKind::StorageFull))
        };
        let e =
            write_atomically_with(&path, b"new", &Options::new(Access::Shared), &full).unwrap_err();
        assert_eq!(e.kind(), std::io::ErrorKind::StorageFull);
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "old");
        assert!(temp_files(dir.path()).is_empty());
    }

    #[test]
    fn no_clobber_refuses_a_file_that_is_there() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.json");
        std::fs::write(&path, "theirs").unwrap();
        let options = Options {
            no_clobber: true,
            ..Options::new(Access::Shared)
        };
        let e = write_atomically_with(&path, b"mine", &options, &fill_all).unwrap_err();
        assert_eq!(e.kind(), std::io::ErrorKind::AlreadyExists);
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "theirs");
        assert!(temp_files(dir.path()).is_empty());
    }

    #[cfg(unix)]
    #[test]
    fn given_permissions_are_kept_whatever_the_umask() {
        use std::os::unix::fs::PermissionsExt as _;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.json");
        let options = Options {
            permissions: Some(Permissions::from_mode(0o640)),
            ..Options::new(Access::Private)
        };
        write_atomically_with(&path, b"x", &options, &fill_all).unwrap();
        let mode = std::fs::metadata(&path).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o640);
    }
}
