//! Actions change the state, here and nowhere else. No terminal is read:
//! the terminal's size comes in as [`Action::Resize`], and scroll offsets
//! are worked out from the same layout functions the views draw with.

mod bodies;
mod catalogue;
pub mod edit;
mod graph;
mod loading;
mod map;
mod mouse;
pub mod planner;
mod popups;
mod settle;

pub use settle::{Visible, settle, visible};

use ratatui::layout::Rect;

use super::action::Action;
use super::app::cursor::round;
use super::app::{AppState, Pane, Picture, Popup, Screen};

/// Applies one action, then scrolls every pane so that its selection
/// shows.
pub fn update(state: &mut AppState, action: Action) {
    if state.loading.is_some() {
        loading::handle(state, action);
        settle(state);
        return;
    }
    if !matches!(action, Action::Resize { .. }) {
        // A notice is read until the next thing done.
        state.edit.notice = None;
    }
    match action {
        Action::Quit => edit::quit(state),
        Action::Resize { width, height } => state.area = Rect::new(0, 0, width, height),
        Action::Click { .. } | Action::ScrollUp { .. } | Action::ScrollDown { .. } => {
            match (state.popups.is_empty(), state.pictures.last()) {
                (true, Some(Picture::Graph(_))) => graph::mouse(state, action),
                (true, Some(Picture::Map(_))) => map::mouse(state, action),
                _ => mouse::handle(state, action),
            }
        }
        _ => match state.popups.last() {
            Some(Popup::Help { .. }) => popups::help(state, action),
            Some(Popup::Filters { .. }) => popups::filters(state, action),
            Some(Popup::Picker) => planner::picker(state, action),
            Some(Popup::Dialog) => planner::dialog(state, action),
            Some(Popup::Plans) => planner::plans(state, action),
            Some(Popup::Edit) => edit::overlays::handle(state, action),
            None => match state.pictures.last() {
                // Saving, undoing and redoing mean over a picture what
                // they mean on the screen under it (the picture follows
                // the catalogue changed, see `edit::replace`).
                Some(_) if matches!(action, Action::SaveEdits | Action::Undo | Action::Redo) => {
                    edit::keys::handle(state, action);
                }
                Some(Picture::Graph(_)) => graph::handle(state, action),
                Some(Picture::Map(_)) => map::handle(state, action),
                None => screen(state, action),
            },
        },
    }
    super::jobs::dispatch(state);
    settle(state);
}

/// An action with no popup open.
fn screen(state: &mut AppState, action: Action) {
    match action {
        Action::ShowHelp => state.popups.push(Popup::Help { scroll: 0 }),
        Action::OpenFilters => {
            show(state, Screen::Catalogue);
            state.popups.push(Popup::Filters {
                cursor: super::app::Cursor {
                    selected: 1,
                    offset: 0,
                },
            });
        }
        Action::NextScreen | Action::PrevScreen => {
            let step = if action == Action::NextScreen { 1 } else { -1 };
            show(state, round(&Screen::ALL, state.screen, step));
        }
        Action::ShowCatalogue => show(state, Screen::Catalogue),
        Action::ShowBodies => show(state, Screen::Bodies),
        Action::ShowPlanner => show(state, Screen::Planner),
        Action::ShowGraph => graph::open(state),
        Action::ShowMap => map::open(state),
        Action::OpenEditor => edit::open_editor(state),
        Action::EditItem
        | Action::NewItem
        | Action::DeleteItem
        | Action::AddLink
        | Action::OpenItems
        | Action::Undo
        | Action::Redo
        | Action::SaveEdits => {
            edit::keys::handle(state, action);
        }
        Action::OpenSearch => {
            show(state, Screen::Catalogue);
            state.catalogue.editing = true;
            state.catalogue.focus = Pane::List;
        }
        Action::ConfirmSearch => state.catalogue.editing = false,
        Action::ClearSearch => {
            let c = &mut state.catalogue;
            c.editing = false;
            if !c.query.is_empty() {
                c.query.clear();
                c.research(&state.data);
            }
        }
        Action::DeleteChar => {
            let c = &mut state.catalogue;
            if c.query.pop().is_some() {
                c.research(&state.data);
            } else {
                c.editing = false;
            }
        }
        Action::InsertChar(ch) if state.catalogue.editing => {
            state.catalogue.query.push(ch);
            state.catalogue.research(&state.data);
        }
        Action::CycleSort | Action::ReverseSort => {
            let c = &mut state.catalogue;
            if action == Action::CycleSort {
                c.sort = c.sort.next();
                c.descending = false;
            } else {
                c.descending = !c.descending;
            }
            c.refilter(&state.data);
            show(state, Screen::Catalogue);
        }
        _ => match state.screen {
            Screen::Catalogue => catalogue::handle(state, action),
            Screen::Bodies => bodies::handle(state, action),
            Screen::Planner => planner::handle(state, action),
        },
    }
}

/// Switches to a screen; typing in the search box stops.
pub(super) fn show(state: &mut AppState, screen: Screen) {
    if screen != Screen::Catalogue {
        state.catalogue.editing = false;
    }
    state.screen = screen;
}

/// The way a focus action goes through panes: on, or back.
fn direction(action: Action) -> isize {
    if action == Action::FocusPrevPane {
        -1
    } else {
        1
    }
}

/// How far one page moves: the rows a pane shows, less one for context.
fn page(height: usize) -> isize {
    isize::try_from(height.saturating_sub(1).max(1)).unwrap_or(1)
}

/// The vertical move an action asks for in a list of `len` rows showing
/// `height`; none for other actions.
fn movement(action: Action, height: usize, len: usize) -> Option<isize> {
    let len = isize::try_from(len).unwrap_or(isize::MAX);
    Some(match action {
        Action::SelectNext => 1,
        Action::SelectPrev => -1,
        Action::PageDown => page(height),
        Action::PageUp => -page(height),
        Action::SelectFirst => -len,
        Action::SelectLast => len,
        _ => return None,
    })
}
