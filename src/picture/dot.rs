//! The pathway graph in Graphviz's DOT language: the whole of it, the
//! neighbourhood of an offer, or routes. Offers are boxes grouped by
//! body, edges are styled by kind (progression, bridge, equivalence,
//! inferred), seams are red and marked ⚠, and a legend says which is which.

mod text;
mod words;

use std::collections::BTreeSet;

pub use text::write;
pub use words::Words;

use super::neighbourhood::{EdgeStyle, Kind, Neighbourhood};
use crate::graph::PathwayGraph;
use crate::model::{Catalogue, OfferIx};
use crate::route::Route;

/// How an offer stands out.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Emphasis {
    Plain,
    /// The centre of a neighbourhood.
    Centre,
    /// Where routes start, and where they end.
    Start,
    End,
}

/// An offer drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DotNode {
    pub offer: OfferIx,
    pub emphasis: Emphasis,
}

/// An edge drawn.
#[derive(Clone, Debug, PartialEq)]
pub struct DotEdge {
    pub from: OfferIx,
    pub to: OfferIx,
    pub style: EdgeStyle,
    /// An equivalence, drawn once with arrows both ways.
    pub both_ways: bool,
    /// Hours of `to` the edge recognises.
    pub credit: f64,
    /// Which steps of which routes it is: (route from 1, step from 2).
    pub steps: Vec<(usize, usize)>,
}

/// What a DOT file draws, before it is written.
#[derive(Clone, Debug, PartialEq)]
pub struct Picture {
    /// What the picture shows, as its caption.
    pub caption: String,
    pub nodes: Vec<DotNode>,
    pub edges: Vec<DotEdge>,
    /// Whether there are several routes, whose steps are then numbered
    /// route by route.
    pub routes: usize,
}

impl Picture {
    /// The kinds of edge drawn, and whether a seam is, for the legend.
    pub fn kinds(&self) -> (BTreeSet<Kind>, bool) {
        let kinds = self.edges.iter().map(|e| e.style.kind).collect();
        (kinds, self.edges.iter().any(|e| e.style.seam))
    }
}

/// Every edge from `from` to offers that `keep` accepts, one per pair; an
/// equivalence both ways once, from the lower offer.
fn edges_from(
    cat: &Catalogue,
    graph: &PathwayGraph,
    from: OfferIx,
    keep: impl Fn(OfferIx) -> bool,
    out: &mut Vec<DotEdge>,
) {
    for (to, edge) in graph.out_edges(from) {
        if !keep(to) {
            continue;
        }
        let style = EdgeStyle::of(cat, edge);
        let both_ways = style.kind == Kind::Equivalence
            && graph
                .edge(to, from)
                .is_some_and(|back| EdgeStyle::of(cat, back).kind == Kind::Equivalence);
        if both_ways && to < from {
            continue;
        }
        let via = edge.seamless.unwrap_or(edge.cheapest);
        out.push(DotEdge {
            from,
            to,
            style,
            both_ways,
            credit: via.credit(cat, to),
            steps: Vec::new(),
        });
    }
}

/// The whole graph: every offer, every edge.
pub fn whole(cat: &Catalogue, graph: &PathwayGraph, words: &Words) -> Picture {
    let nodes = (0..cat.offers.len())
        .map(|i| DotNode {
            offer: OfferIx::new(i),
            emphasis: Emphasis::Plain,
        })
        .collect();
    let mut edges = Vec::new();
    for i in 0..cat.offers.len() {
        edges_from(cat, graph, OfferIx::new(i), |_| true, &mut edges);
    }
    Picture {
        caption: (words.whole)(cat.offers.len()),
        nodes,
        edges,
        routes: 0,
    }
}

/// The neighbourhood of an offer: its offers, every edge between them.
pub fn around(cat: &Catalogue, graph: &PathwayGraph, n: &Neighbourhood, words: &Words) -> Picture {
    let nodes = n
        .nodes
        .iter()
        .map(|node| DotNode {
            offer: node.offer,
            emphasis: if node.offer == n.centre {
                Emphasis::Centre
            } else {
                Emphasis::Plain
            },
        })
        .collect();
    let mut edges = Vec::new();
    for node in &n.nodes {
        edges_from(
            cat,
            graph,
            node.offer,
            |o| n.node_of(o).is_some(),
            &mut edges,
        );
    }
    Picture {
        caption: (words.around)(&cat.offer(n.centre).title, n.depth),
        nodes,
        edges,
        routes: 0,
    }
}

/// Routes: their offers, and the steps they take, numbered.
pub fn routes(cat: &Catalogue, routes: &[Route], words: &Words) -> Picture {
    let mut nodes: Vec<DotNode> = Vec::new();
    let mut edges = Vec::new();
    let mut emphasise =
        |offer: OfferIx, emphasis: Emphasis| match nodes.iter_mut().find(|n| n.offer == offer) {
            Some(n) => n.emphasis = n.emphasis.max(emphasis),
            None => nodes.push(DotNode { offer, emphasis }),
        };
    for (r, route) in routes.iter().enumerate() {
        let last = route.steps.len().saturating_sub(1);
        for (s, step) in route.steps.iter().enumerate() {
            let emphasis = match s {
                0 => Emphasis::Start,
                s if s == last => Emphasis::End,
                _ => Emphasis::Plain,
            };
            emphasise(step.offer, emphasis);
            let (Some(via), Some(before)) = (step.via, s.checked_sub(1)) else {
                continue;
            };
            let from = route.steps[before].offer;
            let style = EdgeStyle {
                kind: Kind::of(cat, &via),
                seam: step.seam,
            };
            // A step several routes take is one edge, numbered for each.
            let same = |e: &&mut DotEdge| e.from == from && e.to == step.offer && e.style == style;
            match edges.iter_mut().find(same) {
                Some(e) => e.steps.push((r + 1, s + 1)),
                None => edges.push(DotEdge {
                    from,
                    to: step.offer,
                    style,
                    both_ways: false,
                    credit: via.credit(cat, step.offer),
                    steps: vec![(r + 1, s + 1)],
                }),
            }
        }
    }
    Picture {
        caption: (words.routes)(routes.len()),
        nodes,
        edges,
        routes: routes.len(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::picture::tests::{catalogue, chain_catalogue};

    #[test]
    fn the_whole_graph_holds_every_offer_and_edge() {
        let cat = catalogue(
            &["a", "b", "qc"],
            &[("a", "b", "equivalence", None), ("b", "qc", "bridge", None)],
        );
        let graph = PathwayGraph::new(&cat);
        let p = whole(&cat, &graph, &Words::EN);
        assert_eq!(p.nodes.len(), 3);
        // The equivalence once, both ways; the bridge, a seam (no agreement).
        assert_eq!(p.edges.len(), 2);
        assert!(p.edges[0].both_ways && p.edges[0].style.kind == Kind::Equivalence);
        assert_eq!(
            p.edges[1].style,
            EdgeStyle {
                kind: Kind::Bridge,
                seam: true
            }
        );
        assert!(p.kinds().1);
    }

    #[test]
    fn a_neighbourhood_keeps_its_own_edges() {
        let cat = chain_catalogue(6);
        let graph = PathwayGraph::new(&cat);
        let n = Neighbourhood::around(&cat, &graph, OfferIx::new(2), 1);
        let p = around(&cat, &graph, &n, &Words::FR);
        assert_eq!(p.nodes.len(), 3);
        assert_eq!(p.nodes[0].emphasis, Emphasis::Centre);
        assert_eq!(p.edges.len(), 2);
        assert!(p.caption.contains("Title o2"), "{}", p.caption);
    }
}
