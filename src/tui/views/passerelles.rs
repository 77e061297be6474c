//! The passerelles pane: links out and in with their kind, agreement and
//! credit; what the offer unlocks and what leads to it; and, below, what
//! the link selected rests on.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders};

use crate::graph::Via;
use crate::model::OfferIx;
use crate::tui::app::rows::{Dir, REACH_STEPS, Row, Section};
use crate::tui::app::{AppState, Pane};
use crate::tui::layout;
use crate::tui::text::{fit, fit_spans, pad, sanitize, width, wrap};

use super::{draw_line, draw_pane, draw_row, reasons};

pub fn render(frame: &mut Frame<'_>, state: &AppState, area: Rect) {
    let c = &state.catalogue;
    let t = &state.theme;
    let focused = c.focus == Pane::Links && state.popups.is_empty();
    draw_pane(frame, area, state.strings.links, focused, t);
    let Some(stop) = c.trail.last() else {
        return;
    };
    let (rows_area, about) = layout::links_split(area);
    let w = usize::from(rows_area.width);
    let window = stop
        .links
        .window(usize::from(rows_area.height), c.rows.len());
    for (n, row) in c.rows[window].iter().enumerate() {
        let selected = stop.links.offset + n == stop.links.selected && row.selectable();
        let base = if selected {
            t.selection(focused)
        } else {
            Style::new()
        };
        let y = u16::try_from(n).unwrap_or(u16::MAX);
        draw_row(
            frame,
            rows_area,
            y,
            &line(state, row, w, base),
            selected.then_some(base),
        );
    }
    if about.height > 0
        && let Some(row) = c.rows.get(stop.links.selected).filter(|r| r.selectable())
    {
        let block = Block::new().borders(Borders::TOP).border_style(t.border);
        let inside = block.inner(about);
        frame.render_widget(block, about);
        let text = about_lines(state, stop.offer, row, usize::from(inside.width));
        for (n, l) in text.iter().take(usize::from(inside.height)).enumerate() {
            draw_line(frame, inside, u16::try_from(n).unwrap_or(u16::MAX), l);
        }
    }
}

/// A heading's words.
pub fn heading(state: &AppState, section: Section) -> &'static str {
    let s = state.strings;
    match section {
        Section::LeadsTo => s.leads_to,
        Section::ComesFrom => s.comes_from,
        Section::Unlocks => s.unlocks,
        Section::LeadsHere => s.leads_here,
        Section::Centres => s.centres,
        Section::Offers => s.offers,
        Section::Agreements => s.agreements,
        Section::Parties => s.parties,
        Section::BackedLinks => s.backed_links,
    }
}

/// A heading's line: its words, the count, and what the reach sections
/// look at.
pub fn heading_line(state: &AppState, section: Section, count: usize) -> Line<'static> {
    let t = &state.theme;
    let mut spans = vec![
        Span::styled(heading(state, section), t.heading),
        Span::styled(format!(" ({count})"), t.muted),
    ];
    if matches!(section, Section::Unlocks | Section::LeadsHere) {
        let scope = (state.strings.reach_scope)(REACH_STEPS);
        spans.push(Span::styled(format!(" · {scope}"), t.muted));
    }
    Line::from(spans)
}

/// The kind of a step as a word, and its style.
pub fn kind(state: &AppState, via: &Via) -> (&'static str, Style) {
    let link = via.link(&state.data.cat);
    let word = link.map_or(state.strings.inferred, |l| {
        (state.strings.link_kind)(l.kind)
    });
    (word, state.theme.link_kind(link.map(|l| l.kind)))
}

