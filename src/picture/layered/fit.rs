//! Fitting a layered layout into the room a screen has: the columns
//! around the selection when not all fit side by side, and in a column
//! taller than the room, a window of its nodes with counts of those above
//! and below ("+12 more").

use std::ops::Range;

use super::Layered;
use crate::picture::neighbourhood::NodeIx;

/// The room a picture has.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Space {
    /// Rows a column has.
    pub rows: usize,
    /// Rows one node takes.
    pub node_rows: usize,
    /// How many columns fit side by side.
    pub columns: usize,
}

/// A column as it shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Shown {
    /// Its position in [`Layered::columns`].
    pub column: usize,
    /// The rows of the column that show.
    pub rows: Range<usize>,
    /// How many nodes are left out above and below.
    pub above: usize,
    pub below: usize,
}

impl Shown {
    /// Whether the column is cut: its counts then take a row each, above
    /// and below the nodes.
    pub fn is_cut(&self) -> bool {
        self.above + self.below > 0
    }
}

/// A layered layout fitted into a space.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fitted {
    /// The columns that show, left to right.
    pub columns: Vec<Shown>,
    /// How many columns are left out on the left and on the right.
    pub left: usize,
    pub right: usize,
}

impl Fitted {
    /// The shown column of a layered column, if it shows.
    pub fn column(&self, column: usize) -> Option<&Shown> {
        self.columns.iter().find(|s| s.column == column)
    }
}

pub fn fit(l: &Layered, selected: NodeIx, space: Space, first: Option<usize>) -> Fitted {
    let (sel_column, sel_row) = l.place(selected);
    let total = l.columns.len();
    let width = space.columns.clamp(1, total);
    let start = first
        .unwrap_or_else(|| sel_column.saturating_sub(width / 2))
        .clamp((sel_column + 1).saturating_sub(width), sel_column)
        .min(total - width);
    let range = start..start + width;
    // The selection's column first, then outward from it: each column
    // opens where its links to the column before (nearer the selection)
    // land, so that what is linked to what shows shows together.
    let mut shown: Vec<Option<Shown>> = vec![None; total];
    shown[sel_column] = Some(window(l.columns[sel_column].len(), sel_row, space));
    let order = (sel_column + 1..range.end)
        .map(|c| (c, c - 1))
        .chain((range.start..sel_column).rev().map(|c| (c, c + 1)));
    for (c, from) in order {
        let anchor = shown[from]
            .as_ref()
            .and_then(|s| anchor(l, c, from, &s.rows))
            .unwrap_or(0);
        shown[c] = Some(window(l.columns[c].len(), anchor, space));
    }
    let columns = range
        .clone()
        .map(|c| {
            let mut s = shown[c].clone().unwrap_or_else(|| window(0, 0, space));
            s.column = c;
            s
        })
        .collect();
    Fitted {
        columns,
        left: range.start,
        right: total - range.end,
    }
}

/// The first row of the nodes of column `c` linked to the rows shown of
/// the neighbouring column `from`; none when none is.
fn anchor(l: &Layered, c: usize, from: usize, rows: &Range<usize>) -> Option<usize> {
    let shown = |n: NodeIx| {
        let (col, row) = l.place(n);
        col == from && rows.contains(&row)
    };
    l.drawn
        .iter()
        .filter_map(|d| {
            if shown(d.left) && l.place(d.right).0 == c {
                Some(l.place(d.right).1)
            } else if shown(d.right) && l.place(d.left).0 == c {
                Some(l.place(d.left).1)
            } else {
                None
            }
        })
        .min()
}

/// The window of a column of `len` nodes around row `anchor`.
fn window(len: usize, anchor: usize, space: Space) -> Shown {
    let node_rows = space.node_rows.max(1);
    if len * node_rows <= space.rows {
        return Shown {
            column: 0,
            rows: 0..len,
            above: 0,
            below: 0,
        };
    }
    // A row each for the counts above and below. Windows are pages, the
    // last one perhaps short: a window moves only when the selection
    // leaves it, so that a box clicked stays where it was.
    let slots = (space.rows.saturating_sub(2) / node_rows).clamp(1, len);
    let start = anchor.min(len - 1) / slots * slots;
    let end = (start + slots).min(len);
    Shown {
        column: 0,
        rows: start..end,
        above: start,
        below: len - end,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn space(rows: usize) -> Space {
        Space {
            rows,
            node_rows: 3,
            columns: 5,
        }
    }

    #[test]
    fn a_column_that_fits_shows_whole() {
        assert_eq!(window(0, 0, space(9)).rows, 0..0);
        assert_eq!(window(3, 2, space(9)).rows, 0..3);
        assert!(!window(3, 2, space(9)).is_cut());
    }

    #[test]
    fn a_tall_column_shows_a_window_round_its_anchor() {
        let s = window(300, 150, space(17));
        assert_eq!(s.rows, 150..155);
        assert_eq!((s.above, s.below), (150, 145));
        // Any row of that page gives the same window.
        assert_eq!(window(300, 154, space(17)), s);
        // The last page may be short.
        let last = window(302, 301, space(17));
        assert_eq!((last.rows, last.above, last.below), (300..302, 300, 0));
        let top = window(300, 0, space(17));
        assert_eq!((top.rows.clone(), top.above, top.below), (0..5, 0, 295));
        let bottom = window(300, 299, space(17));
        assert_eq!(bottom.rows, 295..300);
        // Even with no room, one node shows.
        assert_eq!(window(4, 3, space(2)).rows, 3..4);
    }
}
