//! A form: the item's fields a line each (`name  value`), what is wrong
//! with a field beside it, and under the rows the selected field's
//! message in full, what it holds, and the line it is typed on.

use ratatui::Frame;
use ratatui::layout::Position;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use crate::tui::app::AppState;
use crate::tui::app::edit::form::{FormRow, FormState, Said};
use crate::tui::app::edit::schema::fields;
use crate::tui::layout;
use crate::tui::text::{fit, fit_spans, sanitize, width, wrap};
use crate::tui::views::{draw_line, draw_popup, draw_row};

/// What is said, in words.
pub fn said_text(state: &AppState, said: &Said) -> String {
    match said {
        Said::Loader(m) | Said::Refused(m) => m.clone(),
        Said::Bad(bad) => (state.strings.edit.bad)(bad),
    }
}

/// A row's label.
fn label(state: &AppState, form: &FormState, row: FormRow) -> String {
    let es = state.strings.edit;
    match row {
        FormRow::Field(_) | FormRow::Heading(_) | FormRow::Sub(..) => form.path(row),
        FormRow::Entry(i, e, j) => format!("  {} {}", e + 1, fields(form.kind)[i].part_name(j)),
        FormRow::AddEntry(_) => format!("  {}", es.add_entry),
        FormRow::File => es.file.to_owned(),
        FormRow::Create => String::new(),
    }
}

/// A row's value as shown (none: nothing, shown muted).
fn value(state: &AppState, form: &FormState, row: FormRow) -> Option<String> {
    let es = state.strings.edit;
    match row {
        FormRow::Heading(i) => match form.draft.slots.get(i) {
            Some(crate::tui::app::edit::draft::Slot::Entries(e)) if !e.is_empty() => {
                Some(format!("({})", e.len()))
            }
            _ => None,
        },
        FormRow::AddEntry(_) | FormRow::Create => None,
        FormRow::File => Some(
            form.into
                .name
                .clone()
                .unwrap_or_else(|| es.home_file.to_owned()),
        ),
        _ => Some(form.value(row).to_owned()).filter(|v| !v.is_empty()),
    }
}

pub fn render(frame: &mut Frame<'_>, state: &AppState, form: &FormState) {
    let es = state.strings.edit;
    let t = &state.theme;
    let l = layout::edit::form(frame.area());
    let name = form
        .item
        .as_ref()
        .map(crate::tui::app::edit::session::ItemRef::name);
    let mut title = (es.form_title)(form.kind, name.as_deref());
    if form.checking {
        title = format!("{title} · {}", es.checking);
    }
    draw_popup(frame, l.area, &title, t);
    let rows = form.rows();
    let room = usize::from(l.rows.width);
    let labels = if room >= 70 { 22 } else { 16 };
    let window = form.cursor.window(usize::from(l.rows.height), rows.len());
    let typing = form.line.as_deref();
    let mut cursor = None;
    for (n, &row) in rows[window.clone()].iter().enumerate() {
        let y = u16::try_from(n).unwrap_or(u16::MAX);
        let selected = window.start + n == form.cursor.selected;
        let base = if selected {
            t.selection(true)
        } else {
            Style::new()
        };
        let mut spans = Vec::new();
        if row == FormRow::Create {
            let style = if selected { base } else { t.key };
            spans.push(Span::styled(format!(" {} ", es.create), style));
        } else {
            let text = fit(&label(state, form, row), labels - 2).into_owned();
            let gap = " ".repeat(labels.saturating_sub(width(&text) + 1));
            spans.push(Span::styled(format!(" {text}{gap}"), base.patch(t.label)));
            match (selected, typing) {
                (true, Some(line)) => {
                    let shown = sanitize(line).into_owned();
                    let x = labels + width(&shown);
                    cursor = u16::try_from(x).ok().map(|x| (x, y));
                    spans.push(Span::styled(shown, t.input));
                }
                _ if matches!(row, FormRow::AddEntry(_)) => {}
                _ => match value(state, form, row) {
                    Some(v) => spans.push(Span::styled(sanitize(&v).into_owned(), base)),
                    None => spans.push(Span::styled("—", base.patch(t.muted))),
                },
            }
            if let Some(said) = form.said_of(row) {
                spans.push(Span::styled(
                    format!("  ⚠ {}", sanitize(&said_text(state, said))),
                    base.patch(t.warning),
                ));
            }
        }
        let line = Line::from(fit_spans(spans, room));
        draw_row(frame, l.rows, y, &line, selected.then_some(base));
    }
    if let Some((x, y)) = cursor
        && x < l.rows.width
    {
        frame.set_cursor_position(Position::new(l.rows.x + x, l.rows.y + y));
    }
    render_foot(frame, state, form, l.foot);
}

/// Under the rows: a rule; the selected field's message (or the form's,
/// or what the field holds); then how typing works, or what it holds.
fn render_foot(
    frame: &mut Frame<'_>,
    state: &AppState,
    form: &FormState,
    foot: ratatui::layout::Rect,
) {
    let es = state.strings.edit;
    let t = &state.theme;
    let room = usize::from(foot.width);
    draw_line(frame, foot, 0, &Line::styled("─".repeat(room), t.muted));
    let row = form.row();
    let hint = row
        .and_then(|r| form.shape(r))
        .map(|(shape, required)| (es.hint)(shape, required))
        .filter(|h| !h.is_empty());
    let said = row.and_then(|r| form.said_of(r));
    let (message, style) = if let Some(said) = said {
        (Some(said_text(state, said)), t.warning)
    } else if !form.general.is_empty() {
        let all: Vec<String> = form.general.iter().map(|s| said_text(state, s)).collect();
        (Some(all.join(" · ")), t.warning)
    } else if form.ready && form.is_new() {
        (Some(es.ready.to_owned()), t.next)
    } else {
        (hint.clone(), t.muted)
    };
    let shown_hint = message.is_some() && message != hint;
    let mut y = 1;
    if let Some(text) = message {
        let lines = wrap(&sanitize(&text), room.saturating_sub(1).max(1));
        for (n, line) in lines.iter().take(2).enumerate() {
            let more = n == 1 && lines.len() > 2;
            let text = if more {
                format!("{}…", fit(line, room.saturating_sub(2)))
            } else {
                line.clone()
            };
            draw_line(frame, foot, y, &Line::styled(format!(" {text}"), style));
            y += 1;
        }
    }
    let last = if form.line.is_some() {
        Some(es.typing.to_owned())
    } else if shown_hint {
        hint
    } else {
        None
    };
    if let Some(text) = last {
        draw_line(
            frame,
            foot,
            3,
            &Line::styled(format!(" {}", fit(&text, room.saturating_sub(1))), t.muted),
        );
    }
}
