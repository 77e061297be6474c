//! The planner's dialogs (save, rename, export, a date, deleting) and the
//! list of saved plans.

use ratatui::Frame;
use ratatui::layout::Position;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use crate::tui::action::Action;
use crate::tui::app::AppState;
use crate::tui::app::planner::DialogKind;
use crate::tui::keymap::Context;
use crate::tui::layout;
use crate::tui::text::{fit, fit_spans, pad, sanitize, width, wrap};
use crate::tui::views::{draw_line, draw_popup, draw_row};

/// The width of the labels in a dialog.
const LABELS: usize = 18;

/// The labels of a dialog's fields.
fn labels(state: &AppState, kind: &DialogKind) -> Vec<&'static str> {
    let ps = state.strings.planner;
    match kind {
        DialogKind::Save => vec![ps.name, ps.person, ps.note],
        DialogKind::Rename { .. } => vec![ps.name],
        DialogKind::Export { .. } => vec![ps.file],
        DialogKind::StartDate => vec![ps.date],
        DialogKind::Delete { .. } => Vec::new(),
    }
}

pub fn render(frame: &mut Frame<'_>, state: &AppState) {
    let Some(dialog) = &state.planner.dialog else {
        return;
    };
    let s = state.strings;
    let ps = s.planner;
    let t = &state.theme;
    let area = layout::dialog(frame.area(), dialog);
    let heading = match &dialog.kind {
        DialogKind::Save => ps.save_title,
        DialogKind::Rename { .. } => ps.rename_title,
        DialogKind::Export { .. } => ps.export_title,
        DialogKind::StartDate => ps.date_title,
        DialogKind::Delete { .. } => ps.delete_title,
    };
    let inside = draw_popup(frame, area, heading, t);
    let room = usize::from(inside.width);
    let mut y = 1u16;
    if let DialogKind::Delete { plan } = &dialog.kind {
        for part in wrap(
            &(ps.delete_question)(&sanitize(plan)),
            room.saturating_sub(2),
        ) {
            draw_line(frame, inside, y, &Line::raw(format!(" {part}")));
            y += 1;
        }
        y += 1;
        let keys = |action| {
            state
                .keymap
                .keys(Context::Confirm, action)
                .iter()
                .map(|k| k.label(&s.keys))
                .collect::<Vec<_>>()
                .join("/")
        };
        let line = Line::from(vec![
            Span::raw(" "),
            Span::styled(keys(Action::Confirm), t.key),
            Span::raw(format!(" {}   ", ps.yes_delete)),
            Span::styled(keys(Action::ClosePopup), t.key),
            Span::raw(format!(" {}", ps.no)),
        ]);
        draw_line(frame, inside, y, &line);
        return;
    }
    for (n, (label, value)) in labels(state, &dialog.kind)
        .into_iter()
        .zip(&dialog.values)
        .enumerate()
    {
        let focused = n == dialog.focus;
        let label = fit(label, LABELS - 2).into_owned();
        let field_room = room.saturating_sub(LABELS + 2);
        // The end of a long value shows, where the typing is.
        let value = sanitize(value).into_owned();
        let chars: Vec<char> = value.chars().collect();
        let mut start = 0;
        while width(&chars[start..].iter().collect::<String>()) > field_room && start < chars.len()
        {
            start += 1;
        }
        let shown: String = chars[start..].iter().collect();
        let used = width(&shown);
        let style = if focused { t.input } else { Style::new() };
        let spans = vec![
            Span::styled(format!(" {label}"), t.label),
            pad(width(&label) + 1, LABELS),
            Span::styled(shown, style.underlined()),
            pad(used, field_room).style(Style::new().underlined()),
        ];
        draw_line(frame, inside, y, &Line::from(fit_spans(spans, room)));
        if focused && let Ok(x) = u16::try_from(LABELS + used) {
            frame.set_cursor_position(Position::new(inside.x + x, inside.y + y));
        }
        y += 1;
    }
    y += 1;
    let (text, style) = match &dialog.error {
        Some(e) => (e.clone(), t.warning),
        None => (
            match dialog.kind {
                DialogKind::Export { .. } => ps.export_hint.to_owned(),
                DialogKind::StartDate => ps.date_hint.to_owned(),
                _ => String::new(),
            },
            t.muted,
        ),
    };
    for part in wrap(&super::words::keyed(state, &text), room.saturating_sub(2)) {
        draw_line(frame, inside, y, &Line::styled(format!(" {part}"), style));
        y += 1;
    }
}

/// The saved plans, newest first, with where they are kept.
pub fn render_plans(frame: &mut Frame<'_>, state: &AppState) {
    let s = state.strings;
    let ps = s.planner;
    let t = &state.theme;
    let list = &state.planner.plans;
    let area = layout::plans(frame.area());
    let heading = format!("{} ({})", ps.plans_title, list.entries.len());
    let inside = draw_popup(frame, area, &heading, t);
    let room = usize::from(inside.width);
    let dir = state
        .planner
        .plans_dir
        .as_ref()
        .map(|d| sanitize(&d.display().to_string()).into_owned());
    let first = match (&list.error, &dir) {
        (Some(e), _) => Line::styled(format!(" ⚠ {}", sanitize(e)), t.warning),
        (None, Some(d)) => Line::styled(format!(" {d}"), t.muted),
        (None, None) => Line::styled(format!(" {}", ps.no_plans_dir), t.warning),
    };
    draw_line(frame, inside, 0, &Line::from(fit_spans(first.spans, room)));
    let rows = layout::plans_rows(frame.area());
    if list.entries.is_empty() {
        if let Some(d) = &dir
            && list.error.is_none()
        {
            let text = super::words::keyed(state, &(ps.no_plans)(d));
            for (n, part) in wrap(&text, room.saturating_sub(2)).iter().enumerate() {
                let y = u16::try_from(n).unwrap_or(u16::MAX);
                draw_line(frame, rows, y, &Line::raw(format!(" {part}")));
            }
        }
        return;
    }
    let name_width = (room / 3).clamp(16, 40);
    let person_width = (room / 6).clamp(10, 24);
    let window = list
        .cursor
        .window(usize::from(rows.height), list.entries.len());
    for (n, entry) in list.entries[window].iter().enumerate() {
        let selected = list.cursor.offset + n == list.cursor.selected;
        let base = if selected { t.selected } else { Style::new() };
        let y = u16::try_from(n).unwrap_or(u16::MAX);
        let name = fit(&sanitize(&entry.name), name_width).into_owned();
        let person = fit(&sanitize(&entry.person), person_width).into_owned();
        let mut spans = vec![
            Span::styled(format!(" {name}"), base.patch(t.heading)),
            pad(width(&name), name_width + 1).style(base),
            Span::styled(person.clone(), base),
            pad(width(&person), person_width + 1).style(base),
        ];
        match &entry.error {
            Some(e) => spans.push(Span::styled(
                format!("⚠ {} {}", ps.unreadable, sanitize(e)),
                base.patch(t.warning),
            )),
            None => spans.push(Span::styled(
                (ps.plan_line)(
                    entry.steps,
                    &crate::model::Date::parse(&entry.saved)
                        .map_or_else(|_| sanitize(&entry.saved).into_owned(), s.date),
                ),
                base.patch(t.muted),
            )),
        }
        let line = Line::from(fit_spans(spans, room));
        draw_row(frame, rows, y, &line, selected.then_some(base));
    }
}
