//! The head of a list searched by typing, as the planner's picker and
//! the editing chooser both show it: the kinds to choose between as tabs,
//! then the words typed with how many items they leave.

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};

use crate::tui::text::{fit_spans, sanitize, width};
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
