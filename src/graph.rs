//! The pathway graph: offers joined by explicit links and by progressions
//! inferred from competences, as a compact petgraph [`Csr`].
//!
//! Every edge A → B says how entering B from A costs: its step hours
//! (`hours(B) − credit`) and whether the step is a seam (a change of body
//! that no agreement covers). Where several links join the same pair, the
//! edge keeps the cheapest by hours and, if it differs, the cheapest
//! seamless one: every routing criterion picks one of these two.

mod buckets;
mod build;
pub mod infer;

use petgraph::Directed;
use petgraph::csr::Csr;

use crate::model::{Catalogue, OfferIx, Session};

/// What an edge rests on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EdgeKind {
    /// A link written in the catalogue (its index in [`Catalogue::links`]).
    Link(u32),
    /// A progression inferred from competences.
    Inferred,
}

/// One way to enter an offer from another.
///
/// Sixteen bytes: the graph holds one for every way between two offers
/// and two in every edge, so its size is most of the graph's.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Via {
    /// Hours of the offer entered that remain to do: `max(0, hours − credit)`.
    pub step_hours: f64,
    /// The link's index in [`Catalogue::links`]; [`Via::INFERRED`] for an
    /// inferred progression.
    link: u32,
    /// A change of body that no agreement covers.
    pub seam: bool,
}

impl Via {
    /// The `link` of an inferred progression: catalogues hold fewer links.
    const INFERRED: u32 = u32::MAX;

    /// A way of `kind`.
    pub fn new(kind: EdgeKind, step_hours: f64, seam: bool) -> Self {
        let link = match kind {
            EdgeKind::Link(i) => {
                assert!(i != Self::INFERRED, "fewer than 2^32 - 1 links");
                i
            }
            EdgeKind::Inferred => Self::INFERRED,
        };
        Self {
            step_hours,
            link,
            seam,
        }
    }

    /// What the way rests on.
    pub fn kind(&self) -> EdgeKind {
        if self.link == Self::INFERRED {
            EdgeKind::Inferred
        } else {
            EdgeKind::Link(self.link)
        }
    }

    /// The hours recognised on entering: what the link credits.
    pub fn credit(&self, cat: &Catalogue, to: OfferIx) -> f64 {
        (cat.offer(to).hours - self.step_hours).max(0.0)
    }

    /// The link this step follows, if it is not inferred.
    pub fn link<'c>(&self, cat: &'c Catalogue) -> Option<&'c crate::model::Link> {
        match self.kind() {
            EdgeKind::Link(i) => Some(&cat.links[i as usize]),
            EdgeKind::Inferred => None,
        }
    }
}

// The graph's size rests on these two; keep them small.
const _: () = assert!(std::mem::size_of::<Via>() == 16);
const _: () = assert!(std::mem::size_of::<Edge>() == 40);

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

/// Adjacency by source; an edge's weight is its index in
/// [`PathwayGraph::edge_data`].
pub type Adjacency = Csr<(), u32, Directed, u32>;

/// An edge as a search backwards reads it: its index in
/// [`PathwayGraph::edge_data`] and, next to it, what the searches weigh,
/// so that walking an offer's predecessors reads memory in order rather
/// than jumping to each edge.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct BackStep {
    pub edge: u32,
    /// The cheapest way's step hours and seam.
    pub hours: f64,
    pub seam: bool,
    /// The cheapest seamless way's step hours, when the cheapest is a seam
    /// and a seamless way exists; NaN otherwise.
    seamless_hours: f64,
}

impl BackStep {
    fn new(edge: u32, data: &Edge) -> Self {
        Self {
            edge,
            hours: data.cheapest.step_hours,
            seam: data.cheapest.seam,
            seamless_hours: data.seamless.map_or(f64::NAN, |v| v.step_hours),
        }
    }

    /// Step hours and seam of the way a criterion takes, as
    /// [`Edge::via`] chooses it.
    pub fn way(&self, seams_first: bool) -> (f64, bool) {
        if seams_first && !self.seamless_hours.is_nan() {
            (self.seamless_hours, false)
        } else {
            (self.hours, self.seam)
        }
    }
}

/// Adjacency by target, with the figures of each edge, in the layout of a
/// petgraph [`Csr`]: each offer's predecessors (in offer order) and their
/// steps side by side.
///
/// It is filled in one pass by target from the forward edges. petgraph's
/// `Csr` can only be made from a list already sorted by target, which at
/// 100k offers is a 50 MB copy of every edge made only to be read once.
pub struct BackAdjacency {
    /// Where each offer's predecessors start (one more entry than offers).
    starts: Vec<u32>,
    sources: Vec<u32>,
    steps: Vec<BackStep>,
}

