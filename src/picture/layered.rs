//! A layered layout of a neighbourhood: one column per distance from the
//! centre — what leads to it on the left, what it leads to on the right —
//! with the rows of each column ordered to limit crossings, and a fit to
//! the room a screen has that counts what it leaves out.

mod fit;
mod order;

pub use fit::{Fitted, Shown, Space};

use super::neighbourhood::{Neighbourhood, NodeIx};

/// A link drawn between two neighbouring columns, left to right.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Drawn {
    pub left: NodeIx,
    pub right: NodeIx,
    /// Its position in [`Neighbourhood::links`].
    pub link: usize,
}

/// The nodes of a neighbourhood in columns and rows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Layered {
    /// The distance from the centre of the first column.
    pub first: i32,
    /// Columns left to right, each top to bottom.
    pub columns: Vec<Vec<NodeIx>>,
    /// The links drawn: those from a column to the next. A link within a
    /// column or back to the left (a loop) is not drawn, and an
    /// equivalence, which goes both ways, is drawn once.
    pub drawn: Vec<Drawn>,
    /// Each node's (column, row).
    places: Vec<(usize, usize)>,
}

impl Layered {
    /// Lays a neighbourhood out: columns from the farthest distance behind
    /// to the farthest ahead (at least one each side, so that "nothing
    /// leads here" has a place), rows first by `key`, then moved to limit
    /// crossings.
    pub fn new<K: Ord>(n: &Neighbourhood, key: impl Fn(NodeIx) -> K) -> Self {
        let behind = n
            .nodes
            .iter()
            .map(|x| -x.distance)
            .max()
            .unwrap_or(0)
            .max(1);
        let ahead = n.nodes.iter().map(|x| x.distance).max().unwrap_or(0).max(1);
        let first = -behind;
        let count = usize::try_from(ahead + behind + 1).expect("a small depth");
        let mut columns: Vec<Vec<NodeIx>> = vec![Vec::new(); count];
        let column_of = |d: i32| usize::try_from(d - first).expect("within the columns");
        for (i, node) in n.nodes.iter().enumerate() {
            columns[column_of(node.distance)].push(i);
        }
        for column in &mut columns {
            column.sort_by_cached_key(|&i| key(i));
        }
        let drawn: Vec<Drawn> = n
            .links
            .iter()
            .enumerate()
            .filter(|(_, l)| n.nodes[l.to].distance == n.nodes[l.from].distance + 1)
            .map(|(link, l)| Drawn {
                left: l.from,
                right: l.to,
                link,
            })
            .collect();
        let centre = column_of(0);
        let columns = order::order(columns, centre, &drawn, n.nodes.len());
        let mut places = vec![(0, 0); n.nodes.len()];
        for (c, column) in columns.iter().enumerate() {
            for (r, &node) in column.iter().enumerate() {
                places[node] = (c, r);
            }
        }
        Self {
            first,
            columns,
            drawn,
            places,
        }
    }

    /// A node's column and row.
    pub fn place(&self, node: NodeIx) -> (usize, usize) {
        self.places[node]
    }

    /// The column of the centre.
    pub fn centre_column(&self) -> usize {
        usize::try_from(-self.first).expect("the first column is behind the centre")
    }

    /// The distance from the centre of a column.
    pub fn distance(&self, column: usize) -> i32 {
        self.first + i32::try_from(column).expect("a few columns")
    }

    /// How many links cross one another between neighbouring columns.
    pub fn crossings(&self) -> usize {
        order::crossings(&self.columns, &self.drawn, &self.places)
    }

    /// The node `delta` rows away in the same column, kept within it.
    pub fn vertical(&self, node: NodeIx, delta: isize) -> NodeIx {
        let (c, r) = self.places[node];
        let column = &self.columns[c];
        column[r.saturating_add_signed(delta).min(column.len() - 1)]
    }

    /// The node to go to in the next column on the right (or left): one
    /// this node is linked to, the nearest in height; else the node at the
    /// same height. None when that column is empty or there is none.
    pub fn beside(&self, node: NodeIx, right: bool) -> Option<NodeIx> {
        let (c, r) = self.places[node];
        let target = if right { c + 1 } else { c.checked_sub(1)? };
        let column = self.columns.get(target).filter(|col| !col.is_empty())?;
        // Heights as fractions of the columns, so that a node halfway down
        // a long column lands halfway down a short one.
        #[allow(clippy::cast_precision_loss)] // rows are few
        let height = |row: usize, len: usize| (row as f64 + 0.5) / len as f64;
        let here = height(r, self.columns[c].len());
        let linked = self.drawn.iter().filter_map(|d| match right {
            true if d.left == node => Some(d.right),
            false if d.right == node => Some(d.left),
            _ => None,
        });
        let nearest = |candidates: &mut dyn Iterator<Item = NodeIx>| {
            candidates.min_by(|&a, &b| {
                let da = (height(self.places[a].1, column.len()) - here).abs();
                let db = (height(self.places[b].1, column.len()) - here).abs();
                da.total_cmp(&db)
            })
        };
        nearest(&mut linked.into_iter()).or_else(|| nearest(&mut column.iter().copied()))
    }

