//! What a window too small for the interface shows instead.

use ratatui::Frame;
use ratatui::layout::{Alignment, Rect};
use ratatui::widgets::{Paragraph, Wrap};

use crate::tui::app::AppState;
use crate::tui::layout::{MIN_HEIGHT, MIN_WIDTH};

pub fn render(frame: &mut Frame<'_>, state: &AppState, area: Rect) {
    let text = (state.strings.too_small)(area.width, area.height, MIN_WIDTH, MIN_HEIGHT);
    let lines = u16::try_from(crate::tui::text::wrap(&text, usize::from(area.width)).len())
        .unwrap_or(u16::MAX);
    let top = area.height.saturating_sub(lines) / 2;
    let message = Rect {
        y: area.y + top,
        height: area.height - top,
        ..area
    };
    frame.render_widget(
        Paragraph::new(text)
            .style(state.theme.warning)
            .alignment(Alignment::Center)
            .wrap(Wrap { trim: true }),
        message,
    );
}
