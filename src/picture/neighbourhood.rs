//! The neighbourhood of an offer: what leads to it and what it leads to,
//! a few steps away, with the edges between them as the pathway graph has
//! them.

use std::collections::HashMap;
use std::collections::hash_map::Entry;

use crate::graph::{Edge, PathwayGraph, Via};
use crate::model::{Catalogue, LinkKind, OfferIx};

/// How deep a neighbourhood may go: further, pictures stop being
/// readable and grow with the catalogue.
pub const MAX_DEPTH: usize = 3;

/// What an edge rests on, as pictures tell them apart.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    Progression,
    Bridge,
    Equivalence,
    /// A progression inferred from competences.
    Inferred,
}

impl Kind {
    /// Every kind, in the order legends list them.
    pub const ALL: [Self; 4] = [
        Self::Progression,
        Self::Bridge,
        Self::Equivalence,
        Self::Inferred,
    ];

    /// The kind of one way into an offer.
    pub fn of(cat: &Catalogue, via: &Via) -> Self {
        match via.link(cat).map(|l| l.kind) {
            Some(LinkKind::Progression) => Self::Progression,
            Some(LinkKind::Bridge) => Self::Bridge,
            Some(LinkKind::Equivalence) => Self::Equivalence,
            None => Self::Inferred,
        }
    }

    /// The link kind it stands for; none for an inferred progression.
    pub fn link_kind(self) -> Option<LinkKind> {
        match self {
            Self::Progression => Some(LinkKind::Progression),
            Self::Bridge => Some(LinkKind::Bridge),
            Self::Equivalence => Some(LinkKind::Equivalence),
            Self::Inferred => None,
        }
    }
}

/// How an edge is drawn: its kind, and whether following it is a seam.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct EdgeStyle {
    pub kind: Kind,
    pub seam: bool,
}

impl EdgeStyle {
    /// The style of a graph edge: the way a person would take, which is the
    /// seamless one when the cheapest is a seam and a seamless one exists;
    /// so a ⚠ on a picture means no way round the seam.
    pub fn of(cat: &Catalogue, edge: &Edge) -> Self {
        let via = edge.seamless.unwrap_or(edge.cheapest);
        Self {
            kind: Kind::of(cat, &via),
            seam: via.seam,
        }
    }
}

/// A node's position in [`Neighbourhood::nodes`].
pub type NodeIx = usize;

/// An offer of the neighbourhood.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Node {
    pub offer: OfferIx,
    /// Steps from the centre: positive for what the centre leads to,
    /// negative for what leads to it, 0 for the centre. An offer that is
    /// both is placed where it is nearer, ahead when equally near.
    pub distance: i32,
}

/// An edge between two offers of the neighbourhood.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Link {
    pub from: NodeIx,
    pub to: NodeIx,
    pub style: EdgeStyle,
    /// The same equivalence also joins `to` to `from`: pictures draw the
    /// pair once, with arrows both ways.
    pub both_ways: bool,
}

/// An offer, what leads to it and what it leads to, up to some depth.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Neighbourhood {
    pub centre: OfferIx,
    pub depth: usize,
    /// The centre first, then by distance from it, nearest first.
    pub nodes: Vec<Node>,
    /// Every edge of the pathway graph between two nodes, by source.
    pub links: Vec<Link>,
    index: HashMap<OfferIx, NodeIx>,
}

impl Neighbourhood {
    /// The offers at most `depth` steps from `centre` either way (depth
    /// is kept within 1 and [`MAX_DEPTH`]), and every edge between them.
    pub fn around(cat: &Catalogue, graph: &PathwayGraph, centre: OfferIx, depth: usize) -> Self {
        let depth = depth.clamp(1, MAX_DEPTH);
        let ahead = distances(centre, depth, |o| graph.out_edges(o).map(|(to, _)| to));
        let behind = distances(centre, depth, |o| graph.in_edges(o).map(|(from, _)| from));
        let mut nodes: Vec<Node> = Vec::with_capacity(ahead.len() + behind.len());
        for (offer, &d) in &ahead {
            let back = behind.get(offer).copied().unwrap_or(usize::MAX);
            let distance = if d <= back { signed(d) } else { -signed(back) };
            nodes.push(Node {
                offer: *offer,
                distance,
            });
        }
        for (offer, &d) in &behind {
            if !ahead.contains_key(offer) {
                nodes.push(Node {
                    offer: *offer,
                    distance: -signed(d),
                });
            }
        }
        // Nearest first, then in catalogue order: the same catalogue gives
        // the same picture.
        nodes.sort_by_key(|n| (n.distance.unsigned_abs(), n.distance < 0, n.offer));
        let index: HashMap<OfferIx, NodeIx> = nodes
            .iter()
            .enumerate()
            .map(|(i, n)| (n.offer, i))
            .collect();
        let mut links = Vec::new();
        for (from, node) in nodes.iter().enumerate() {
            for (target, edge) in graph.out_edges(node.offer) {
                if let Some(&to) = index.get(&target) {
                    let style = EdgeStyle::of(cat, edge);
                    let both_ways = style.kind == Kind::Equivalence
                        && graph
                            .edge(target, node.offer)
                            .is_some_and(|back| EdgeStyle::of(cat, back).kind == Kind::Equivalence);
                    links.push(Link {
                        from,
                        to,
                        style,
                        both_ways,
                    });
                }
            }
        }
        Self {
            centre,
            depth,
            nodes,
            links,
            index,
        }
    }

