//! The map view's state: the places of the catalogue, the offer or the
//! pathway shown over them, and the line selected in the list beside.

use crate::model::OfferIx;
use crate::picture::map::Places;
use crate::route::Route;

use super::Cursor;
use super::data::Data;

/// A step of a pathway as the map draws it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MapStep {
    pub offer: OfferIx,
    /// Its place; none for distance learning.
    pub place: Option<usize>,
    /// Its country differs from the step before's.
    pub crosses: bool,
    pub seam: bool,
}

/// What the list beside the map holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MapList {
    /// Places, most offers first.
    Places(Vec<usize>),
    /// The steps of the pathway.
    Steps(Vec<MapStep>),
}

#[derive(Clone, Debug, PartialEq)]
pub struct MapState {
    pub places: Places,
    /// The offer whose centre stands out, if any.
    pub offer: Option<OfferIx>,
    pub list: MapList,
    pub cursor: Cursor,
}

impl MapState {
    /// The map of every place, an offer's centre standing out (selected in
    /// the list when it has one).
    pub fn of_offer(data: &Data, offer: Option<OfferIx>) -> Self {
        let places = Places::new(&data.cat);
        let mut order: Vec<usize> = (0..places.places.len()).collect();
        // Most offers first; places are already in town order.
        order.sort_by_key(|&p| std::cmp::Reverse(places.places[p].offers));
        let at = offer
            .and_then(|o| places.of_offer(&data.cat, o))
            .and_then(|p| order.iter().position(|&q| q == p));
        Self {
            places,
            offer,
            list: MapList::Places(order),
            cursor: Cursor {
                selected: at.unwrap_or(0),
                offset: 0,
            },
        }
    }

    /// The map of a pathway: its steps, from place to place, the steps
    /// that cross a border marked.
    pub fn of_route(data: &Data, route: &Route) -> Self {
        let places = Places::new(&data.cat);
        let cat = &data.cat;
        let steps = route
            .steps
            .iter()
            .enumerate()
            .map(|(i, s)| MapStep {
                offer: s.offer,
                place: places.of_offer(cat, s.offer),
                crosses: i > 0
                    && cat.offer_country(s.offer) != cat.offer_country(route.steps[i - 1].offer),
                seam: s.seam,
            })
            .collect();
        Self {
            places,
            offer: None,
            list: MapList::Steps(steps),
            cursor: Cursor::default(),
        }
    }

    /// How many lines the list has.
    pub fn len(&self) -> usize {
        match &self.list {
            MapList::Places(p) => p.len(),
            MapList::Steps(s) => s.len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The place of the line selected, if it has one.
    pub fn selected_place(&self) -> Option<usize> {
        match &self.list {
            MapList::Places(p) => p.get(self.cursor.selected).copied(),
            MapList::Steps(s) => s.get(self.cursor.selected).and_then(|s| s.place),
        }
    }

    /// The offer of the line selected: the step's, or the one the map
    /// was opened for.
    pub fn selected_offer(&self) -> Option<OfferIx> {
        match &self.list {
            MapList::Places(_) => self.offer,
            MapList::Steps(s) => s.get(self.cursor.selected).map(|s| s.offer),
        }
    }

    /// Selects the line of a place (the first step there, on a pathway).
    pub fn select_place(&mut self, place: usize) {
        let at = match &self.list {
            MapList::Places(p) => p.iter().position(|&q| q == place),
            MapList::Steps(s) => s.iter().position(|s| s.place == Some(place)),
        };
        if let Some(at) = at {
            self.cursor.selected = at;
        }
    }
}
