//! The detail pane: everything an offer says about itself, with the next
//! session after today marked.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use crate::model::OfferIx;
use crate::tui::app::{AppState, Pane};
use crate::tui::i18n::Strings;
use crate::tui::text::{fit_spans, sanitize, width, wrap};
use crate::tui::theme::Theme;

use super::{draw_pane, draw_scrolled, labelled, vocab};

/// Lines under a label column, values wrapped to the room left.
struct Lines<'a> {
    out: Vec<Line<'a>>,
    label_width: usize,
    value_width: usize,
    theme: &'a Theme,
}

impl<'a> Lines<'a> {
    /// A value wrapped over as many lines as it needs.
    fn text(&mut self, label: &str, value: &str, style: Style) {
        for (i, part) in wrap(value, self.value_width).into_iter().enumerate() {
            let label = if i == 0 { label } else { "" };
            let line = labelled(
                label,
                self.label_width,
                vec![Span::styled(part, style)],
                self.theme,
            );
            self.out.push(line);
        }
    }

    /// Several values under one label, each wrapped.
    fn items(&mut self, label: &str, values: impl IntoIterator<Item = String>, style: Style) {
        for (i, value) in values.into_iter().enumerate() {
            self.text(if i == 0 { label } else { "" }, &value, style);
        }
    }

    /// Styled spans, going on to the next line between spans when they do
    /// not fit; a span too long for a line is cut.
    fn spans(&mut self, label: &str, spans: Vec<Span<'a>>) {
        let mut line: Vec<Span<'a>> = Vec::new();
        let mut used = 0;
        let mut label = label;
        for span in spans {
            let mut span = span;
            if used > 0 && used + span.width() > self.value_width {
                let full = std::mem::take(&mut line);
                self.out
                    .push(labelled(label, self.label_width, full, self.theme));
                label = "";
                span.content = span.content.trim_start().to_owned().into();
                used = 0;
            }
            used += span.width();
            line.push(span);
        }
        let line = fit_spans(line, self.value_width);
        self.out
            .push(labelled(label, self.label_width, line, self.theme));
    }
}

/// The labels of the detail, to size their column.
fn labels(s: &Strings) -> [&'static str; 17] {
    [
        s.body,
        s.centre,
        s.sector,
        s.level,
        s.duration,
        s.modality_label,
        s.languages,
        s.audiences,
        s.cost,
        s.certification,
        s.badge,
        s.sessions,
        s.requires,
        s.grants,
        s.prepares,
        s.description,
        s.source,
    ]
}

/// Every line of an offer's detail at a width.
pub fn lines(state: &AppState, offer: OfferIx, total: usize) -> Vec<Line<'_>> {
    let s = state.strings;
    let t = &state.theme;
    let cat = &state.data.cat;
    let o = cat.offer(offer);
    let label_width = labels(s).iter().map(|l| width(l)).max().unwrap_or(0) + 1;
    let label_width = label_width.min(total / 3);
    let mut view = Lines {
        out: Vec::new(),
        label_width,
        value_width: total.saturating_sub(label_width).max(1),
        theme: t,
    };
    for part in wrap(&sanitize(&o.title), total.max(1)) {
        view.out.push(Line::styled(part, t.heading));
    }
    view.out
        .push(Line::styled(sanitize(&o.id).into_owned(), t.muted));
    let provider = cat.provider(o.provider);
    view.text(s.body, &sanitize(&provider.name), Style::new());
    let place = match o.centre {
        Some(centre) => {
            let centre = cat.centre(centre);
            let country = cat.offer_country(offer);
            let country = vocab(s.country_name, country);
            match &centre.region {
                Some(region) => format!("{}, {} ({region}, {country})", centre.name, centre.city),
                None => format!("{}, {} ({country})", centre.name, centre.city),
            }
        }
        None => s.distance_learning.to_owned(),
    };
    view.text(s.centre, &sanitize(&place), Style::new());
    if let Some(sector) = &o.sector {
        view.text(s.sector, &vocab(s.sector_name, sector), Style::new());
    }
    if let Some(level) = o.level {
        view.text(s.level, &(s.level_text)(level), Style::new());
    }
    view.text(
        s.duration,
        &(s.duration_text)(&(s.hours)(o.hours), o.weeks),
        Style::new(),
    );
    view.text(s.modality_label, (s.modality)(o.modality()), Style::new());
    let list = |names: fn(&str) -> Option<&'static str>, values: &[String]| {
        values
            .iter()
            .map(|v| vocab(names, v))
            .collect::<Vec<_>>()
            .join(", ")
    };
    if !o.languages.is_empty() {
        view.text(
            s.languages,
            &list(s.language_name, &o.languages),
            Style::new(),
        );
    }
    if !o.audiences.is_empty() {
        view.text(
            s.audiences,
            &list(s.audience_name, &o.audiences),
            Style::new(),
        );
    }
    view.text(s.cost, &(s.euros)(o.cost()), Style::new());
    if let Some(cert) = &o.certification {
        let parts: Vec<&str> = [cert.title.as_deref(), cert.code.as_deref()]
            .into_iter()
            .flatten()
            .collect();
        view.text(s.certification, &sanitize(&parts.join(" — ")), Style::new());
    }
    if let Some(badge) = &o.badge {
        view.text(s.badge, &sanitize(badge), Style::new());
    }
    sessions(&mut view, state, offer);
    competences(&mut view, state, offer);
    if let Some(description) = &o.description {
        for (i, paragraph) in description.lines().enumerate() {
            view.text(
                if i == 0 { s.description } else { "" },
                &sanitize(paragraph),
                Style::new(),
            );
        }
    }
    if let Some(url) = &o.url {
        view.text(s.url, &sanitize(url), t.muted);
    }
    view.text(s.source, &sanitize(&cat.place(o.origin)), t.muted);
    view.out
}

