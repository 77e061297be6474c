//! Plans kept as JSON files in one directory, written atomically.
//!
//! A plan's file name comes from its name ("Plan Élise" →
//! `plan-elise.json`), with `-2`, `-3`, … when two names give the same
//! stem; the name inside the file is what people see and what finds it.
//! Names are compared without case, accents or runs of blanks, so two
//! plans cannot be told apart only by those.

use std::path::{Path, PathBuf};
use std::time::SystemTime;

use super::atomic::{Access, sync_dir, write_atomically};
use super::{Plan, PlanError, check};
use crate::text::to_safe_json;

/// Plans kept as JSON files in one directory (default: the user's data
/// directory `plans/`, see [`crate::dirs::plans_dir`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Store {
    dir: PathBuf,
}

/// One plan file, as a list shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Summary {
    /// The plan's name; the file's stem when it could not be read.
    pub name: String,
    pub person: String,
    /// `YYYY-MM-DD`; empty when the file could not be read.
    pub saved: String,
    pub path: PathBuf,
    /// How many offers the chosen route holds.
    pub steps: usize,
    /// Some when the file could not be read: what is wrong with it.
    pub error: Option<String>,
}

/// A file of the directory, read.
struct Entry {
    path: PathBuf,
    plan: Result<Plan, PlanError>,
    modified: Option<SystemTime>,
}

impl Entry {
    fn stem(&self) -> String {
        self.path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default()
    }
}

impl Store {
    pub fn new(dir: impl Into<PathBuf>) -> Store {
        Store { dir: dir.into() }
    }

    /// The directory the plans are kept in.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Every plan, most recently saved first; unreadable files are
    /// listed with their error rather than dropped. No directory yet
    /// means no plan.
    pub fn list(&self) -> std::io::Result<Vec<Summary>> {
        let mut entries = self.entries()?;
        // Most recent first: the day saved, then the file's time (plans
        // saved the same day), then the name, for a stable order.
        entries.sort_by(|a, b| {
            let saved = |e: &Entry| e.plan.as_ref().map(|p| p.saved.clone()).unwrap_or_default();
            saved(b)
                .cmp(&saved(a))
                .then(b.modified.cmp(&a.modified))
                .then(a.path.cmp(&b.path))
        });
        Ok(entries
            .into_iter()
            .map(|e| match &e.plan {
                Ok(plan) => Summary {
                    name: plan.name.clone(),
                    person: plan.person.clone(),
                    saved: plan.saved.clone(),
                    path: e.path.clone(),
                    steps: plan.route.len(),
                    error: None,
                },
                Err(error) => Summary {
                    name: e.stem(),
                    person: String::new(),
                    saved: String::new(),
                    path: e.path.clone(),
                    steps: 0,
                    error: Some(error.to_string()),
                },
            })
            .collect())
    }

    /// The plan of this name (case and accents aside), or of this file
    /// stem (as `list` shows an unreadable file).
    pub fn load(&self, name: &str) -> Result<Plan, PlanError> {
        self.find(name)?.plan
    }

    /// The file that holds the plan of this name.
    pub fn path_of(&self, name: &str) -> Result<PathBuf, PlanError> {
        Ok(self.find(name)?.path)
    }

    /// Writes atomically (temp file in the same dir, fsync, rename),
    /// creating the directory; replaces the plan of the same name.
    pub fn save(&self, plan: &Plan) -> Result<PathBuf, PlanError> {
        check::name(&plan.name).map_err(PlanError::BadName)?;
        let entries = self.entries().map_err(|e| PlanError::io(&self.dir, e))?;
        let key = check::key(&plan.name);
        let path = entries
            .iter()
            .find(|e| e.plan.as_ref().is_ok_and(|p| check::key(&p.name) == key))
            .map_or_else(
                || self.free_path(&check::slug(&plan.name), &entries, None),
                |e| e.path.clone(),
            );
        check::plan(plan).map_err(|message| PlanError::Invalid {
            path: path.clone(),
            message,
        })?;
        self.write(&path, plan)?;
        Ok(path)
    }

    /// Gives a plan a new name. Refuses when `new` is taken by another plan.
    pub fn rename(&self, old: &str, new: &str) -> Result<(), PlanError> {
        check::name(new).map_err(PlanError::BadName)?;
        let found = self.find(old)?;
        let mut plan = found.plan?;
        let new = new.trim();
        let key = check::key(new);
        let entries = self.entries().map_err(|e| PlanError::io(&self.dir, e))?;
        let taken = entries.iter().any(|e| {
            e.path != found.path && e.plan.as_ref().is_ok_and(|p| check::key(&p.name) == key)
        });
        if taken {
            return Err(PlanError::Exists(new.to_owned()));
        }
        new.clone_into(&mut plan.name);
        let path = self.free_path(&check::slug(new), &entries, Some(&found.path));
        self.write(&path, &plan)?;
        if path != found.path {
            std::fs::remove_file(&found.path).map_err(|e| PlanError::io(&found.path, e))?;
            self.sync_dir();
        }
        Ok(())
    }

