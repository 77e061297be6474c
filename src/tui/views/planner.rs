//! The planner's tab: the request on the left (or on its own page when
//! narrow), the pathways found side by side, the steps of the one
//! selected with why each is possible, and its timeline by month.

pub mod alternatives;
pub mod dialog;
pub mod form;
pub mod picker;
pub mod steps;
pub mod timeline;
pub mod words;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use crate::tui::app::AppState;
use crate::tui::app::planner::Message;
use crate::tui::layout;
use crate::tui::text::{fit_spans, wrap};

use super::{draw_line, draw_pane};

pub fn render(frame: &mut Frame<'_>, state: &AppState, area: Rect) {
    let l = layout::planner(area, layout::planner_shape(&state.planner));
    render_status(frame, state, l.status, l.alternatives.is_none());
    if let Some(r) = l.form {
        form::render(frame, state, r);
    }
    if let Some(r) = l.alternatives {
        if state.planner.has_routes() {
            alternatives::render(frame, state, r);
        } else {
            render_note(frame, state, r);
        }
    }
    if let Some(r) = l.steps {
        steps::render(frame, state, r);
    }
    if let Some(r) = l.timeline {
        timeline::render(frame, state, r);
    }
}

/// The line above the panes: the last message, else where the results
/// stand.
fn render_status(frame: &mut Frame<'_>, state: &AppState, area: Rect, hidden: bool) {
    let p = state.strings.planner;
    let t = &state.theme;
    let planner = &state.planner;
    let (text, style): (String, Style) = match &planner.message {
        Some(Message::Error(text)) => (text.clone(), t.warning),
        Some(Message::Info(text)) => (text.clone(), Style::new()),
        None if state.jobs.route.is_some() => match &state.jobs.opening {
            Some(o) => (
                (p.opening)(&crate::tui::views::sanitize(&o.plan.name)),
                t.key,
            ),
            None => (p.searching.to_owned(), t.key),
        },
        None if planner.stale() => (p.stale.to_owned(), t.warning),
        None => match &planner.results {
            Some(r) if !r.alternatives.is_empty() => (
                (p.found)(
                    r.alternatives.iter().filter(|a| !a.saved).count(),
                    (p.criterion)(r.request.criterion),
                ),
                t.muted,
            ),
            Some(_) => (p.none_found.to_owned(), t.warning),
            None => match planner.draft.request() {
                Err(crate::tui::app::planner::Missing::Start) => (p.start_hint.to_owned(), t.muted),
                Err(crate::tui::app::planner::Missing::Target) => {
                    (p.missing_target.to_owned(), t.muted)
                }
                Ok(_) => (p.ready_hint.to_owned(), t.muted),
            },
        },
    };
    let mut spans = vec![
        Span::raw(" "),
        Span::styled(words::keyed(state, &text), style),
    ];
    if hidden && planner.results.is_some() && planner.message.is_none() {
        spans.push(Span::styled(
            format!(" {}", words::keyed(state, p.see_results)),
            t.key,
        ));
    }
    let spans = fit_spans(spans, usize::from(area.width));
    draw_line(frame, area, 0, &Line::from(spans));
}

/// The results' place before a search (what to do) or when there is no
/// pathway (why, and what to relax).
fn render_note(frame: &mut Frame<'_>, state: &AppState, area: Rect) {
    let s = state.strings;
    let p = s.planner;
    let t = &state.theme;
    let planner = &state.planner;
    let focused = planner.focus != crate::tui::app::PlannerPane::Form && state.popups.is_empty();
    let (heading, paragraphs): (&str, Vec<(String, Style)>) = match &planner.results {
        Some(r) => {
            let (why, what) = r.none.as_ref().map_or_else(
                || (String::new(), String::new()),
                |none| words::no_route(state, &r.request, none),
            );
            let mut list = vec![(why, Style::new()), (what, t.heading)];
            if r.none.is_some() {
                list.push((p.relax_hint.to_owned(), t.muted));
            }
            (p.no_route, list)
        }
        None => (
            p.welcome_title,
            p.welcome
                .iter()
                .map(|line| ((*line).to_owned(), Style::new()))
                .collect(),
        ),
    };
    let inside = draw_pane(frame, area, heading, focused, t);
    let room = usize::from(inside.width.saturating_sub(2));
    let mut y = 0u16;
    for (text, style) in paragraphs {
        if text.is_empty() {
            continue;
        }
        for part in wrap(&words::keyed(state, &text), room) {
            draw_line(frame, inside, y, &Line::styled(format!(" {part}"), style));
            y += 1;
        }
        y += 1;
    }
}
