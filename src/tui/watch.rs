//! Watching the catalogue's files, so that a change made in another
//! program shows without restarting.
//!
//! An editor's save is a burst of events (a temporary file written,
//! renamed, the directory touched, sometimes the file truncated then
//! written): the watcher waits until the files have been quiet for
//! [`QUIET`] and then reports one change. Only what the loader reads
//! counts: `*.json` files whose name does not start with a dot (the
//! loader skips hidden files, and parcours' own temporary files are
//! hidden), not the `.bak` copies saving leaves.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::mpsc::{self, RecvTimeoutError};
use std::time::Duration;

use notify::{EventKind, RecommendedWatcher, RecursiveMode, Watcher as _};

use crate::load::Source;
use crate::tui::app::edit::Notice;
use crate::tui::app::{AppState, CatalogueName, Data};
use crate::tui::jobs::startup::{Loaded, Startup, load};
use crate::tui::jobs::{Failed, spawn_once};

/// How long the files must be quiet before a change is reported.
pub const QUIET: Duration = Duration::from_millis(250);

/// Watches a catalogue's files while it lives; dropping it stops.
pub struct Watcher {
    _inner: RecommendedWatcher,
}

/// Starts watching the catalogue at `root` (a directory, watched with
/// its subdirectories, or one file); `changed` is called once after each
/// burst of changes, on the watcher's own thread.
pub fn watch(root: &Path, changed: impl Fn() + Send + 'static) -> notify::Result<Watcher> {
    let (sender, events) = mpsc::channel::<PathBuf>();
    let mut inner = notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
        // An error of the watcher itself (a queue overflow) may hide a
        // change: it counts as one.
        let paths = match event {
            Ok(e) if matters(e.kind) => e.paths,
            Ok(_) => return,
            Err(_) => vec![PathBuf::from("?.json")],
        };
        for path in paths.into_iter().filter(|p| is_catalogue_file(p)) {
            let _ = sender.send(path);
        }
    })?;
    // A single file is watched through its directory: editors replace the
    // file by renaming another over it, which a watch on the file itself
    // would lose after the first save.
    let (target, mode) = if root.is_dir() {
        (root.to_path_buf(), RecursiveMode::Recursive)
    } else {
        let dir = root.parent().filter(|p| !p.as_os_str().is_empty());
        (
            dir.map_or_else(|| PathBuf::from("."), Path::to_path_buf),
            RecursiveMode::NonRecursive,
        )
    };
    inner.watch(&target, mode)?;
    let single = (!root.is_dir()).then(|| root.file_name().map(ToOwned::to_owned));
    std::thread::Builder::new()
        .name("parcours-watch".into())
        .spawn(move || debounce(&events, single.flatten().as_deref(), &changed))
        .map_err(notify::Error::io)?;
    Ok(Watcher { _inner: inner })
}

/// Watches the catalogue's files, when it has some (the sample has
/// none), and notes them in the state as the files to load again; a watch
/// that cannot start is said in the footer, and the interface goes on
/// without.
pub fn watch_catalogue(
    state: &mut AppState,
    source: &Source,
    changed: impl Fn() + Send + 'static,
) -> Option<Watcher> {
    let Source::Path(root) = source else {
        return None;
    };
    state.edit.root = Some(root.clone());
    match watch(root, changed) {
        Ok(w) => Some(w),
        Err(e) => {
            state.edit.notice = Some(Notice::WatchFailed(e.to_string()));
            None
        }
    }
}

/// Waits for a change, then for quiet, and reports; until the watcher
/// goes. With `single`, only that file's name counts.
fn debounce(
    events: &mpsc::Receiver<PathBuf>,
    single: Option<&std::ffi::OsStr>,
    changed: &impl Fn(),
) {
    let counts = |p: &Path| single.is_none_or(|name| p.file_name() == Some(name));
    while let Ok(path) = events.recv() {
        let mut seen = counts(&path);
        loop {
            match events.recv_timeout(QUIET) {
                Ok(path) => seen |= counts(&path),
                Err(RecvTimeoutError::Timeout) => break,
                Err(RecvTimeoutError::Disconnected) => return,
            }
        }
        if seen {
            changed();
        }
    }
}

/// Whether an event can change what the files hold (not a mere read or
/// opening).
fn matters(kind: EventKind) -> bool {
    matches!(
        kind,
        EventKind::Create(_) | EventKind::Modify(_) | EventKind::Remove(_) | EventKind::Any
    ) && !matches!(
        kind,
        EventKind::Modify(notify::event::ModifyKind::Metadata(_))
    )
}

/// Whether the loader reads this file: a `.json` file, not hidden.
pub fn is_catalogue_file(path: &Path) -> bool {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
    !name.starts_with('.')
        && Path::new(name)
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("json"))
}

/// Loads the files again, as at start, off the drawing thread; none when
/// they hold the catalogue shown (`current`), which then stays as it is.
pub fn reload(source: &Source, name: CatalogueName, current: &Data) -> Option<Loaded> {
    let loaded = load(source, name, &Startup::default());
    match &loaded {
        Loaded::Ready(ready) if ready.data.cat == current.cat => None,
        _ => Some(loaded),
    }
}

/// [`reload`] on a thread of its own; `done` gets the outcome, or the
/// failure of the thread (a bug).
pub fn spawn_reload(
    source: Source,
    name: CatalogueName,
    current: Arc<Data>,
    done: impl FnOnce(Result<Option<Loaded>, Failed>) + Send + 'static,
) -> std::io::Result<()> {
    spawn_once(
        "parcours-reload",
        move || reload(&source, name, &current),
        done,
    )
}

#[cfg(test)]
mod tests {
    use super::is_catalogue_file;
    use std::path::Path;

    #[test]
    fn only_the_files_the_loader_reads_count() {
        assert!(is_catalogue_file(Path::new("/d/afpa.json")));
        assert!(is_catalogue_file(Path::new("/d/sub/LINKS.JSON")));
        assert!(!is_catalogue_file(Path::new("/d/afpa.json.bak")));
        assert!(!is_catalogue_file(Path::new("/d/.parcours-1.tmp")));
        assert!(!is_catalogue_file(Path::new("/d/.afpa.json.swp")));
        assert!(!is_catalogue_file(Path::new("/d/.hidden.json")));
        assert!(!is_catalogue_file(Path::new("/d/4913")));
    }
}
