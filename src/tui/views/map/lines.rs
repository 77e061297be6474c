//! The map view's words: its title, the line about what is selected, the
//! places off the map with the legend, and the rows of its list.

use std::collections::BTreeSet;

use ratatui::style::Style;
use ratatui::text::{Line, Span};

use crate::tui::app::map::{MapList, MapStep};
use crate::tui::app::{AppState, MapState};
use crate::tui::text::{fit, fit_spans, sanitize, width};

/// The pane's title: the map of an offer, of a pathway, or of the
/// catalogue.
pub fn title(state: &AppState, m: &MapState) -> String {
    let s = state.strings.pictures;
    match (&m.list, m.offer) {
        (MapList::Steps(steps), _) => (s.map_route)(steps.len()),
        (MapList::Places(_), Some(offer)) => {
            (s.map_of)(&sanitize(&state.data.cat.offer(offer).title))
        }
        (MapList::Places(_), None) => s.map_title.to_owned(),
    }
}

/// The bodies teaching at a place, by their short names.
fn bodies(state: &AppState, m: &MapState, place: usize) -> String {
    let names: BTreeSet<String> = m.places.places[place]
        .centres
        .iter()
        .map(|&c| {
            let provider = state.data.cat.centre(c).provider;
            sanitize(&state.data.short_names[provider.index()]).into_owned()
        })
        .collect();
    names.into_iter().collect::<Vec<_>>().join(", ")
}

/// A step of the pathway: its number, title, body and town.
fn step_spans(state: &AppState, m: &MapState, i: usize, step: &MapStep) -> Vec<Span<'static>> {
    let s = state.strings.pictures;
    let t = &state.theme;
    let data = &state.data;
    let town = step.place.map_or_else(
        || state.strings.distance_learning.to_owned(),
        |p| sanitize(&m.places.places[p].city).into_owned(),
    );
    // What the step crosses first, so that a narrow line keeps it.
    let mut spans = vec![Span::styled(format!("{}. ", i + 1), t.key)];
    if step.crosses {
        spans.push(Span::styled(format!("⇄ {} · ", s.crosses), t.warning));
    }
    if step.seam {
        spans.push(Span::styled(format!("⚠ {} · ", s.seam), t.warning));
    }
    spans.extend([
        Span::styled(
            sanitize(&data.cat.offer(step.offer).title).into_owned(),
            Style::new().bold(),
        ),
        Span::styled(
            format!(" · {} · {town}", sanitize(data.short_body(step.offer))),
            t.muted,
        ),
    ]);
    spans
}

/// The first line under the map: the place or step selected.
pub fn selected(state: &AppState, m: &MapState, room: usize) -> Line<'static> {
    let s = state.strings.pictures;
    let t = &state.theme;
    let spans = match &m.list {
        MapList::Steps(steps) => match steps.get(m.cursor.selected) {
            Some(step) => step_spans(state, m, m.cursor.selected, step),
            None => vec![Span::styled(state.strings.none, t.muted)],
        },
        MapList::Places(_) => {
            let at_distance = m
                .offer
                .filter(|&o| state.data.cat.offer(o).centre.is_none());
            match (at_distance, m.selected_place()) {
                (Some(o), _) => vec![
                    Span::styled("▸ ", t.key),
                    Span::styled(
                        sanitize(&state.data.cat.offer(o).title).into_owned(),
                        Style::new().bold(),
                    ),
                    Span::styled(format!(" · {}", s.no_place), t.muted),
                ],
                (None, Some(p)) => {
                    let place = &m.places.places[p];
                    vec![
                        Span::styled("◉ ", t.selected),
                        Span::styled(
                            format!("{} ({})", sanitize(&place.city), sanitize(&place.country)),
                            Style::new().bold(),
                        ),
                        Span::raw(format!(" · {}", (s.offers_at)(place.offers))),
                        Span::styled(format!(" · {}", bodies(state, m, p)), t.muted),
                    ]
                }
                (None, None) => vec![Span::styled(state.strings.none, t.muted)],
            }
        }
    };
    Line::from(fit_spans(spans, room))
}

/// The second line: the places off the map, then what the marks mean.
pub fn footnote(state: &AppState, m: &MapState, room: usize) -> Line<'static> {
    let s = state.strings.pictures;
    let t = &state.theme;
    let mut spans = match &m.list {
        MapList::Steps(_) => vec![
            Span::styled("━ ", t.brand),
            Span::raw(format!("{}  ", s.route_step)),
            Span::styled("⇄ ", t.warning),
            Span::raw(format!("{}  ", s.crosses)),
        ],
        MapList::Places(_) => vec![
            Span::styled("● ", t.heading),
            Span::raw(format!("{}  ", s.offers_here)),
        ],
    };
    spans.push(Span::styled("◉ ", t.selected));
    spans.push(Span::raw(s.selection));
    let far: Vec<String> = (0..m.places.places.len())
        .filter(|&p| !m.places.on_map(p))
        .map(|p| {
            let place = &m.places.places[p];
            format!(
                "{} ({}) {}",
                sanitize(&place.city),
                sanitize(&place.country),
                place.offers
            )
        })
        .collect();
    if !far.is_empty() {
        let legend = spans.iter().map(|s| width(&s.content)).sum::<usize>();
        let text = format!("{}{}{} · ", s.far, state.strings.colon, far.join(", "));
        let text = fit(&text, room.saturating_sub(legend)).into_owned();
        spans.insert(0, Span::styled(text, t.muted));
    }
    Line::from(fit_spans(spans, room))
}

/// A row of the list beside the map.
pub fn row(state: &AppState, m: &MapState, i: usize, room: usize) -> Line<'static> {
    let s = state.strings.pictures;
    let t = &state.theme;
    match &m.list {
        MapList::Places(order) => {
            let place = &m.places.places[order[i]];
            let count = (s.offers_at)(place.offers);
            let name = format!("{} ({})", sanitize(&place.city), sanitize(&place.country));
            let name = fit(&name, room.saturating_sub(width(&count) + 1)).into_owned();
            let pad = room.saturating_sub(width(&name) + width(&count));
            let style = if m.places.on_map(order[i]) {
                Style::new()
            } else {
                t.muted
            };
            Line::from(vec![
                Span::styled(name, style),
                Span::raw(" ".repeat(pad)),
                Span::styled(count, t.muted),
            ])
        }
        MapList::Steps(steps) => Line::from(fit_spans(step_spans(state, m, i, &steps[i]), room)),
    }
}
