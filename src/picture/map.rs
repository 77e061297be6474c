//! The map: the places where offers are taught, with how many at each,
//! and a projection of latitude and longitude onto a grid of terminal
//! cells over the outline of France, Belgium and Luxembourg.

pub mod outline;

use std::collections::HashMap;

use crate::model::{Catalogue, CentreIx, OfferIx};

pub use outline::{OUTLINE, Stroke};

/// Where the map is drawn: centres outside are listed rather than placed,
/// so that one centre in Portugal does not shrink the rest to a dot.
pub const REGION: Bounds = Bounds {
    south: 41.0,
    north: 52.0,
    west: -5.5,
    east: 10.0,
};

/// The least a map spans, in degrees of latitude: a catalogue of one town
/// still shows its surroundings.
const MIN_SPAN: f64 = 1.5;

/// A box of latitudes and longitudes, in degrees.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Bounds {
    pub south: f64,
    pub north: f64,
    pub west: f64,
    pub east: f64,
}

impl Bounds {
    pub fn contains(&self, lat: f64, lon: f64) -> bool {
        (self.south..=self.north).contains(&lat) && (self.west..=self.east).contains(&lon)
    }

    /// The smallest box holding the points; none without points.
    pub fn around(points: impl IntoIterator<Item = (f64, f64)>) -> Option<Self> {
        let mut points = points.into_iter();
        let (lat, lon) = points.next()?;
        let mut b = Self {
            south: lat,
            north: lat,
            west: lon,
            east: lon,
        };
        for (lat, lon) in points {
            b.south = b.south.min(lat);
            b.north = b.north.max(lat);
            b.west = b.west.min(lon);
            b.east = b.east.max(lon);
        }
        Some(b)
    }
}

/// A place offers are taught at: the centres at one spot of one town
/// (several bodies often share a town), with their offers.
#[derive(Clone, Debug, PartialEq)]
pub struct Place {
    pub lat: f64,
    pub lon: f64,
    pub city: String,
    /// The country of its first centre, as written (`FR`, `BE`).
    pub country: String,
    pub centres: Vec<CentreIx>,
    /// How many offers are taught there.
    pub offers: usize,
}

/// The places of a catalogue, and which place each centre is at.
#[derive(Clone, Debug, PartialEq)]
pub struct Places {
    /// By town, then position.
    pub places: Vec<Place>,
    /// For each centre, its place.
    pub of_centre: Vec<usize>,
}

impl Places {
    /// Groups the centres of a catalogue by town and spot (to about a
    /// hundred metres), and counts the offers taught at each.
    pub fn new(cat: &Catalogue) -> Self {
        // Hundredths of a degree at most a kilometre apart: one spot.
        #[allow(clippy::cast_possible_truncation)] // degrees × 1000 fit
        let spot =
            |lat: f64, lon: f64| ((lat * 1000.0).round() as i64, (lon * 1000.0).round() as i64);
        let mut order: Vec<usize> = (0..cat.centres.len()).collect();
        order.sort_by(|&a, &b| {
            let (ca, cb) = (&cat.centres[a], &cat.centres[b]);
            crate::search::fold(&ca.city)
                .cmp(&crate::search::fold(&cb.city))
                .then(ca.lat.total_cmp(&cb.lat))
                .then(ca.lon.total_cmp(&cb.lon))
                .then(a.cmp(&b))
        });
        let mut places: Vec<Place> = Vec::new();
        let mut at: HashMap<(String, (i64, i64)), usize> = HashMap::new();
        let mut of_centre = vec![0; cat.centres.len()];
        for c in order {
            let centre = &cat.centres[c];
            let key = (centre.city.clone(), spot(centre.lat, centre.lon));
            let place = *at.entry(key).or_insert_with(|| {
                places.push(Place {
                    lat: centre.lat,
                    lon: centre.lon,
                    city: centre.city.clone(),
                    country: cat.centre_country(CentreIx::new(c)).to_owned(),
                    centres: Vec::new(),
                    offers: 0,
                });
                places.len() - 1
            });
            places[place].centres.push(CentreIx::new(c));
            of_centre[c] = place;
        }
        for offer in &cat.offers {
            if let Some(c) = offer.centre {
                places[of_centre[c.index()]].offers += 1;
            }
        }
        Self { places, of_centre }
    }

    /// The place an offer is taught at; none for distance learning.
    pub fn of_offer(&self, cat: &Catalogue, offer: OfferIx) -> Option<usize> {
        cat.offer(offer).centre.map(|c| self.of_centre[c.index()])
    }

    /// Whether a place lies in the region the map draws.
    pub fn on_map(&self, place: usize) -> bool {
        let p = &self.places[place];
        REGION.contains(p.lat, p.lon)
    }
}

/// Latitude and longitude onto a grid of cells twice as tall as wide,
/// the same distance the same length either way (an equirectangular
/// projection true at the middle latitude: at this scale the error is a
/// few per cent).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Projection {
    /// What the grid shows, its shape that of the grid.
    pub bounds: Bounds,
    pub columns: u16,
    pub rows: u16,
}

