//! Building the pathway graph in time near-linear in links and inferred
//! pairs: edges are bucketed by source and by target with counting sorts,
//! and only each source's short list is sorted. Independent parts run on
//! both cores: the written ways beside the search for inferred pairs, the
//! backward adjacency beside the forward one.

use petgraph::csr::Csr;

use super::{BackAdjacency, BackStep, Edge, EdgeKind, NodeInfo, PathwayGraph, Via, infer};
use crate::model::{Catalogue, CoveredPairs, LinkKind, ProviderIx, Session};

/// Counts per key, turned into the start of each key's bucket (one more
/// entry than keys): the first pass of a counting sort.
pub(super) fn bucket_starts(keys: impl Iterator<Item = usize>, buckets: usize) -> Vec<u32> {
    let mut starts = vec![0u32; buckets + 1];
    for k in keys {
        starts[k + 1] += 1;
    }
    accumulate(&mut starts);
    starts
}

/// Counts (each at its key + 1) turned into the start of each bucket.
fn accumulate(starts: &mut [u32]) {
    for i in 1..starts.len() {
        starts[i] += starts[i - 1];
    }
}

/// Whether an offer's sessions, sorted, are in step: taking for each start
/// the first to end (the one taken), their ends never go back.
fn in_step(sorted: &[Session]) -> bool {
    let mut last_end = None;
    let mut last_start = None;
    for s in sorted {
        if last_start == Some(s.start) {
            continue;
        }
        if last_end.is_some_and(|end| s.end < end) {
            return false;
        }
        (last_start, last_end) = (Some(s.start), Some(s.end));
    }
    true
}

/// What deciding an edge's step hours and seam needs, in compact arrays.
struct Ways {
    provider: Vec<ProviderIx>,
    hours: Vec<f64>,
    cover: CoveredPairs,
}

impl Ways {
    fn new(cat: &Catalogue) -> Self {
        Self {
            provider: cat.offers.iter().map(|o| o.provider).collect(),
            hours: cat.offers.iter().map(|o| o.hours).collect(),
            cover: cat.covered_pairs(),
        }
    }

    fn way(&self, kind: EdgeKind, from: u32, to: u32, credit: f64, named: bool) -> Via {
        let (pa, pb) = (self.provider[from as usize], self.provider[to as usize]);
        Via::new(
            kind,
            (self.hours[to as usize] - credit).max(0.0),
            pa != pb && !named && !self.cover.covers(pa, pb),
        )
    }
}

/// Ways grouped by the offer they leave: `(target, way)` for offer `a` at
/// `items[starts[a]..starts[a + 1]]`.
struct BySource {
    starts: Vec<u32>,
    items: Vec<(u32, Via)>,
}

impl BySource {
    fn of(&self, a: usize) -> &[(u32, Via)] {
        &self.items[self.starts[a] as usize..self.starts[a + 1] as usize]
    }
}

/// Every way written in links, by source: progressions and bridges one
/// way, equivalences both. A counting sort: the links are read twice, in
/// plain loops (iterator adaptors here cost a third of the time).
fn written(cat: &Catalogue, ways: &Ways) -> BySource {
    let n = cat.offers.len();
    let mut starts = vec![0u32; n + 1];
    for link in &cat.links {
        starts[link.from.index() + 1] += 1;
        if link.kind == LinkKind::Equivalence {
            starts[link.to.index() + 1] += 1;
        }
    }
    accumulate(&mut starts);
    let blank = (0, Via::new(EdgeKind::Inferred, 0.0, false));
    let mut items = vec![blank; starts[n] as usize];
    let mut next = starts.clone();
    let mut put = |a: u32, b: u32, via: Via| {
        let slot = &mut next[a as usize];
        items[*slot as usize] = (b, via);
        *slot += 1;
    };
    for (i, link) in cat.links.iter().enumerate() {
        let kind = EdgeKind::Link(u32::try_from(i).expect("fewer than 2^32 links"));
        let named = link.agreement.is_some();
        let (a, b) = (link.from.0, link.to.0);
        match link.kind {
            LinkKind::Progression | LinkKind::Bridge => {
                let credit = link.credit_hours.unwrap_or(0.0);
                put(a, b, ways.way(kind, a, b, credit, named));
            }
            // An equivalence recognises the whole offer entered.
            LinkKind::Equivalence => {
                put(a, b, ways.way(kind, a, b, ways.hours[b as usize], named));
                put(b, a, ways.way(kind, b, a, ways.hours[a as usize], named));
            }
        }
    }
    BySource { starts, items }
}

