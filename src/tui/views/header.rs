//! The header: the catalogue and its counts, then the search, the active
//! filters and the sort; and the tab line.

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};

use crate::tui::app::filters::{Filters, LEVELS};
use crate::tui::app::{AppState, CatalogueName, Screen};
use crate::tui::i18n::Strings;
use crate::tui::layout;
use crate::tui::text::{fit, fit_spans, sanitize, width};

use super::{draw_line, vocab};

pub fn render(frame: &mut Frame<'_>, state: &AppState, area: Rect) {
    let s = state.strings;
    let t = &state.theme;
    let cat = &state.data.cat;
    let name = match &state.data.name {
        CatalogueName::Sample => s.sample_name.into(),
        CatalogueName::Path(p) => sanitize(p),
    };
    let left = vec![
        Span::styled(" parcours", t.brand),
        Span::styled(" · ", t.muted),
        Span::raw(name),
    ];
    let counts = (s.counts)(
        cat.offers.len(),
        cat.providers.len(),
        cat.links.len(),
        cat.agreements.len(),
    );
    // Unsaved changes, and a check under way, are marked first: they
    // matter more than the counts, which give way to them.
    let mut marks = Vec::new();
    let session = &state.edit.session;
    if session.is_dirty() {
        marks.push(Span::styled(
            format!(" {}", (s.edit.unsaved)(session.status.dirty.len())),
            t.warning,
        ));
    }
    if session.is_away() {
        marks.push(Span::styled(format!(" {}", s.edit.checking), t.muted));
    }
    let marked: usize = marks.iter().map(Span::width).sum();
    let used: usize = left.iter().map(Span::width).sum::<usize>() + marked;
    let room = usize::from(area.width).saturating_sub(used + 4);
    // Counts drop from the end, whole, when they do not fit.
    let mut shown = String::new();
    for part in counts {
        let next = if shown.is_empty() {
            part
        } else {
            format!("{shown} · {part}")
        };
        if width(&next) > room {
            break;
        }
        shown = next;
    }
    let mut line1 = fit_spans(left, usize::from(area.width).saturating_sub(marked));
    let used: usize = line1.iter().map(Span::width).sum();
    if !shown.is_empty() {
        let pad = usize::from(area.width).saturating_sub(used + width(&shown) + 1 + marked);
        line1.push(Span::raw(" ".repeat(pad)));
        line1.push(Span::styled(shown, t.muted));
    } else if marked > 0 {
        let pad = usize::from(area.width).saturating_sub(used + marked + 1);
        line1.push(Span::raw(" ".repeat(pad)));
    }
    line1.extend(marks);
    draw_line(frame, area, 0, &Line::from(line1));
    render_status(frame, state, area);
}

/// The second line: search, filters, sort, how many offers are listed.
fn render_status(frame: &mut Frame<'_>, state: &AppState, area: Rect) {
    let s = state.strings;
    let t = &state.theme;
    let c = &state.catalogue;
    let mut spans = vec![Span::raw(" ")];
    let mut cursor = None;
    if c.editing || !c.query.is_empty() {
        spans.push(Span::styled(format!("{}{}", s.search, s.colon), t.label));
        let query = sanitize(&c.query).into_owned();
        let before: usize = spans.iter().map(Span::width).sum();
        let input = if c.editing { t.input } else { t.key };
        spans.push(Span::styled(query.clone(), input));
        if c.editing && state.popups.is_empty() {
            let x = before + width(&query);
            cursor = u16::try_from(x)
                .ok()
                .map(|x| Position::new(area.x + x, area.y + 1));
        }
        spans.push(Span::styled(" · ", t.muted));
    }
    spans.push(Span::styled(format!("{}{}", s.filters, s.colon), t.label));
    spans.push(Span::raw(filters_summary(state, &c.filters)));
    spans.push(Span::styled(" · ", t.muted));
    spans.push(Span::styled(format!("{}{}", s.sort, s.colon), t.label));
    let arrow = if c.descending { "▼" } else { "▲" };
    spans.push(Span::raw(format!(
        "{} {arrow}",
        s.sort_keys[c.sort.index()]
    )));
    let spans = fit_spans(spans, usize::from(area.width));
    draw_line(frame, area, 1, &Line::from(spans));
    if let Some(at) = cursor.filter(|p| p.x < area.right()) {
        frame.set_cursor_position(at);
    }
}

/// The active filters in a few words: "Afpa, Le Forem · logistique ·
/// niveaux 3–5".
pub fn filters_summary(state: &AppState, f: &Filters) -> String {
    let s: &Strings = state.strings;
    if f.is_empty() {
        return s.no_filter.to_owned();
    }
    let data = &state.data;
    let mut parts: Vec<String> = Vec::new();
    let mut bodies: Vec<&str> = data
        .choices
        .bodies
        .iter()
        .filter(|b| f.bodies.contains(b))
        .map(|b| data.short_names[b.index()].as_str())
        .collect();
    bodies.dedup();
    let join = |items: Vec<std::borrow::Cow<'_, str>>| -> String { items.join(", ") };
    if !bodies.is_empty() {
        parts.push(join(bodies.into_iter().map(sanitize).collect()));
    }
    if !f.sectors.is_empty() {
        parts.push(join(
            f.sectors.iter().map(|x| vocab(s.sector_name, x)).collect(),
        ));
    }
    if f.levels != LEVELS {
        parts.push((s.levels)(f.levels.0, f.levels.1));
    }
    if !f.modalities.is_empty() {
        parts.push(join(
            f.modalities
                .iter()
                .map(|m| (s.modality)(*m).into())
                .collect(),
        ));
    }
    for (set, names) in [
        (&f.audiences, s.audience_name),
        (&f.countries, s.country_name),
        (&f.languages, s.language_name),
    ] {
        if !set.is_empty() {
            parts.push(join(set.iter().map(|x| vocab(names, x)).collect()));
        }
    }
    parts.join(" · ")
}

/// The tab line: " 1 Catalogue " and so on, the current one marked.
pub fn render_tabs(frame: &mut Frame<'_>, state: &AppState, area: Rect) {
    let s = state.strings;
    let t = &state.theme;
    let widths: Vec<u16> = s
        .tabs
        .iter()
        .map(|l| u16::try_from(width(l)).unwrap_or(u16::MAX))
        .collect();
    let places = layout::tabs(area, &widths);
    for (i, (label, place)) in s.tabs.iter().zip(places).enumerate() {
        let style = if Screen::ALL[i] == state.screen {
            t.tab_active
        } else {
            t.tab
        };
        let text = format!(" {} {label} ", i + 1);
        let line = Line::from(Span::styled(
            fit(&text, usize::from(place.width)).into_owned(),
            style,
        ));
        frame
            .buffer_mut()
            .set_line(place.x, place.y, &line, place.width);
        if i + 1 < s.tabs.len() && place.right() < area.right() {
            frame
                .buffer_mut()
                .set_line(place.right(), place.y, &Line::styled("│", t.muted), 1);
        }
    }
}
