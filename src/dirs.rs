//! Where parcours keeps its files in the user's home.

use std::path::PathBuf;

use directories::ProjectDirs;

use crate::load::Source;

fn project() -> Option<ProjectDirs> {
    ProjectDirs::from("", "", "parcours")
}

/// The editable catalogue that `parcours init` writes by default, in the
/// user's data directory (`~/.local/share/parcours/catalogue` on Linux).
pub fn catalogue_dir() -> Option<PathBuf> {
    project().map(|p| p.data_dir().join("catalogue"))
}

/// Where saved plans are kept: `PARCOURS_PLANS` when it is set and not
/// empty, else `plans` in the user's data directory
/// (`~/.local/share/parcours/plans` on Linux).
pub fn plans_dir() -> Option<PathBuf> {
    match std::env::var_os("PARCOURS_PLANS") {
        Some(dir) if !dir.is_empty() => Some(PathBuf::from(dir)),
        _ => project().map(|p| p.data_dir().join("plans")),
    }
}

/// The catalogue to use: the path given (`--data`, `PARCOURS_DATA`), else
/// the one `parcours init` made in the data directory, else the sample
/// built into parcours.
pub fn catalogue_source(given: Option<PathBuf>) -> Source {
    if let Some(path) = given.filter(|p| !p.as_os_str().is_empty()) {
        return Source::Path(path);
    }
    match catalogue_dir() {
        Some(dir) if dir.is_dir() => Source::Path(dir),
        _ => Source::Sample,
    }
}
