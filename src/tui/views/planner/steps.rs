//! The steps of the pathway selected: each offer with its body, city,
//! hours and dates, the wait before it, and why it follows the one before
//! (the link and its agreement, the hours recognised, the competences an
//! inferred step rests on, a seam).

use std::fmt::Write as _;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use crate::route::Route;
use crate::route::reasons::why;
use crate::tui::app::{AppState, PlannerPane};
use crate::tui::layout;
use crate::tui::text::{fit, fit_spans, sanitize, width, wrap};
use crate::tui::views::{draw_line, draw_pane, reasons};

/// Every line of the steps pane at this width, each with the step it
/// belongs to.
pub fn lines(state: &AppState, route: &Route, room: usize) -> Vec<(usize, Line<'static>)> {
    let s = state.strings;
    let ps = s.planner;
    let t = &state.theme;
    let data = &state.data;
    let cat = &data.cat;
    let mut out: Vec<(usize, Line<'static>)> = Vec::new();
    for (i, step) in route.steps.iter().enumerate() {
        let offer = cat.offer(step.offer);
        let number = format!("{:>2} ", i + 1);
        let hours = (s.hours_unit)(step.hours);
        let title_room = room.saturating_sub(width(&number) + width(&hours) + 2);
        let title_text = fit(&sanitize(&offer.title), title_room).into_owned();
        let gap = " ".repeat(title_room.saturating_sub(width(&title_text)) + 2);
        out.push((
            i,
            Line::from(vec![
                Span::styled(number, t.key),
                Span::styled(title_text, t.heading),
                Span::raw(gap),
                Span::raw(hours),
            ]),
        ));
        let indent = "   ";
        let mut say = |text: String, style: Style| {
            for part in wrap(&text, room.saturating_sub(indent.len())) {
                out.push((i, Line::styled(format!("{indent}{part}"), style)));
            }
        };
        let mut facts = format!(
            "{} · {}",
            sanitize(data.short_body(step.offer)),
            sanitize(data.city(step.offer).unwrap_or(s.distance))
        );
        match (step.start, step.end) {
            (Some(a), Some(b)) if a == b => {
                let _ = write!(facts, " · {}", (ps.on_day)(&(s.date)(a)));
            }
            (Some(a), Some(b)) => {
                let _ = write!(facts, " · {}", (s.session)(&(s.date)(a), &(s.date)(b)));
            }
            _ => {
                let _ = write!(facts, " · {}", ps.no_session);
            }
        }
        if i > 0
            && let (Some(end), Some(start)) = (route.steps[i - 1].end, step.start)
        {
            let days = start.days_since_epoch() - end.days_since_epoch() - 1;
            if days > 0 {
                let _ = write!(facts, " · {}", (ps.wait)(days));
            }
        }
        say(facts, t.muted);
        if i == 0 {
            let held = state
                .planner
                .results
                .as_ref()
                .is_some_and(|r| matches!(r.request.start, crate::route::Start::Holding(_)));
            say(
                if held { ps.held_step } else { ps.start_step }.to_owned(),
                t.muted,
            );
        } else {
            let also = reasons::Also {
                granted_at: Some(i),
                ..reasons::Also::default()
            };
            let why = why(cat, route, i).into_iter();
            for (text, style) in why.flat_map(|w| reasons::words(state, &w, step.offer, also)) {
                say(text, style);
            }
        }
    }
    out
}

/// The room lines have in a steps pane: its inside less the column of
/// the selection's bar.
pub fn room(area: Rect) -> usize {
    usize::from(layout::inner(area).width).saturating_sub(1)
}

pub fn render(frame: &mut Frame<'_>, state: &AppState, area: Rect) {
    let ps = state.strings.planner;
    let t = &state.theme;
    let planner = &state.planner;
    let Some(results) = &planner.results else {
        return;
    };
    let Some(route) = results.route() else {
        return;
    };
    let focused = planner.focus == PlannerPane::Steps && state.popups.is_empty();
    let heading = format!(
        "{} · {}",
        ps.steps,
        super::words::keyed(state, ps.open_offer)
    );
    let inside = draw_pane(frame, area, &heading, focused, t);
    let all = lines(state, route, room(area));
    for (n, (step, line)) in all
        .into_iter()
        .skip(results.steps_scroll)
        .take(usize::from(inside.height))
        .enumerate()
    {
        let y = u16::try_from(n).unwrap_or(u16::MAX);
        let selected = step == results.step;
        let line = if selected {
            // The step selected stands out by its number and a bar.
            let base = t.selection(focused);
            let mut spans = line.spans;
            if let Some(first) = spans.first_mut()
                && first.content.trim().parse::<usize>().is_ok()
            {
                first.style = base;
            }
            Line::from(spans)
        } else {
            line
        };
        let mut spans = vec![Span::styled(
            if selected { "▌" } else { " " },
            if selected { t.key } else { Style::new() },
        )];
        spans.extend(line.spans);
        draw_line(
            frame,
            inside,
            y,
            &Line::from(fit_spans(spans, usize::from(inside.width))),
        );
    }
}
