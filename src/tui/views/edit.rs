//! What editing shows: the panel of the files' errors while they do not
//! load (over the bottom of the screen's panes, the last good catalogue
//! above it), the notice of a reload, an edit or the editor in the
//! footer; and the windows of editing ([`form`], [`chooser`],
//! [`questions`]).

pub mod chooser;
pub mod form;
pub mod questions;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Clear};

use crate::tui::app::AppState;
use crate::tui::text::{fit, sanitize, wrap};

use super::draw_line;

/// The lines of the diagnostics (each wrapped whole) that `rows` rows
/// show: as many diagnostics as fit whole, the first in part rather than
/// not at all; and how many are left out, counted on a row kept for it.
fn panel_lines(wrapped: &[Vec<String>], rows: usize) -> (Vec<&str>, usize) {
    let mut shown = Vec::new();
    for (i, lines) in wrapped.iter().enumerate() {
        let after = wrapped.len() - i - 1;
        let room = rows.saturating_sub(shown.len() + usize::from(after > 0));
        if lines.len() <= room {
            shown.extend(lines.iter().map(String::as_str));
        } else if shown.is_empty() {
            let keep = rows.saturating_sub(usize::from(after > 0)).max(1);
            shown.extend(lines.iter().take(keep).map(String::as_str));
            return (shown, after);
        } else {
            return (shown, after + 1);
        }
    }
    (shown, 0)
}

/// Draws the errors panel over `body` and the notice over `footer`.
pub fn render(frame: &mut Frame<'_>, state: &AppState, body: Rect, footer: Rect) {
    let es = state.strings.edit;
    let t = &state.theme;
    if let Some(problems) = &state.edit.problems {
        // Each diagnostic wrapped whole to the panel's width, then as
        // many as fit; the count of those left out on the last row.
        let room = usize::from(body.width.saturating_sub(2)).max(1);
        let wrapped: Vec<Vec<String>> = problems
            .lines
            .iter()
            .map(|l| wrap(&sanitize(l), room))
            .collect();
        let total: usize = wrapped.iter().map(Vec::len).sum();
        let area = crate::tui::layout::edit::errors_panel(body, total);
        frame.render_widget(Clear, area);
        let title = fit(
            &(es.problems_title)(problems.errors),
            usize::from(area.width.saturating_sub(4)),
        )
        .into_owned();
        let block = Block::bordered()
            .border_type(BorderType::Thick)
            .border_style(t.warning)
            .title(Span::styled(format!(" {title} "), t.warning));
        let inner = block.inner(area);
        frame.render_widget(block, area);
        let (lines, left) = panel_lines(&wrapped, usize::from(inner.height));
        for (row, text) in lines.iter().enumerate() {
            let row = u16::try_from(row).unwrap_or(u16::MAX);
            draw_line(frame, inner, row, &Line::raw(*text));
        }
        if left > 0 {
            let row = u16::try_from(lines.len()).unwrap_or(u16::MAX);
            let more = Line::from(Span::styled((es.more)(left), t.muted));
            draw_line(frame, inner, row, &more);
        }
    }

    let notice = state
        .edit
        .notice
        .as_ref()
        .map(|n| (es.notice)(n))
        .or_else(|| state.edit.reloading.then(|| es.reloading.to_owned()));
    if let Some(text) = notice {
        frame.render_widget(Clear, footer);
        let text = fit(&format!(" {}", sanitize(&text)), usize::from(footer.width)).into_owned();
        draw_line(frame, footer, 0, &Line::from(Span::styled(text, t.warning)));
    }
}

/// Draws the windows of editing, the last on top.
pub fn render_overlays(frame: &mut Frame<'_>, state: &AppState) {
    use crate::tui::app::edit::overlay::Overlay;
    for overlay in &state.edit.session.overlays {
        match overlay {
            Overlay::Form(f) => form::render(frame, state, f),
            Overlay::Chooser(c) => chooser::render(frame, state, c),
            Overlay::Delete {
                item, referrers, ..
            } => questions::delete(frame, state, item, referrers),
            Overlay::Quit { cursor } => questions::quit(frame, state, *cursor),
            Overlay::Conflict(c) => questions::conflict(frame, state, c),
            Overlay::Input(i) => questions::input(frame, state, i),
            Overlay::Error(message) => questions::error(frame, state, message),
        }
    }
}

