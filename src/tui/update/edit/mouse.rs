//! The mouse over the windows of editing: the wheel moves through a
//! form's fields or a chooser's list, a click selects a row. A click
//! outside closes nothing, so that nothing typed is lost by a slip.

use ratatui::layout::{Position, Rect};

use crate::tui::action::Action;
use crate::tui::app::AppState;
use crate::tui::app::edit::overlay::Overlay;
use crate::tui::layout;

/// A click (`wheel` 0) or a turn of the wheel at `at`.
pub fn mouse(state: &mut AppState, at: Position, wheel: isize) {
    if wheel != 0 {
        let action = if wheel > 0 {
            Action::SelectNext
        } else {
            Action::SelectPrev
        };
        let typing = matches!(state.edit.session.overlays.last(), Some(Overlay::Form(f)) if f.line.is_some());
        if !typing {
            for _ in 0..3 {
                super::overlays::handle(state, action);
            }
        }
        return;
    }
    let area = state.area;
    match state.edit.session.overlays.last_mut() {
        Some(Overlay::Form(form)) if form.line.is_none() => {
            let rows = layout::edit::form(area).rows;
            if let Some(i) = row_at(rows, form.cursor.offset, at, form.rows().len()) {
                form.cursor.selected = i;
            }
        }
        Some(Overlay::Chooser(c)) => {
            let list = layout::edit::chooser_list(area, c.has_kinds());
            if let Some(i) = row_at(list, c.cursor.offset, at, c.rows()) {
                c.cursor.selected = i;
                if c.multi {
                    c.toggle();
                }
            }
        }
        _ => {}
    }
}

fn row_at(rows: Rect, offset: usize, at: Position, len: usize) -> Option<usize> {
    rows.contains(at)
        .then(|| offset + usize::from(at.y - rows.y))
        .filter(|i| *i < len)
}
