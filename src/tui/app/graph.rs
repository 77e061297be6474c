//! The graph view's state: the neighbourhood of the offer at its centre,
//! laid out in columns, the node selected, and the centres it came from.

use crate::model::OfferIx;
use crate::picture::neighbourhood::MAX_DEPTH;
use crate::picture::{Layered, Neighbourhood, NodeIx};

use super::data::{Data, SortKey};

/// How far the graph looks when it opens: what leads to the offer and
/// what it leads to, and one step further each way.
pub const DEPTH: usize = 2;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GraphState {
    pub neighbourhood: Neighbourhood,
    pub layered: Layered,
    pub selected: NodeIx,
    /// The first column shown when not all fit, kept while the selection
    /// stays in view (so that a box clicked does not move); none to show
    /// those around the selection.
    pub first_column: Option<usize>,
    /// The centres before this one, to go back to.
    pub history: Vec<OfferIx>,
}

impl GraphState {
    /// The graph around an offer, at the depth given, the centre selected.
    pub fn new(data: &Data, centre: OfferIx, depth: usize) -> Self {
        let (neighbourhood, layered) = lay_out(data, centre, depth);
        Self {
            neighbourhood,
            layered,
            selected: 0,
            first_column: None,
            history: Vec::new(),
        }
    }

    /// The same graph on the catalogue that replaces `old` (an edit, the
    /// files loaded again): around the same centre, found by id, at the
    /// same depth, the same offer selected if it is still there, the
    /// centres before it that still are; none when the centre is gone.
    pub fn carried(&self, old: &Data, new: &Data) -> Option<Self> {
        let find = |o: OfferIx| new.cat.lookup.offer(&old.cat.offer(o).id);
        let mut graph = Self::new(new, find(self.centre())?, self.depth());
        if let Some(node) = find(self.selected_offer()).and_then(|o| graph.neighbourhood.node_of(o))
        {
            graph.selected = node;
        }
        graph.history = self.history.iter().filter_map(|o| find(*o)).collect();
        Some(graph)
    }

    /// The offer at the centre.
    pub fn centre(&self) -> OfferIx {
        self.neighbourhood.centre
    }

    pub fn depth(&self) -> usize {
        self.neighbourhood.depth
    }

    /// The offer selected.
    pub fn selected_offer(&self) -> OfferIx {
        self.neighbourhood.nodes[self.selected].offer
    }

    /// Puts the offer selected at the centre; the old centre can be gone
    /// back to.
    pub fn recentre(&mut self, data: &Data) {
        let offer = self.selected_offer();
        if offer == self.centre() {
            return;
        }
        self.history.push(self.centre());
        *self = Self {
            history: std::mem::take(&mut self.history),
            ..Self::new(data, offer, self.depth())
        };
    }

    /// Back to the centre before; false when there was none. The offer
    /// left stays selected when the old centre's graph has it.
    pub fn back(&mut self, data: &Data) -> bool {
        let Some(previous) = self.history.pop() else {
            return false;
        };
        let left = self.centre();
        let (neighbourhood, layered) = lay_out(data, previous, self.depth());
        self.selected = neighbourhood.node_of(left).unwrap_or(0);
        self.neighbourhood = neighbourhood;
        self.layered = layered;
        self.first_column = None;
        true
    }

    /// Looks one step further (`delta` 1) or nearer (−1), within 1 and
    /// [`MAX_DEPTH`]; the offer selected stays selected if it is still in
    /// the graph, else the centre is. False when the depth is at its end.
    pub fn change_depth(&mut self, data: &Data, delta: isize) -> bool {
        let depth = self
            .depth()
            .saturating_add_signed(delta)
            .clamp(1, MAX_DEPTH);
        if depth == self.depth() {
            return false;
        }
        let offer = self.selected_offer();
        let (neighbourhood, layered) = lay_out(data, self.centre(), depth);
        self.selected = neighbourhood.node_of(offer).unwrap_or(0);
        self.neighbourhood = neighbourhood;
        self.layered = layered;
        self.first_column = None;
        true
    }
}

/// The neighbourhood and its columns, each column first in title order.
fn lay_out(data: &Data, centre: OfferIx, depth: usize) -> (Neighbourhood, Layered) {
    let n = Neighbourhood::around(&data.cat, &data.graph, centre, depth);
    let titles = &data.ranks[SortKey::Title.index()];
    let layered = Layered::new(&n, |i| titles[n.nodes[i].offer.index()]);
    (n, layered)
}
