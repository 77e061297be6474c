//! The map view: the outline of France, Belgium and Luxembourg, a marker
//! at each place offers are taught with how many, the offer's place
//! standing out; for a pathway, its steps drawn from place to place, the
//! ones that cross a border in the warning colour.

pub mod geometry;
mod lines;

use std::collections::HashSet;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Color, Style};
use ratatui::symbols::Marker as Dots;
use ratatui::text::{Line, Span};
use ratatui::widgets::canvas::{Canvas, Line as Segment};
use ratatui::widgets::{Block, Borders, Clear};

use crate::picture::map::OUTLINE;
use crate::tui::app::map::MapList;
use crate::tui::app::{AppState, MapState};
use crate::tui::text::{sanitize, width};

use super::{draw_line, draw_pane};
use geometry::Marker;

pub fn render(frame: &mut Frame<'_>, state: &AppState, m: &MapState, body: Rect) {
    let t = &state.theme;
    let l = geometry::map(body);
    frame.render_widget(Clear, body);
    draw_pane(
        frame,
        l.pane,
        &lines::title(state, m),
        state.popups.is_empty(),
        t,
    );
    draw_canvas(frame, state, m, l.canvas);
    let markers = geometry::markers(&m.places, l.canvas);
    draw_markers(frame, state, m, &markers, l.canvas);
    if let Some(list) = l.list {
        draw_list(frame, state, m, list);
    }
    let room = usize::from(l.info.width);
    draw_line(frame, l.info, 0, &lines::selected(state, m, room));
    draw_line(frame, l.info, 1, &lines::footnote(state, m, room));
}

/// The colour of a style, for the canvas's lines (which take only one).
fn colour(style: Style) -> Color {
    style.fg.unwrap_or(Color::Reset)
}

/// The outline, and the pathway's steps from place to place.
fn draw_canvas(frame: &mut Frame<'_>, state: &AppState, m: &MapState, canvas: Rect) {
    let t = &state.theme;
    let proj = geometry::projection(&m.places, canvas);
    let b = proj.bounds;
    let (coast, border) = (colour(t.muted), colour(t.border));
    let route: Vec<(f64, f64, f64, f64, bool)> = match &m.list {
        MapList::Steps(steps) => {
            // From each step with a place to the next one with a place (a
            // course at a distance has none), the border crossed or not.
            let located: Vec<usize> = steps.iter().filter_map(|s| s.place).collect();
            located
                .windows(2)
                .map(|w| {
                    let (a, b) = (&m.places.places[w[0]], &m.places.places[w[1]]);
                    (a.lon, a.lat, b.lon, b.lat, a.country != b.country)
                })
                .collect()
        }
        MapList::Places(_) => Vec::new(),
    };
    // A ⇄ halfway along each step that crosses a border: the colour says
    // it too, but not without colours.
    let crossings: Vec<(u16, u16)> = route
        .iter()
        .filter(|r| r.4)
        .filter_map(|&(x1, y1, x2, y2, _)| proj.cell(f64::midpoint(y1, y2), f64::midpoint(x1, x2)))
        .collect();
    let widget = Canvas::default()
        .marker(Dots::Braille)
        .x_bounds([b.west, b.east])
        .y_bounds([b.south, b.north])
        .paint(move |ctx| {
            for stroke in OUTLINE {
                let c = if stroke.coast { coast } else { border };
                for w in stroke.points.windows(2) {
                    ctx.draw(&Segment::new(w[0].1, w[0].0, w[1].1, w[1].0, c));
                }
            }
            ctx.layer();
            for &(x1, y1, x2, y2, crosses) in &route {
                let c = if crosses {
                    colour(t.warning)
                } else {
                    colour(t.brand)
                };
                ctx.draw(&Segment::new(x1, y1, x2, y2, c));
            }
        });
    frame.render_widget(widget, canvas);
    for (x, y) in crossings {
        frame.buffer_mut()[(canvas.x + x, canvas.y + y)]
            .set_char('⇄')
            .set_style(t.warning);
    }
}