    /// The node of an offer, if it is in the neighbourhood.
    pub fn node_of(&self, offer: OfferIx) -> Option<NodeIx> {
        self.index.get(&offer).copied()
    }

    /// How many offers lie at each distance, from −depth to +depth.
    pub fn counts(&self) -> Vec<usize> {
        let depth = signed(self.depth);
        let mut counts = vec![0; 2 * self.depth + 1];
        for n in &self.nodes {
            let at = usize::try_from(n.distance + depth).expect("within the depth");
            counts[at] += 1;
        }
        counts
    }
}

/// A distance as a column's signed number; depths are tiny.
fn signed(d: usize) -> i32 {
    i32::try_from(d).unwrap_or(i32::MAX)
}

/// Breadth-first distances from `start` (0) up to `depth` steps, along
/// the neighbours `next` gives.
fn distances<I: Iterator<Item = OfferIx>>(
    start: OfferIx,
    depth: usize,
    next: impl Fn(OfferIx) -> I,
) -> HashMap<OfferIx, usize> {
    let mut seen = HashMap::from([(start, 0)]);
    let mut frontier = vec![start];
    for d in 1..=depth {
        let mut following = Vec::new();
        for offer in frontier {
            for n in next(offer) {
                if let Entry::Vacant(e) = seen.entry(n) {
                    e.insert(d);
                    following.push(n);
                }
            }
        }
        frontier = following;
    }
    seen
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::picture::tests::{chain_catalogue, star_catalogue};

    #[test]
    fn a_lone_offer_is_its_own_neighbourhood() {
        let cat = chain_catalogue(1);
        let graph = PathwayGraph::new(&cat);
        let n = Neighbourhood::around(&cat, &graph, OfferIx::new(0), 3);
        assert_eq!(
            n.nodes,
            vec![Node {
                offer: OfferIx::new(0),
                distance: 0
            }]
        );
        assert!(n.links.is_empty());
        assert_eq!(n.counts(), vec![0, 0, 0, 1, 0, 0, 0]);
    }

    #[test]
    fn a_chain_is_seen_both_ways_up_to_the_depth() {
        // 0 → 1 → 2 → 3 → 4 → 5 → 6, centred on 3.
        let cat = chain_catalogue(7);
        let graph = PathwayGraph::new(&cat);
        let n = Neighbourhood::around(&cat, &graph, OfferIx::new(3), 2);
        assert_eq!(n.depth, 2);
        let at: Vec<(usize, i32)> = n
            .nodes
            .iter()
            .map(|n| (n.offer.index(), n.distance))
            .collect();
        assert_eq!(at, vec![(3, 0), (4, 1), (2, -1), (5, 2), (1, -2)]);
        assert_eq!(n.counts(), vec![1, 1, 1, 1, 1]);
        // 1→2, 2→3, 3→4, 4→5: every edge between the five.
        assert_eq!(n.links.len(), 4);
        assert!(n.links.iter().all(|l| l.style.kind == Kind::Progression));
        // The depth is kept within 1..=3.
        assert_eq!(
            Neighbourhood::around(&cat, &graph, OfferIx::new(3), 0).depth,
            1
        );
        assert_eq!(
            Neighbourhood::around(&cat, &graph, OfferIx::new(3), 9).depth,
            3
        );
    }

    #[test]
    fn three_hundred_neighbours_each_side() {
        let cat = star_catalogue(300);
        let graph = PathwayGraph::new(&cat);
        let hub = cat.lookup.offer("hub").unwrap();
        let n = Neighbourhood::around(&cat, &graph, hub, 1);
        assert_eq!(n.counts(), vec![300, 1, 300]);
        assert_eq!(n.links.len(), 600);
        assert_eq!(n.node_of(hub), Some(0));
    }

    #[test]
    fn an_equivalence_is_one_link_both_ways_ahead() {
        let cat = crate::picture::tests::catalogue(&["a", "b"], &[("a", "b", "equivalence", None)]);
        let graph = PathwayGraph::new(&cat);
        let n = Neighbourhood::around(&cat, &graph, OfferIx::new(0), 1);
        // b is as near ahead as behind: it is placed ahead.
        assert_eq!(n.nodes[1].distance, 1);
        assert_eq!(n.links.len(), 2);
        assert!(n.links.iter().all(|l| l.both_ways));
    }
}