fn sessions<'a>(view: &mut Lines<'a>, state: &'a AppState, offer: OfferIx) {
    let s = state.strings;
    let t = &state.theme;
    let o = state.data.cat.offer(offer);
    if o.sessions.is_empty() {
        view.text(s.sessions, s.open_entry, Style::new());
        return;
    }
    let next = o.sessions.iter().position(|x| x.start > state.today);
    for (i, session) in o.sessions.iter().enumerate() {
        let text = (s.session)(&(s.date)(session.start), &(s.date)(session.end));
        let mut spans = Vec::new();
        if Some(i) == next {
            spans.push(Span::styled(text, t.next));
            spans.push(Span::styled(format!("  ◀ {}", s.next_session), t.next));
        } else if session.end < state.today {
            spans.push(Span::styled(text, t.past));
            spans.push(Span::styled(format!("  ({})", s.past_session), t.past));
        } else {
            spans.push(Span::raw(text));
        }
        view.spans(if i == 0 { s.sessions } else { "" }, spans);
    }
}

fn competences(view: &mut Lines<'_>, state: &AppState, offer: OfferIx) {
    let s = state.strings;
    let cat = &state.data.cat;
    let o = cat.offer(offer);
    for (label, list) in [(s.requires, &o.requires), (s.grants, &o.grants)] {
        if list.is_empty() {
            view.text(label, s.none, Style::new());
        }
        let labels = list
            .iter()
            .map(|c| sanitize(&cat.competence(*c).label).into_owned());
        view.items(label, labels, Style::new());
    }
    let occupations = o.prepares.iter().map(|x| {
        let x = cat.occupation(*x);
        match &x.rome {
            Some(rome) => format!("{} (ROME {})", sanitize(&x.label), sanitize(rome)),
            None => sanitize(&x.label).into_owned(),
        }
    });
    if o.prepares.is_empty() {
        view.text(s.prepares, s.none, Style::new());
    }
    view.items(s.prepares, occupations, Style::new());
}

/// How many lines the detail of the offer shown takes at a width.
pub fn line_count(state: &AppState, width: usize) -> usize {
    state
        .catalogue
        .current()
        .map_or(0, |o| lines(state, o, width).len())
}

pub fn render(frame: &mut Frame<'_>, state: &AppState, area: Rect) {
    let c = &state.catalogue;
    let t = &state.theme;
    let focused = c.focus == Pane::Detail && state.popups.is_empty();
    let inside = draw_pane(frame, area, state.strings.detail, focused, t);
    let Some(offer) = c.current() else {
        return;
    };
    let all = lines(state, offer, usize::from(inside.width));
    draw_scrolled(frame, inside, &all, c.detail_scroll);
}
