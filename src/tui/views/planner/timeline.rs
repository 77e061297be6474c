//! The pathway selected month by month: one row per step, its session as a
//! bar, the wait before it as dots, the years and months above.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use crate::model::Date;
use crate::route::Route;
use crate::tui::app::{AppState, PlannerPane};
use crate::tui::text::{fit, sanitize, width};
use crate::tui::views::{draw_line, draw_pane};

use super::words::month_year;

/// A month as a number that counts on from one year to the next.
fn month_number(date: Date) -> i32 {
    let (y, m, _) = date.ymd();
    y * 12 + i32::try_from(m).unwrap_or(1) - 1
}

/// Where months fall on the grid: each month takes `cells` columns (at
/// most [`MAX_CELLS`]; every month the same, so that the month letters
/// line up), or, when there are more months than columns, `months`
/// months share one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Scale {
    pub first: i32,
    pub count: i32,
    pub cells: i32,
    /// Months per column: 1 unless there are more months than columns.
    pub months: i32,
}

/// The most columns a month takes: wider bars say nothing more.
pub const MAX_CELLS: i32 = 6;

impl Scale {
    /// The scale for the months from `first` to `last` in `columns`.
    pub fn new(first: i32, last: i32, columns: usize) -> Self {
        let count = (last - first + 1).max(1);
        let columns = i32::try_from(columns).unwrap_or(i32::MAX).max(1);
        if count <= columns {
            Self {
                first,
                count,
                cells: (columns / count).min(MAX_CELLS),
                months: 1,
            }
        } else {
            Self {
                first,
                count,
                cells: 1,
                months: (count + columns - 1) / columns,
            }
        }
    }

    /// The first column of a month, and the one after its last.
    pub fn columns(self, month: i32) -> (usize, usize) {
        let k = month - self.first;
        let (a, b) = if self.months == 1 {
            (k * self.cells, (k + 1) * self.cells)
        } else {
            (k / self.months, k / self.months + 1)
        };
        (
            usize::try_from(a).unwrap_or(0),
            usize::try_from(b).unwrap_or(0),
        )
    }

    /// The columns the grid takes.
    pub fn width(self) -> usize {
        self.columns(self.first + self.count - 1).1
    }
}

/// The first and last month of a route's dated steps.
pub fn span(route: &Route) -> Option<(Date, Date)> {
    let start = route.steps.iter().filter_map(|s| s.start).min()?;
    let end = route.steps.iter().filter_map(|s| s.end).max()?;
    Some((start, end))
}

/// The grid of one step: its bar, and the dots of the wait before it.
fn row(route: &Route, i: usize, scale: Scale) -> Vec<(usize, &'static str, bool)> {
    let step = &route.steps[i];
    let (Some(start), Some(end)) = (step.start, step.end) else {
        return Vec::new();
    };
    let mut cells = Vec::new();
    if let Some(before) = i.checked_sub(1).and_then(|j| route.steps[j].end) {
        let (_, from) = scale.columns(month_number(before));
        let (to, _) = scale.columns(month_number(start));
        cells.extend((from..to).map(|c| (c, "·", true)));
    }
    if step.hours == 0.0 {
        let (at, _) = scale.columns(month_number(start));
        cells.push((at, "◆", false));
    } else {
        let (a, _) = scale.columns(month_number(start));
        let (_, b) = scale.columns(month_number(end));
        cells.extend((a..b).map(|c| (c, "█", false)));
    }
    cells
}

