//! Actions while a popup is open: the top popup takes them all.

use crate::tui::action::Action;
use crate::tui::app::cursor::land;
use crate::tui::app::filters::FilterRow;
use crate::tui::app::{AppState, Popup};

use super::{movement, visible};

/// The help overlay: scrolling, and closing.
pub fn help(state: &mut AppState, action: Action) {
    let v = visible(state);
    match action {
        Action::ClosePopup | Action::ShowHelp => {
            state.popups.pop();
        }
        _ => {
            if let Some(Popup::Help { scroll }) = state.popups.last_mut()
                && let Some(delta) = movement(action, v.popup, usize::MAX / 4)
            {
                *scroll = scroll.saturating_add_signed(delta);
            }
        }
    }
}

/// The filter menu: moving, turning filters on and off, moving the level
/// range, clearing, closing. The list follows every change at once.
pub fn filters(state: &mut AppState, action: Action) {
    let v = visible(state);
    let Some(Popup::Filters { cursor }) = state.popups.last_mut() else {
        return;
    };
    let data = &state.data;
    let rows = &data.filter_rows;
    let c = &mut state.catalogue;
    let row = rows.get(cursor.selected).cloned();
    match action {
        Action::ClosePopup | Action::OpenFilters => {
            state.popups.pop();
        }
        Action::ToggleFilter => {
            if let Some(row) = row {
                c.filters.toggle(&data.choices, &row);
                c.refilter(data);
            }
        }
        Action::DecreaseFilter | Action::IncreaseFilter => {
            let delta = if action == Action::IncreaseFilter {
                1
            } else {
                -1
            };
            if let Some(row @ (FilterRow::LevelMin | FilterRow::LevelMax)) = row {
                c.filters.shift_level(&row, delta);
                c.refilter(data);
            }
        }
        Action::ClearFilters => {
            c.filters = crate::tui::app::filters::Filters::default();
            c.refilter(data);
        }
        _ => {
            if let Some(delta) = movement(action, v.popup, rows.len()) {
                // Headings cannot be selected: go on past them, or back.
                let target = cursor.selected.saturating_add_signed(delta);
                cursor.selected = land(target, delta, rows.len(), |i| !rows[i].is_heading())
                    .unwrap_or(cursor.selected);
            }
        }
    }
}
