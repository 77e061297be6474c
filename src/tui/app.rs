//! The interface's state: which screen, which pane has focus, the popups
//! open, each screen's selections, and the catalogue they show. Nothing
//! here touches the terminal; [`super::update`] changes it and
//! [`super::views`] draws it.

mod bodies;
mod catalogue;
pub mod cursor;
mod data;
pub mod edit;
pub mod filters;
pub mod graph;
pub mod loading;
pub mod map;
pub mod planner;
pub mod rows;

use ratatui::layout::Rect;

pub use bodies::{BodiesPane, BodiesState, Shown};
pub use catalogue::{CatalogueState, Pane, Stop};
pub use cursor::Cursor;
pub use data::{CatalogueName, Data, PickerIndex, SortKey};
pub use graph::GraphState;
pub use map::MapState;
pub use planner::{PlannerPane, PlannerState};
pub use rows::Row;

use super::i18n::{Lang, Strings};
use super::keymap::{Context, KeyMap};
use super::theme::Theme;
use crate::model::{Catalogue, Date};

/// A screen, shown as a tab.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Screen {
    #[default]
    Catalogue,
    Bodies,
    Planner,
}

impl Screen {
    pub const ALL: [Self; 3] = [Self::Catalogue, Self::Bodies, Self::Planner];

    pub fn index(self) -> usize {
        match self {
            Self::Catalogue => 0,
            Self::Bodies => 1,
            Self::Planner => 2,
        }
    }
}

/// A window over the screen; the top one takes the keys.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Popup {
    /// Every key, scrolled to this line.
    Help { scroll: usize },
    /// The filter menu, with its selection.
    Filters { cursor: Cursor },
    /// The planner's picker (its state is `PlannerState::picker`).
    Picker,
    /// A dialog of the planner (its state is `PlannerState::dialog`).
    Dialog,
    /// The saved plans (their list is `PlannerState::plans`).
    Plans,
    /// The windows of editing (their stack is `EditState::session`).
    Edit,
}

/// A picture drawn over a screen's panes: the graph of an offer's
/// neighbourhood, or the map. The last one opened takes the keys; `Esc`
/// closes it, back to the one before or to the screen.
#[derive(Clone, Debug, PartialEq)]
pub enum Picture {
    Graph(GraphState),
    Map(MapState),
}

/// What the interface starts with besides the catalogue.
pub struct Options {
    pub name: CatalogueName,
    pub lang: Lang,
    pub theme: Theme,
    pub keymap: KeyMap,
    /// The day sessions are compared with ("next session").
    pub today: Date,
    /// The terminal's size.
    pub width: u16,
    pub height: u16,
    /// Where plans are saved; none when there is nowhere to save them.
    pub plans_dir: Option<std::path::PathBuf>,
    /// Where the sample is offered to be written as files on its first
    /// edit (`parcours init`'s directory); none: the person types one.
    pub init_dir: Option<std::path::PathBuf>,
}

pub struct AppState {
    /// Shared with the threads that search and route (see [`super::jobs`]).
    pub data: std::sync::Arc<Data>,
    pub strings: &'static Strings,
    pub theme: Theme,
    pub keymap: KeyMap,
    pub today: Date,
    /// The whole terminal.
    pub area: Rect,
    pub screen: Screen,
    pub popups: Vec<Popup>,
    pub catalogue: CatalogueState,
    pub bodies: BodiesState,
    pub planner: PlannerState,
    /// The pictures open over the screen, the last on top.
    pub pictures: Vec<Picture>,
    pub quit: bool,
    /// While the catalogue loads, or when it failed to: the loading
    /// screen, which takes the place of every other (see `loading`).
    pub loading: Option<loading::LoadingState>,
    /// Searches and routes under way off the drawing thread.
    pub jobs: super::jobs::Jobs,
    /// The files watched and loaded again, their errors, the editor.
    pub edit: edit::EditState,
}

impl AppState {
    pub fn new(cat: Catalogue, options: Options) -> Self {
        let data = std::sync::Arc::new(Data::new(cat, options.name));
        let catalogue = CatalogueState::new(&data);
        let bodies = BodiesState::new(&data);
        let mut state = Self {
            data,
            strings: options.lang.strings(),
            theme: options.theme,
            keymap: options.keymap,
            today: options.today,
            area: Rect::new(0, 0, options.width, options.height),
            screen: Screen::Catalogue,
            popups: Vec::new(),
            catalogue,
            bodies,
            planner: PlannerState::new(options.today, options.plans_dir),
            pictures: Vec::new(),
            quit: false,
            loading: None,
            jobs: super::jobs::Jobs::default(),
            edit: edit::EditState {
                init_dir: options.init_dir,
                ..edit::EditState::default()
            },
        };
        super::update::settle(&mut state);
        state
    }

    /// Where keys are read now: the top popup's context, the search box's
    /// while typing, else browsing.
    pub fn context(&self) -> Context {
        match self.popups.last() {
            Some(Popup::Help { .. }) => Context::Help,
            Some(Popup::Filters { .. }) => Context::Filters,
            Some(Popup::Picker) => Context::Picker,
            Some(Popup::Dialog) => match &self.planner.dialog {
                Some(d) if d.kind.fields() == 0 => Context::Confirm,
                _ => Context::Input,
            },
            Some(Popup::Plans) => Context::Plans,
            Some(Popup::Edit) => self.edit.session.context(),
            // A picture reads keys as browsing does, whatever the screen.
            None if !self.pictures.is_empty() => Context::Normal,
            None if self.screen == Screen::Catalogue && self.catalogue.editing => Context::Search,
            None if self.screen == Screen::Planner => Context::Planner,
            None => Context::Normal,
        }
    }
}
