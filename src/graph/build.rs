//! Building the pathway graph in time near-linear in links and inferred
//! pairs: edges are bucketed by source and by target with counting sorts,
//! and only each source's short list is sorted.

use petgraph::csr::Csr;

use super::{BackStep, Edge, EdgeKind, NodeInfo, PathwayGraph, Via, infer};
use crate::model::{Catalogue, CoveredPairs, LinkKind, ProviderIx, Session};

/// Counts per key, turned into the start of each key's bucket (one more
/// entry than keys): the first pass of a counting sort.
pub(super) fn bucket_starts(keys: impl Iterator<Item = usize>, buckets: usize) -> Vec<u32> {
    let mut starts = vec![0u32; buckets + 1];
    for k in keys {
        starts[k + 1] += 1;
    }
    for i in 1..starts.len() {
        starts[i] += starts[i - 1];
    }
    starts
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
        Via {
            kind,
            step_hours: (self.hours[to as usize] - credit).max(0.0),
            seam: pa != pb && !named && !self.cover.covers(pa, pb),
        }
    }
}

/// Every way written in links: progressions and bridges one way,
/// equivalences both.
fn written(cat: &Catalogue, ways: &Ways) -> Vec<(u32, u32, Via)> {
    let mut raw = Vec::with_capacity(cat.links.len() * 2);
    for (i, link) in cat.links.iter().enumerate() {
        let kind = EdgeKind::Link(u32::try_from(i).expect("fewer than 2^32 links"));
        let named = link.agreement.is_some();
        let (a, b) = (link.from.0, link.to.0);
        match link.kind {
            LinkKind::Progression | LinkKind::Bridge => {
                raw.push((
                    a,
                    b,
                    ways.way(kind, a, b, link.credit_hours.unwrap_or(0.0), named),
                ));
            }
            LinkKind::Equivalence => {
                raw.push((a, b, ways.way(kind, a, b, ways.hours[b as usize], named)));
                raw.push((b, a, ways.way(kind, b, a, ways.hours[a as usize], named)));
            }
        }
    }
    raw
}

/// Adds the inferred progressions no written link already makes; returns
/// how many.
fn add_inferred(cat: &Catalogue, ways: &Ways, raw: &mut Vec<(u32, u32, Via)>) -> usize {
    let n = cat.offers.len();
    // Written links into each offer, by a counting sort on targets.
    let into_starts = bucket_starts(raw.iter().map(|e| e.1 as usize), n);
    let mut into = vec![0u32; raw.len()];
    let mut next = into_starts.clone();
    for e in raw.iter() {
        let slot = &mut next[e.1 as usize];
        into[*slot as usize] = e.0;
        *slot += 1;
    }
    let mut joined_to = vec![u32::MAX; n];
    let mut marked = u32::MAX;
    let mut inferred = 0;
    infer::for_each_pair(cat, |a, b| {
        // Pairs come grouped by b: mark b's written predecessors once.
        if marked != b.0 {
            marked = b.0;
            for &from in &into[into_starts[b.index()] as usize..into_starts[b.index() + 1] as usize]
            {
                joined_to[from as usize] = b.0;
            }
        }
        if joined_to[a.index()] != b.0 {
            inferred += 1;
            raw.push((a.0, b.0, ways.way(EdgeKind::Inferred, a.0, b.0, 0.0, false)));
        }
    });
    inferred
}

/// One edge per joined pair, in (source, target) order: the ways are
/// bucketed by source, each source's short list sorted by target then
/// hours, and every way kept in `ways`. Returns the edges and the
/// (source, target, edge index) list for the CSR.
fn collapse(
    n: usize,
    raw: Vec<(u32, u32, Via)>,
    ways: &mut Vec<Via>,
) -> (Vec<Edge>, Vec<(u32, u32, u32)>) {
    let from_starts = bucket_starts(raw.iter().map(|e| e.0 as usize), n);
    let mut by_from: Vec<(u32, Via)> = raw.iter().map(|e| (e.1, e.2)).collect();
    let mut next = from_starts.clone();
    for &(a, b, via) in &raw {
        let slot = &mut next[a as usize];
        by_from[*slot as usize] = (b, via);
        *slot += 1;
    }
    drop(raw);
    let mut edges: Vec<Edge> = Vec::with_capacity(by_from.len());
    let mut list: Vec<(u32, u32, u32)> = Vec::with_capacity(by_from.len());
    for a in 0..n {
        let from = u32::try_from(a).expect("fewer than 2^32 offers");
        let out = &mut by_from[from_starts[a] as usize..from_starts[a + 1] as usize];
        out.sort_unstable_by(|x, y| {
            x.0.cmp(&y.0).then_with(|| {
                (x.1.step_hours, x.1.seam, x.1.kind)
                    .partial_cmp(&(y.1.step_hours, y.1.seam, y.1.kind))
                    .expect("hours are finite")
            })
        });
        for &(b, via) in out.iter() {
            let way = u32::try_from(ways.len()).expect("fewer than 2^32 ways");
            ways.push(via);
            match (list.last(), edges.last_mut()) {
                (Some(&(_, to, _)), Some(edge))
                    if to == b && list.last().is_some_and(|l| l.0 == from) =>
                {
                    // Sorted by hours first: the first way is the cheapest,
                    // the first seamless one the cheapest seamless.
                    if edge.cheapest.seam && edge.seamless.is_none() && !via.seam {
                        edge.seamless = Some(via);
                    }
                    edge.ways.1 += 1;
                }
                _ => {
                    let index = u32::try_from(edges.len()).expect("fewer than 2^32 edges");
                    edges.push(Edge {
                        cheapest: via,
                        seamless: None,
                        ways: (way, 1),
                    });
                    list.push((from, b, index));
                }
            }
        }
    }
    (edges, list)
}

/// The (target, source, step) list, by a stable counting sort on targets:
/// sources stay in order.
fn reversed(n: usize, forward: &[(u32, u32, u32)], edges: &[Edge]) -> Vec<(u32, u32, BackStep)> {
    let mut next = bucket_starts(forward.iter().map(|e| e.1 as usize), n);
    let blank = (0u32, 0u32, BackStep::new(0, &edges[0]));
    let mut backward = vec![blank; forward.len()];
    for &(a, b, index) in forward {
        let slot = &mut next[b as usize];
        backward[*slot as usize] = (b, a, BackStep::new(index, &edges[index as usize]));
        *slot += 1;
    }
    backward
}

pub(super) fn build(cat: &Catalogue) -> PathwayGraph {
    let n = cat.offers.len();
    let ways_of = Ways::new(cat);
    let mut raw = written(cat, &ways_of);
    let inferred = add_inferred(cat, &ways_of, &mut raw);
    let mut ways = Vec::with_capacity(raw.len());
    let (edges, forward_list) = collapse(n, raw, &mut ways);
    let backward_list = if edges.is_empty() {
        Vec::new()
    } else {
        reversed(n, &forward_list, &edges)
    };
    let forward = csr(n, &forward_list);
    drop(forward_list);
    let backward = csr(n, &backward_list);
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
    PathwayGraph {
        forward,
        backward,
        edges,
        ways,
        nodes,
        sessions,
        preparing: infer::Index::preparing(cat),
        granting: infer::Index::granting(cat),
        inferred,
        in_step: all_in_step,
    }
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
