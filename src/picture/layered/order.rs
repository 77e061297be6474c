//! Ordering the rows of each column so that links cross little: the
//! barycentre heuristic, swept out from the centre and back, keeping the
//! order with the fewest crossings.

use super::Drawn;
use crate::picture::neighbourhood::NodeIx;

/// How many times the sweeps go in and out again after the first.
const SWEEPS: usize = 3;

/// The columns reordered; `centre` is the centre's column.
pub fn order(
    mut columns: Vec<Vec<NodeIx>>,
    centre: usize,
    drawn: &[Drawn],
    nodes: usize,
) -> Vec<Vec<NodeIx>> {
    let mut left: Vec<Vec<NodeIx>> = vec![Vec::new(); nodes];
    let mut right: Vec<Vec<NodeIx>> = vec![Vec::new(); nodes];
    for d in drawn {
        left[d.right].push(d.left);
        right[d.left].push(d.right);
    }
    let mut rows = rows_of(&columns, nodes);
    outward(&mut columns, &mut rows, centre, &left, &right);
    let mut best = (
        crossings(&columns, drawn, &places(&columns, nodes)),
        columns.clone(),
    );
    for _ in 0..SWEEPS {
        if best.0 == 0 {
            break;
        }
        inward(&mut columns, &mut rows, centre, &left, &right);
        outward(&mut columns, &mut rows, centre, &left, &right);
        let now = crossings(&columns, drawn, &places(&columns, nodes));
        if now >= best.0 {
            break;
        }
        best = (now, columns.clone());
    }
    best.1
}

/// Each node's row in its column.
fn rows_of(columns: &[Vec<NodeIx>], nodes: usize) -> Vec<usize> {
    let mut rows = vec![0; nodes];
    for column in columns {
        for (r, &n) in column.iter().enumerate() {
            rows[n] = r;
        }
    }
    rows
}

fn places(columns: &[Vec<NodeIx>], nodes: usize) -> Vec<(usize, usize)> {
    let mut places = vec![(0, 0); nodes];
    for (c, column) in columns.iter().enumerate() {
        for (r, &n) in column.iter().enumerate() {
            places[n] = (c, r);
        }
    }
    places
}

/// Sorts a column by the mean row of each node's neighbours in the
/// column it is compared with; a node without any keeps its row. The sort
/// is stable: ties keep the order they had.
fn by_barycentre(column: &mut [NodeIx], rows: &mut [usize], neighbours: &[Vec<NodeIx>]) {
    #[allow(clippy::cast_precision_loss)] // rows are few
    let centre = |n: NodeIx| -> f64 {
        let near = &neighbours[n];
        if near.is_empty() {
            rows[n] as f64
        } else {
            near.iter().map(|&m| rows[m] as f64).sum::<f64>() / near.len() as f64
        }
    };
    let mut keyed: Vec<(f64, NodeIx)> = column.iter().map(|&n| (centre(n), n)).collect();
    keyed.sort_by(|a, b| a.0.total_cmp(&b.0));
    for (r, (_, n)) in keyed.into_iter().enumerate() {
        column[r] = n;
        rows[n] = r;
    }
}

/// From the centre out: each column after the one nearer the centre.
fn outward(
    columns: &mut [Vec<NodeIx>],
    rows: &mut [usize],
    centre: usize,
    left: &[Vec<NodeIx>],
    right: &[Vec<NodeIx>],
) {
    for column in columns.iter_mut().skip(centre + 1) {
        by_barycentre(column, rows, left);
    }
    for c in (0..centre).rev() {
        by_barycentre(&mut columns[c], rows, right);
    }
}

/// From the edges in: each column after the one farther out.
fn inward(
    columns: &mut [Vec<NodeIx>],
    rows: &mut [usize],
    centre: usize,
    left: &[Vec<NodeIx>],
    right: &[Vec<NodeIx>],
) {
    for c in (centre + 1..columns.len().saturating_sub(1)).rev() {
        by_barycentre(&mut columns[c], rows, right);
    }
    for column in columns.iter_mut().take(centre).skip(1) {
        by_barycentre(column, rows, left);
    }
}

/// How many pairs of drawn links cross: for each pair of neighbouring
/// columns, the links as (left row, right row) sorted, and the pairs whose
/// right rows are out of order counted by merge sort, in n log n.
pub fn crossings(columns: &[Vec<NodeIx>], drawn: &[Drawn], places: &[(usize, usize)]) -> usize {
    let mut between: Vec<Vec<(usize, usize)>> = vec![Vec::new(); columns.len()];
    for d in drawn {
        let (c, l) = places[d.left];
        between[c].push((l, places[d.right].1));
    }
    between
        .into_iter()
        .map(|mut pairs| {
            pairs.sort_unstable();
            let mut rights: Vec<usize> = pairs.into_iter().map(|(_, r)| r).collect();
            inversions(&mut rights)
        })
        .sum()
}

/// Pairs i < j with `values[i] > values[j]`; sorts `values`.
fn inversions(values: &mut [usize]) -> usize {
    if values.len() < 2 {
        return 0;
    }
    let mid = values.len() / 2;
    let mut count = inversions(&mut values[..mid]) + inversions(&mut values[mid..]);
    let mut merged = Vec::with_capacity(values.len());
    let (mut i, mut j) = (0, mid);
    while i < mid && j < values.len() {
        if values[j] < values[i] {
            // Every value left in the first half is greater.
            count += mid - i;
            merged.push(values[j]);
            j += 1;
        } else {
            merged.push(values[i]);
            i += 1;
        }
    }
    merged.extend_from_slice(&values[i..mid]);
    merged.extend_from_slice(&values[j..]);
    values.copy_from_slice(&merged);
    count
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inversions_count_strictly_out_of_order_pairs() {
        assert_eq!(inversions(&mut []), 0);
        assert_eq!(inversions(&mut [1]), 0);
        assert_eq!(inversions(&mut [1, 1, 2]), 0);
        assert_eq!(inversions(&mut [3, 2, 1]), 3);
        let mut v = [2, 0, 2, 1];
        assert_eq!(inversions(&mut v), 3);
        assert_eq!(v, [0, 1, 2, 2]);
    }

    #[test]
    fn crossing_links_are_counted_once() {
        // Column 0: a(0), b(1); column 1: x(2), y(3). a→y and b→x cross.
        let columns = vec![vec![0, 1], vec![2, 3]];
        let drawn = [
            Drawn {
                left: 0,
                right: 3,
                link: 0,
            },
            Drawn {
                left: 1,
                right: 2,
                link: 1,
            },
        ];
        let places = places(&columns, 4);
        assert_eq!(crossings(&columns, &drawn, &places), 1);
        let ordered = order(columns, 0, &drawn, 4);
        assert_eq!(ordered, vec![vec![0, 1], vec![3, 2]]);
    }
}
