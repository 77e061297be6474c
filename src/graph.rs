//! The pathway graph: offers joined by explicit links and by progressions
//! inferred from competences, as a compact petgraph [`Csr`].
//!
//! Every edge A → B says how entering B from A costs: its step hours
//! (`hours(B) − credit`) and whether the step is a seam (a change of body
//! that no agreement covers). Where several links join the same pair, the
//! edge keeps the cheapest by hours and, if it differs, the cheapest
//! seamless one: every routing criterion picks one of these two.

pub mod infer;

use std::collections::HashSet;

use petgraph::Directed;
use petgraph::csr::Csr;

use crate::model::{Catalogue, LinkKind, OfferIx, ProviderIx};

/// What an edge rests on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EdgeKind {
    /// A link written in the catalogue (its index in [`Catalogue::links`]).
    Link(u32),
    /// A progression inferred from competences.
    Inferred,
}

/// One way to enter an offer from another.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Via {
    pub kind: EdgeKind,
    /// Hours of the offer entered that remain to do: `max(0, hours − credit)`.
    pub step_hours: f64,
    /// A change of body that no agreement covers.
    pub seam: bool,
}

impl Via {
    /// The hours recognised on entering: what the link credits.
    pub fn credit(&self, cat: &Catalogue, to: OfferIx) -> f64 {
        (cat.offer(to).hours - self.step_hours).max(0.0)
    }

    /// The link this step follows, if it is not inferred.
    pub fn link<'c>(&self, cat: &'c Catalogue) -> Option<&'c crate::model::Link> {
        match self.kind {
            EdgeKind::Link(i) => Some(&cat.links[i as usize]),
            EdgeKind::Inferred => None,
        }
    }

    /// Ordering of alternatives between the same two offers: fewer hours,
    /// then seamless, then written links before inferred ones, in file order.
    fn hours_first(&self) -> (f64, bool, EdgeKind) {
        (self.step_hours, self.seam, self.kind)
    }
}

/// An edge of the graph: the best way to enter its target by hours, and the
/// best seamless way when that one is a seam.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Edge {
    pub cheapest: Via,
    pub seamless: Option<Via>,
    /// Where every way between the same two offers lies in
    /// [`PathwayGraph::alternatives`] (start, count), cheapest first.
    pub ways: (u32, u32),
}

impl Edge {
    /// The alternative a criterion uses: seams first, or hours first.
    pub fn via(&self, seams_first: bool) -> Via {
        match (seams_first, self.seamless) {
            (true, Some(seamless)) => seamless,
            _ => self.cheapest,
        }
    }
}

type Adjacency = Csr<(), Edge, Directed, u32>;

/// What routing needs of each offer, kept next to the graph so that a
/// search reads a few numbers rather than whole offers.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct NodeInfo {
    pub hours: f64,
    pub cost_eur: f64,
    /// Latitude and longitude of the offer's centre in radians, with the
    /// cosine of the latitude; none for distance learning.
    pub position: Option<(f64, f64, f64)>,
}

/// The pathway graph of a catalogue, both ways round.
pub struct PathwayGraph {
    forward: Adjacency,
    backward: Adjacency,
    /// Every way between each joined pair, referred to by [`Edge::ways`].
    ways: Vec<Via>,
    nodes: Vec<NodeInfo>,
    inferred: usize,
    in_step: bool,
}

impl PathwayGraph {
    /// Builds the graph: explicit links, equivalences both ways, and
    /// inferred progressions where no link already joins the pair.
    pub fn new(cat: &Catalogue) -> Self {
        let covered = covered_pairs(cat);
        let seam = |a: OfferIx, b: OfferIx, named_agreement: bool| {
            let (pa, pb) = (cat.offer(a).provider, cat.offer(b).provider);
            pa != pb && !named_agreement && !covered.contains(&ordered(pa, pb))
        };
        let mut edges: Vec<(u32, u32, Via)> = Vec::with_capacity(cat.links.len() * 2);
        for (i, link) in cat.links.iter().enumerate() {
            let kind = EdgeKind::Link(u32::try_from(i).expect("fewer than 2^32 links"));
            let named = link.agreement.is_some();
            let mut push = |from: OfferIx, to: OfferIx, credit: f64| {
                edges.push((
                    from.0,
                    to.0,
                    Via {
                        kind,
                        step_hours: (cat.offer(to).hours - credit).max(0.0),
                        seam: seam(from, to, named),
                    },
                ));
            };
            match link.kind {
                LinkKind::Progression | LinkKind::Bridge => {
                    push(link.from, link.to, link.credit_hours.unwrap_or(0.0));
                }
                LinkKind::Equivalence => {
                    push(link.from, link.to, cat.offer(link.to).hours);
                    push(link.to, link.from, cat.offer(link.from).hours);
                }
            }
        }
        let explicit: HashSet<(u32, u32)> = edges.iter().map(|&(a, b, _)| (a, b)).collect();
        let mut inferred = 0;
        infer::for_each_pair(cat, |a, b| {
            if !explicit.contains(&(a.0, b.0)) {
                inferred += 1;
                edges.push((
                    a.0,
                    b.0,
                    Via {
                        kind: EdgeKind::Inferred,
                        step_hours: cat.offer(b).hours,
                        seam: seam(a, b, false),
                    },
                ));
            }
        });
        drop(explicit);
        let n = cat.offers.len();
        let mut ways = Vec::with_capacity(edges.len());
        let mut collapsed = collapse(&mut edges, &mut ways);
        drop(edges);
        let forward = csr(n, &collapsed);
        for e in &mut collapsed {
            std::mem::swap(&mut e.0, &mut e.1);
        }
        collapsed.sort_unstable_by_key(|e| (e.0, e.1));
        let backward = csr(n, &collapsed);
        let nodes = cat
            .offers
            .iter()
            .map(|o| NodeInfo {
                hours: o.hours,
                cost_eur: o.cost(),
                position: o.centre.map(|c| {
                    let c = cat.centre(c);
                    let lat = c.lat.to_radians();
                    (lat, c.lon.to_radians(), lat.cos())
                }),
            })
            .collect();
        Self {
            forward,
            backward,
            ways,
            nodes,
            inferred,
            in_step: cat.offers.iter().all(sessions_in_step),
        }
    }

