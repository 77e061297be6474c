//! Starting up: what the loading screen shows while the catalogue is
//! read, checked and prepared on another thread, and the catalogue's
//! errors when it has some.

use std::time::Duration;

use super::edit::Problems;
use crate::load::Counts;
use crate::tui::jobs::startup::Ready;

/// A stage of starting up, in order (its discriminant is its place in
/// [`Stage::ALL`]).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Stage {
    /// Reading the files from disk.
    #[default]
    Reading,
    /// Reading them as JSON and checking every rule of `parcours/1`.
    Checking,
    /// Building the pathway graph.
    Graph,
    /// Building the search index.
    Index,
    /// Sorting and grouping offers for the lists.
    Orders,
}

impl Stage {
    pub const ALL: [Self; 5] = [
        Self::Reading,
        Self::Checking,
        Self::Graph,
        Self::Index,
        Self::Orders,
    ];
}

/// The catalogue could not be loaded: its problems, to read on screen
/// before quitting (and printed on stderr after).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Failure {
    pub problems: Problems,
    /// The first line shown.
    pub scroll: usize,
}

/// The loading screen's state.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LoadingState {
    pub stage: Stage,
    /// Bytes of the catalogue's files: to load, read, checked.
    pub counts: Counts,
    /// Since loading began.
    pub elapsed: Duration,
    /// Set when loading ended in errors.
    pub failed: Option<Failure>,
}

impl LoadingState {
    /// Notes how far loading has gone; whether the screen shows it
    /// differently now (the time shows in whole seconds).
    pub fn observe(&mut self, stage: Stage, counts: Counts, elapsed: Duration) -> bool {
        if self.failed.is_some() {
            return false;
        }
        let before = (self.stage, self.counts, self.elapsed.as_secs());
        self.stage = stage;
        self.counts = counts;
        self.elapsed = elapsed;
        before != (stage, counts, elapsed.as_secs())
    }
}

impl super::AppState {
    /// The interface while its catalogue loads: the loading screen over
    /// an empty catalogue, until [`AppState::loaded`] or
    /// [`AppState::failed`].
    pub fn loading(options: super::Options) -> Self {
        let mut state = Self::new(crate::model::Catalogue::default(), options);
        state.loading = Some(LoadingState::default());
        state
    }

    /// The catalogue is ready: browsing begins, on the catalogue screen
    /// (the help stays open if it was).
    pub fn loaded(&mut self, ready: Ready) {
        let Ready {
            data,
            mut catalogue,
            bodies,
        } = ready;
        catalogue.defer_from = self.catalogue.defer_from;
        self.data = data;
        self.catalogue = catalogue;
        self.bodies = bodies;
        self.loading = None;
        crate::tui::update::settle(self);
    }

    /// Loading found errors: the screen lists them, as `parcours
    /// validate` would, until the person quits.
    pub fn failed(&mut self, diagnostics: &crate::load::Diagnostics) {
        let failure = Failure {
            problems: Problems::of(diagnostics),
            scroll: 0,
        };
        self.loading
            .get_or_insert_with(LoadingState::default)
            .failed = Some(failure);
    }
}

#[cfg(test)]
mod tests {
    use super::Stage;

    #[test]
    fn a_stage_is_its_place_in_the_list() {
        // The loading thread sends a stage as its number, and the screen
        // finds its words by it.
        for (at, stage) in Stage::ALL.into_iter().enumerate() {
            assert_eq!(stage as usize, at, "{stage:?}");
        }
    }
}