/// One line of the pane.
fn line<'a>(state: &'a AppState, row: &Row, w: usize, base: Style) -> Line<'a> {
    let s = state.strings;
    let t = &state.theme;
    let data = &state.data;
    match *row {
        Row::Heading(section, count) => {
            Line::from(fit_spans(heading_line(state, section, count).spans, w))
        }
        Row::Empty => Line::styled(format!("  {}", s.none), t.muted),
        Row::More(n) => Line::styled(format!("  {}", (s.more)(n)), t.muted),
        Row::Link { dir, other, via } => {
            let arrow = if dir == Dir::Out { "→ " } else { "← " };
            let (word, style) = kind(state, &via);
            let credit = via.credit(&data.cat, entered(dir, other, state));
            let credit = if credit > 0.0 {
                (s.hours_unit)(credit)
            } else {
                String::new()
            };
            let word = fit(word, 11);
            let gap = " ".repeat(11 - width(&word));
            let mut tail = vec![
                Span::styled(format!(" {word}{gap}"), base.patch(style)),
                Span::styled(format!(" {credit:>7}"), base.patch(t.muted)),
            ];
            tail.push(if via.seam {
                Span::styled(" ⚠", base.patch(t.warning))
            } else {
                Span::styled("  ", base)
            });
            offer_line(state, arrow, other, tail, w, base)
        }
        Row::Reached(dir, r) => {
            let arrow = if dir == Dir::Out { "↠ " } else { "↞ " };
            let text = (s.reached)(&(s.hours)(r.hours), r.steps);
            let tail = vec![Span::styled(format!(" {text:>20}"), base.patch(t.muted))];
            offer_line(state, arrow, r.offer, tail, w, base)
        }
        _ => Line::default(),
    }
}

/// The offer entered by a link: the other one going out, this one coming in.
fn entered(dir: Dir, other: OfferIx, state: &AppState) -> OfferIx {
    match dir {
        Dir::Out => other,
        Dir::In => state.catalogue.current().unwrap_or(other),
    }
}

/// An offer's row: the arrow, its title and its body's short name, then
/// the tail at the right.
fn offer_line<'a>(
    state: &'a AppState,
    arrow: &'a str,
    offer: OfferIx,
    tail: Vec<Span<'a>>,
    total: usize,
    base: Style,
) -> Line<'a> {
    let theme = &state.theme;
    let title = sanitize(&state.data.cat.offer(offer).title);
    let tail_width: usize = tail.iter().map(Span::width).sum();
    let room = total.saturating_sub(tail_width + width(arrow));
    let body_width = if room >= 44 { 12 } else { 0 };
    let title_width = room.saturating_sub(body_width + usize::from(body_width > 0));
    let mut spans = vec![Span::styled(arrow, base.patch(theme.muted))];
    let title = fit(&title, title_width).into_owned();
    let used = width(&title);
    spans.push(Span::styled(title, base));
    spans.push(pad(used, title_width).style(base));
    if body_width > 0 {
        let body = fit(&sanitize(state.data.short_body(offer)), body_width).into_owned();
        let used = width(&body);
        spans.push(Span::styled(format!(" {body}"), base.patch(theme.muted)));
        spans.push(pad(used, body_width).style(base));
    }
    spans.extend(tail);
    Line::from(fit_spans(spans, total))
}

/// What the selected row rests on, in a few wrapped lines.
fn about_lines<'a>(state: &'a AppState, shown: OfferIx, row: &Row, room: usize) -> Vec<Line<'a>> {
    let s = state.strings;
    let t = &state.theme;
    let cat = &state.data.cat;
    let mut out: Vec<Line<'a>> = Vec::new();
    let mut say = |text: String, style: Style| {
        for part in wrap(&text, room) {
            out.push(Line::styled(part, style));
        }
    };
    match *row {
        Row::Link { dir, other, via } => {
            let (from, to) = match dir {
                Dir::Out => (shown, other),
                Dir::In => (other, shown),
            };
            let why = crate::route::reasons::of_edge(cat, from, to, &via);
            let also = reasons::Also {
                to_do: Some(via.step_hours),
                ..reasons::Also::default()
            };
            for (text, style) in reasons::words(state, &why, to, also) {
                say(text, style);
            }
        }
        Row::Reached(_, r) => {
            let o = cat.offer(r.offer);
            say(sanitize(&o.title).into_owned(), t.heading);
            let place = state.data.city(r.offer).unwrap_or(s.distance);
            say(
                format!(
                    "{} · {} · {}",
                    sanitize(&cat.provider(o.provider).name),
                    sanitize(place),
                    (s.reached)(&(s.hours)(r.hours), r.steps)
                ),
                Style::new(),
            );
        }
        _ => {}
    }
    out
}
