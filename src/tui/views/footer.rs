//! The footer: the keys that matter now, read from the live key map, so
//! that a rebound key shows as it is bound.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use crate::tui::action::Action;
use crate::tui::app::{AppState, Pane, Screen};
use crate::tui::keymap::Context;
use crate::tui::text::width;

use super::draw_line;

/// The actions worth a hint now, most useful first; the way out (help and
/// quit, or closing the popup) is added at the end and kept when room runs
/// out.
fn hints(state: &AppState, context: Context) -> Vec<Action> {
    use Action as A;
    match context {
        Context::Search => vec![
            A::ConfirmSearch,
            A::ClearSearch,
            A::SelectNext,
            A::SelectPrev,
        ],
        Context::Filters => vec![
            A::ToggleFilter,
            A::DecreaseFilter,
            A::IncreaseFilter,
            A::ClearFilters,
        ],
        Context::Help => vec![A::SelectNext, A::SelectPrev, A::PageDown],
        Context::Normal => match state.screen {
            Screen::Catalogue => {
                let c = &state.catalogue;
                let mut list = vec![A::OpenSearch, A::OpenFilters];
                if c.trail.len() > 1 {
                    list.push(A::GoBack);
                }
                if c.focus == Pane::Links {
                    list.push(A::FollowLink);
                } else {
                    list.push(A::FocusLinks);
                }
                if !c.query.is_empty() {
                    list.push(A::ClearSearch);
                }
                list.extend([A::FocusNextPane, A::CycleSort, A::NextScreen]);
                list
            }
            Screen::Bodies => vec![A::FocusNextPane, A::FollowLink, A::NextScreen],
            Screen::Planner => vec![A::NextScreen, A::ShowCatalogue],
        },
    }
}

pub fn render(frame: &mut Frame<'_>, state: &AppState, area: Rect) {
    let context = state.context();
    let names = &state.strings.keys;
    let t = &state.theme;
    let hint = |action: Action| -> Option<(String, &'static str)> {
        let key = state.keymap.keys(context, action).first()?;
        Some((key.label(names), (state.strings.action)(action).0))
    };
    let mut items: Vec<(String, &str)> =
        hints(state, context).into_iter().filter_map(hint).collect();
    let way_out: &[Action] = match context {
        Context::Normal | Context::Search => &[Action::ShowHelp, Action::Quit],
        Context::Filters | Context::Help => &[Action::ClosePopup],
    };
    let tail: Vec<(String, &str)> = way_out.iter().copied().filter_map(hint).collect();
    let size = |items: &[(String, &str)]| -> usize {
        items.iter().map(|(k, d)| width(k) + width(d) + 4).sum()
    };
    // One space before; the last hint's three trailing spaces may be cut.
    let room = usize::from(area.width) + 2;
    while !items.is_empty() && size(&items) + size(&tail) > room {
        items.pop();
    }
    let mut spans = vec![Span::raw(" ")];
    for (key, desc) in items.into_iter().chain(tail) {
        spans.push(Span::styled(key, t.key));
        spans.push(Span::raw(format!(" {desc}   ")));
    }
    draw_line(frame, area, 0, &Line::from(spans));
}