/// The footer's hints while a window of editing is on top.
pub fn hints(state: &AppState) -> Vec<crate::tui::action::Action> {
    use crate::tui::action::Action as A;
    use crate::tui::app::edit::form::FormRow;
    use crate::tui::app::edit::overlay::Overlay;
    use crate::tui::app::edit::schema::Shape;
    match state.edit.session.overlays.last() {
        Some(Overlay::Form(f)) if f.line.is_some() => vec![A::Confirm, A::NextField, A::DeleteChar],
        Some(Overlay::Form(f)) => {
            let mut list = vec![A::Choose];
            let row = f.row();
            if matches!(row.and_then(|r| f.shape(r)), Some((Shape::Choice(_), _)))
                || row == Some(FormRow::File)
            {
                list.push(A::NextValue);
            }
            list.extend([A::ClearValue, A::SelectNext, A::Undo, A::SaveEdits]);
            list
        }
        Some(Overlay::Chooser(c)) => {
            let mut list = vec![A::Choose];
            if c.multi {
                list.push(A::ToggleMark);
            }
            if c.has_kinds() {
                list.push(A::NextValue);
            }
            list.push(A::DeleteChar);
            list
        }
        Some(Overlay::Quit { .. } | Overlay::Conflict(_)) => match state.context() {
            crate::tui::keymap::Context::Confirm => vec![A::Confirm],
            _ => vec![A::Choose, A::SelectNext],
        },
        Some(Overlay::Input(_)) => vec![A::Confirm, A::DeleteChar],
        Some(Overlay::Delete { .. } | Overlay::Error(_)) | None => vec![A::Confirm],
    }
}

/// An action's words where a window of editing means it otherwise.
pub fn label(state: &AppState, action: crate::tui::action::Action) -> Option<&'static str> {
    use crate::tui::action::Action as A;
    use crate::tui::app::edit::overlay::Overlay;
    let es = state.strings.edit;
    let ps = state.strings.planner;
    match (state.edit.session.overlays.last()?, action) {
        (Overlay::Delete { .. }, A::Confirm) => Some(ps.yes_delete),
        (Overlay::Delete { .. }, A::ClosePopup) => Some(ps.no),
        (Overlay::Conflict(c), A::Confirm) if c.confirm => Some(es.yes_reload),
        (Overlay::Conflict(c), A::ClosePopup) if c.confirm => Some(ps.no),
        (Overlay::Chooser(c), A::NextValue)
            if c.multi || c.kind != crate::edit::ItemKind::Offer =>
        {
            Some(ps.hint_next_kind)
        }
        (Overlay::Form(f), A::Confirm) if f.line.is_some() => Some(es.keep),
        (Overlay::Form(_), A::Choose) => Some((state.strings.action)(A::EditItem).0),
        _ => None,
    }
}

/// The keys of editing worth a hint on a screen: save when there is
/// something to save, else edit.
pub fn screen_hints(state: &AppState, list: &mut Vec<crate::tui::action::Action>) {
    use crate::tui::action::Action as A;
    if state.edit.session.is_dirty() {
        list.insert(0, A::SaveEdits);
        list.insert(1, A::Undo);
    }
    list.push(A::EditItem);
    list.push(A::NewItem);
}

#[cfg(test)]
mod tests {
    use super::panel_lines;

    fn diagnostics(sizes: &[usize]) -> Vec<Vec<String>> {
        sizes
            .iter()
            .enumerate()
            .map(|(d, n)| (0..*n).map(|l| format!("{d}.{l}")).collect())
            .collect()
    }

    #[test]
    fn the_errors_panel_shows_whole_diagnostics_and_counts_the_rest() {
        // Everything fits.
        assert_eq!(
            panel_lines(&diagnostics(&[1, 2]), 3),
            (vec!["0.0", "1.0", "1.1"], 0)
        );
        // The second does not fit whole: it is counted, not cut.
        assert_eq!(panel_lines(&diagnostics(&[1, 3]), 3), (vec!["0.0"], 1));
        // A row is kept for the count while diagnostics are left.
        assert_eq!(
            panel_lines(&diagnostics(&[2, 1, 1]), 3),
            (vec!["0.0", "0.1"], 2)
        );
        // The first is shown in part rather than not at all.
        assert_eq!(panel_lines(&diagnostics(&[3, 1]), 2), (vec!["0.0"], 1));
        assert_eq!(panel_lines(&diagnostics(&[3]), 2), (vec!["0.0", "0.1"], 0));
    }
}