/// The inferred progressions (`pairs`, from [`infer`]) by source, as
/// targets: their ways are made, and those a written link already makes
/// dropped, as each source's ways are collapsed.
struct Inferred {
    starts: Vec<u32>,
    targets: Vec<u32>,
}

impl Inferred {
    fn new(n: usize, pairs: &[(u32, u32)]) -> Self {
        let starts = bucket_starts(pairs.iter().map(|p| p.0 as usize), n);
        let mut targets = vec![0; pairs.len()];
        let mut next = starts.clone();
        for &(a, b) in pairs {
            let slot = &mut next[a as usize];
            targets[*slot as usize] = b;
            *slot += 1;
        }
        Self { starts, targets }
    }

    fn of(&self, a: usize) -> &[u32] {
        &self.targets[self.starts[a] as usize..self.starts[a + 1] as usize]
    }
}

/// Edges with their ways, for a range of sources.
struct Collapsed {
    edges: Vec<Edge>,
    /// (source, target, edge index) for the CSR: an edge's index is its
    /// place in both.
    list: Vec<(u32, u32, u32)>,
    /// Every way between each joined pair, referred to by [`Edge::ways`].
    ways: Vec<Via>,
    /// How many inferred ways were kept.
    inferred: usize,
}

/// One edge per joined pair, in (source, target) order: each source's
/// written and inferred ways sorted by target then hours, every way kept.
/// An inferred way is kept only where no written link joins the pair.
/// The two halves of the sources are done on two cores.
fn collapse(ways_of: &Ways, written: &BySource, inferred: &Inferred) -> Collapsed {
    let n = written.starts.len() - 1;
    // Halves of about the same number of ways.
    let half = written.starts[n] / 2;
    let middle = written.starts.partition_point(|&s| s < half).min(n);
    // The first half gets room for all: the second is appended to it.
    let all = written.items.len() + inferred.targets.len();
    let (mut first, second) = join(
        || collapse_range(ways_of, written, inferred, 0..middle, all),
        || collapse_range(ways_of, written, inferred, middle..n, 0),
    );
    let edge_offset = u32::try_from(first.edges.len()).expect("fewer than 2^32 edges");
    let way_offset = u32::try_from(first.ways.len()).expect("fewer than 2^32 ways");
    first.edges.extend(second.edges.iter().map(|e| Edge {
        ways: (e.ways.0 + way_offset, e.ways.1),
        ..*e
    }));
    first
        .list
        .extend(second.list.iter().map(|&(a, b, e)| (a, b, e + edge_offset)));
    first.ways.extend_from_slice(&second.ways);
    first.inferred += second.inferred;
    first
}

/// [`collapse`] for the sources in `range`, with indices from 0, with
/// room for at least `room` edges and ways.
fn collapse_range(
    ways_of: &Ways,
    written: &BySource,
    inferred: &Inferred,
    range: std::ops::Range<usize>,
    room: usize,
) -> Collapsed {
    let count = |starts: &[u32]| (starts[range.end] - starts[range.start]) as usize;
    let capacity = room.max(count(&written.starts) + count(&inferred.starts));
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
        out.extend(written.of(a).iter().map(|&(b, via)| sort_key(b, via)));
        out.extend(
            inferred
                .of(a)
                .iter()
                .map(|&b| sort_key(b, ways_of.way(EdgeKind::Inferred, from, b, 0.0, false))),
        );
        out.sort_unstable();
        let mut rest = out.as_slice();
        while let Some(&first) = rest.first() {
            let b = (first >> 96) as u32;
            let same = rest.iter().take_while(|&&k| (k >> 96) as u32 == b).count();
            let (group, after) = rest.split_at(same);
            rest = after;
            part.push(from, b, group);
        }
    }
    part
}

