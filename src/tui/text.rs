//! Text for the screen: data made safe to draw, cut to a width, wrapped.
//!
//! Every string that comes from a catalogue passes through [`sanitize`]
//! before it reaches a [`Span`]: a data file must not be able to move the
//! cursor, retitle the window or reorder a line on someone's terminal.

use std::borrow::Cow;

use ratatui::text::Span;

use crate::text::is_unsafe;

/// The visible mark drawn in place of an unsafe character: the Unicode
/// control pictures for C0 controls (`␛` for ESC) and DEL, `�` for C1
/// controls and bidirectional marks.
pub fn mark(c: char) -> char {
    match u32::from(c) {
        code @ 0..=0x1f => char::from_u32(0x2400 + code).unwrap_or('�'),
        0x7f => '␡',
        _ => '�',
    }
}

/// The text with every control character and bidi mark replaced by a
/// visible [`mark`]; borrowed when there is nothing to replace.
pub fn sanitize(text: &str) -> Cow<'_, str> {
    if text.chars().any(is_unsafe) {
        Cow::Owned(
            text.chars()
                .map(|c| if is_unsafe(c) { mark(c) } else { c })
                .collect(),
        )
    } else {
        Cow::Borrowed(text)
    }
}

/// Columns a character takes on a terminal (0, 1 or 2).
pub fn char_width(c: char) -> usize {
    let mut buf = [0u8; 4];
    Span::raw(&*c.encode_utf8(&mut buf)).width()
}

/// Columns a text takes on a terminal.
pub fn width(text: &str) -> usize {
    Span::raw(text).width()
}

/// The text cut to `max` columns, ending with `…` when cut.
pub fn fit(text: &str, max: usize) -> Cow<'_, str> {
    if width(text) <= max {
        return Cow::Borrowed(text);
    }
    if max == 0 {
        return Cow::Borrowed("");
    }
    let mut out = String::with_capacity(max + 3);
    let mut used = 0;
    for c in text.chars() {
        let w = char_width(c);
        if used + w > max - 1 {
            break;
        }
        used += w;
        out.push(c);
    }
    out.push('…');
    Cow::Owned(out)
}

/// Spans cut to `max` columns in all, the last one ending with `…` when
/// something was cut.
pub fn fit_spans(spans: Vec<Span<'_>>, max: usize) -> Vec<Span<'_>> {
    let total: usize = spans.iter().map(Span::width).sum();
    if total <= max {
        return spans;
    }
    let mut out = Vec::with_capacity(spans.len());
    let mut room = max;
    for span in spans {
        let w = span.width();
        if w < room {
            room -= w;
            out.push(span);
        } else {
            let cut = fit(&span.content, room).into_owned();
            // `fit` leaves the text whole when it fits exactly; the ellipsis
            // is still owed because more spans follow.
            let cut = if cut == span.content && room > 0 {
                fit(&format!("{cut}…"), room).into_owned()
            } else {
                cut
            };
            out.push(Span::styled(cut, span.style));
            break;
        }
    }
    out
}

/// Spaces to pad spans of `used` columns up to `total`.
pub fn pad(used: usize, total: usize) -> Span<'static> {
    Span::raw(" ".repeat(total.saturating_sub(used)))
}

/// The text broken into lines of at most `max` columns, at spaces where
/// possible; a word longer than a line is cut.
pub fn wrap(text: &str, max: usize) -> Vec<String> {
    let max = max.max(1);
    let mut lines = Vec::new();
    let mut line = String::new();
    let mut used = 0;
    for word in text.split(' ').filter(|w| !w.is_empty()) {
        let w = width(word);
        if used > 0 && used + 1 + w > max {
            lines.push(std::mem::take(&mut line));
            used = 0;
        }
        if used > 0 {
            line.push(' ');
            used += 1;
        }
        for c in word.chars() {
            let cw = char_width(c);
            if used + cw > max && used > 0 {
                lines.push(std::mem::take(&mut line));
                used = 0;
            }
            line.push(c);
            used += cw;
        }
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

/// Spans of a text with the characters at `marked` (character positions,
/// sorted) in `hit` style and the rest in `base`.
pub fn highlighted<'a>(
    text: Cow<'a, str>,
    marked: &[u32],
    base: ratatui::style::Style,
    hit: ratatui::style::Style,
) -> Vec<Span<'a>> {
    if marked.is_empty() {
        return vec![Span::styled(text, base)];
    }
    let mut spans = Vec::new();
    let mut run = String::new();
    let mut run_hit = false;
    for (i, c) in text.chars().enumerate() {
        let is_hit = u32::try_from(i).is_ok_and(|i| marked.binary_search(&i).is_ok());
        if is_hit != run_hit && !run.is_empty() {
            let style = if run_hit { hit } else { base };
            spans.push(Span::styled(std::mem::take(&mut run), style));
        }
        run_hit = is_hit;
        run.push(c);
    }
    if !run.is_empty() {
        spans.push(Span::styled(run, if run_hit { hit } else { base }));
    }
    spans
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_every_unsafe_character_visibly() {
        let nasty = "A\u{1b}]0;x\u{7}B\u{1b}[2JC\u{9b}D\u{202e}E\u{7f}\tF";
        let shown = sanitize(nasty);
        assert_eq!(shown, "A␛]0;x␇B␛[2JC�D�E␡␉F");
        assert!(!shown.chars().any(is_unsafe));
        assert!(matches!(sanitize("Électricité"), Cow::Borrowed(_)));
    }

    #[test]
    fn fits_and_wraps_to_columns() {
        assert_eq!(fit("Soudeur", 10), "Soudeur");
        assert_eq!(fit("Soudeur assembleur", 8), "Soudeur…");
        assert_eq!(fit("日本語", 4), "日…");
        assert_eq!(
            wrap("Organiser les opérations d'un entrepôt", 16),
            ["Organiser les", "opérations d'un", "entrepôt"]
        );
        assert_eq!(wrap("abcdefgh", 3), ["abc", "def", "gh"]);
        assert_eq!(wrap("", 3), [""]);
    }

    #[test]
    fn cuts_spans_with_an_ellipsis() {
        let spans = vec![Span::raw("abc"), Span::raw("def")];
        let cut = fit_spans(spans, 4);
        let text: String = cut.iter().map(|s| s.content.as_ref()).collect();
        assert_eq!(text, "abc…");
        let cut = fit_spans(vec![Span::raw("ab"), Span::raw("cdef")], 3);
        let text: String = cut.iter().map(|s| s.content.as_ref()).collect();
        assert_eq!(text, "ab…");
    }

    #[test]
    fn splits_highlighted_runs() {
        let base = ratatui::style::Style::new();
        let hit = base.bold();
        let spans = highlighted(Cow::Borrowed("Soudeur"), &[0, 1, 2], base, hit);
        assert_eq!(spans.len(), 2);
        assert_eq!(spans[0].content, "Sou");
        assert_eq!(spans[0].style, hit);
        assert_eq!(spans[1].content, "deur");
    }
}
