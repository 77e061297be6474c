//! The picker: the words typed, the kinds of goal to choose between, and
//! the items found, ticked when chosen.

use ratatui::Frame;
use ratatui::style::Style;
use ratatui::text::Line;

use crate::tui::app::AppState;
use crate::tui::app::planner::{PickKind, PickerState};
use crate::tui::layout;
use crate::tui::text::{sanitize, width};
use crate::tui::views::{draw_line, draw_popup, draw_row, finder, vocab};

use super::words::capital;

/// An item as the list shows it: its main text and, muted, what tells it
/// apart.
pub fn item(state: &AppState, kind: PickKind, at: u32) -> (String, String) {
    let s = state.strings;
    let data = &state.data;
    let cat = &data.cat;
    let i = at as usize;
    let choices = &data.choices;
    match kind {
        PickKind::Offer => {
            let o = crate::model::OfferIx::new(i);
            (
                sanitize(&cat.offer(o).title).into_owned(),
                format!(
                    "{} · {}",
                    sanitize(data.short_body(o)),
                    sanitize(data.city(o).unwrap_or(s.distance))
                ),
            )
        }
        PickKind::Occupation => {
            let o = &cat.occupations[i];
            (
                sanitize(&o.label).into_owned(),
                sanitize(o.rome.as_deref().unwrap_or("")).into_owned(),
            )
        }
        PickKind::Competence => (
            sanitize(&cat.competences[i].label).into_owned(),
            String::new(),
        ),
        PickKind::Body => {
            let body = &cat.providers[i];
            (
                sanitize(&body.name).into_owned(),
                vocab(s.country_name, &body.country).into_owned(),
            )
        }
        PickKind::Modality => (
            (s.modality)(choices.modalities[i]).to_owned(),
            String::new(),
        ),
        PickKind::Audience => (
            vocab(s.audience_name, &choices.audiences[i]).into_owned(),
            String::new(),
        ),
        PickKind::Country => (
            vocab(s.country_name, &choices.countries[i]).into_owned(),
            sanitize(&choices.countries[i]).into_owned(),
        ),
        PickKind::Language => (
            vocab(s.language_name, &choices.languages[i]).into_owned(),
            sanitize(&choices.languages[i]).into_owned(),
        ),
    }
}

pub fn render(frame: &mut Frame<'_>, state: &AppState) {
    let Some(picker) = &state.planner.picker else {
        return;
    };
    let s = state.strings;
    let ps = s.planner;
    let t = &state.theme;
    let area = layout::picker(frame.area());
    let mut heading = (ps.picker_title)(picker.purpose).to_owned();
    if picker.purpose.multi() {
        heading = format!("{heading} · {}", (ps.ticked)(picker.marked.len()));
    }
    let inside = draw_popup(frame, area, &heading, t);
    let mut y = 0;
    if picker.purpose.kinds().len() > 1 {
        let tabs = picker
            .purpose
            .kinds()
            .iter()
            .map(|kind| (capital((ps.kind)(*kind)), *kind == picker.kind));
        finder::draw_kinds(frame, inside, y, tabs, t);
        y += 1;
    }
    let label = format!("{}{}", ps.find, s.colon);
    let count = (s.shown_of)(picker.shown.len(), picker.total());
    let query = finder::Query {
        label: &label,
        words: &picker.query,
        count: &count,
    };
    finder::draw_query(frame, inside, y, &query, t);
    render_list(frame, state, picker);
}

/// The column for what tells items apart (with its two columns of gap),
/// the same width on every row, at most two fifths of the row: as wide
/// as the widest listed (occupations' codes, bodies' countries, …), or
/// for courses, which may be a hundred thousand, the most it may be
/// (their body and city are long anyway). None when nothing tells the
/// items apart.
fn detail_width(state: &AppState, picker: &PickerState, room: usize) -> usize {
    let most = (room * 2 / 5).min(36);
    if picker.kind == PickKind::Offer {
        return most;
    }
    let widest = picker
        .shown
        .iter()
        .map(|&at| width(&item(state, picker.kind, at).1))
        .max()
        .unwrap_or(0);
    if widest == 0 {
        0
    } else {
        (widest + 2).min(most)
    }
}

/// The items found, the one selected marked, ticks for several.
fn render_list(frame: &mut Frame<'_>, state: &AppState, picker: &PickerState) {
    let ps = state.strings.planner;
    let t = &state.theme;
    let room = usize::from(layout::inner(layout::picker(frame.area())).width);
    let list = layout::picker_list(frame.area(), picker);
    if picker.shown.is_empty() {
        draw_line(
            frame,
            list,
            0,
            &Line::styled(
                format!(" {}", super::words::keyed(state, ps.nothing_found)),
                t.muted,
            ),
        );
        return;
    }
    let cursor = picker.cursor;
    let detail_width = detail_width(state, picker, room);
    let window = cursor.window(usize::from(list.height), picker.shown.len());
    for (n, &at) in picker.shown[window].iter().enumerate() {
        let selected = cursor.offset + n == cursor.selected;
        let base = if selected { t.selected } else { Style::new() };
        let row = u16::try_from(n).unwrap_or(u16::MAX);
        let (main, detail) = item(state, picker.kind, at);
        let line = finder::item_line(
            picker.purpose.multi().then(|| picker.marked.contains(&at)),
            (&main, &detail),
            (room, detail_width),
            base,
            t,
        );
        draw_row(frame, list, row, &line, selected.then_some(base));
    }
}