pub fn render(frame: &mut Frame<'_>, state: &AppState, area: Rect) {
    let s = state.strings;
    let ps = s.planner;
    let t = &state.theme;
    let planner = &state.planner;
    let Some(results) = &planner.results else {
        return;
    };
    let Some(route) = results.route() else {
        return;
    };
    let focused = planner.focus == PlannerPane::Timeline && state.popups.is_empty();
    let Some((first, last)) = span(route) else {
        let inside = draw_pane(frame, area, ps.timeline, focused, t);
        let line = Line::styled(format!(" {}", ps.no_session), t.muted);
        draw_line(frame, inside, 0, &line);
        return;
    };
    let (m0, m1) = (month_number(first), month_number(last));
    let heading = format!(
        "{} · {}",
        ps.timeline,
        (ps.span)(
            &month_year(state, first),
            &month_year(state, last),
            m1 - m0 + 1
        )
    );
    let inside = draw_pane(frame, area, &heading, focused, t);
    let w = usize::from(inside.width);
    let label_width = (w / 3).clamp(12, 36);
    let scale = Scale::new(m0, m1, w.saturating_sub(label_width + 1));
    let x0 = label_width + 1;
    let mut lines: Vec<Line<'_>> = Vec::new();
    lines.extend(axis(state, scale, (m0, m1), x0));
    let rows = usize::from(inside.height).saturating_sub(lines.len() + 1);
    let offset = results.step.saturating_sub(rows.saturating_sub(1));
    for i in (0..route.steps.len()).skip(offset).take(rows) {
        let selected = i == results.step;
        let label_style = if selected {
            t.selection(focused)
        } else {
            Style::new()
        };
        let label = fit(
            &format!(
                "{:>2} {}",
                i + 1,
                sanitize(&state.data.cat.offer(route.steps[i].offer).title)
            ),
            label_width,
        )
        .into_owned();
        let pad = " ".repeat(label_width.saturating_sub(width(&label)) + 1);
        let mut spans = vec![Span::styled(label, label_style), Span::raw(pad)];
        let cells = row(route, i, scale);
        if cells.is_empty() {
            spans.push(Span::styled(ps.no_session, t.muted));
        }
        let mut at = 0;
        for (col, text, wait) in cells {
            if col < at {
                continue;
            }
            spans.push(Span::raw(" ".repeat(col - at)));
            let style = if wait { t.muted } else { t.next };
            spans.push(Span::styled(text, style));
            at = col + 1;
        }
        lines.push(Line::from(spans));
    }
    let mut legend = ps.legend.to_owned();
    // The mark of an offer recognised whole only when there is one.
    if route.steps.iter().any(|s| s.hours == 0.0) {
        legend = format!("{legend}   {}", ps.legend_whole);
    }
    lines.push(Line::styled(format!(" {legend}"), t.muted));
    for (n, line) in lines.iter().enumerate().take(usize::from(inside.height)) {
        draw_line(frame, inside, u16::try_from(n).unwrap_or(u16::MAX), line);
    }
}

/// The lines above the grid: each year above its first month, and, when
/// each month has its column, the months' letters.
fn axis(state: &AppState, scale: Scale, (m0, m1): (i32, i32), x0: usize) -> Vec<Line<'static>> {
    let ps = state.strings.planner;
    let t = &state.theme;
    let mut lines = Vec::new();
    let mut years = vec![Span::raw(" ".repeat(x0))];
    let mut used = x0;
    let mut letters = vec![Span::raw(" ".repeat(x0))];
    for month in m0..=m1 {
        let (col, end) = scale.columns(month);
        let (year, m) = (month.div_euclid(12), month.rem_euclid(12));
        // The first month's year, unless January follows too closely to
        // leave it room.
        let next_january = scale.columns(month + 12 - m).0;
        let crowded = m != 0 && month + 12 - m <= m1 && next_january < col + 5;
        if (m == 0 || (month == m0 && !crowded)) && x0 + col >= used {
            let text = year.to_string();
            years.push(Span::raw(" ".repeat(x0 + col - used)));
            used = x0 + col + width(&text) + 1;
            years.push(Span::styled(format!("{text} "), t.label));
        }
        if scale.months == 1 {
            let letter = ps.month_letters[usize::try_from(m).unwrap_or(0)];
            let cell = format!("{letter:<w$}", w = end - col);
            letters.push(Span::styled(cell, t.muted));
        }
    }
    lines.push(Line::from(years));
    if scale.months == 1 {
        lines.push(Line::from(letters));
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_get_columns_or_share_them() {
        let wide = Scale::new(0, 9, 50);
        assert_eq!(wide.columns(0), (0, 5));
        assert_eq!(wide.columns(9), (45, 50));
        assert_eq!(wide.width(), 50);
        // 31 months in 58 columns: one each, the letters lined up.
        let even = Scale::new(0, 30, 58);
        assert_eq!(even.columns(1), (1, 2));
        assert_eq!(even.width(), 31);
        let narrow = Scale::new(0, 59, 20);
        assert_eq!(narrow.months, 3);
        assert_eq!(narrow.columns(59), (19, 20));
        assert_eq!(narrow.width(), 20);
        let one = Scale::new(5, 5, 10);
        assert_eq!(one.columns(5), (0, 6));
    }
}
