//! Where the planner's popups go: the picker and its list, a dialog, the
//! saved plans and their rows. The views draw into these boxes and the
//! mouse finds what a click hit with the same ones.

use ratatui::layout::Rect;

use super::{inner, popup};
use crate::tui::app::planner::{Dialog, PickerState};

/// The picker's box.
pub fn picker(screen: Rect) -> Rect {
    popup(screen, 84, screen.height)
}

/// The rows of the picker's list, under the kinds of goal (when there is
/// a choice of them), the words typed and a rule.
pub fn picker_list(screen: Rect, picker: &PickerState) -> Rect {
    let inside = inner(self::picker(screen));
    let above = if picker.purpose.kinds().len() > 1 {
        3
    } else {
        2
    };
    let skip = above.min(inside.height);
    Rect {
        y: inside.y + skip,
        height: inside.height - skip,
        ..inside
    }
}

/// A dialog's box: its fields, and room for a question or a hint.
pub fn dialog(screen: Rect, dialog: &Dialog) -> Rect {
    let fields = u16::try_from(dialog.values.len()).unwrap_or(3);
    popup(screen, 72, fields + 6)
}

/// The saved plans' box.
pub fn plans(screen: Rect) -> Rect {
    popup(screen, 100, screen.height)
}

/// The rows of the saved plans, under the line naming their directory.
pub fn plans_rows(screen: Rect) -> Rect {
    let inside = inner(plans(screen));
    Rect {
        y: inside.y + 2,
        height: inside.height.saturating_sub(2),
        ..inside
    }
}
