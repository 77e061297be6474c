//! A list searched by typing, as the planner's picker and the editing
//! chooser both show it: the kinds to choose between as tabs, the words
//! typed with how many items they leave, then a row per item.

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use crate::tui::text::{fit, fit_spans, pad, sanitize, width};
use crate::tui::theme::Theme;
use crate::tui::views::draw_line;

/// The kinds as tabs between arrows (`◂  A  │  B  ▸`), the current one
/// marked, on row `y` of `inside`.
pub fn draw_kinds(
    frame: &mut Frame<'_>,
    inside: Rect,
    y: u16,
    kinds: impl IntoIterator<Item = (String, bool)>,
    t: &Theme,
) {
    let mut spans = vec![Span::styled("◂ ", t.key)];
    for (n, (name, current)) in kinds.into_iter().enumerate() {
        if n > 0 {
            spans.push(Span::styled(" │ ", t.muted));
        }
        let style = if current { t.tab_active } else { t.tab };
        spans.push(Span::styled(format!(" {name} "), style));
    }
    spans.push(Span::styled(" ▸", t.key));
    let line = Line::from(fit_spans(spans, usize::from(inside.width)));
    draw_line(frame, inside, y, &line);
}

/// What the line typed on shows.
pub struct Query<'a> {
    /// What is searched, with its colon (`Find: `).
    pub label: &'a str,
    /// The words typed.
    pub words: &'a str,
    /// How many items the words leave (`3 of 120`).
    pub count: &'a str,
}

/// The line the words are typed on, on row `y` of `inside`: the label,
/// the words, then the count muted; the text cursor after the words.
pub fn draw_query(frame: &mut Frame<'_>, inside: Rect, y: u16, q: &Query<'_>, t: &Theme) {
    let Query {
        label,
        words,
        count,
    } = *q;
    let query = sanitize(words).into_owned();
    let x = 1 + width(label) + width(&query);
    let line = Line::from(fit_spans(
        vec![
            Span::styled(format!(" {label}"), t.label),
            Span::styled(query, t.input),
            Span::styled(format!("  {count}"), t.muted),
        ],
        usize::from(inside.width),
    ));
    draw_line(frame, inside, y, &line);
    if let Ok(x) = u16::try_from(x)
        && x < inside.width
    {
        frame.set_cursor_position(Position::new(inside.x + x, inside.y + y));
    }
}

/// One item's row, `room` wide: a tick box when several can be chosen
/// (`ticked`), the item, then its detail muted in the last `detail_width`
/// columns (none when 0).
pub fn item_line(
    ticked: Option<bool>,
    (main, detail): (&str, &str),
    (room, detail_width): (usize, usize),
    base: Style,
    t: &Theme,
) -> Line<'static> {
    let mut spans = vec![Span::styled(" ", base)];
    if let Some(ticked) = ticked {
        let check = if ticked { "[x] " } else { "[ ] " };
        spans.push(Span::styled(check, base.patch(t.key)));
    }
    let used: usize = spans.iter().map(Span::width).sum();
    let main_room = room.saturating_sub(used + detail_width);
    let main = fit(main, main_room).into_owned();
    let main_used = width(&main);
    spans.push(Span::styled(main, base));
    spans.push(pad(main_used, main_room).style(base));
    if detail_width > 0 {
        spans.push(Span::styled(
            format!("  {}", fit(detail, detail_width.saturating_sub(2))),
            base.patch(t.muted),
        ));
    }
    Line::from(fit_spans(spans, room))
}
