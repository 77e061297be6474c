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
        let steps: Vec<(OfferIx, bool)> = route.steps.iter().map(|s| (s.offer, s.seam)).collect();
        Self::of_steps(data, &steps)
    }

    /// The map of a pathway's offers, each with whether it is entered
    /// through a seam.
    fn of_steps(data: &Data, offers: &[(OfferIx, bool)]) -> Self {
        let places = Places::new(&data.cat);
        let cat = &data.cat;
        let steps = offers
            .iter()
            .enumerate()
            .map(|(i, &(offer, seam))| MapStep {
                offer,
                place: places.of_offer(cat, offer),
                crosses: i > 0 && cat.offer_country(offer) != cat.offer_country(offers[i - 1].0),
                seam,
            })
            .collect();
        Self {
            places,
            offer: None,
            list: MapList::Steps(steps),
            cursor: Cursor::default(),
        }
    }

    /// The same map on the catalogue that replaces `old` (an edit, the
    /// files loaded again): its offer, or its pathway's, found by id, the
    /// same line selected; the id of an offer gone, when one is.
    pub fn carried(&self, old: &Data, new: &Data) -> Result<Self, String> {
        let find = |o: OfferIx| {
            let id = &old.cat.offer(o).id;
            new.cat.lookup.offer(id).ok_or_else(|| id.clone())
        };
        let mut map = match &self.list {
            MapList::Places(_) => Self::of_offer(new, self.offer.map(find).transpose()?),
            MapList::Steps(steps) => {
                let offers = steps
                    .iter()
                    .map(|s| Ok((find(s.offer)?, s.seam)))
                    .collect::<Result<Vec<_>, String>>()?;
                Self::of_steps(new, &offers)
            }
        };
        match (&map.list, self.offer) {
            // Without an offer, the place selected, by its town.
            (MapList::Places(order), None) => {
                let place = self.selected_place().map(|p| &self.places.places[p]);
                let at = place.and_then(|was| {
                    order.iter().position(|&p| {
                        let now = &map.places.places[p];
                        (now.city.as_str(), now.country.as_str())
                            == (was.city.as_str(), was.country.as_str())
                    })
                });
                map.cursor.selected = at.unwrap_or(0);
            }
            (MapList::Steps(_), _) => map.cursor.selected = self.cursor.selected,
            _ => {}
        }
        Ok(map)
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
