//! One edge per joined pair, from every way between them.

use super::join;
use super::ways::Ways;
use crate::graph::buckets::Buckets;
use crate::graph::{Edge, Via};

/// Edges with their ways, for a range of sources.
pub struct Collapsed {
    pub edges: Vec<Edge>,
    /// (source, target, edge index) for the CSR: an edge's index is its
    /// place in both.
    pub list: Vec<(u32, u32, u32)>,
    /// Every way between each joined pair, referred to by [`Edge::ways`].
    pub ways: Vec<Via>,
    /// How many inferred ways were kept.
    pub inferred: usize,
}

/// The ways leaving each offer: written ones, and targets of inferred
/// progressions with what makes their ways.
pub struct Leaving<'a> {
    pub ways: &'a Ways,
    pub written: &'a Buckets<(u32, Via)>,
    pub inferred: &'a Buckets<u32>,
}

impl Leaving<'_> {
    /// One edge per joined pair, in (source, target) order: each source's
    /// written and inferred ways sorted by target then hours, every way
    /// kept. An inferred way is kept only where no written link joins the
    /// pair. The two halves of the sources are done on two cores.
    pub fn collapse(&self) -> Collapsed {
        let starts = self.written.starts();
        let n = starts.len() - 1;
        // Halves of about the same number of ways.
        let middle = starts.partition_point(|&s| s < starts[n] / 2).min(n);
        // The first half gets room for all: the second is appended to it.
        let all = self.written.items().len() + self.inferred.items().len();
        let (mut first, second) = join(
            || self.collapse_range(0..middle, all),
            || self.collapse_range(middle..n, 0),
        );
        let edge_offset = u32::try_from(first.edges.len()).expect("fewer than 2^32 edges");
        let way_offset = u32::try_from(first.ways.len()).expect("fewer than 2^32 ways");
        // The second half appended to the first, the edges on one core and
        // the rest on the other (20 ms on one at 100k).
        let (edges, list, ways) = (&mut first.edges, &mut first.list, &mut first.ways);
        join(
            || {
                edges.extend(second.edges.iter().map(|e| Edge {
                    ways: (e.ways.0 + way_offset, e.ways.1),
                    ..*e
                }));
            },
            || {
                list.extend(second.list.iter().map(|&(a, b, e)| (a, b, e + edge_offset)));
                ways.extend_from_slice(&second.ways);
            },
        );
        first.inferred += second.inferred;
        first
    }

    /// [`Self::collapse`] for the sources in `range`, with indices from 0,
    /// with room for at least `room` edges and ways.
    fn collapse_range(&self, range: std::ops::Range<usize>, room: usize) -> Collapsed {
        let count = |starts: &[u32]| (starts[range.end] - starts[range.start]) as usize;
        let capacity = room.max(count(self.written.starts()) + count(self.inferred.starts()));
        let mut part = Collapsed {
            edges: Vec::with_capacity(capacity),
            list: Vec::with_capacity(capacity),
            ways: Vec::with_capacity(capacity),
            inferred: 0,
        };
        let mut out: Vec<u128> = Vec::new();
        for a in range {
            let from = u32::try_from(a).expect("fewer than 2^32 offers");
            out.clear();
            out.extend(self.written.of(a).iter().map(|&(b, via)| sort_key(b, via)));
            out.extend(
                (self.inferred.of(a).iter()).map(|&b| sort_key(b, self.ways.inferred(from, b))),
            );
            out.sort_unstable();
            for group in out.chunk_by(|x, y| target(*x) == target(*y)) {
                part.push(from, target(group[0]), group);
            }
        }
        part
    }
}

/// A way to `b` as one integer that sorts as (target, step hours, seam,
/// kind), from which it can be read back ([`from_key`]): a source's ways
/// compare as one integer rather than field by field (the sort's
/// instructions fell by 40 %). Step hours are finite and not negative
/// (`+ 0.0` makes -0 into +0), so their bits sort as they do and fit in 63
/// bits; a link's index sorts as its kind (an inferred way's is the
/// greatest).
fn sort_key(b: u32, via: Via) -> u128 {
    let hours = (via.step_hours + 0.0).to_bits();
    debug_assert!(hours >> 63 == 0, "step hours are not negative");
    (u128::from(b) << 96)
        | (u128::from(hours) << 33)
        | (u128::from(via.seam) << 32)
        | u128::from(via.link)
}

/// The target a [`sort_key`] holds.
fn target(key: u128) -> u32 {
    u32::try_from(key >> 96).expect("the target is the top 32 bits")
}

/// The way a [`sort_key`] holds.
#[allow(
    clippy::cast_possible_truncation,
    reason = "the key's parts are cut out of it on purpose"
)]
fn from_key(key: u128) -> Via {
    Via {
        step_hours: f64::from_bits((key >> 33) as u64 & (u64::MAX >> 1)),
        link: key as u32,
        seam: (key >> 32) & 1 == 1,
    }
}

impl Collapsed {
    /// The edge from `a` to `b` over `group`, its ways' [`sort_key`]s sorted.
    fn push(&mut self, a: u32, b: u32, group: &[u128]) {
        let written_here = group.iter().any(|&k| from_key(k).link != Via::INFERRED);
        let mut kept = group
            .iter()
            .map(|&k| from_key(k))
            .filter(|via| !(written_here && via.link == Via::INFERRED));
        let cheapest = kept
            .next()
            .expect("a group holds a written or an inferred way");
        let index = u32::try_from(self.edges.len()).expect("fewer than 2^32 edges");
        let start = u32::try_from(self.ways.len()).expect("fewer than 2^32 ways");
        self.ways.push(cheapest);
        let mut edge = Edge {
            cheapest,
            seamless: None,
            ways: (start, 1),
        };
        for via in kept {
            // Sorted by hours first: the first way is the cheapest, the
            // first seamless one the cheapest seamless.
            if edge.cheapest.seam && edge.seamless.is_none() && !via.seam {
                edge.seamless = Some(via);
            }
            self.ways.push(via);
            edge.ways.1 += 1;
        }
        self.inferred += usize::from(!written_here);
        self.edges.push(edge);
        self.list.push((a, b, index));
    }
}