    /// Every way to follow an edge, cheapest by hours first.
    pub fn alternatives(&self, edge: &Edge) -> &[Via] {
        let (start, count) = edge.ways;
        &self.ways[start as usize..(start + count) as usize]
    }

    /// Whether every offer's sessions are in step: a session that starts
    /// later never ends sooner. Then a later ready date never gives an
    /// earlier finish, and finish dates can be searched like arrival times.
    pub fn sessions_in_step(&self) -> bool {
        self.in_step
    }

    /// What routing needs of an offer.
    pub fn node(&self, offer: OfferIx) -> &NodeInfo {
        &self.nodes[offer.index()]
    }

    /// Edges leaving each offer, in target order.
    pub fn forward(&self) -> &Adjacency {
        &self.forward
    }

    /// The same edges reversed: for each offer, the offers that lead to it.
    pub fn backward(&self) -> &Adjacency {
        &self.backward
    }

    /// How many progressions were inferred from competences.
    pub fn inferred_edges(&self) -> usize {
        self.inferred
    }

    pub fn node_count(&self) -> usize {
        self.forward.node_count()
    }

    pub fn edge_count(&self) -> usize {
        self.forward.edge_count()
    }

    /// The edges leaving an offer, as (target, edge).
    pub fn out_edges(&self, from: OfferIx) -> impl Iterator<Item = (OfferIx, &Edge)> {
        let node = from.0;
        self.forward
            .neighbors_slice(node)
            .iter()
            .zip(self.forward.edges_slice(node))
            .map(|(&to, e)| (OfferIx(to), e))
    }

    /// The edges entering an offer, as (source, edge).
    pub fn in_edges(&self, to: OfferIx) -> impl Iterator<Item = (OfferIx, &Edge)> {
        let node = to.0;
        self.backward
            .neighbors_slice(node)
            .iter()
            .zip(self.backward.edges_slice(node))
            .map(|(&from, e)| (OfferIx(from), e))
    }

    /// The edge from one offer to another, if any.
    pub fn edge(&self, from: OfferIx, to: OfferIx) -> Option<&Edge> {
        let targets = self.forward.neighbors_slice(from.0);
        let at = targets.binary_search(&to.0).ok()?;
        Some(&self.forward.edges_slice(from.0)[at])
    }
}

fn ordered(a: ProviderIx, b: ProviderIx) -> (ProviderIx, ProviderIx) {
    if a <= b { (a, b) } else { (b, a) }
}

/// Every pair of providers that some agreement names together.
fn covered_pairs(cat: &Catalogue) -> HashSet<(ProviderIx, ProviderIx)> {
    let mut pairs = HashSet::new();
    for agreement in &cat.agreements {
        for (i, &a) in agreement.parties.iter().enumerate() {
            for &b in &agreement.parties[i + 1..] {
                pairs.insert(ordered(a, b));
            }
        }
    }
    pairs
}

/// Whether an offer's sessions are in step: ordered by start (and, for one
/// start, the first to end, which is the one taken), their ends never go
/// back.
fn sessions_in_step(offer: &crate::model::Offer) -> bool {
    let mut sessions = offer.sessions.clone();
    sessions.sort_unstable();
    sessions.dedup_by_key(|s| s.start);
    sessions.windows(2).all(|w| w[0].end <= w[1].end)
}

/// Sorts edges by (source, target) and keeps one edge per pair: the
/// cheapest by hours and the cheapest seamless way, with every way stored
/// in `ways`.
fn collapse(edges: &mut [(u32, u32, Via)], ways: &mut Vec<Via>) -> Vec<(u32, u32, Edge)> {
    edges.sort_unstable_by(|x, y| {
        (x.0, x.1).cmp(&(y.0, y.1)).then_with(|| {
            x.2.hours_first()
                .partial_cmp(&y.2.hours_first())
                .expect("hours are finite")
        })
    });
    let mut collapsed: Vec<(u32, u32, Edge)> = Vec::with_capacity(edges.len());
    for &(a, b, via) in edges.iter() {
        let way = u32::try_from(ways.len()).expect("fewer than 2^32 edges");
        ways.push(via);
        match collapsed.last_mut() {
            Some(last) if last.0 == a && last.1 == b => {
                // Sorted by hours first: the first alternative is the cheapest,
                // the first seamless one is the cheapest seamless.
                if last.2.cheapest.seam && last.2.seamless.is_none() && !via.seam {
                    last.2.seamless = Some(via);
                }
                last.2.ways.1 += 1;
            }
            _ => collapsed.push((
                a,
                b,
                Edge {
                    cheapest: via,
                    seamless: None,
                    ways: (way, 1),
                },
            )),
        }
    }
    collapsed
}

/// The CSR of edges sorted by (source, target), one per pair, with a node
/// for every offer.
fn csr(nodes: usize, edges: &[(u32, u32, Edge)]) -> Adjacency {
    let mut csr = Adjacency::from_sorted_edges(edges).expect("edges are sorted and distinct");
    while csr.node_count() < nodes {
        csr.add_node(());
    }
    csr
}
