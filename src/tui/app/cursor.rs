//! A selection in a list and the rows it shows, and moving in lists:
//! round them, past rows that cannot be selected.

/// A selection in a list and the first row shown.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Cursor {
    pub selected: usize,
    pub offset: usize,
}

impl Cursor {
    /// Scrolls as little as needed for the selection to show in `height`
    /// rows, and keeps the list's end from leaving rows empty.
    pub fn reveal(&mut self, height: usize, len: usize) {
        if height == 0 {
            return;
        }
        if self.selected < self.offset {
            self.offset = self.selected;
        } else if self.selected >= self.offset + height {
            self.offset = self.selected + 1 - height;
        }
        self.offset = self.offset.min(len.saturating_sub(height));
    }

    /// The rows a pane `height` rows high shows of a list of `len`: from
    /// the first row shown, as many as fit.
    pub fn window(self, height: usize, len: usize) -> std::ops::Range<usize> {
        let end = (self.offset + height).min(len);
        self.offset.min(end)..end
    }

    /// Moves by `delta` rows within `len`.
    pub fn shift(&mut self, delta: isize, len: usize) {
        self.selected = self
            .selected
            .saturating_add_signed(delta)
            .min(len.saturating_sub(1));
    }
}

/// The item `step` places after `now` in `order`, round the list
/// (counting from the first when `now` is not in it): the next pane, the
/// next screen, the next criterion, the next kind of goal.
///
/// # Panics
/// If `order` is empty.
pub fn round<T: Copy + PartialEq>(order: &[T], now: T, step: isize) -> T {
    let at = order.iter().position(|x| *x == now).unwrap_or(0);
    order[round_index(at, step, order.len())]
}

/// The position `step` places after `at` in a list of `len`, round the
/// list; 0 in an empty list.
pub fn round_index(at: usize, step: isize, len: usize) -> usize {
    let Ok(n) = isize::try_from(len) else {
        return 0;
    };
    if n == 0 {
        return 0;
    }
    let at = isize::try_from(at).unwrap_or(0);
    usize::try_from((at + step).rem_euclid(n)).unwrap_or(0)
}

/// Where a move to `target` by `delta` lands in a list of `len` where
/// only some rows can be selected: `target` when it can be, else the
/// nearest that can on the way on, else the nearest back. None when no
/// row can be.
pub fn land(
    target: usize,
    delta: isize,
    len: usize,
    selectable: impl Fn(usize) -> bool,
) -> Option<usize> {
    let target = target.min(len.checked_sub(1)?);
    let ahead = (target..len).find(|&i| selectable(i));
    let behind = (0..=target).rev().find(|&i| selectable(i));
    if delta > 0 {
        ahead.or(behind)
    } else {
        behind.or(ahead)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cursor_scrolls_as_little_as_needed() {
        let mut c = Cursor::default();
        c.shift(7, 20);
        c.reveal(5, 20);
        assert_eq!((c.selected, c.offset), (7, 3));
        c.shift(-5, 20);
        c.reveal(5, 20);
        assert_eq!((c.selected, c.offset), (2, 2));
        c.shift(100, 20);
        c.reveal(5, 20);
        assert_eq!((c.selected, c.offset), (19, 15));
        c.shift(-100, 3);
        c.reveal(5, 3);
        assert_eq!((c.selected, c.offset), (0, 0));
        let c = Cursor {
            selected: 12,
            offset: 10,
        };
        assert_eq!(c.window(5, 20), 10..15);
        assert_eq!(c.window(5, 12), 10..12);
        assert_eq!(c.window(5, 4), 4..4);
    }

    #[test]
    fn round_goes_on_from_the_end_to_the_start() {
        let order = ['a', 'b', 'c'];
        assert_eq!(round(&order, 'c', 1), 'a');
        assert_eq!(round(&order, 'a', -1), 'c');
        assert_eq!(round(&order, 'b', 4), 'c');
        assert_eq!(round(&order, 'z', 1), 'b');
        assert_eq!(round_index(0, -1, 0), 0);
        assert_eq!(round_index(2, 1, 3), 0);
    }

    #[test]
    fn a_move_lands_past_the_rows_that_cannot_be_selected() {
        let field = |i: usize| ![0, 3, 4].contains(&i);
        assert_eq!(land(3, 1, 7, field), Some(5));
        assert_eq!(land(3, -1, 7, field), Some(2));
        assert_eq!(land(0, -1, 7, field), Some(1));
        assert_eq!(land(99, 1, 5, field), Some(2));
        assert_eq!(land(0, 1, 0, field), None);
        assert_eq!(land(1, 1, 3, |_| false), None);
    }
}