impl Projection {
    /// The projection that shows every point of the region given, with a
    /// margin, in a grid of `columns` × `rows`; the whole region
    /// without points.
    pub fn fit(points: impl IntoIterator<Item = (f64, f64)>, columns: u16, rows: u16) -> Self {
        let inside = points
            .into_iter()
            .filter(|&(lat, lon)| REGION.contains(lat, lon));
        let b = Bounds::around(inside).unwrap_or(REGION);
        let mid = f64::midpoint(b.south, b.north);
        let mid_lon = f64::midpoint(b.west, b.east);
        // How much narrower a degree of longitude is than one of latitude.
        let shrink = mid.to_radians().cos();
        let (width, height) = (f64::from(columns.max(1)), f64::from(rows.max(1)));
        // Degrees of latitude per row, enough for both spans with a
        // margin of a tenth; a cell is twice as tall as wide.
        let lat_span = ((b.north - b.south) * 1.2).max(MIN_SPAN);
        let lon_span = (b.east - b.west) * 1.2;
        let per_row = (lat_span / height).max(lon_span * shrink * 2.0 / width);
        let half_lat = per_row * height / 2.0;
        let half_lon = per_row / (2.0 * shrink) * width / 2.0;
        Self {
            bounds: Bounds {
                south: mid - half_lat,
                north: mid + half_lat,
                west: mid_lon - half_lon,
                east: mid_lon + half_lon,
            },
            columns,
            rows,
        }
    }

    /// The cell a point falls in; none outside the grid.
    pub fn cell(&self, lat: f64, lon: f64) -> Option<(u16, u16)> {
        let b = &self.bounds;
        let x = (lon - b.west) / (b.east - b.west) * f64::from(self.columns);
        let y = (b.north - lat) / (b.north - b.south) * f64::from(self.rows);
        if !(0.0..f64::from(self.columns)).contains(&x) || !(0.0..f64::from(self.rows)).contains(&y)
        {
            return None;
        }
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)] // inside the grid
        Some((x as u16, y as u16))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::picture::tests::catalogue;

    #[test]
    fn places_group_the_centres_of_a_town() {
        let cat = crate::load::load(&crate::load::Source::Sample)
            .catalogue
            .unwrap();
        let places = Places::new(&cat);
        let mons = places.places.iter().find(|p| p.city == "Mons").unwrap();
        assert_eq!(mons.centres.len(), 4);
        assert_eq!(mons.country, "BE");
        let total: usize = places.places.iter().map(|p| p.offers).sum();
        let taught = cat.offers.iter().filter(|o| o.centre.is_some()).count();
        assert_eq!(total, taught);
        // Oeiras is in Portugal: listed, not placed.
        let oeiras = places
            .places
            .iter()
            .position(|p| p.city == "Oeiras")
            .unwrap();
        assert!(!places.on_map(oeiras));
        let metz = cat.lookup.offer("afpa-metz-soudeur").unwrap();
        assert_eq!(
            places.places[places.of_offer(&cat, metz).unwrap()].city,
            "Metz"
        );
    }

    #[test]
    fn no_centre_at_all_shows_the_whole_region() {
        let cat = crate::model::Catalogue::default();
        assert!(Places::new(&cat).places.is_empty());
        let p = Projection::fit([], 80, 20);
        assert!(p.bounds.south <= REGION.south && p.bounds.north >= REGION.north);
        assert!(p.cell(48.85, 2.35).is_some(), "Paris shows");
    }

    #[test]
    fn one_place_is_in_the_middle_of_its_surroundings() {
        let cat = catalogue(&["a"], &[]);
        let places = Places::new(&cat);
        let p = &places.places[places.of_offer(&cat, OfferIx::new(0)).unwrap()];
        let proj = Projection::fit([(p.lat, p.lon)], 60, 20);
        assert_eq!(proj.cell(p.lat, p.lon), Some((30, 10)));
        assert!((proj.bounds.north - proj.bounds.south - MIN_SPAN).abs() < 1e-9);
    }

    #[test]
    fn the_grid_keeps_distances_true_both_ways() {
        let proj = Projection::fit([(49.0, 2.0), (51.0, 6.0)], 100, 30);
        let b = proj.bounds;
        // Degrees per cell, in kilometres: a row twice a column.
        let km_row = (b.north - b.south) / 30.0 * 111.2;
        let km_col = (b.east - b.west) / 100.0 * 111.2 * 50.0_f64.to_radians().cos();
        assert!((km_row / km_col - 2.0).abs() < 0.01, "{km_row} {km_col}");
        assert!(proj.cell(49.0, 2.0).is_some() && proj.cell(51.0, 6.0).is_some());
        assert_eq!(proj.cell(40.0, 2.0), None);
        // Points far away do not widen the map.
        assert_eq!(
            Projection::fit([(49.0, 2.0), (51.0, 6.0), (38.7, -9.3)], 100, 30),
            proj
        );
    }
}
