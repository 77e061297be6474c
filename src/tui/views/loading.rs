//! The loading screen: the catalogue's name, the stages of loading with
//! the bytes read and checked, the time so far, and the keys that answer
//! meanwhile; or, when loading failed, every problem found.

use ratatui::Frame;
use ratatui::layout::{Margin, Rect};
use ratatui::text::{Line, Span};

use crate::tui::action::Action;
use crate::tui::app::loading::{Failure, LoadingState, Stage};
use crate::tui::app::{AppState, CatalogueName, Popup};
use crate::tui::keymap::Context;
use crate::tui::layout;
use crate::tui::text::{sanitize, width, wrap};

use super::{draw_line, draw_pane, draw_scrolled};

/// The width of a stage's bar of progress.
const BAR: usize = 16;
/// The column the bars start at, inside the box.
const LABEL: usize = 28;
/// How far the lines of a problem after its first are set in.
const INDENT: usize = 2;

pub fn render(frame: &mut Frame<'_>, state: &AppState, loading: &LoadingState) {
    let l = layout::loading(frame.area());
    let t = &state.theme;
    let name = match &state.data.name {
        CatalogueName::Sample => state.strings.sample_name.into(),
        CatalogueName::Path(p) => sanitize(p),
    };
    let header = Line::from(vec![
        Span::styled(" parcours", t.brand),
        Span::styled(" · ", t.muted),
        Span::raw(name),
    ]);
    draw_line(frame, l.header, 0, &header);
    match &loading.failed {
        None => render_stages(frame, state, loading, l.panel),
        Some(failure) => render_failure(frame, state, failure, &l),
    }
    render_footer(frame, state, loading, l.footer);
}

fn render_stages(frame: &mut Frame<'_>, state: &AppState, loading: &LoadingState, area: Rect) {
    let s = state.strings.loading;
    let t = &state.theme;
    let inside = draw_pane(frame, area, s.title, true, t).inner(Margin::new(1, 0));
    let counts = loading.counts;
    for (row, stage) in (0u16..).zip(Stage::ALL) {
        let (mark, style) = match stage.cmp(&loading.stage) {
            std::cmp::Ordering::Less => ("✓ ", t.next),
            std::cmp::Ordering::Equal => ("▸ ", t.key),
            std::cmp::Ordering::Greater => ("· ", t.muted),
        };
        let label = s.stages[stage as usize];
        let mut spans = vec![
            Span::styled(mark, style),
            Span::styled(
                label,
                if stage > loading.stage {
                    t.muted
                } else {
                    t.label
                },
            ),
        ];
        let done = match stage {
            Stage::Reading => Some(counts.read),
            Stage::Checking => Some(counts.parsed),
            _ => None,
        };
        if let Some(done) = done
            && counts.total > 0
            && stage <= loading.stage
        {
            spans.push(Span::raw(
                " ".repeat(LABEL.saturating_sub(width(label) + 2)),
            ));
            spans.extend(bar(done, counts.total, t));
            spans.push(Span::styled(
                format!(" {}", (s.megabytes)(done, counts.total)),
                t.muted,
            ));
        }
        draw_line(frame, inside, row, &Line::from(spans));
    }
    let time = (s.seconds)(loading.elapsed.as_secs());
    draw_line(frame, inside, 6, &Line::styled(time, t.muted));
}

/// A bar of [`BAR`] cells, filled in proportion to `done` of `total`.
fn bar(done: u64, total: u64, t: &crate::tui::theme::Theme) -> [Span<'static>; 2] {
    let cells = u64::try_from(BAR).unwrap_or(u64::MAX);
    let filled = (done.min(total) * cells / total.max(1))
        .try_into()
        .unwrap_or(BAR);
    [
        Span::styled("━".repeat(filled), t.key),
        Span::styled("─".repeat(BAR - filled), t.muted),
    ]
}

fn render_failure(
    frame: &mut Frame<'_>,
    state: &AppState,
    failure: &Failure,
    l: &layout::LoadingLayout,
) {
    let s = state.strings.loading;
    let t = &state.theme;
    draw_line(
        frame,
        l.summary,
        0,
        &Line::styled((s.failed)(failure.problems.errors), t.warning),
    );
    for (row, text) in (1u16..).zip(wrap(s.failed_hint, usize::from(l.summary.width))) {
        draw_line(frame, l.summary, row, &Line::raw(text));
    }
    draw_pane(frame, l.errors_pane, s.errors, false, t);
    let lines: Vec<Line<'_>> = lines(failure, usize::from(l.errors.width))
        .into_iter()
        .map(Line::raw)
        .collect();
    draw_scrolled(frame, l.errors, &lines, failure.scroll);
}

/// Every problem, made safe and wrapped to `width` (the lines after a
/// problem's first set in): what the errors pane scrolls through.
pub fn lines(failure: &Failure, width: usize) -> Vec<String> {
    let indent = INDENT.min(width.saturating_sub(1));
    let mut out = Vec::new();
    for problem in &failure.problems.lines {
        for (i, line) in wrap(&sanitize(problem), width - indent)
            .into_iter()
            .enumerate()
        {
            out.push(if i == 0 {
                line
            } else {
                format!("{}{line}", " ".repeat(indent))
            });
        }
    }
    out
}

/// How many rows the errors take in a terminal of the state's size.
pub fn line_count(state: &AppState) -> usize {
    let l = layout::loading(state.area);
    state
        .loading
        .as_ref()
        .and_then(|loading| loading.failed.as_ref())
        .map_or(0, |f| lines(f, usize::from(l.errors.width)).len())
}

/// The keys that answer now: help and quit, scrolling the errors, or
/// those of the help.
fn render_footer(frame: &mut Frame<'_>, state: &AppState, loading: &LoadingState, area: Rect) {
    let t = &state.theme;
    let names = &state.strings.keys;
    let (context, actions): (Context, &[Action]) = match state.popups.last() {
        Some(Popup::Help { .. }) => (
            Context::Help,
            &[Action::SelectNext, Action::PageDown, Action::ClosePopup],
        ),
        _ if loading.failed.is_some() => (
            Context::Normal,
            &[
                Action::SelectNext,
                Action::PageDown,
                Action::ShowHelp,
                Action::Quit,
            ],
        ),
        _ => (Context::Normal, &[Action::ShowHelp, Action::Quit]),
    };
    let mut spans = vec![Span::raw(" ")];
    for &action in actions {
        if let Some(key) = state.keymap.keys(context, action).first() {
            spans.push(Span::styled(key.label(names), t.key));
            spans.push(Span::raw(format!(
                " {}   ",
                (state.strings.action)(action).0
            )));
        }
    }
    draw_line(frame, area, 0, &Line::from(spans));
}
