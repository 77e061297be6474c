//! A chooser: the kinds to choose between (the items chooser), the words
//! typed, and the items found, as the planner's picker shows them; ticks
//! for a list of ids; the items chooser ends with a line for a new item.

use ratatui::Frame;
use ratatui::layout::Position;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use crate::tui::app::AppState;
use crate::tui::app::edit::overlay::{ChooseFor, ChooserState, ITEM_KINDS};
use crate::tui::layout;
use crate::tui::text::{fit, fit_spans, pad, sanitize, width};
use crate::tui::views::{draw_line, draw_popup, draw_row};

#[allow(clippy::many_single_char_names)] // the views' usual s, t, y
pub fn render(frame: &mut Frame<'_>, state: &AppState, c: &ChooserState) {
    let s = state.strings;
    let es = s.edit;
    let t = &state.theme;
    let screen = frame.area();
    let kinds = c.purpose == ChooseFor::Edit;
    let inside = draw_popup(
        frame,
        layout::edit::chooser(screen),
        &(es.chooser_title)(c.purpose, c.kind),
        t,
    );
    let room = usize::from(inside.width);
    let mut y = 0;
    if kinds {
        let mut spans = vec![Span::styled("◂ ", t.key)];
        for (n, kind) in ITEM_KINDS.iter().enumerate() {
            if n > 0 {
                spans.push(Span::styled(" │ ", t.muted));
            }
            let style = if *kind == c.kind { t.tab_active } else { t.tab };
            spans.push(Span::styled(format!(" {} ", (es.kind)(*kind)), style));
        }
        spans.push(Span::styled(" ▸", t.key));
        draw_line(frame, inside, y, &Line::from(fit_spans(spans, room)));
        y += 1;
    }
    let label = format!("{}{}", s.planner.find, s.colon);
    let query = sanitize(&c.query).into_owned();
    let count = format!("  {}", (s.shown_of)(c.shown.len(), c.total()));
    let line = Line::from(fit_spans(
        vec![
            Span::styled(format!(" {label}"), t.label),
            Span::styled(query.clone(), t.input),
            Span::styled(count, t.muted),
        ],
        room,
    ));
    draw_line(frame, inside, y, &line);
    let x = 1 + width(&label) + width(&query);
    if let Ok(x) = u16::try_from(x)
        && x < inside.width
    {
        frame.set_cursor_position(Position::new(inside.x + x, inside.y + y));
    }
    draw_line(
        frame,
        inside,
        y + 1,
        &Line::styled("─".repeat(room), t.muted),
    );
    render_list(frame, state, c, kinds);
}

fn render_list(frame: &mut Frame<'_>, state: &AppState, c: &ChooserState, kinds: bool) {
    let t = &state.theme;
    let list = layout::edit::chooser_list(frame.area(), kinds);
    let room = usize::from(list.width);
    let detail_width = if c.items.iter().any(|(_, _, d)| !d.is_empty()) {
        (room * 2 / 5).min(36)
    } else {
        0
    };
    let len = c.shown.len() + usize::from(kinds);
    let window = c.cursor.window(usize::from(list.height), len);
    for (n, i) in window.clone().enumerate() {
        let selected = i == c.cursor.selected;
        let base = if selected { t.selected } else { Style::new() };
        let row = u16::try_from(n).unwrap_or(u16::MAX);
        let Some(&at) = c.shown.get(i) else {
            // The last line of the items chooser: a new item.
            let text = (state.strings.edit.new_item)(c.kind);
            let style = if selected { base } else { t.key };
            draw_row(
                frame,
                list,
                row,
                &Line::styled(format!(" {text}"), style),
                selected.then_some(base),
            );
            continue;
        };
        let Some((id, label, detail)) = c.items.get(at as usize) else {
            continue;
        };
        let mut spans = vec![Span::styled(" ", base)];
        if c.multi {
            let check = if c.marked.contains(&at) {
                "[x] "
            } else {
                "[ ] "
            };
            spans.push(Span::styled(check, base.patch(t.key)));
        }
        let used: usize = spans.iter().map(Span::width).sum();
        let main_room = room.saturating_sub(used + detail_width);
        let main = fit(
            &format!("{} · {}", sanitize(label), sanitize(id)),
            main_room,
        )
        .into_owned();
        let main_used = width(&main);
        spans.push(Span::styled(main, base));
        spans.push(pad(main_used, main_room).style(base));
        if detail_width > 0 {
            spans.push(Span::styled(
                format!(
                    "  {}",
                    fit(&sanitize(detail), detail_width.saturating_sub(2))
                ),
                base.patch(t.muted),
            ));
        }
        draw_row(
            frame,
            list,
            row,
            &Line::from(fit_spans(spans, room)),
            selected.then_some(base),
        );
    }
}
