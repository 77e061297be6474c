//! The catalogue screen: the way followed, the offer list, the detail and
//! the passerelles, as the layout places them.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use crate::tui::app::AppState;
use crate::tui::layout;
use crate::tui::text::{fit, sanitize, width};

use super::{detail, draw_line, list, passerelles};

pub fn render(frame: &mut Frame<'_>, state: &AppState, body: Rect) {
    let c = &state.catalogue;
    let l = layout::catalogue(body, c.side, c.focus);
    render_way(frame, state, l.way);
    list::render(frame, state, l.list);
    if let Some(area) = l.detail {
        detail::render(frame, state, area);
    }
    if let Some(area) = l.links {
        passerelles::render(frame, state, area);
    }
}

/// "Chemin : A › B › C": the offers followed, the last one shown. When
/// the way is too long, each title gets a fair share of the line, and the
/// oldest give way to "…".
fn render_way(frame: &mut Frame<'_>, state: &AppState, area: Rect) {
    let s = state.strings;
    let t = &state.theme;
    let trail = &state.catalogue.trail;
    if trail.is_empty() {
        return;
    }
    let label = format!(" {}{}", s.way, s.colon);
    let titles: Vec<String> = trail
        .iter()
        .map(|stop| sanitize(&state.data.cat.offer(stop.offer).title).into_owned())
        .collect();
    let mut room = usize::from(area.width).saturating_sub(width(&label) + 1);
    // At most as many titles as can keep a dozen columns each.
    let kept = (room / (MIN_SHARE + SEPARATOR)).clamp(1, titles.len());
    let first = titles.len() - kept;
    let mut spans = vec![Span::styled(label, t.label)];
    if first > 0 {
        spans.push(Span::styled("… › ", t.muted));
        room = room.saturating_sub(4);
    }
    let widths: Vec<usize> = titles[first..].iter().map(|x| width(x)).collect();
    let shares = shares(&widths, room.saturating_sub(SEPARATOR * (kept - 1)));
    let last = titles.len() - 1;
    for (i, title) in titles.iter().enumerate().skip(first) {
        let style = if i == last { t.heading } else { t.muted };
        spans.push(Span::styled(
            fit(title, shares[i - first]).into_owned(),
            style,
        ));
        if i < last {
            spans.push(Span::styled(" › ", t.muted));
        }
    }
    draw_line(frame, area, 0, &Line::from(spans));
}

/// The fewest columns a title of the way gets, and the separator's.
const MIN_SHARE: usize = 12;
const SEPARATOR: usize = 3;

/// Columns for each of several texts of `widths` in `room`: the shortest
/// take what they need, the rest share what is left evenly.
fn shares(widths: &[usize], room: usize) -> Vec<usize> {
    let mut order: Vec<usize> = (0..widths.len()).collect();
    order.sort_by_key(|&i| widths[i]);
    let mut out = vec![0; widths.len()];
    let mut left = room;
    for (k, &i) in order.iter().enumerate() {
        let share = left / (widths.len() - k);
        out[i] = widths[i].min(share);
        left -= out[i];
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn titles_share_the_line_fairly() {
        assert_eq!(super::shares(&[10, 50, 50], 70), [10, 30, 30]);
        assert_eq!(super::shares(&[5, 6], 70), [5, 6]);
        assert_eq!(super::shares(&[40, 40], 21), [10, 11]);
    }
}
