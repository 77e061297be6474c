//! The questions of editing, each in a box of its own: deleting (what
//! refers to the item, and what deleting does to each), quitting with
//! unsaved changes, the conflict screen, a line to type, an error.

use ratatui::Frame;
use ratatui::layout::Position;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use crate::edit::{ItemKind, Referrer};
use crate::tui::app::AppState;
use crate::tui::app::edit::overlay::{ConflictState, InputState, QuitChoice};
use crate::tui::app::edit::session::ItemRef;
use crate::tui::layout;
use crate::tui::text::{fit, sanitize, width, wrap};
use crate::tui::views::{draw_line, draw_popup};

/// The width inside a question's box.
fn room(state: &AppState) -> usize {
    usize::from(
        layout::edit::question(state.area, 0)
            .width
            .saturating_sub(2),
    )
    .max(10)
}

/// A paragraph wrapped to the box, in a style.
fn para(text: &str, room: usize, style: Style) -> Vec<Line<'static>> {
    wrap(&sanitize(text), room.saturating_sub(2).max(1))
        .into_iter()
        .map(|l| Line::styled(format!(" {l}"), style))
        .collect()
}

/// Draws a box of lines; `cursor` is the row and column of the text
/// cursor, if one shows.
fn boxed(
    frame: &mut Frame<'_>,
    state: &AppState,
    title: &str,
    lines: &[Line<'_>],
    cursor: Option<(usize, usize)>,
) {
    let height = u16::try_from(lines.len()).unwrap_or(u16::MAX);
    let area = layout::edit::question(frame.area(), height);
    let inside = draw_popup(frame, area, title, &state.theme);
    for (n, line) in lines.iter().enumerate() {
        draw_line(frame, inside, u16::try_from(n).unwrap_or(u16::MAX), line);
    }
    if let Some((row, x)) = cursor
        && let (Ok(row), Ok(x)) = (u16::try_from(row), u16::try_from(x))
        && row < inside.height
        && x < inside.width
    {
        frame.set_cursor_position(Position::new(inside.x + x, inside.y + row));
    }
}

/// A menu of choices, the one selected marked, each with its letter.
fn menu(
    state: &AppState,
    choices: &[&str],
    letters: &[char],
    cursor: usize,
    room: usize,
) -> Vec<Line<'static>> {
    let t = &state.theme;
    choices
        .iter()
        .zip(letters)
        .enumerate()
        .map(|(i, (choice, letter))| {
            let selected = i == cursor;
            let style = if selected { t.selected } else { Style::new() };
            let mark = if selected { "▸" } else { " " };
            let text = fit(choice, room.saturating_sub(7)).into_owned();
            Line::from(vec![
                Span::styled(format!(" {mark} "), style.patch(t.key)),
                Span::styled(format!("{letter} "), style.patch(t.key)),
                Span::styled(text, style),
            ])
        })
        .collect()
}

/// Deleting an item: what refers to it, then the question.
pub fn delete(frame: &mut Frame<'_>, state: &AppState, item: &ItemRef, referrers: &[Referrer]) {
    let es = state.strings.edit;
    let t = &state.theme;
    let room = room(state);
    let mut lines = Vec::new();
    if referrers.is_empty() {
        lines.extend(para(es.no_referrers, room, Style::new()));
    } else {
        lines.extend(para(&(es.referrers)(referrers.len()), room, Style::new()));
        // As many as the screen leaves room for, the rest counted; each
        // on two lines at most, the name then what it becomes.
        let budget = usize::from(state.area.height.saturating_sub(10)).max(3);
        let mut used = 0;
        for (n, r) in referrers.iter().enumerate() {
            let name = if r.kind == ItemKind::Link {
                r.name.clone()
            } else {
                format!("{} {}", (es.kind)(r.kind), r.name)
            };
            let text = format!("• {name}: {}", (es.effect)(&r.effect));
            let wrapped = wrap(&sanitize(&text), room.saturating_sub(6).max(1));
            let rows = wrapped.len().min(2);
            let left = referrers.len() - n;
            if left > 1 && used + rows + 1 > budget || used + rows > budget {
                lines.push(Line::styled(format!("   {}", (es.more)(left)), t.muted));
                break;
            }
            used += rows;
            for (i, part) in wrapped.iter().take(2).enumerate() {
                let indent = if i == 0 { "   " } else { "     " };
                let part = if i == 1 && wrapped.len() > 2 {
                    format!("{part}…")
                } else {
                    part.clone()
                };
                lines.push(Line::raw(format!("{indent}{part}")));
            }
        }
    }
    lines.push(Line::default());
    lines.extend(para(es.delete_question, room, t.warning));
    boxed(
        frame,
        state,
        &(es.delete_title)(item.kind(), &item.name()),
        &lines,
        None,
    );
}

