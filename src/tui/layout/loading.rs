//! Where the loading screen puts things: the catalogue's name on the first
//! line, the key hints on the last, and between them the stages of
//! loading in a box, or the catalogue's errors in a list.

use ratatui::layout::Rect;

use super::inner;

/// The box of stages: as wide as its longest line needs (a stage, its
/// bar and "1 160 / 1 160 Mo"), with a space each side.
const PANEL_WIDTH: u16 = 66;
/// Five stages, a blank line, the time: seven lines and the borders.
const PANEL_HEIGHT: u16 = 9;
/// Above the errors: their count, what to do (two lines), a blank line.
const ERRORS_ABOVE: u16 = 4;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LoadingLayout {
    pub header: Rect,
    /// The stages' box, centred.
    pub panel: Rect,
    /// When loading failed: the count of errors and what to do.
    pub summary: Rect,
    /// When loading failed: the errors' pane, and its rows inside.
    pub errors_pane: Rect,
    pub errors: Rect,
    pub footer: Rect,
}

/// The loading screen in a terminal of this size (any size: areas shrink
/// to nothing rather than fail).
pub fn loading(area: Rect) -> LoadingLayout {
    let header = Rect {
        height: area.height.min(1),
        ..area
    };
    let footer = Rect {
        y: area.bottom().saturating_sub(1).max(area.y),
        height: u16::from(area.height >= 2),
        ..area
    };
    let body = Rect {
        y: area.y + header.height,
        height: area.height.saturating_sub(header.height + footer.height),
        ..area
    };
    let width = PANEL_WIDTH.min(body.width);
    let height = PANEL_HEIGHT.min(body.height);
    let panel = Rect {
        x: body.x + (body.width - width) / 2,
        y: body.y + (body.height - height) / 2,
        width,
        height,
    };
    let above = ERRORS_ABOVE.min(body.height);
    let summary = Rect {
        x: body.x + 1.min(body.width),
        width: body.width.saturating_sub(2),
        height: above.saturating_sub(1),
        ..body
    };
    let errors_pane = Rect {
        y: body.y + above,
        height: body.height - above,
        ..body
    };
    LoadingLayout {
        header,
        panel,
        summary,
        errors_pane,
        errors: inner(errors_pane),
        footer,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_stages_sit_in_the_middle_and_the_errors_fill_the_rest() {
        let l = loading(Rect::new(0, 0, 80, 24));
        assert_eq!(l.header, Rect::new(0, 0, 80, 1));
        assert_eq!(l.footer, Rect::new(0, 23, 80, 1));
        assert_eq!(l.panel, Rect::new(7, 7, 66, 9));
        assert_eq!(l.summary, Rect::new(1, 1, 78, 3));
        assert_eq!(l.errors_pane, Rect::new(0, 5, 80, 18));
        assert_eq!(l.errors, Rect::new(1, 6, 78, 16));
        let l = loading(Rect::new(0, 0, 160, 48));
        assert_eq!(l.panel, Rect::new(47, 19, 66, 9));
        assert_eq!(l.errors.height, 40);
    }

    #[test]
    fn tiny_terminals_get_empty_areas_not_a_panic() {
        for (w, h) in [(0, 0), (1, 1), (10, 2), (30, 5)] {
            let area = Rect::new(0, 0, w, h);
            let l = loading(area);
            for r in [
                l.header,
                l.panel,
                l.summary,
                l.errors_pane,
                l.errors,
                l.footer,
            ] {
                assert!(
                    area.contains(r.as_position()) || r.area() == 0,
                    "{w}×{h}: {r:?}"
                );
                assert!(r.right() <= area.right() && r.bottom() <= area.bottom());
            }
        }
    }
}
