//! Building the pathway graph in time near-linear in links and inferred
//! pairs: edges are bucketed by source and by target with counting sorts,
//! and only each source's short list is sorted. Independent parts run on
//! both cores: the written ways beside the search for inferred pairs, the
//! backward adjacency beside the forward one.

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
    /// Places `(source, target, way)` triples in their source's bucket by
    /// a counting sort: `sources` gives the triples' sources for the
    /// count, then `triples` the triples themselves, in the same order.
    fn new(
        n: usize,
        sources: impl Iterator<Item = usize>,
        triples: impl Iterator<Item = (u32, u32, Via)>,
    ) -> Self {
        let starts = bucket_starts(sources, n);
        let blank = (0, Via::new(EdgeKind::Inferred, 0.0, false));
        let mut items = vec![blank; starts[n] as usize];
        let mut next = starts.clone();
        for (a, b, via) in triples {
            let slot = &mut next[a as usize];
            items[*slot as usize] = (b, via);
            *slot += 1;
        }
        Self { starts, items }
    }

    fn of(&self, a: usize) -> &[(u32, Via)] {
        &self.items[self.starts[a] as usize..self.starts[a + 1] as usize]
    }
}

/// Every way written in links, by source: progressions and bridges one
/// way, equivalences both.
fn written(cat: &Catalogue, ways: &Ways) -> BySource {
    let sources = cat.links.iter().flat_map(|link| {
        let back = (link.kind == LinkKind::Equivalence).then_some(link.to.index());
        std::iter::once(link.from.index()).chain(back)
    });
    let triples = cat.links.iter().enumerate().flat_map(|(i, link)| {
        let kind = EdgeKind::Link(u32::try_from(i).expect("fewer than 2^32 links"));
        let named = link.agreement.is_some();
        let (a, b) = (link.from.0, link.to.0);
        let (there, back) = match link.kind {
            LinkKind::Progression | LinkKind::Bridge => (
                ways.way(kind, a, b, link.credit_hours.unwrap_or(0.0), named),
                None,
            ),
            // An equivalence recognises the whole offer entered.
            LinkKind::Equivalence => (
                ways.way(kind, a, b, ways.hours[b as usize], named),
                Some((b, a, ways.way(kind, b, a, ways.hours[a as usize], named))),
            ),
        };
        std::iter::once((a, b, there)).chain(back)
    });
    BySource::new(cat.offers.len(), sources, triples)
}

/// The inferred progressions (`pairs`, from [`infer`]) that no written
/// link already makes, by source.
fn inferred(ways: &Ways, written: &BySource, pairs: &[(u32, u32)]) -> BySource {
    // A source has a handful of written ways: looking through them beats
    // any index.
    let new = |&&(a, b): &&(u32, u32)| written.of(a as usize).iter().all(|w| w.0 != b);
    BySource::new(
        written.starts.len() - 1,
        pairs.iter().filter(new).map(|p| p.0 as usize),
        pairs
            .iter()
            .filter(new)
            .map(|&(a, b)| (a, b, ways.way(EdgeKind::Inferred, a, b, 0.0, false))),
    )
}

/// One edge per joined pair, in (source, target) order: each source's
/// written and inferred ways sorted by target then hours, and every way
/// kept in `ways`. Returns the edges and the (source, target, edge index)
/// list for the CSR.
fn collapse(
    written: &BySource,
    inferred: &BySource,
    ways: &mut Vec<Via>,
) -> (Vec<Edge>, Vec<(u32, u32, u32)>) {
    let n = written.starts.len() - 1;
    let mut edges: Vec<Edge> = Vec::with_capacity(written.items.len() + inferred.items.len());
    let mut list: Vec<(u32, u32, u32)> = Vec::with_capacity(edges.capacity());
    let mut out: Vec<(u32, Via)> = Vec::new();
    for a in 0..n {
        let from = u32::try_from(a).expect("fewer than 2^32 offers");
        out.clear();
        out.extend_from_slice(written.of(a));
        out.extend_from_slice(inferred.of(a));
        out.sort_unstable_by(|x, y| {
            x.0.cmp(&y.0).then_with(|| {
                (x.1.step_hours, x.1.seam, x.1.kind())
                    .partial_cmp(&(y.1.step_hours, y.1.seam, y.1.kind()))
                    .expect("hours are finite")
            })
        });
        let first = list.len();
        for &(b, via) in &out {
            let way = u32::try_from(ways.len()).expect("fewer than 2^32 ways");
            ways.push(via);
            match (list.last(), edges.last_mut()) {
                (Some(&(_, to, _)), Some(edge)) if to == b && list.len() > first => {
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
    let granting = infer::Index::granting(cat);
    // Written ways on one core while the other finds inferred pairs.
    let (written, pairs) = join(
        || written(cat, &ways_of),
        || {
            let mut pairs = Vec::new();
            infer::for_each_pair_in(cat, &granting, |a, b| pairs.push((a.0, b.0)));
            pairs
        },
    );
    let inferred = inferred(&ways_of, &written, &pairs);
    drop(pairs);
    let mut ways = Vec::with_capacity(written.items.len() + inferred.items.len());
    let (edges, forward_list) = collapse(&written, &inferred, &mut ways);
    let inferred_count = inferred.items.len();
    drop((written, inferred));
    // The backward adjacency on one core, the forward one and what routing
    // needs of each offer on the other.
    let (backward, (forward, (nodes, sessions, in_step), preparing)) = join(
        || {
            let backward_list = if edges.is_empty() {
                Vec::new()
            } else {
                reversed(n, &forward_list, &edges)
            };
            csr(n, &backward_list)
        },
        || {
            (
                csr(n, &forward_list),
                nodes(cat),
                infer::Index::preparing(cat),
            )
        },
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