/// Quitting with unsaved changes: save, discard or stay.
pub fn quit(frame: &mut Frame<'_>, state: &AppState, cursor: usize) {
    let es = state.strings.edit;
    let room = room(state);
    let mut lines = para(
        &(es.quit_text)(&state.edit.session.status.dirty),
        room,
        Style::new(),
    );
    if state.edit.session.is_away() {
        lines.extend(para(es.checking, room, state.theme.muted));
    }
    lines.push(Line::default());
    debug_assert_eq!(QuitChoice::ALL.len(), es.quit_choices.len());
    lines.extend(menu(
        state,
        &es.quit_choices,
        &es.quit_letters,
        cursor,
        room,
    ));
    boxed(frame, state, es.quit_title, &lines, None);
}

/// Files changed on disk with unsaved edits: reload, save elsewhere, or
/// go on; a reload asks again first.
pub fn conflict(frame: &mut Frame<'_>, state: &AppState, c: &ConflictState) {
    let es = state.strings.edit;
    let t = &state.theme;
    let room = room(state);
    let mut lines = para(es.conflict_text, room, Style::new());
    lines.push(Line::default());
    for (file, name, conflict) in &c.files {
        let mut text = format!("• {} — {}", sanitize(name), (es.conflict_kind)(conflict));
        if let Some((_, path)) = c.saved.iter().find(|(f, _)| f == file) {
            text = format!("{text} ({})", (es.saved_as)(&sanitize(path)));
        }
        lines.push(Line::styled(
            format!("   {}", fit(&text, room.saturating_sub(4))),
            t.warning,
        ));
    }
    lines.push(Line::default());
    if c.confirm {
        let names: Vec<String> = c.files.iter().map(|(_, n, _)| n.clone()).collect();
        lines.extend(para(&(es.reload_confirm)(&names), room, t.warning));
    } else {
        lines.extend(menu(
            state,
            &es.conflict_choices,
            &es.conflict_letters,
            c.cursor,
            room,
        ));
    }
    boxed(frame, state, es.conflict_title, &lines, None);
}

/// A line to type a path on.
pub fn input(frame: &mut Frame<'_>, state: &AppState, i: &InputState) {
    let es = state.strings.edit;
    let t = &state.theme;
    let room = room(state);
    let mut lines = para(&(es.input_text)(&i.purpose), room, Style::new());
    lines.push(Line::default());
    let text = sanitize(&i.text).into_owned();
    // The end of a long path shows, where it is typed.
    let keep = room.saturating_sub(4);
    let shown: String = if width(&text) > keep {
        let skip = text.chars().count().saturating_sub(keep.saturating_sub(1));
        format!("…{}", text.chars().skip(skip).collect::<String>())
    } else {
        text
    };
    let row = lines.len();
    let x = 3 + width(&shown);
    lines.push(Line::from(vec![
        Span::styled(" › ", t.key),
        Span::styled(shown, t.input),
    ]));
    if let Some(error) = &i.error {
        lines.push(Line::default());
        lines.extend(para(error, room, t.warning));
    }
    boxed(
        frame,
        state,
        (es.input_title)(&i.purpose),
        &lines,
        Some((row, x)),
    );
}

/// A save that failed: why, and that nothing was lost.
pub fn error(frame: &mut Frame<'_>, state: &AppState, message: &str) {
    let es = state.strings.edit;
    let room = room(state);
    let mut lines = para(message, room, state.theme.warning);
    lines.push(Line::default());
    lines.extend(para(es.edits_kept, room, Style::new()));
    boxed(frame, state, es.error_title, &lines, None);
}
