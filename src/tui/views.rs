//! Drawing: the state in, a frame out. Views borrow the state and never
//! change it; everything they show from the catalogue goes through
//! [`sanitize`](super::text::sanitize).

pub mod bodies;
pub mod catalogue;
pub mod detail;
pub mod edit;
pub mod filters;
pub mod finder;
pub mod footer;
pub mod graph;
pub mod header;
pub mod help;
pub mod list;
pub mod loading;
pub mod map;
pub mod passerelles;
pub mod planner;
pub mod reasons;
pub mod too_small;

use std::borrow::Cow;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Clear};

use super::app::{AppState, Picture, Popup, Screen};
use super::layout;
use super::text::{fit, sanitize};
use super::theme::Theme;

/// Draws the whole interface.
pub fn render(frame: &mut Frame<'_>, state: &AppState) {
    let area = frame.area();
    if let Some(l) = &state.loading {
        loading::render(frame, state, l);
        if let Some(Popup::Help { scroll }) = state.popups.last() {
            help::render(frame, state, *scroll);
        }
        return;
    }
    let Some(app) = layout::app(area) else {
        too_small::render(frame, state, area);
        return;
    };
    header::render(frame, state, app.header);
    header::render_tabs(frame, state, app.tabs);
    match state.screen {
        Screen::Catalogue => catalogue::render(frame, state, app.body),
        Screen::Bodies => bodies::render(frame, state, app.body),
        Screen::Planner => planner::render(frame, state, app.body),
    }
    // A picture covers the screen's panes; the one on top shows.
    match state.pictures.last() {
        Some(Picture::Graph(g)) => graph::render(frame, state, g, app.body),
        Some(Picture::Map(m)) => map::render(frame, state, m, app.body),
        None => {}
    }
    footer::render(frame, state, app.footer);
    edit::render(frame, state, app.body, app.footer);
    for popup in &state.popups {
        match popup {
            Popup::Help { scroll } => help::render(frame, state, *scroll),
            Popup::Filters { cursor } => filters::render(frame, state, *cursor),
            Popup::Picker => planner::picker::render(frame, state),
            Popup::Dialog => planner::dialog::render(frame, state),
            Popup::Plans => planner::dialog::render_plans(frame, state),
            Popup::Edit => edit::render_overlays(frame, state),
        }
    }
}

/// A bordered pane with a title, its border bright when it has focus.
fn pane<'a>(title: impl Into<Line<'a>>, focused: bool, theme: &Theme) -> Block<'a> {
    Block::bordered()
        .border_type(if focused {
            BorderType::Thick
        } else {
            BorderType::Plain
        })
        .border_style(theme.frame(focused))
        .title(title)
}

/// A pane's title: a space, the words, a space, cut to fit `width`.
fn title<'a>(text: &str, width: u16, style: Style) -> Span<'a> {
    let room = usize::from(width).saturating_sub(4);
    Span::styled(format!(" {} ", fit(text, room)), style)
}

/// Draws a bordered pane titled `heading` over `area`; its inside.
pub fn draw_pane(
    frame: &mut Frame<'_>,
    area: Rect,
    heading: &str,
    focused: bool,
    theme: &Theme,
) -> Rect {
    frame.render_widget(
        pane(title(heading, area.width, theme.heading), focused, theme),
        area,
    );
    layout::inner(area)
}

/// Draws a popup: what is under it cleared, a pane with the focus; its
/// inside.
pub fn draw_popup(frame: &mut Frame<'_>, area: Rect, heading: &str, theme: &Theme) -> Rect {
    frame.render_widget(Clear, area);
    draw_pane(frame, area, heading, true, theme)
}

/// A word of the catalogue's own vocabulary in the interface's language
/// when known, else as written (made safe).
pub fn vocab(known: fn(&str) -> Option<&'static str>, raw: &str) -> Cow<'_, str> {
    known(raw).map_or_else(|| sanitize(raw), Cow::Borrowed)
}

/// A line with a label column `label_width` wide, then the value's spans.
pub fn labelled<'a>(
    label: &str,
    label_width: usize,
    value: Vec<Span<'a>>,
    theme: &Theme,
) -> Line<'a> {
    let mut spans = vec![Span::styled(
        format!(
            "{:<label_width$}",
            fit(label, label_width.saturating_sub(1))
        ),
        theme.label,
    )];
    spans.extend(value);
    Line::from(spans)
}

/// Draws one line into a row of an area, cut to its width.
pub fn draw_line(frame: &mut Frame<'_>, area: Rect, row: u16, line: &Line<'_>) {
    if row < area.height {
        frame
            .buffer_mut()
            .set_line(area.x, area.y + row, line, area.width);
    }
}

/// Draws one row of a list; a selected row is first filled with the
/// selection's style across the area's width, so that the bar runs on
/// past the text.
pub fn draw_row(
    frame: &mut Frame<'_>,
    area: Rect,
    row: u16,
    line: &Line<'_>,
    selection: Option<Style>,
) {
    if let Some(style) = selection
        && row < area.height
    {
        frame.buffer_mut().set_style(
            Rect {
                y: area.y + row,
                height: 1,
                ..area
            },
            style,
        );
    }
    draw_line(frame, area, row, line);
}

/// Draws the lines of a scrolled text from line `scroll` on, as many as
/// the area holds; the scroll is kept short of leaving the area's end
/// empty (derived here too, so that a frame drawn before update settles
/// is right).
pub fn draw_scrolled(frame: &mut Frame<'_>, area: Rect, lines: &[Line<'_>], scroll: usize) {
    let height = usize::from(area.height);
    let scroll = scroll.min(lines.len().saturating_sub(height));
    for (n, line) in lines.iter().skip(scroll).take(height).enumerate() {
        draw_line(frame, area, u16::try_from(n).unwrap_or(u16::MAX), line);
    }
}
