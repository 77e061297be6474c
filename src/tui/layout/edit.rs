//! Where the windows of editing go: the form (its rows, a rule, and the
//! selected field's messages and edit line under them), the chooser (as
//! the planner's picker), the questions, and the panel of the files'
//! errors.

use ratatui::layout::Rect;

use super::{inner, popup};

/// The lines under a form's rows: a rule, two of messages, the edit line.
const FORM_FOOT: u16 = 4;

/// A form's parts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FormLayout {
    /// The box.
    pub area: Rect,
    /// Its rows of fields.
    pub rows: Rect,
    /// The rule, then the messages about the field selected and the line
    /// it is typed on.
    pub foot: Rect,
}

/// A form: as wide as the screen allows up to 100 columns, as high as
/// the screen less the header and footer lines.
pub fn form(screen: Rect) -> FormLayout {
    let area = popup(screen, 100, screen.height);
    let inside = inner(area);
    let foot = FORM_FOOT.min(inside.height.saturating_sub(1));
    FormLayout {
        area,
        rows: Rect {
            height: inside.height - foot,
            ..inside
        },
        foot: Rect {
            y: inside.y + inside.height - foot,
            height: foot,
            ..inside
        },
    }
}

/// A chooser's box, as the planner's picker's.
pub fn chooser(screen: Rect) -> Rect {
    popup(screen, 84, screen.height)
}

/// The rows of a chooser's list, under the kinds (when there is a choice
/// of them), the words typed and a rule.
pub fn chooser_list(screen: Rect, kinds: bool) -> Rect {
    let inside = inner(chooser(screen));
    let skip = (if kinds { 3 } else { 2 }).min(inside.height);
    Rect {
        y: inside.y + skip,
        height: inside.height - skip,
        ..inside
    }
}

/// The panel of the files' errors over the bottom of the panes `body`,
/// for `lines` lines of them: a third of the panes at most, borders
/// included, and at least enough for two errors.
pub fn errors_panel(body: Rect, lines: usize) -> Rect {
    let wanted = u16::try_from(lines.saturating_add(2)).unwrap_or(u16::MAX);
    let most = (body.height / 3).max(4);
    let height = wanted.min(most).min(body.height);
    Rect::new(body.x, body.bottom() - height, body.width, height)
}

/// A question's box: `lines` of text and the answers under them.
pub fn question(screen: Rect, lines: u16) -> Rect {
    popup(screen, 76, lines.saturating_add(2))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_form_keeps_its_rows_and_foot_at_every_size() {
        for (w, h) in [(80, 24), (160, 48), (60, 16)] {
            let l = form(Rect::new(0, 0, w, h));
            assert!(l.rows.height >= 3, "{w}×{h}");
            assert_eq!(l.foot.height, 4);
            assert_eq!(l.rows.bottom(), l.foot.y);
            assert_eq!(l.foot.bottom(), l.area.bottom() - 1);
            assert!(l.area.width <= w && l.area.height <= h - 2);
        }
        assert_eq!(form(Rect::new(0, 0, 80, 24)).area.width, 80);
        assert_eq!(form(Rect::new(0, 0, 160, 48)).area.width, 100);
    }
}