    /// Fits the layout into a space, the selected node in view. When not
    /// every column fits, `first` (the first column shown before) is kept
    /// as long as the selection stays in view; without it, the columns
    /// shown are those around the selection.
    pub fn fit(&self, selected: NodeIx, space: Space, first: Option<usize>) -> Fitted {
        fit::fit(self, selected, space, first)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graph::PathwayGraph;
    use crate::model::OfferIx;
    use crate::picture::tests::{catalogue, chain_catalogue, star_catalogue};

    fn layered(
        cat: &crate::model::Catalogue,
        centre: &str,
        depth: usize,
    ) -> (Neighbourhood, Layered) {
        let graph = PathwayGraph::new(cat);
        let n = Neighbourhood::around(cat, &graph, cat.lookup.offer(centre).unwrap(), depth);
        let l = Layered::new(&n, |i| n.nodes[i].offer);
        (n, l)
    }

    fn ids(cat: &crate::model::Catalogue, n: &Neighbourhood, column: &[NodeIx]) -> Vec<String> {
        column
            .iter()
            .map(|&i| cat.offer(n.nodes[i].offer).id.clone())
            .collect()
    }

    #[test]
    fn a_single_node_stands_between_two_empty_columns() {
        let cat = chain_catalogue(1);
        let (_, l) = layered(&cat, "o0", 2);
        assert_eq!(l.columns, vec![vec![], vec![0], vec![]]);
        assert_eq!(l.first, -1);
        assert_eq!(l.centre_column(), 1);
        assert!(l.drawn.is_empty());
        assert_eq!(l.beside(0, true), None);
        assert_eq!(l.beside(0, false), None);
        assert_eq!(l.vertical(0, 5), 0);
        assert_eq!(l.crossings(), 0);
    }

    #[test]
    fn columns_go_from_behind_to_ahead() {
        let cat = chain_catalogue(5);
        let (n, l) = layered(&cat, "o1", 3);
        let columns: Vec<Vec<String>> = l.columns.iter().map(|c| ids(&cat, &n, c)).collect();
        assert_eq!(
            columns,
            vec![vec!["o0"], vec!["o1"], vec!["o2"], vec!["o3"], vec!["o4"]]
        );
        assert_eq!(l.distance(0), -1);
        assert_eq!(l.drawn.len(), 4);
        let o2 = n.node_of(OfferIx::new(2)).unwrap();
        assert_eq!(l.beside(o2, true), n.node_of(OfferIx::new(3)));
        assert_eq!(l.beside(o2, false), n.node_of(OfferIx::new(1)));
    }

    #[test]
    fn rows_are_ordered_so_that_links_do_not_cross() {
        // Two lines side by side, given in an order that crosses them:
        // a → x1 → y2 and b → x2 → y1, all from the centre c.
        let cat = catalogue(
            &["c", "a", "b", "x1", "x2", "y1", "y2"],
            &[
                ("c", "a", "progression", None),
                ("c", "b", "progression", None),
                ("a", "x2", "progression", None),
                ("b", "x1", "progression", None),
                ("x2", "y1", "progression", None),
                ("x1", "y2", "progression", None),
            ],
        );
        let (n, l) = layered(&cat, "c", 3);
        assert_eq!(l.crossings(), 0);
        let columns: Vec<Vec<String>> = l.columns.iter().map(|c| ids(&cat, &n, c)).collect();
        assert_eq!(columns[2], vec!["a", "b"]);
        assert_eq!(columns[3], vec!["x2", "x1"]);
        assert_eq!(columns[4], vec!["y1", "y2"]);
    }

    #[test]
    fn three_hundred_neighbours_fit_with_counts() {
        let cat = star_catalogue(300);
        let (n, l) = layered(&cat, "hub", 1);
        assert_eq!(
            l.columns.iter().map(Vec::len).collect::<Vec<_>>(),
            vec![300, 1, 300]
        );
        assert_eq!(l.crossings(), 0);
        let space = Space {
            rows: 17,
            node_rows: 3,
            columns: 3,
        };
        let hub = 0;
        let fitted = l.fit(hub, space, None);
        assert_eq!(fitted.left, 0);
        assert_eq!(fitted.right, 0);
        for shown in [&fitted.columns[0], &fitted.columns[2]] {
            // Two rows for the counts above and below: five nodes show.
            assert_eq!(shown.rows.len(), 5);
            assert_eq!(shown.above + shown.rows.len() + shown.below, 300);
        }
        assert_eq!(fitted.columns[1].rows, 0..1);
        // From the hub, halfway down: to the middle of the right column;
        // going down it keeps the selection in view.
        let mut node = l.beside(hub, true).unwrap();
        assert_eq!(l.place(node), (2, 149));
        for _ in 0..100 {
            node = l.vertical(node, 1);
        }
        let (c, r) = l.place(node);
        let fitted = l.fit(node, space, None);
        assert!(fitted.columns[c].rows.contains(&r));
        assert!(fitted.columns[c].above > 0 && fitted.columns[c].below > 0);
        assert_eq!(l.vertical(node, 1000), *l.columns[c].last().unwrap());
        assert_eq!(n.nodes.len(), 601);
    }

    #[test]
    fn too_many_columns_show_those_around_the_selection() {
        let cat = chain_catalogue(7);
        let (n, l) = layered(&cat, "o3", 3);
        assert_eq!(l.columns.len(), 7);
        let space = Space {
            rows: 10,
            node_rows: 3,
            columns: 3,
        };
        let fitted = l.fit(n.node_of(OfferIx::new(3)).unwrap(), space, None);
        assert_eq!((fitted.left, fitted.right), (2, 2));
        assert_eq!(
            fitted.columns.iter().map(|s| s.column).collect::<Vec<_>>(),
            vec![2, 3, 4]
        );
        let far = n.node_of(OfferIx::new(6)).unwrap();
        let fitted = l.fit(far, space, None);
        assert_eq!((fitted.left, fitted.right), (4, 0));
        // The columns shown stay while the selection is among them.
        let near = n.node_of(OfferIx::new(4)).unwrap();
        assert_eq!(l.fit(near, space, Some(2)).left, 2);
        assert_eq!(l.fit(near, space, Some(4)).left, 4);
        assert_eq!(l.fit(near, space, Some(0)).left, 2, "moved to show it");
    }
}
