//! The graph view: the offer at the centre in a box, what leads to it in
//! columns on the left, what it leads to on the right, arrows between
//! them drawn by kind, seams marked, counts where a column is cut.

pub mod geometry;
mod wires;

use ratatui::Frame;
use ratatui::layout::{Alignment, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Clear, Paragraph};

use crate::picture::NodeIx;
use crate::picture::neighbourhood::{Kind, MAX_DEPTH};
use crate::tui::app::{AppState, GraphState};
use crate::tui::text::{fit, sanitize, width, wrap};

use super::{draw_line, draw_pane};
use geometry::Drawing;

pub fn render(frame: &mut Frame<'_>, state: &AppState, g: &GraphState, body: Rect) {
    let s = state.strings.pictures;
    let t = &state.theme;
    let l = geometry::graph(body);
    frame.render_widget(Clear, body);
    let centre = &state.data.cat.offer(g.centre()).title;
    let heading = (s.graph_title)(&sanitize(centre), g.depth(), MAX_DEPTH);
    draw_pane(frame, l.pane, &heading, state.popups.is_empty(), t);
    let drawing = geometry::place(g, l.area);
    draw_headings(frame, state, g, &drawing, l.headings);
    draw_hidden(frame, state, &drawing, l.pane);
    for glyph in wires::wires(&g.layered, &g.neighbourhood.links, &drawing) {
        let style = if glyph.seam {
            t.warning
        } else {
            glyph
                .kind
                .map_or(Style::new(), |k| t.link_kind(k.link_kind()))
        };
        if l.area.contains((glyph.x, glyph.y).into()) {
            frame.buffer_mut()[(glyph.x, glyph.y)]
                .set_char(glyph.symbol)
                .set_style(style);
        }
    }
    for placed in &drawing.boxes {
        draw_box(frame, state, g, placed.node, placed.rect);
    }
    draw_counts(frame, state, g, &drawing, l.area);
    draw_line(frame, l.info, 0, &info(state, g, usize::from(l.info.width)));
    draw_line(frame, l.legend, 0, &legend(state));
}

/// The line above the columns: what each column holds.
fn draw_headings(
    frame: &mut Frame<'_>,
    state: &AppState,
    graph: &GraphState,
    drawing: &Drawing,
    row: Rect,
) {
    let words = state.strings.pictures;
    for c in &drawing.columns {
        let distance = graph.layered.distance(c.column);
        let text = if distance == 0 {
            words.centre.to_owned()
        } else {
            (words.column)(distance, graph.layered.columns[c.column].len())
        };
        let text = fit(&text, usize::from(c.width)).into_owned();
        let pad = (usize::from(c.width) - width(&text)) / 2;
        let area = Rect::new(c.x, row.y, c.width, 1).intersection(row);
        let line = Line::from(vec![
            Span::raw(" ".repeat(pad)),
            Span::styled(text, state.theme.heading),
        ]);
        draw_line(frame, area, 0, &line);
    }
}

/// How many columns the screen leaves out each side, on the pane's
/// bottom border, where nothing else is.
fn draw_hidden(frame: &mut Frame<'_>, state: &AppState, drawing: &Drawing, pane: Rect) {
    let words = state.strings.pictures;
    let style = state.theme.key;
    let fitted = &drawing.fitted;
    let border = Rect {
        x: pane.x + 2,
        y: pane.bottom().saturating_sub(1),
        width: pane.width.saturating_sub(4),
        height: 1,
    };
    if fitted.left > 0 {
        let text = format!(" {} ", (words.hidden_left)(fitted.left));
        draw_line(frame, border, 0, &Line::styled(text, style));
    }
    if fitted.right > 0 {
        let text = format!(" {} ", (words.hidden_right)(fitted.right));
        let w = u16::try_from(width(&text)).unwrap_or(0);
        let area = Rect {
            x: border.right().saturating_sub(w),
            width: w,
            ..border
        }
        .intersection(border);
        draw_line(frame, area, 0, &Line::styled(text, style));
    }
}

