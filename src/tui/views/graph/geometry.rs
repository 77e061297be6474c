//! Where the graph view puts things: its lines of headings, information
//! and legend, and each column's boxes, from the terminal's size and the
//! layered layout. Pure functions, so that clicks find what the view drew.

use ratatui::layout::{Constraint, Layout, Rect};

use crate::picture::{Fitted, NodeIx, Space};
use crate::tui::app::GraphState;
use crate::tui::layout::inner;

/// Columns between two columns of boxes, for the arrows: a stub out of
/// the box, three lanes, a mark (⚠), the arrowhead.
pub const GAP: u16 = 6;
/// A box's width, borders included, at least and at most.
pub const MIN_BOX: u16 = 17;
pub const MAX_BOX: u16 = 40;

/// The graph view's areas.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct GraphLayout {
    /// The bordered pane, the whole body of the screen.
    pub pane: Rect,
    /// One line naming each column.
    pub headings: Rect,
    /// The columns of boxes and the arrows between them.
    pub area: Rect,
    /// One line about the offer selected.
    pub info: Rect,
    /// One line saying what each line and mark means.
    pub legend: Rect,
}

/// The graph view in the body of the screen.
pub fn graph(body: Rect) -> GraphLayout {
    let [headings, area, info, legend] = inner(body).layout(&Layout::vertical([
        Constraint::Length(1),
        Constraint::Fill(1),
        Constraint::Length(1),
        Constraint::Length(1),
    ]));
    GraphLayout {
        pane: body,
        headings,
        area,
        info,
        legend,
    }
}

/// The room the columns have: boxes of two lines of title where there is
/// height for them, of one below.
pub fn space(area: Rect) -> Space {
    Space {
        rows: usize::from(area.height),
        node_rows: if area.height >= 8 { 4 } else { 3 },
        columns: usize::from((area.width + GAP) / (MIN_BOX + GAP)).max(1),
    }
}

/// A box drawn for a node.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Placed {
    pub node: NodeIx,
    pub rect: Rect,
}

/// A column as drawn: where it stands, and where its counts of what is
/// left out go.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ColumnAt {
    /// Its position in the layered layout.
    pub column: usize,
    pub x: u16,
    pub width: u16,
    /// The rows of the counts above and below, when the column is cut.
    pub above: Option<u16>,
    pub below: Option<u16>,
}

/// Everything the view draws, placed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Drawing {
    pub fitted: Fitted,
    pub columns: Vec<ColumnAt>,
    pub boxes: Vec<Placed>,
}

impl Drawing {
    /// The box of a node, if it shows.
    pub fn box_of(&self, node: NodeIx) -> Option<Rect> {
        self.boxes.iter().find(|b| b.node == node).map(|b| b.rect)
    }
}

/// Places the columns and boxes of a graph in its area: columns as wide
/// as the room allows (within bounds), the whole centred; each column's
/// boxes stacked and centred in height, so that links fan out.
pub fn place(g: &GraphState, area: Rect) -> Drawing {
    let space = space(area);
    let fitted = g.layered.fit(g.selected, space, g.first_column);
    let count = u16::try_from(fitted.columns.len()).unwrap_or(1).max(1);
    let width = (area.width.saturating_sub(GAP * (count - 1)) / count).clamp(3, MAX_BOX);
    let total = width * count + GAP * (count - 1);
    let x0 = area.x + area.width.saturating_sub(total) / 2;
    let node_rows = u16::try_from(space.node_rows).unwrap_or(3);
    let mut columns = Vec::new();
    let mut boxes = Vec::new();
    for (i, shown) in fitted.columns.iter().enumerate() {
        let x = x0 + u16::try_from(i).unwrap_or(0) * (width + GAP);
        let n = u16::try_from(shown.rows.len()).unwrap_or(u16::MAX);
        let cut = shown.is_cut();
        let used = n.saturating_mul(node_rows) + if cut { 2 } else { 0 };
        let top = area.y + area.height.saturating_sub(used) / 2;
        let first = if cut { top + 1 } else { top };
        for (k, row) in shown.rows.clone().enumerate() {
            let y = first + u16::try_from(k).unwrap_or(0) * node_rows;
            let rect = Rect::new(x, y, width, node_rows).intersection(area);
            if !rect.is_empty() {
                boxes.push(Placed {
                    node: g.layered.columns[shown.column][row],
                    rect,
                });
            }
        }
        let below = first + n * node_rows;
        columns.push(ColumnAt {
            column: shown.column,
            x,
            width,
            above: cut.then_some(top),
            below: (cut && below < area.bottom()).then_some(below),
        });
    }
    Drawing {
        fitted,
        columns,
        boxes,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_and_large_terminals_fit_their_columns() {
        // 80×24: a body of 20 rows; 160×48: 44.
        let small = graph(Rect::new(0, 3, 80, 20));
        assert_eq!(small.area, Rect::new(1, 5, 78, 15));
        let s = space(small.area);
        assert_eq!((s.rows, s.node_rows, s.columns), (15, 4, 3));
        let large = graph(Rect::new(0, 3, 160, 44));
        let s = space(large.area);
        assert_eq!((s.rows, s.node_rows, s.columns), (39, 4, 7));
        // The smallest screen parcours draws (60×16): one-line boxes.
        let tiny = graph(Rect::new(0, 3, 60, 12));
        assert_eq!(space(tiny.area).node_rows, 3);
    }
}
