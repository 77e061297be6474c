//! The filter menu: each kind of filter and its values, checked when on;
//! the list behind it follows every change.

use ratatui::Frame;
use ratatui::text::{Line, Span};

use crate::tui::app::filters::FilterRow;
use crate::tui::app::{AppState, Cursor};
use crate::tui::layout;
use crate::tui::text::{fit_spans, sanitize};

use super::{draw_popup, draw_row, vocab};

pub fn render(frame: &mut Frame<'_>, state: &AppState, cursor: Cursor) {
    let s = state.strings;
    let t = &state.theme;
    let c = &state.catalogue;
    let area = layout::filters(frame.area());
    let heading = format!(
        "{} · {}",
        s.filters,
        (s.shown_of)(c.shown.len(), state.data.cat.offers.len())
    );
    let inside = draw_popup(frame, area, &heading, t);
    let rows = &state.data.filter_rows;
    for (n, row) in rows[cursor.window(usize::from(inside.height), rows.len())]
        .iter()
        .enumerate()
    {
        let selected = cursor.offset + n == cursor.selected;
        let mut spans = line(state, row);
        if selected {
            spans = spans
                .into_iter()
                .map(|s| s.patch_style(t.selected))
                .collect();
        }
        let y = u16::try_from(n).unwrap_or(u16::MAX);
        let spans = fit_spans(spans, usize::from(inside.width));
        draw_row(
            frame,
            inside,
            y,
            &Line::from(spans),
            selected.then_some(t.selected),
        );
    }
}

fn line<'a>(state: &'a AppState, row: &FilterRow) -> Vec<Span<'a>> {
    let s = state.strings;
    let t = &state.theme;
    let data = &state.data;
    let f = &state.catalogue.filters;
    let choices = &data.choices;
    let check = if f.is_on(choices, row) {
        "[x] "
    } else {
        "[ ] "
    };
    let value = match row {
        FilterRow::Heading(category) => {
            return vec![Span::styled(
                s.filter_categories[category.index()],
                t.heading,
            )];
        }
        FilterRow::LevelMin | FilterRow::LevelMax => {
            let level = if *row == FilterRow::LevelMin {
                f.levels.0
            } else {
                f.levels.1
            };
            return vec![
                Span::raw("  "),
                Span::styled("◂ ", t.key),
                Span::raw(level.to_string()),
                Span::styled(" ▸", t.key),
            ];
        }
        FilterRow::Body(b) => sanitize(&data.cat.provider(*b).name),
        FilterRow::Sector(i) => vocab(s.sector_name, &choices.sectors[*i]),
        FilterRow::Modality(m) => (s.modality)(*m).into(),
        FilterRow::Audience(i) => vocab(s.audience_name, &choices.audiences[*i]),
        FilterRow::Country(i) => vocab(s.country_name, &choices.countries[*i]),
        FilterRow::Language(i) => vocab(s.language_name, &choices.languages[*i]),
    };
    vec![
        Span::raw("  "),
        Span::styled(check, t.key),
        Span::raw(value),
    ]
}
