//! The planner's tab: for now, a note that it comes next.

use ratatui::Frame;
use ratatui::layout::{Margin, Rect};
use ratatui::widgets::{Paragraph, Wrap};

use crate::tui::app::AppState;

use super::{pane, title};

pub fn render(frame: &mut Frame<'_>, state: &AppState, area: Rect) {
    let s = state.strings;
    let t = &state.theme;
    frame.render_widget(
        pane(title(s.planner_title, area.width, t.heading), false, t),
        area,
    );
    let inside = area.inner(Margin::new(3, 2));
    frame.render_widget(
        Paragraph::new(s.planner_note).wrap(Wrap { trim: true }),
        inside,
    );
}
