//! The bodies and agreements screen: the bodies with their centres and
//! offers, the agreements with their parties and the links they back.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use crate::tui::app::rows::{Fact, Row};
use crate::tui::app::{AppState, BodiesPane, Cursor, Shown};
use crate::tui::layout;
use crate::tui::text::{fit, fit_spans, pad, sanitize, width};

use super::passerelles::heading_line;
use super::{draw_line, draw_pane, draw_row, labelled, vocab};

pub fn render(frame: &mut Frame<'_>, state: &AppState, body: Rect) {
    let l = layout::bodies(body);
    render_bodies(frame, state, l.bodies);
    render_agreements(frame, state, l.agreements);
    render_detail(frame, state, l.detail);
}

fn focused(state: &AppState, pane: BodiesPane) -> bool {
    state.bodies.focus == pane && state.popups.is_empty()
}

/// Draws rows `cursor.offset..` of a list, one line each, the selection
/// marked.
fn list<'a>(
    frame: &mut Frame<'_>,
    state: &AppState,
    area: Rect,
    cursor: Cursor,
    focused: bool,
    lines: impl Iterator<Item = (bool, Line<'a>)>,
) {
    let inside = layout::inner(area);
    for (n, (selectable, line)) in lines
        .skip(cursor.offset)
        .take(usize::from(inside.height))
        .enumerate()
    {
        let y = u16::try_from(n).unwrap_or(u16::MAX);
        if selectable && cursor.offset + n == cursor.selected {
            let style = state.theme.selection(focused);
            draw_row(frame, inside, y, &line.patch_style(style), Some(style));
        } else {
            draw_line(frame, inside, y, &line);
        }
    }
}

/// A name and a figure at the right edge.
fn named_figure<'a>(name: &str, figure: String, w: usize, muted: Style) -> Line<'a> {
    let room = w.saturating_sub(width(&figure) + 1);
    let name = fit(name, room).into_owned();
    let used = width(&name);
    Line::from(vec![
        Span::raw(name),
        pad(used, room + 1),
        Span::styled(figure, muted),
    ])
}

fn render_bodies(frame: &mut Frame<'_>, state: &AppState, area: Rect) {
    let s = state.strings;
    let t = &state.theme;
    let data = &state.data;
    let focus = focused(state, BodiesPane::Bodies);
    let heading = format!("{} ({})", s.bodies, data.bodies_order.len());
    let w = usize::from(draw_pane(frame, area, &heading, focus, t).width);
    let lines = data.bodies_order.iter().map(|&b| {
        let p = data.cat.provider(b);
        let figure = format!("{} · {}", p.country, data.offers_by_body[b.index()].len());
        (
            true,
            named_figure(
                &sanitize(&p.name),
                sanitize(&figure).into_owned(),
                w,
                t.muted,
            ),
        )
    });
    list(frame, state, area, state.bodies.bodies, focus, lines);
}

fn render_agreements(frame: &mut Frame<'_>, state: &AppState, area: Rect) {
    let s = state.strings;
    let t = &state.theme;
    let data = &state.data;
    let focus = focused(state, BodiesPane::Agreements);
    let heading = format!("{} ({})", s.agreements, data.agreements_order.len());
    let w = usize::from(draw_pane(frame, area, &heading, focus, t).width);
    let lines = data.agreements_order.iter().map(|&a| {
        let figure = data.backed[a.index()].len().to_string();
        (
            true,
            named_figure(&sanitize(&data.cat.agreement(a).title), figure, w, t.muted),
        )
    });
    list(frame, state, area, state.bodies.agreements, focus, lines);
}

fn render_detail(frame: &mut Frame<'_>, state: &AppState, area: Rect) {
    let t = &state.theme;
    let cat = &state.data.cat;
    let b = &state.bodies;
    let focus = focused(state, BodiesPane::Detail);
    let name = match b.shown {
        Some(Shown::Body(p)) => sanitize(&cat.provider(p).name),
        Some(Shown::Agreement(a)) => sanitize(&cat.agreement(a).title),
        None => "".into(),
    };
    let w = usize::from(draw_pane(frame, area, &name, focus, t).width);
    let lines = b
        .rows
        .iter()
        .map(|row| (row.selectable(), detail_line(state, row, w)));
    list(frame, state, area, b.detail, focus, lines);
}

