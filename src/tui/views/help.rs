//! The help overlay: every binding of every context, read from the live
//! key map, with what each action does in the interface's language.

use ratatui::Frame;
use ratatui::text::{Line, Span};

use crate::tui::app::AppState;
use crate::tui::keymap::Context;
use crate::tui::layout;
use crate::tui::text::{fit, width};

use super::{draw_popup, draw_scrolled};

/// The column the descriptions start at.
const KEYS: usize = 24;

/// Every line of the help.
pub fn lines(state: &AppState) -> Vec<Line<'_>> {
    let s = state.strings;
    let t = &state.theme;
    let mut out = Vec::new();
    for (i, context) in Context::ALL.into_iter().enumerate() {
        if i > 0 {
            out.push(Line::default());
        }
        out.push(Line::styled(s.contexts[i], t.heading));
        for (action, keys) in state.keymap.bindings(context) {
            let labels: Vec<String> = keys.iter().map(|k| k.label(&s.keys)).collect();
            let keys = fit(&labels.join(" "), KEYS - 2).into_owned();
            let used = width(&keys);
            out.push(Line::from(vec![
                Span::raw("  "),
                Span::styled(keys, t.key),
                Span::raw(" ".repeat(KEYS.saturating_sub(used + 2))),
                Span::raw((s.planner.help)(context, action).unwrap_or((s.action)(action).1)),
            ]));
        }
    }
    out
}

/// How many lines the help has.
pub fn line_count(state: &AppState) -> usize {
    lines(state).len()
}

pub fn render(frame: &mut Frame<'_>, state: &AppState, scroll: usize) {
    let area = layout::help(frame.area());
    let inside = draw_popup(frame, area, state.strings.help_title, &state.theme);
    draw_scrolled(frame, inside, &lines(state), scroll);
}
