//! The request: where the person starts, where they want to go, how to
//! rank the pathways and what to keep out, and the button that searches.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use crate::tui::app::planner::{FORM, Field, FormRow};
use crate::tui::app::{AppState, PlannerPane};
use crate::tui::text::{fit, fit_spans, width};

use super::words::field_value;
use crate::tui::views::{draw_pane, draw_row};

/// The width of the labels' column.
fn label_width(inside: u16) -> usize {
    if inside >= 60 { 28 } else { 24 }
}

pub fn render(frame: &mut Frame<'_>, state: &AppState, area: Rect) {
    let s = state.strings;
    let ps = s.planner;
    let t = &state.theme;
    let planner = &state.planner;
    let focused = planner.focus == PlannerPane::Form && state.popups.is_empty();
    let inside = draw_pane(frame, area, ps.form, focused, t);
    let w = usize::from(inside.width);
    let labels = label_width(inside.width);
    let cursor = planner.form;
    for (n, row) in FORM[cursor.window(usize::from(inside.height), FORM.len())]
        .iter()
        .enumerate()
    {
        let y = u16::try_from(n).unwrap_or(u16::MAX);
        let selected = cursor.offset + n == cursor.selected;
        let base = if selected {
            t.selection(focused)
        } else {
            Style::new()
        };
        let spans = match *row {
            FormRow::Heading(part) => vec![Span::styled((ps.part)(part), t.heading)],
            FormRow::Field(Field::Run) => {
                let style = if selected { base } else { t.key };
                vec![Span::styled(format!(" {} ", (ps.field)(Field::Run)), style)]
            }
            FormRow::Field(field) => {
                let label = fit((ps.field)(field), labels.saturating_sub(3)).into_owned();
                let gap = " ".repeat(labels.saturating_sub(width(&label) + 2));
                let mut spans = vec![Span::styled(format!("  {label}{gap}"), base.patch(t.label))];
                let value = field_value(state, &planner.draft, field);
                let set = value.is_some();
                // One start or the other: the one not taken says nothing.
                let other_set = match field {
                    Field::From => !planner.draft.holding.is_empty(),
                    Field::Holding => planner.draft.from.is_some(),
                    _ => false,
                };
                let shown = value.unwrap_or_else(|| {
                    super::words::keyed(state, if other_set { s.none } else { (ps.unset)(field) })
                });
                let value_style = if set { base } else { base.patch(t.muted) };
                if field.cycles() && selected && focused {
                    spans.push(Span::styled("◂ ", base.patch(t.key)));
                    spans.push(Span::styled(shown, value_style));
                    spans.push(Span::styled(" ▸", base.patch(t.key)));
                } else {
                    spans.push(Span::styled(shown, value_style));
                }
                spans
            }
        };
        let line = Line::from(fit_spans(spans, w));
        draw_row(frame, inside, y, &line, selected.then_some(base));
    }
}
