//! Building the pathway graph in time near-linear in links and inferred
//! pairs: ways are bucketed by source and edges by target with counting
//! sorts ([`Buckets`]), and only each source's short list is sorted.
//! Independent parts run on both cores: the written ways beside the search
//! for inferred pairs, the two halves of the sources' collapse, the
//! backward adjacency beside the forward one.

mod collapse;
mod ways;

use petgraph::csr::Csr;

use super::buckets::Counting;
use super::{BackAdjacency, BackStep, Edge, NodeInfo, PathwayGraph, infer};
use crate::model::{Catalogue, Session};
use collapse::{Collapsed, Leaving};
use ways::Ways;

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

/// The adjacency by target, filled by a stable counting sort of the
/// forward list on targets: each offer's sources stay in order. The
/// forward list and the edges are read front to back, each edge's source
/// and step written straight to its slot; the targets are cut in two
/// halves of about as many edges, filled on two cores, the second beside
/// `beside` (the forward CSR).
fn backward<T: Send>(
    n: usize,
    forward: &[(u32, u32, u32)],
    edges: &[Edge],
    beside: impl FnOnce() -> T + Send,
) -> (BackAdjacency, T) {
    let mut counting = Counting::new(n);
    for e in forward {
        counting.count(e.1 as usize);
    }
    let starts = counting.starts();
    let mut sources = vec![0; forward.len()];
    let mut steps = vec![BackStep::default(); forward.len()];
    let middle = starts
        .partition_point(|&s| (s as usize) < forward.len() / 2)
        .min(n);
    let cut = starts[middle] as usize;
    let (first_sources, second_sources) = sources.split_at_mut(cut);
    let (first_steps, second_steps) = steps.split_at_mut(cut);
    let fill = |targets: std::ops::Range<usize>, sources: &mut [u32], steps: &mut [BackStep]| {
        let base = starts[targets.start];
        let mut next: Vec<u32> = starts[targets.clone()].iter().map(|s| s - base).collect();
        for &(a, b, e) in forward {
            let Some(slot) = (b as usize)
                .checked_sub(targets.start)
                .and_then(|t| next.get_mut(t))
            else {
                continue;
            };
            sources[*slot as usize] = a;
            steps[*slot as usize] = BackStep::new(e, &edges[e as usize]);
            *slot += 1;
        }
    };
    let ((), beside) = join(
        || fill(0..middle, first_sources, first_steps),
        || {
            let beside = beside();
            fill(middle..n, second_sources, second_steps);
            beside
        },
    );
    let backward = BackAdjacency {
        starts,
        sources,
        steps,
    };
    (backward, beside)
}

pub(super) fn build(cat: &Catalogue) -> PathwayGraph {
    let n = cat.offers.len();
    let ways_of = Ways::new(cat);
    // On one core the written ways and what routing needs of each offer,
    // on the other the indexes and the inferred pairs: the two take about
    // as long (at 100k, 96 and 91 ms of processor time).
    let ((written, (nodes, sessions, in_step)), (granting, preparing, pairs)) = join(
        || (ways::written(cat, &ways_of), nodes(cat)),
        || {
            let granting = infer::Index::granting(cat);
            let mut pairs = Vec::new();
            infer::for_each_pair_in(cat, &granting, |a, b| pairs.push((a.0, b.0)));
            (granting, infer::Index::preparing(cat), pairs)
        },
    );
    let inferred = ways::inferred(n, &pairs);
    drop(pairs);
    let Collapsed {
        edges,
        list: forward_list,
        ways,
        inferred: inferred_count,
    } = Leaving {
        ways: &ways_of,
        written: &written,
        inferred: &inferred,
    }
    .collapse();
    drop((written, inferred));
    // The backward adjacency on both cores, the forward one beside it.
    let (backward, forward) = backward(n, &forward_list, &edges, || csr(n, &forward_list));
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
pub(super) fn join<A: Send, B: Send>(
    a: impl FnOnce() -> A + Send,
    b: impl FnOnce() -> B + Send,
) -> (A, B) {
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

#[cfg(test)]
mod tests {
    use crate::graph::PathwayGraph;
    use crate::model::Catalogue;

    /// A catalogue being written from nothing has no offer yet: its graph
    /// is empty, not a panic (a new file opened in the interface).
    #[test]
    fn a_catalogue_without_offers_has_an_empty_graph() {
        let graph = PathwayGraph::new(&Catalogue::default());
        assert_eq!(graph.node_count(), 0);
        assert_eq!(graph.inferred_edges(), 0);
    }
}