/// An offer's box: its body and town on the top border, its title inside,
/// its hours on the bottom border. The centre has a double border, the
/// selection a thick one in the focus colour.
fn draw_box(frame: &mut Frame<'_>, state: &AppState, g: &GraphState, node: NodeIx, rect: Rect) {
    let t = &state.theme;
    let data = &state.data;
    let offer = g.neighbourhood.nodes[node].offer;
    let o = data.cat.offer(offer);
    let selected = node == g.selected;
    let (border, border_style) = if selected {
        (BorderType::Thick, t.border_focused)
    } else if offer == g.centre() {
        (BorderType::Double, t.brand)
    } else {
        (BorderType::Rounded, t.border)
    };
    let place = data.city(offer).map_or_else(
        || state.strings.distance_learning.to_owned(),
        |c| sanitize(c).into_owned(),
    );
    let top = format!(" {} · {place} ", sanitize(data.short_body(offer)));
    let inner_width = usize::from(rect.width.saturating_sub(2));
    let block = Block::bordered()
        .border_type(border)
        .border_style(border_style)
        .title(Span::styled(fit(&top, inner_width).into_owned(), t.muted))
        .title_bottom(
            Line::styled(
                format!(" {} ", (state.strings.hours_unit)(o.hours)),
                t.muted,
            )
            .alignment(Alignment::Right),
        );
    let inside = block.inner(rect);
    frame.render_widget(Clear, rect);
    frame.render_widget(block, rect);
    let title = sanitize(&o.title);
    let mut lines = wrap(&title, inner_width);
    let room = usize::from(inside.height).max(1);
    if lines.len() > room {
        // The last line that shows ends with what is cut.
        let cut = lines[room - 1..].join(" ");
        lines.truncate(room - 1);
        lines.push(fit(&cut, inner_width).into_owned());
    }
    let style = if selected { t.selected } else { Style::new() }.bold();
    for (i, text) in lines.iter().enumerate() {
        let y = u16::try_from(i).unwrap_or(u16::MAX);
        draw_line(frame, inside, y, &Line::styled(text.clone(), style));
    }
}

/// The counts of a cut column ("↑ 12 more"), and what an empty column
/// next to the centre would have held.
fn draw_counts(
    frame: &mut Frame<'_>,
    state: &AppState,
    g: &GraphState,
    drawing: &Drawing,
    area: Rect,
) {
    let s = state.strings.pictures;
    let t = &state.theme;
    for (c, shown) in drawing.columns.iter().zip(&drawing.fitted.columns) {
        let line = |y: u16, text: String| (Rect::new(c.x, y, c.width, 1), text);
        let mut texts = Vec::new();
        if let Some(y) = c.above.filter(|_| shown.above > 0) {
            texts.push(line(y, (s.above)(shown.above)));
        }
        if let Some(y) = c.below.filter(|_| shown.below > 0) {
            texts.push(line(y, (s.below)(shown.below)));
        }
        if g.layered.columns[c.column].is_empty() {
            let distance = g.layered.distance(c.column);
            let text = if distance < 0 {
                s.nothing_leads_here
            } else {
                s.leads_nowhere
            };
            let y = area.y + area.height / 2;
            texts.push(line(y, text.to_owned()));
        }
        for (rect, text) in texts {
            let text = fit(&text, usize::from(rect.width)).into_owned();
            let pad = (usize::from(rect.width) - width(&text)) / 2;
            frame.render_widget(
                Paragraph::new(Line::from(vec![
                    Span::raw(" ".repeat(pad)),
                    Span::styled(text, t.muted),
                ])),
                rect.intersection(area),
            );
        }
    }
}

/// The line about the offer selected: its title, body, town and hours.
fn info(state: &AppState, g: &GraphState, room: usize) -> Line<'static> {
    let t = &state.theme;
    let data = &state.data;
    let offer = g.selected_offer();
    let o = data.cat.offer(offer);
    let place = data.city(offer).unwrap_or(state.strings.distance_learning);
    let rest = format!(
        " · {} · {} · {}",
        sanitize(data.short_body(offer)),
        sanitize(place),
        (state.strings.hours_unit)(o.hours)
    );
    let title = sanitize(&o.title).into_owned();
    let title_room = room.saturating_sub(width(&rest) + 2);
    Line::from(vec![
        Span::styled("▸ ", t.key),
        Span::styled(fit(&title, title_room).into_owned(), Style::new().bold()),
        Span::styled(rest, t.muted),
    ])
}

/// What each line means: the four kinds, the seam.
fn legend(state: &AppState) -> Line<'static> {
    let s = state.strings.pictures;
    let t = &state.theme;
    let mut spans = Vec::new();
    for (kind, mark) in [
        (Kind::Progression, "──▶"),
        (Kind::Bridge, "━━▶"),
        (Kind::Equivalence, "◀═▶"),
        (Kind::Inferred, "╌╌▶"),
    ] {
        spans.push(Span::styled(mark, t.link_kind(kind.link_kind())));
        spans.push(Span::raw(format!(" {}  ", (s.kind)(kind))));
    }
    spans.push(Span::styled("⚠", t.warning));
    spans.push(Span::raw(format!(" {}", s.seam)));
    Line::from(spans)
}
