//! A chooser: the kinds to choose between (the items chooser), the words
//! typed, and the items found, as the planner's picker shows them; ticks
//! for a list of ids; the items chooser ends with a line for a new item.

use ratatui::Frame;
use ratatui::style::Style;
use ratatui::text::Line;

use crate::tui::app::AppState;
use crate::tui::app::edit::overlay::{ChooserState, ITEM_KINDS};
use crate::tui::layout;
use crate::tui::text::sanitize;
use crate::tui::views::{draw_line, draw_popup, draw_row, finder};

#[allow(clippy::many_single_char_names)] // the views' usual s, t, y
pub fn render(frame: &mut Frame<'_>, state: &AppState, c: &ChooserState) {
    let s = state.strings;
    let es = s.edit;
    let t = &state.theme;
    let screen = frame.area();
    let kinds = c.has_kinds();
    let inside = draw_popup(
        frame,
        layout::edit::chooser(screen),
        &(es.chooser_title)(c.purpose, c.kind),
        t,
    );
    let room = usize::from(inside.width);
    let mut y = 0;
    if kinds {
        let tabs = ITEM_KINDS
            .iter()
            .map(|kind| ((es.kind)(*kind).to_owned(), *kind == c.kind));
        finder::draw_kinds(frame, inside, y, tabs, t);
        y += 1;
    }
    let label = format!("{}{}", s.planner.find, s.colon);
    let count = (s.shown_of)(c.shown.len(), c.total());
    let query = finder::Query {
        label: &label,
        words: &c.query,
        count: &count,
    };
    finder::draw_query(frame, inside, y, &query, t);
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
    let len = c.rows();
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
        let line = finder::item_line(
            c.multi.then(|| c.marked.contains(&at)),
            (
                &format!("{} · {}", sanitize(label), sanitize(id)),
                &sanitize(detail),
            ),
            (room, detail_width),
            base,
            t,
        );
        draw_row(frame, list, row, &line, selected.then_some(base));
    }
}