/// The label column of facts.
const LABEL: usize = 12;

fn detail_line<'a>(state: &'a AppState, row: &Row, w: usize) -> Line<'a> {
    let s = state.strings;
    let t = &state.theme;
    let data = &state.data;
    let cat = &data.cat;
    let line = match *row {
        Row::Heading(section, count) => heading_line(state, section, count),
        Row::Empty => Line::styled(format!("  {}", s.none), t.muted),
        Row::Fact(fact) => return fact_line(state, fact, w),
        Row::Centre(c) => {
            let c = cat.centre(c);
            let region = c
                .region
                .as_deref()
                .map_or(String::new(), |r| format!(" ({})", sanitize(r)));
            Line::from(vec![
                Span::raw(format!("  {}", sanitize(&c.name))),
                Span::styled(format!(" — {}{region}", sanitize(&c.city)), t.muted),
            ])
        }
        Row::Offer(o) => {
            let offer = cat.offer(o);
            let city = data.city(o).unwrap_or(s.distance);
            let figure = format!("{} · {}", sanitize(city), (s.hours_unit)(offer.hours));
            let mut line = named_figure(
                &sanitize(&offer.title),
                figure,
                w.saturating_sub(2),
                t.muted,
            );
            line.spans.insert(0, Span::raw("  "));
            line
        }
        Row::Agreement(a) => Line::raw(format!("  {}", sanitize(&cat.agreement(a).title))),
        Row::Party(p) => {
            let p = cat.provider(p);
            Line::from(vec![
                Span::raw(format!("  {}", sanitize(&p.name))),
                Span::styled(format!(" ({})", sanitize(&p.country)), t.muted),
            ])
        }
        Row::Backed(i) => {
            let link = &cat.links[i as usize];
            let kind = (s.link_kind)(link.kind);
            Line::from(vec![
                Span::raw(format!("  {}", sanitize(&cat.offer(link.from).title))),
                Span::styled(" → ", t.muted),
                Span::raw(sanitize(&cat.offer(link.to).title).into_owned()),
                Span::styled(format!(" · {kind}"), t.link_kind(Some(link.kind))),
            ])
        }
        Row::Blank | Row::More(_) | Row::Link { .. } | Row::Reached(..) => Line::default(),
    };
    Line::from(fit_spans(line.spans, w))
}

fn fact_line(state: &AppState, fact: Fact, w: usize) -> Line<'_> {
    let s = state.strings;
    let t = &state.theme;
    let cat = &state.data.cat;
    let (label, value) = match fact {
        Fact::BodyKind(p) => (
            s.kind,
            cat.provider(p)
                .kind
                .as_deref()
                .map_or_else(|| s.none.to_owned(), |k| vocab(s.body_kind, k).into_owned()),
        ),
        Fact::BodyCountry(p) => {
            let code = &cat.provider(p).country;
            (
                s.country,
                format!("{} ({})", vocab(s.country_name, code), sanitize(code)),
            )
        }
        Fact::BodyRegion(p) => (
            s.region,
            sanitize(cat.provider(p).region.as_deref().unwrap_or("")).into_owned(),
        ),
        Fact::BodyUrl(p) => (
            s.url,
            sanitize(cat.provider(p).url.as_deref().unwrap_or("")).into_owned(),
        ),
        Fact::Programme(a) => (
            s.programme,
            sanitize(cat.agreement(a).programme.as_deref().unwrap_or("")).into_owned(),
        ),
        Fact::Dates(a) => {
            let a = cat.agreement(a);
            let date = |d: Option<crate::model::Date>| d.map_or_else(|| s.none.to_owned(), s.date);
            (
                s.signed,
                format!(
                    "{} · {}{}{}",
                    date(a.signed),
                    s.until,
                    s.colon,
                    date(a.until)
                ),
            )
        }
        Fact::Note(a) => (
            s.note,
            sanitize(cat.agreement(a).note.as_deref().unwrap_or("")).into_owned(),
        ),
        Fact::AgreementUrl(a) => (
            s.url,
            sanitize(cat.agreement(a).url.as_deref().unwrap_or("")).into_owned(),
        ),
    };
    let value = fit(&value, w.saturating_sub(LABEL)).into_owned();
    labelled(label, LABEL, vec![Span::raw(value)], t)
}