/// A way to `b` as one integer that sorts as (target, step hours, seam,
/// kind), from which it can be read back ([`from_key`]): the ways of a
/// source sort several times faster so than by comparing fields. Step
/// hours are finite and not negative (`+ 0.0` makes -0 into +0), so their
/// bits sort as they do and fit in 63 bits; a link's index sorts as its
/// kind (an inferred way's is the greatest).
fn sort_key(b: u32, via: Via) -> u128 {
    let hours = (via.step_hours + 0.0).to_bits();
    debug_assert!(hours >> 63 == 0, "step hours are not negative");
    (u128::from(b) << 96)
        | (u128::from(hours) << 33)
        | (u128::from(via.seam) << 32)
        | u128::from(via.link)
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

/// The adjacency by target, filled by a stable counting sort of the
/// forward list on targets: each offer's sources stay in order.
fn backward(n: usize, forward: &[(u32, u32, u32)], edges: &[Edge]) -> BackAdjacency {
    let starts = bucket_starts(forward.iter().map(|e| e.1 as usize), n);
    // Edge indices by target first, then what each slot holds in order:
    // the big arrays are written once, front to back.
    let mut order = vec![0u32; forward.len()];
    let mut next = starts.clone();
    for &(_, b, index) in forward {
        let slot = &mut next[b as usize];
        order[*slot as usize] = index;
        *slot += 1;
    }
    let sources = order.iter().map(|&e| forward[e as usize].0).collect();
    let steps = order
        .iter()
        .map(|&e| BackStep::new(e, &edges[e as usize]))
        .collect();
    BackAdjacency {
        starts,
        sources,
        steps,
    }
}

pub(super) fn build(cat: &Catalogue) -> PathwayGraph {
    let n = cat.offers.len();
    let ways_of = Ways::new(cat);
    // On one core the written ways and what routing needs of each offer,
    // on the other the inferred pairs (the longer part): the two take
    // about as long.
    let ((written, (nodes, sessions, in_step), preparing), (granting, pairs)) = join(
        || {
            (
                written(cat, &ways_of),
                nodes(cat),
                infer::Index::preparing(cat),
            )
        },
        || {
            let granting = infer::Index::granting(cat);
            let mut pairs = Vec::new();
            infer::for_each_pair_in(cat, &granting, |a, b| pairs.push((a.0, b.0)));
            (granting, pairs)
        },
    );
    let inferred = Inferred::new(n, &pairs);
    drop(pairs);
    let Collapsed {
        edges,
        list: forward_list,
        ways,
        inferred: inferred_count,
    } = collapse(&ways_of, &written, &inferred);
    drop((written, inferred));
    // The backward adjacency on one core, the forward one on the other.
    let (backward, forward) = join(
        || backward(n, &forward_list, &edges),
        || csr(n, &forward_list),
    );
    PathwayGraph {
        forward,
        backward,
        edges,
        ways,
        nodes,
        sessions,
        preparing,
        granting,
        inferred: inferred_count,
        in_step,
    }
}

/// `a()` and `b()`, on two threads where the machine has two cores.
fn join<A: Send, B: Send>(a: impl FnOnce() -> A + Send, b: impl FnOnce() -> B + Send) -> (A, B) {
    let cores = std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get);
    if cores < 2 {
        return (a(), b());
    }
    std::thread::scope(|scope| {
        let b = scope.spawn(b);
        let a = a();
        (a, b.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
    })
}

/// What routing needs of each offer, every offer's sessions sorted one
/// offer after the other, and whether they are all in step.
fn nodes(cat: &Catalogue) -> (Vec<NodeInfo>, Vec<Session>, bool) {
    let mut sessions: Vec<Session> =
        Vec::with_capacity(cat.offers.iter().map(|o| o.sessions.len()).sum());
    let mut all_in_step = true;
    let nodes = cat
        .offers
        .iter()
        .map(|o| {
            let start = sessions.len();
            sessions.extend_from_slice(&o.sessions);
            let own = &mut sessions[start..];
            own.sort_unstable();
            all_in_step &= in_step(own);
            NodeInfo {
                hours: o.hours,
                cost_eur: o.cost(),
                position: o.centre.map(|c| {
                    let c = cat.centre(c);
                    let lat = c.lat.to_radians();
                    (lat, c.lon.to_radians(), lat.cos())
                }),
                weeks: o.weeks,
                sessions: (
                    u32::try_from(start).expect("fewer than 2^32 sessions"),
                    u32::try_from(o.sessions.len()).expect("fewer than 2^32 sessions"),
                ),
            }
        })
        .collect();
    (nodes, sessions, all_in_step)
}

/// The CSR of edges sorted by (source, target), one per pair, with a node
/// for every offer.
fn csr<W: Copy>(nodes: usize, edges: &[(u32, u32, W)]) -> Csr<(), W, petgraph::Directed, u32> {
    let mut csr = Csr::from_sorted_edges(edges).expect("edges are sorted and distinct");
    while csr.node_count() < nodes {
        csr.add_node(());
    }
    csr
}
