//! The pathways found, side by side: hours, seams, steps, cost, distance
//! and finish date, the best of each column marked with a star.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use crate::route::Route;
use crate::tui::app::planner::{Alternative, best};
use crate::tui::app::{AppState, PlannerPane};
use crate::tui::layout::{self, AlternativesSplit};
use crate::tui::text::{fit, fit_spans, sanitize, width};
use crate::tui::views::{draw_line, draw_pane, draw_row};

/// The mark of a column's best value.
pub const BEST: &str = "★";

/// Widths of the columns: #, hours, seams, steps, cost, km, finish (each
/// number followed by one column for its mark); the finish as wide as a
/// date or the words for none, whichever is wider.
fn widths(state: &AppState) -> [usize; 7] {
    let none = width(state.strings.planner.no_session);
    [5, 8, 6, 7, 10, 6, none.max(10) + 1]
}

/// Right-aligns a value in `width − 1` columns and adds its mark.
fn cell(
    value: &str,
    mark: bool,
    width_total: usize,
    style: Style,
    best: Style,
) -> [Span<'static>; 2] {
    let room = width_total.saturating_sub(1);
    let value = fit(value, room).into_owned();
    let pad = " ".repeat(room.saturating_sub(width(&value)));
    [
        Span::styled(format!("{pad}{value}"), if mark { best } else { style }),
        Span::styled(if mark { BEST } else { " " }, best),
    ]
}

pub fn render(frame: &mut Frame<'_>, state: &AppState, area: Rect) {
    let s = state.strings;
    let ps = s.planner;
    let t = &state.theme;
    let planner = &state.planner;
    let Some(results) = &planner.results else {
        return;
    };
    let focused = planner.focus == PlannerPane::Alternatives && state.popups.is_empty();
    let heading = format!(
        "{} ({}) · {}",
        ps.alternatives,
        results.alternatives.len(),
        (ps.criterion)(results.request.criterion)
    );
    let inside = draw_pane(frame, area, &heading, focused, t);
    let room = usize::from(inside.width);
    let fixed: usize = widths(state).iter().map(|c| c + 1).sum();
    let courses = room.saturating_sub(fixed + 1);
    let show_courses = courses >= 20;
    let header = header(state, show_courses);
    draw_line(frame, inside, 0, &Line::from(fit_spans(header, room)));
    let marks = best(&results.alternatives);
    let changes = results
        .plan
        .as_ref()
        .map_or(&[][..], |o| o.changes.as_slice());
    let height = usize::from(inside.height);
    let AlternativesSplit {
        rows,
        notes,
        offset,
    } = layout::alternatives_split(results, height);
    if notes > 0 {
        let below = Rect {
            y: inside.y + u16::try_from(height - notes).unwrap_or(0),
            height: u16::try_from(notes).unwrap_or(0),
            ..inside
        };
        render_changes(frame, state, below, changes);
    }
    for (n, (i, alt)) in results
        .alternatives
        .iter()
        .enumerate()
        .skip(offset)
        .take(rows)
        .enumerate()
    {
        let selected = i == results.selected;
        let base = if selected {
            t.selection(focused)
        } else {
            Style::new()
        };
        let y = u16::try_from(n + 1).unwrap_or(u16::MAX);
        let courses = show_courses.then_some(courses);
        let spans = row_spans(state, (i, alt), marks[i], base, courses);
        let line = Line::from(fit_spans(spans, room));
        draw_row(frame, inside, y, &line, selected.then_some(base));
    }
}

/// One pathway's row: its number (or *plan*), its figures with their
/// stars, and the bodies it goes through when there is `courses` room.
fn row_spans(
    state: &AppState,
    (i, alt): (usize, &Alternative),
    marks: [bool; 6],
    base: Style,
    courses: Option<usize>,
) -> Vec<Span<'static>> {
    let s = state.strings;
    let ps = s.planner;
    let t = &state.theme;
    let results = state.planner.results.as_ref();
    let earlier = results.map_or(&[][..], |r| &r.alternatives[..i]);
    let widths = widths(state);
    let r = &alt.route;
    let label = if alt.saved {
        ps.saved_route.to_owned()
    } else {
        (i + 1 - usize::from(earlier.iter().any(|a| a.saved))).to_string()
    };
    let finish = r
        .finish
        .map_or_else(|| ps.no_session.to_owned(), |d| (s.date)(d));
    let values = [
        (s.hours_unit)(r.hours),
        r.seams.to_string(),
        r.steps.len().to_string(),
        (s.euros)(r.cost_eur),
        format!("{:.0}", r.distance_km),
        finish,
    ];
    let mut spans = vec![Span::styled(
        format!("{:<w$} ", fit(&label, widths[0] - 1), w = widths[0] - 1),
        base.patch(if alt.saved { t.heading } else { Style::new() }),
    )];
    let best_style = base.patch(t.next);
    for (c, value) in values.iter().enumerate() {
        spans.push(Span::styled(" ", base));
        spans.extend(cell(value, marks[c], widths[c + 1], base, best_style));
    }
    if let Some(room) = courses {
        spans.push(Span::styled("  ", base));
        spans.push(Span::styled(path(state, r, room), base.patch(t.muted)));
    }
    spans
}

/// The line of column names.
fn header(state: &AppState, show_courses: bool) -> Vec<Span<'static>> {
    let ps = state.strings.planner;
    let t = &state.theme;
    let widths = widths(state);
    let mut header: Vec<Span<'_>> = Vec::new();
    for (i, name) in ps.columns[..7].iter().enumerate() {
        let text = fit(name, widths[i] - 1).into_owned();
        let pad = " ".repeat((widths[i] - 1).saturating_sub(width(&text)));
        let text = if i == 0 {
            format!("{text}{pad} ")
        } else {
            format!(" {pad}{text} ")
        };
        header.push(Span::styled(text, t.label));
    }
    if show_courses {
        header.push(Span::styled(format!("  {}", ps.columns[7]), t.label));
    }
    header
}

/// What changed since the plan was saved, under a heading, as many lines
/// as `area` has.
fn render_changes(frame: &mut Frame<'_>, state: &AppState, area: Rect, changes: &[String]) {
    let t = &state.theme;
    let heading = format!("{}{}", state.strings.planner.changes, state.strings.colon);
    draw_line(frame, area, 0, &Line::styled(heading, t.heading));
    for (n, change) in changes
        .iter()
        .take(usize::from(area.height.saturating_sub(1)))
        .enumerate()
    {
        let line = Line::from(fit_spans(
            vec![Span::styled(format!("  • {change}"), t.warning)],
            usize::from(area.width),
        ));
        draw_line(frame, area, u16::try_from(n + 1).unwrap_or(u16::MAX), &line);
    }
}

/// The bodies a pathway goes through, in order: what tells pathways apart
/// at a glance (the steps pane has the titles and places).
fn path(state: &AppState, route: &Route, room: usize) -> String {
    let data = &state.data;
    let mut places: Vec<String> = route
        .steps
        .iter()
        .map(|s| sanitize(data.short_body(s.offer)).into_owned())
        .collect();
    // Several steps at one body read as one.
    places.dedup();
    let whole = places.join(" › ");
    if width(&whole) <= room {
        return whole;
    }
    let n = places.len().max(1);
    let each = (room.saturating_sub(3 * (n - 1)) / n).max(6);
    places
        .iter()
        .map(|p| fit(p, each).into_owned())
        .collect::<Vec<_>>()
        .join(" › ")
}
