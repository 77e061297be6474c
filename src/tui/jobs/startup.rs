//! Loading the catalogue on a thread of its own, while the interface
//! draws the loading screen and answers keys: reading and checking the
//! files, then building the graph, the search index and the lists' orders.

use std::sync::Arc;
use std::sync::atomic::{AtomicU8, Ordering};

use super::worker::{Failed, spawn_once};
use crate::load::{Counts, Diagnostics, Progress, Source, load_reporting};
use crate::tui::app::loading::Stage;
use crate::tui::app::{BodiesState, CatalogueName, CatalogueState, Data};

/// How far loading has gone, shared with the event loop.
#[derive(Debug, Default)]
pub struct Startup {
    progress: Progress,
    /// The stage under way after checking, as its place in [`Stage::ALL`];
    /// 0 while the files are read and checked.
    stage: AtomicU8,
}

impl Startup {
    /// The stage under way and the bytes loaded so far.
    pub fn now(&self) -> (Stage, Counts) {
        let counts = self.progress.counts();
        let stage = match Stage::ALL.get(usize::from(self.stage.load(Ordering::Relaxed))) {
            Some(&stage) if stage > Stage::Checking => stage,
            _ if counts.total > 0 && counts.read >= counts.total => Stage::Checking,
            _ => Stage::Reading,
        };
        (stage, counts)
    }

    fn enter(&self, stage: Stage) {
        // A stage's discriminant is its place in `Stage::ALL`.
        self.stage.store(stage as u8, Ordering::Relaxed);
    }
}

/// The catalogue ready to browse, and the screens' first states, all
/// prepared off the drawing thread.
pub struct Ready {
    pub data: Arc<Data>,
    pub catalogue: CatalogueState,
    pub bodies: BodiesState,
}

/// How loading ended.
pub enum Loaded {
    Ready(Box<Ready>),
    /// The catalogue has errors: every problem found.
    Failed(Diagnostics),
}

/// Loads `source` on a thread of its own, reporting in `startup`; `done`
/// gets the outcome, or the failure of the thread (a bug).
pub fn spawn(
    source: Source,
    name: CatalogueName,
    startup: Arc<Startup>,
    done: impl FnOnce(Result<Loaded, Failed>) + Send + 'static,
) -> std::io::Result<()> {
    spawn_once("parcours-load", move || load(&source, name, &startup), done)
}

/// Everything loading does, in order.
pub fn load(source: &Source, name: CatalogueName, startup: &Startup) -> Loaded {
    let loaded = load_reporting(source, &startup.progress);
    let Some(cat) = loaded.catalogue else {
        return Loaded::Failed(loaded.diagnostics);
    };
    let data = Arc::new(Data::build(cat, name, |stage| startup.enter(stage)));
    Loaded::Ready(Box::new(Ready {
        catalogue: CatalogueState::new(&data),
        bodies: BodiesState::new(&data),
        data,
    }))
}