impl BackAdjacency {
    /// The offers with an edge to `node`, in offer order.
    pub fn neighbors_slice(&self, node: u32) -> &[u32] {
        &self.sources[self.range(node)]
    }

    /// The steps of those edges, in the same order.
    pub fn edges_slice(&self, node: u32) -> &[BackStep] {
        &self.steps[self.range(node)]
    }

    fn range(&self, node: u32) -> std::ops::Range<usize> {
        let node = node as usize;
        self.starts[node] as usize..self.starts[node + 1] as usize
    }
}

/// What routing needs of each offer, kept next to the graph so that a
/// search reads a few numbers rather than whole offers.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct NodeInfo {
    pub hours: f64,
    pub cost_eur: f64,
    /// Latitude and longitude of the offer's centre in radians, with the
    /// cosine of the latitude; none for distance learning.
    pub position: Option<(f64, f64, f64)>,
    /// The offer's length in weeks when it has no sessions, if given.
    pub weeks: Option<u32>,
    /// Where its sessions lie in [`PathwayGraph::sessions`] (start, count).
    sessions: (u32, u32),
}

/// The pathway graph of a catalogue, both ways round.
pub struct PathwayGraph {
    forward: Adjacency,
    backward: BackAdjacency,
    edges: Vec<Edge>,
    /// Every way between each joined pair, referred to by [`Edge::ways`].
    ways: Vec<Via>,
    nodes: Vec<NodeInfo>,
    /// Every offer's sessions, sorted, one offer after the other.
    sessions: Vec<Session>,
    /// Offers by the occupations they prepare and the competences they grant.
    preparing: infer::Index,
    granting: infer::Index,
    inferred: usize,
    in_step: bool,
}

impl PathwayGraph {
    /// Builds the graph: explicit links, equivalences both ways, and
    /// inferred progressions where no link already joins the pair.
    pub fn new(cat: &Catalogue) -> Self {
        build::build(cat)
    }

    /// What routing needs of an offer.
    pub fn node(&self, offer: OfferIx) -> &NodeInfo {
        &self.nodes[offer.index()]
    }

    /// An offer's sessions by start, then end: the session taken from a
    /// ready day is the first that starts on or after it.
    pub fn sessions(&self, offer: OfferIx) -> &[Session] {
        let (start, count) = self.nodes[offer.index()].sessions;
        &self.sessions[start as usize..(start + count) as usize]
    }

    /// The offers that prepare an occupation, in offer order.
    pub fn preparing(&self, occupation: crate::model::OccupationIx) -> &[OfferIx] {
        self.preparing.get(occupation.index())
    }

    /// The offers that grant a competence, in offer order.
    pub fn granting(&self, competence: crate::model::CompetenceIx) -> &[OfferIx] {
        self.granting.get(competence.index())
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

    /// Edges leaving each offer, in target order; weights index
    /// [`Self::edge_data`].
    pub fn forward(&self) -> &Adjacency {
        &self.forward
    }

    /// Adjacency by target: each offer's predecessors, in offer order.
    pub fn backward(&self) -> &BackAdjacency {
        &self.backward
    }

    /// The edge a weight of [`Self::forward`] or [`Self::backward`] stands for.
    pub fn edge_data(&self, index: u32) -> &Edge {
        &self.edges[index as usize]
    }

    /// How many progressions were inferred from competences.
    pub fn inferred_edges(&self) -> usize {
        self.inferred
    }

    pub fn node_count(&self) -> usize {
        self.forward.node_count()
    }

    pub fn edge_count(&self) -> usize {
        self.edges.len()
    }

    /// The edges leaving an offer, as (target, edge).
    pub fn out_edges(&self, from: OfferIx) -> impl Iterator<Item = (OfferIx, &Edge)> {
        let node = from.0;
        self.forward
            .neighbors_slice(node)
            .iter()
            .zip(self.forward.edges_slice(node))
            .map(|(&to, &e)| (OfferIx(to), &self.edges[e as usize]))
    }

    /// The edges entering an offer, as (source, edge).
    pub fn in_edges(&self, to: OfferIx) -> impl Iterator<Item = (OfferIx, &Edge)> {
        let node = to.0;
        self.backward
            .neighbors_slice(node)
            .iter()
            .zip(self.backward.edges_slice(node))
            .map(|(&from, e)| (OfferIx(from), &self.edges[e.edge as usize]))
    }

    /// The edge from one offer to another, if any.
    pub fn edge(&self, from: OfferIx, to: OfferIx) -> Option<&Edge> {
        let targets = self.forward.neighbors_slice(from.0);
        let at = targets.binary_search(&to.0).ok()?;
        Some(&self.edges[self.forward.edges_slice(from.0)[at] as usize])
    }
}