    /// Deletes the plan of this name; an unreadable file too, by its stem.
    pub fn delete(&self, name: &str) -> Result<(), PlanError> {
        let found = self.find(name)?;
        std::fs::remove_file(&found.path).map_err(|e| PlanError::io(&found.path, e))?;
        self.sync_dir();
        Ok(())
    }

    /// The entry for a name: the plan of exactly that name, else of the
    /// same key, else the file of that stem, readable or not.
    fn find(&self, name: &str) -> Result<Entry, PlanError> {
        let entries = self.entries().map_err(|e| PlanError::io(&self.dir, e))?;
        let named = |e: &Entry, pred: &dyn Fn(&Plan) -> bool| e.plan.as_ref().is_ok_and(pred);
        let key = check::key(name);
        let at = entries
            .iter()
            .position(|e| named(e, &|p| p.name == name))
            .or_else(|| {
                entries
                    .iter()
                    .position(|e| named(e, &|p| check::key(&p.name) == key))
            })
            .or_else(|| entries.iter().position(|e| e.stem() == name));
        match at {
            Some(at) => Ok(entries.into_iter().nth(at).expect("a found position")),
            None => Err(PlanError::NotFound(name.to_owned())),
        }
    }

    /// `STEM.json`, else `STEM-2.json`, `STEM-3.json`, …: the first that
    /// no file takes, but for `mine` (the file being renamed).
    fn free_path(&self, stem: &str, entries: &[Entry], mine: Option<&Path>) -> PathBuf {
        // One more candidate than there are files: one of them is free.
        (1..=entries.len() + 2)
            .map(|n| {
                let file = if n == 1 {
                    format!("{stem}.json")
                } else {
                    format!("{stem}-{n}.json")
                };
                self.dir.join(file)
            })
            .find(|p| {
                Some(p.as_path()) == mine || (!entries.iter().any(|e| &e.path == p) && !p.exists())
            })
            .unwrap_or_else(|| self.dir.join(format!("{stem}-{}.json", entries.len() + 3)))
    }

    /// Every `*.json` file of the directory (not hidden), read.
    fn entries(&self) -> std::io::Result<Vec<Entry>> {
        let dir = match std::fs::read_dir(&self.dir) {
            Ok(dir) => dir,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(e) => return Err(e),
        };
        let mut entries = Vec::new();
        for entry in dir {
            let entry = entry?;
            let path = entry.path();
            let hidden = entry.file_name().to_string_lossy().starts_with('.');
            let Ok(metadata) = std::fs::metadata(&path) else {
                continue;
            };
            if hidden || !metadata.is_file() || path.extension().is_none_or(|e| e != "json") {
                continue;
            }
            entries.push(Entry {
                plan: read(&path),
                modified: metadata.modified().ok(),
                path,
            });
        }
        entries.sort_by(|a, b| a.path.cmp(&b.path));
        Ok(entries)
    }

    /// Writes a plan to `path`, whole or not at all, for its owner only.
    fn write(&self, path: &Path, plan: &Plan) -> Result<(), PlanError> {
        let io = |e| PlanError::io(path, e);
        std::fs::create_dir_all(&self.dir).map_err(|e| PlanError::io(&self.dir, e))?;
        let mut text = to_safe_json(plan).map_err(|e| io(e.into()))?;
        text.push('\n');
        write_atomically(path, text.as_bytes(), Access::Private).map_err(io)
    }

    fn sync_dir(&self) {
        sync_dir(&self.dir);
    }
}

/// Reads and checks one plan file.
fn read(path: &Path) -> Result<Plan, PlanError> {
    let text = std::fs::read_to_string(path).map_err(|e| PlanError::io(path, e))?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    let value: serde_json::Value =
        serde_json::from_str(text).map_err(|e| PlanError::json(path, &e))?;
    match value.get("format").and_then(serde_json::Value::as_str) {
        Some(super::FORMAT) => {}
        found => {
            return Err(PlanError::WrongFormat {
                path: path.to_owned(),
                found: found
                    .map(str::to_owned)
                    .or_else(|| value.get("format").map(ToString::to_string)),
            });
        }
    }
    let plan: Plan = serde_json::from_str(text).map_err(|e| PlanError::json(path, &e))?;
    check::plan(&plan).map_err(|message| PlanError::Invalid {
        path: path.to_owned(),
        message,
    })?;
    Ok(plan)
}
