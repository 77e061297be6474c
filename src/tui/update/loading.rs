//! Actions while the catalogue loads, or after it failed to: quitting,
//! the help, a new size, and scrolling the errors. Everything else waits
//! for a catalogue.

use crate::tui::action::Action;
use crate::tui::app::{AppState, Popup};
use crate::tui::{layout, views};

use super::{movement, popups};

pub fn handle(state: &mut AppState, action: Action) {
    match action {
        Action::Quit => state.quit = true,
        Action::Resize { width, height } => {
            state.area = ratatui::layout::Rect::new(0, 0, width, height);
        }
        _ if matches!(state.popups.last(), Some(Popup::Help { .. })) => {
            popups::help(state, action);
        }
        Action::ShowHelp => state.popups.push(Popup::Help { scroll: 0 }),
        _ => scroll_errors(state, action),
    }
}

/// Moves through the list of errors, when loading failed.
fn scroll_errors(state: &mut AppState, action: Action) {
    let rows = usize::from(layout::loading(state.area).errors.height);
    let len = views::loading::line_count(state);
    let Some(failure) = state.loading.as_mut().and_then(|l| l.failed.as_mut()) else {
        return;
    };
    if let Some(delta) = movement(action, rows, len) {
        failure.scroll = failure
            .scroll
            .saturating_add_signed(delta)
            .min(len.saturating_sub(rows));
    }
}
