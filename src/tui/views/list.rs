//! The offer list: one line per offer, only the lines on screen drawn, with
//! the characters the search matched highlighted.

use std::borrow::Cow;

use ratatui::Frame;
use ratatui::layout::{Alignment, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use crate::model::OfferIx;
use crate::tui::app::{AppState, Pane};
use crate::tui::layout;
use crate::tui::search::Highlight;
use crate::tui::text::{fit, fit_spans, highlighted, pad, sanitize, width};

use super::{draw_line, draw_pane, draw_row};

/// A column of the list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Column {
    Title,
    Body,
    City,
    Hours,
    Level,
    Modality,
}

/// The narrowest the title column gets before other columns give way.
const MIN_TITLE: usize = 28;

/// The columns that fit in `room` columns, with their widths: the title
/// takes what the others leave. Hours, body, city, level and modality
/// join in that order while the title keeps [`MIN_TITLE`].
pub fn columns(room: usize) -> Vec<(Column, usize)> {
    let wanted = [
        (Column::Hours, 5),
        (Column::Body, 11),
        (Column::City, 11),
        (Column::Level, 4),
        (Column::Modality, 10),
    ];
    let mut chosen: Vec<(Column, usize)> = Vec::new();
    let mut left = room;
    for (column, w) in wanted {
        if left > MIN_TITLE + w {
            left -= w + 1;
            chosen.push((column, w));
        }
    }
    let order = [
        Column::Title,
        Column::Body,
        Column::City,
        Column::Hours,
        Column::Level,
        Column::Modality,
    ];
    order
        .into_iter()
        .filter_map(|c| {
            if c == Column::Title {
                Some((c, left))
            } else {
                chosen.iter().find(|(k, _)| *k == c).copied()
            }
        })
        .collect()
}

pub fn render(frame: &mut Frame<'_>, state: &AppState, area: Rect) {
    let s = state.strings;
    let t = &state.theme;
    let c = &state.catalogue;
    let focused = c.focus == Pane::List && state.popups.is_empty();
    let mut heading = format!(
        "{} · {}",
        s.offers,
        (s.shown_of)(c.shown.len(), state.data.cat.offers.len())
    );
    if state.jobs.search.is_some() {
        heading = format!("{heading} · {}", s.loading.searching);
    }
    let inside = draw_pane(frame, area, &heading, focused, t);
    let cols = columns(usize::from(inside.width));
    let names: Vec<Span<'_>> = cols
        .iter()
        .flat_map(|&(col, w)| {
            let name = s.columns[col as usize];
            [cell(name, w, right_aligned(col), t.label), Span::raw(" ")]
        })
        .collect();
    draw_line(frame, inside, 0, &Line::from(names));
    let rows = layout::list_rows(area);
    if c.shown.is_empty() {
        let message = Paragraph::new(s.no_match)
            .style(t.muted)
            .alignment(Alignment::Center)
            .wrap(Wrap { trim: true });
        frame.render_widget(message, rows);
        return;
    }
    let window = c.list.window(usize::from(rows.height), c.shown.len());
    for (n, &offer) in c.shown[window].iter().enumerate() {
        let selected = c.list.offset + n == c.list.selected;
        let base = if selected {
            t.selection(focused)
        } else {
            Style::new()
        };
        let marks = c.highlights.get(n);
        let line = row(state, offer, &cols, base, marks);
        let y = u16::try_from(n).unwrap_or(u16::MAX);
        draw_row(frame, rows, y, &line, selected.then_some(base));
    }
}

fn right_aligned(col: Column) -> bool {
    matches!(col, Column::Hours | Column::Level)
}

/// One cell: the text cut to `w` columns and padded.
fn cell(text: &str, w: usize, right: bool, style: Style) -> Span<'static> {
    let text = fit(text, w).into_owned();
    let gap = " ".repeat(w.saturating_sub(width(&text)));
    if right {
        Span::styled(format!("{gap}{text}"), style)
    } else {
        Span::styled(format!("{text}{gap}"), style)
    }
}

/// A cell with the search's matches marked.
fn marked_cell<'a>(
    text: Cow<'a, str>,
    marks: &[u32],
    w: usize,
    base: Style,
    hit: Style,
) -> Vec<Span<'a>> {
    let mut spans = fit_spans(highlighted(text, marks, base, hit), w);
    let used: usize = spans.iter().map(Span::width).sum();
    spans.push(pad(used, w).style(base));
    spans
}

fn row<'a>(
    state: &'a AppState,
    offer: OfferIx,
    cols: &[(Column, usize)],
    base: Style,
    marks: Option<&Highlight>,
) -> Line<'a> {
    let s = state.strings;
    let t = &state.theme;
    let data = &state.data;
    let o = data.cat.offer(offer);
    let hit = base.patch(t.matched);
    let none: &[u32] = &[];
    let mut spans = Vec::with_capacity(cols.len() * 3);
    for &(col, w) in cols {
        match col {
            Column::Title => {
                let m = marks.map_or(none, |m| m.title.as_slice());
                spans.extend(marked_cell(sanitize(&o.title), m, w, base, hit));
            }
            Column::Body => {
                let m = marks.map_or(none, |m| m.body.as_slice());
                spans.extend(marked_cell(
                    sanitize(data.short_body(offer)),
                    m,
                    w,
                    base,
                    hit,
                ));
            }
            Column::City => match data.city(offer) {
                Some(city) => {
                    let m = marks.map_or(none, |m| m.city.as_slice());
                    spans.extend(marked_cell(sanitize(city), m, w, base, hit));
                }
                None => spans.push(cell(s.distance, w, false, base.patch(t.muted))),
            },
            Column::Hours => spans.push(cell(&(s.hours)(o.hours), w, true, base)),
            Column::Level => {
                let level = o.level.map_or_else(|| s.none.to_owned(), |l| l.to_string());
                spans.push(cell(&level, w, true, base));
            }
            Column::Modality => {
                spans.push(cell((s.modality)(o.modality()), w, false, base));
            }
        }
        spans.push(Span::styled(" ", base));
    }
    Line::from(spans)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_give_way_to_the_title() {
        let names = |room| -> Vec<Column> { columns(room).into_iter().map(|(c, _)| c).collect() };
        assert_eq!(
            names(78),
            [
                Column::Title,
                Column::Body,
                Column::City,
                Column::Hours,
                Column::Level,
                Column::Modality
            ]
        );
        assert_eq!(columns(78)[0], (Column::Title, 32));
        assert_eq!(
            names(53),
            [Column::Title, Column::Body, Column::Hours, Column::Level]
        );
        assert_eq!(names(34), [Column::Title, Column::Hours]);
        assert_eq!(names(10), [Column::Title]);
    }
}