/// The markers, the most offers first, each with its count (or its step
/// numbers on a pathway) and, where the map is wide and there is room,
/// its town; the place selected stands out whatever its size.
fn draw_markers(
    frame: &mut Frame<'_>,
    state: &AppState,
    m: &MapState,
    markers: &[Marker],
    canvas: Rect,
) {
    let t = &state.theme;
    let selected = m.selected_place();
    let steps_at = |place: usize| -> Vec<usize> {
        match &m.list {
            MapList::Steps(steps) => steps
                .iter()
                .enumerate()
                .filter(|(_, s)| s.place == Some(place))
                .map(|(i, _)| i + 1)
                .collect(),
            MapList::Places(_) => Vec::new(),
        }
    };
    // On a pathway, the places it does not go through step back: small,
    // unlabelled, and drawn first, so that the pathway's labels may cover
    // them and it reads at a glance.
    let pathway = matches!(m.list, MapList::Steps(_));
    let is_selected = |k: &Marker| selected.is_some_and(|p| k.places.contains(&p));
    let dimmed =
        |k: &Marker| pathway && !is_selected(k) && k.places.iter().all(|&p| steps_at(p).is_empty());
    let mut taken: HashSet<(u16, u16)> = markers
        .iter()
        .filter(|k| !dimmed(k))
        .map(|k| (k.x, k.y))
        .collect();
    // The dimmed first, then the selected marker, so that its label
    // always finds room, then the rest, most offers first.
    let mut order: Vec<&Marker> = markers.iter().collect();
    order.sort_by_key(|k| (!dimmed(k), !is_selected(k)));
    let named = canvas.width >= 100;
    for k in order {
        let is_selected = is_selected(k);
        let steps: Vec<usize> = k.places.iter().flat_map(|&p| steps_at(p)).collect();
        let (symbol, style) = if is_selected {
            ("◉", t.selected)
        } else if !steps.is_empty() {
            ("●", t.brand)
        } else if pathway {
            ("·", t.muted)
        } else if k.offers > 0 {
            ("●", t.heading)
        } else {
            ("○", t.muted)
        };
        frame.buffer_mut()[(k.x, k.y)]
            .set_symbol(symbol)
            .set_style(style);
        if pathway && steps.is_empty() && !is_selected {
            continue;
        }
        let mut label = if steps.is_empty() {
            k.offers.to_string()
        } else {
            steps
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join(",")
        };
        if named || is_selected {
            let place = &m.places.places[k.places[0]];
            label = format!("{label} {}", sanitize(&place.city));
        }
        let w = u16::try_from(width(&label)).unwrap_or(u16::MAX);
        // A label touches its own marker only: a cell apart from any
        // other, so that "5" and "2" of two towns never read "52".
        let fits = |x: u16| {
            x >= canvas.x
                && x + w <= canvas.right()
                && (x.saturating_sub(1)..=x + w).all(|c| c == k.x || !taken.contains(&(c, k.y)))
        };
        let x = [k.x + 1, k.x.saturating_sub(w)]
            .into_iter()
            .find(|&x| fits(x));
        if let Some(x) = x {
            let style = if is_selected {
                t.selected
            } else if steps.is_empty() {
                Style::new()
            } else {
                t.brand
            };
            frame.buffer_mut().set_string(x, k.y, &label, style);
            taken.extend((x..x + w).map(|c| (c, k.y)));
        }
    }
}

/// The list beside the map: places with their offers, or the pathway's
/// steps, the line selected in view.
fn draw_list(frame: &mut Frame<'_>, state: &AppState, m: &MapState, list: Rect) {
    let s = state.strings.pictures;
    let t = &state.theme;
    let heading = match &m.list {
        MapList::Places(p) => format!("{} ({})", s.places, p.len()),
        MapList::Steps(steps) => format!("{} ({})", s.steps, steps.len()),
    };
    let block = Block::new().borders(Borders::LEFT).border_style(t.border);
    frame.render_widget(block, list);
    draw_line(
        frame,
        Rect {
            x: list.x + 2,
            width: list.width.saturating_sub(2),
            ..list
        },
        0,
        &Line::styled(heading, t.heading),
    );
    let rows = geometry::list_rows(list);
    let height = usize::from(rows.height);
    let mut cursor = m.cursor;
    cursor.reveal(height, m.len());
    for (n, i) in cursor.window(height, m.len()).enumerate() {
        let selected = i == cursor.selected;
        let line = lines::row(state, m, i, usize::from(rows.width));
        let y = u16::try_from(n).unwrap_or(u16::MAX);
        super::draw_row(frame, rows, y, &line, selected.then_some(t.selected));
    }
    if m.is_empty() {
        draw_line(
            frame,
            rows,
            0,
            &Line::from(Span::styled(state.strings.none, t.muted)),
        );
    }
}
