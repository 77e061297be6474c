//! What editing by hand shows: the panel of the files' errors while they
//! do not load (over the bottom of the screen's panes, the last good
//! catalogue above it), and the notice of a reload or of the editor in
//! the footer.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Clear};

use crate::tui::app::AppState;
use crate::tui::text::{fit, sanitize, wrap};

use super::draw_line;

/// The panel's rows at most, borders included: a third of the panes,
/// at least enough for two errors.
pub fn panel_area(body: Rect, lines: usize) -> Rect {
    let wanted = u16::try_from(lines.saturating_add(2)).unwrap_or(u16::MAX);
    let most = (body.height / 3).max(4);
    let height = wanted.min(most).min(body.height);
    Rect::new(body.x, body.bottom() - height, body.width, height)
}

/// Draws the errors panel over `body` and the notice over `footer`.
pub fn render(frame: &mut Frame<'_>, state: &AppState, body: Rect, footer: Rect) {
    let es = state.strings.edit;
    let t = &state.theme;
    if let Some(problems) = &state.edit.problems {
        // Each diagnostic wrapped whole to the panel's width, then as
        // many as fit; the count of those left out on the last row.
        let room = usize::from(body.width.saturating_sub(2)).max(1);
        let wrapped: Vec<Vec<String>> = problems
            .lines
            .iter()
            .map(|l| wrap(&sanitize(l), room))
            .collect();
        let total: usize = wrapped.iter().map(Vec::len).sum();
        let area = panel_area(body, total);
        frame.render_widget(Clear, area);
        let title = fit(
            &(es.problems_title)(problems.errors),
            usize::from(area.width.saturating_sub(4)),
        )
        .into_owned();
        let block = Block::bordered()
            .border_type(BorderType::Thick)
            .border_style(t.warning)
            .title(Span::styled(format!(" {title} "), t.warning));
        let inner = block.inner(area);
        frame.render_widget(block, area);
        let rows = usize::from(inner.height);
        let mut row = 0;
        let mut put = |row: &mut usize, line: Line<'_>| {
            draw_line(frame, inner, u16::try_from(*row).unwrap_or(u16::MAX), &line);
            *row += 1;
        };
        for (i, lines) in wrapped.iter().enumerate() {
            let after = wrapped.len() - i - 1;
            // A row is kept for "… N more" while diagnostics are left.
            let room = rows.saturating_sub(row + usize::from(after > 0));
            if lines.len() > room {
                // The first is shown in part rather than not at all.
                if row == 0 {
                    let keep = rows.saturating_sub(usize::from(after > 0));
                    for text in lines.iter().take(keep.max(1)) {
                        put(&mut row, Line::raw(text.clone()));
                    }
                    if after == 0 {
                        break;
                    }
                    put(
                        &mut row,
                        Line::from(Span::styled((es.more)(after), t.muted)),
                    );
                } else {
                    put(
                        &mut row,
                        Line::from(Span::styled((es.more)(after + 1), t.muted)),
                    );
                }
                break;
            }
            for text in lines {
                put(&mut row, Line::raw(text.clone()));
            }
        }
    }

    let notice = state
        .edit
        .notice
        .as_ref()
        .map(|n| (es.notice)(n))
        .or_else(|| state.edit.reloading.then(|| es.reloading.to_owned()));
    if let Some(text) = notice {
        frame.render_widget(Clear, footer);
        let text = fit(&format!(" {}", sanitize(&text)), usize::from(footer.width)).into_owned();
        draw_line(frame, footer, 0, &Line::from(Span::styled(text, t.warning)));
    }
}
