//! Real places of the cross-border network: the cities where centres
//! stand, the zones they belong to and which zones border which.

/// A region, or a group of regions, on one side of a border.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Zone {
    GrandEst,
    HautsDeFrance,
    Wallonie,
    Bruxelles,
    Vlaanderen,
    Luxembourg,
    Portugal,
    Nederland,
}

impl Zone {
    pub const ALL: [Self; 8] = [
        Self::GrandEst,
        Self::HautsDeFrance,
        Self::Wallonie,
        Self::Bruxelles,
        Self::Vlaanderen,
        Self::Luxembourg,
        Self::Portugal,
        Self::Nederland,
    ];

    /// How many providers, out of 100, have their seat in each zone:
    /// FR 40, BE 34, PT 12, LU 8, NL 6.
    pub const WEIGHTS: [u32; 8] = [22, 18, 15, 7, 12, 8, 12, 6];

    pub fn country(self) -> &'static str {
        match self {
            Self::GrandEst | Self::HautsDeFrance => "FR",
            Self::Wallonie | Self::Bruxelles | Self::Vlaanderen => "BE",
            Self::Luxembourg => "LU",
            Self::Portugal => "PT",
            Self::Nederland => "NL",
        }
    }

    /// The language courses are mostly taught in.
    pub fn language(self) -> Lang {
        match self {
            Self::Vlaanderen | Self::Nederland => Lang::Nl,
            Self::Portugal => Lang::Pt,
            _ => Lang::Fr,
        }
    }

    /// The zones across a border or a boundary, where partners are found.
    pub fn neighbours(self) -> &'static [Self] {
        match self {
            Self::GrandEst => &[Self::Wallonie, Self::Luxembourg, Self::HautsDeFrance],
            Self::HautsDeFrance => &[
                Self::Wallonie,
                Self::Vlaanderen,
                Self::Bruxelles,
                Self::GrandEst,
            ],
            Self::Wallonie => &[
                Self::GrandEst,
                Self::HautsDeFrance,
                Self::Bruxelles,
                Self::Vlaanderen,
                Self::Luxembourg,
                Self::Nederland,
            ],
            Self::Bruxelles => &[Self::Wallonie, Self::Vlaanderen, Self::HautsDeFrance],
            Self::Vlaanderen => &[
                Self::Bruxelles,
                Self::Wallonie,
                Self::Nederland,
                Self::HautsDeFrance,
            ],
            // Many Portuguese families live in Luxembourg and Lorraine.
            Self::Luxembourg => &[Self::GrandEst, Self::Wallonie, Self::Portugal],
            Self::Portugal => &[Self::Luxembourg, Self::GrandEst],
            Self::Nederland => &[Self::Vlaanderen, Self::Wallonie],
        }
    }
}

/// The three languages titles are written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lang {
    Fr,
    Nl,
    Pt,
}

/// A city and the region it belongs to.
pub struct City {
    pub name: &'static str,
    pub region: &'static str,
    pub zone: Zone,
    pub lat: f64,
    pub lon: f64,
}

const fn city(name: &'static str, region: &'static str, zone: Zone, lat: f64, lon: f64) -> City {
    City {
        name,
        region,
        zone,
        lat,
        lon,
    }
}

use Zone::{
    Bruxelles as Bx, GrandEst as Ge, HautsDeFrance as Hf, Luxembourg as Lu, Nederland as Nl,
    Portugal as Pt, Vlaanderen as Vl, Wallonie as Wa,
};

/// City centres, to about 0.01°.
pub const CITIES: [City; 71] = [
    city("Strasbourg", "Grand Est", Ge, 48.573, 7.752),
    city("Metz", "Grand Est", Ge, 49.119, 6.176),
    city("Nancy", "Grand Est", Ge, 48.692, 6.184),
    city("Reims", "Grand Est", Ge, 49.258, 4.032),
    city("Mulhouse", "Grand Est", Ge, 47.750, 7.336),
    city("Colmar", "Grand Est", Ge, 48.079, 7.358),
    city("Troyes", "Grand Est", Ge, 48.297, 4.074),
    city("Charleville-Mézières", "Grand Est", Ge, 49.772, 4.716),
    city("Épinal", "Grand Est", Ge, 48.172, 6.450),
    city("Thionville", "Grand Est", Ge, 49.358, 6.168),
    city("Châlons-en-Champagne", "Grand Est", Ge, 48.957, 4.363),
    city("Longwy", "Grand Est", Ge, 49.519, 5.766),
    city("Forbach", "Grand Est", Ge, 49.188, 6.896),
    city("Sedan", "Grand Est", Ge, 49.702, 4.940),
    city("Saint-Dizier", "Grand Est", Ge, 48.638, 4.949),
    city("Verdun", "Grand Est", Ge, 49.160, 5.384),
    city("Lille", "Hauts-de-France", Hf, 50.629, 3.057),
    city("Roubaix", "Hauts-de-France", Hf, 50.692, 3.178),
    city("Tourcoing", "Hauts-de-France", Hf, 50.724, 3.161),
    city("Valenciennes", "Hauts-de-France", Hf, 50.358, 3.524),
    city("Dunkerque", "Hauts-de-France", Hf, 51.034, 2.377),
    city("Amiens", "Hauts-de-France", Hf, 49.894, 2.296),
    city("Arras", "Hauts-de-France", Hf, 50.291, 2.777),
    city("Lens", "Hauts-de-France", Hf, 50.432, 2.832),
    city("Maubeuge", "Hauts-de-France", Hf, 50.278, 3.973),
    city("Calais", "Hauts-de-France", Hf, 50.951, 1.858),
    city("Boulogne-sur-Mer", "Hauts-de-France", Hf, 50.726, 1.614),
    city("Saint-Quentin", "Hauts-de-France", Hf, 49.847, 3.287),
    city("Douai", "Hauts-de-France", Hf, 50.370, 3.080),
    city("Beauvais", "Hauts-de-France", Hf, 49.430, 2.081),
    city("Liège", "Wallonie", Wa, 50.633, 5.567),
    city("Namur", "Wallonie", Wa, 50.467, 4.867),
    city("Charleroi", "Wallonie", Wa, 50.411, 4.444),
    city("Mons", "Wallonie", Wa, 50.454, 3.952),
    city("Tournai", "Wallonie", Wa, 50.606, 3.388),
    city("Arlon", "Wallonie", Wa, 49.683, 5.817),
    city("La Louvière", "Wallonie", Wa, 50.480, 4.187),
    city("Verviers", "Wallonie", Wa, 50.589, 5.862),
    city("Wavre", "Wallonie", Wa, 50.717, 4.601),
    city("Mouscron", "Wallonie", Wa, 50.744, 3.214),
    city("Bruxelles", "Bruxelles-Capitale", Bx, 50.847, 4.352),
    city("Anderlecht", "Bruxelles-Capitale", Bx, 50.836, 4.308),
    city("Schaerbeek", "Bruxelles-Capitale", Bx, 50.867, 4.377),
    city("Gent", "Vlaanderen", Vl, 51.054, 3.717),
    city("Antwerpen", "Vlaanderen", Vl, 51.219, 4.402),
    city("Brugge", "Vlaanderen", Vl, 51.209, 3.225),
    city("Kortrijk", "Vlaanderen", Vl, 50.828, 3.265),
    city("Leuven", "Vlaanderen", Vl, 50.879, 4.701),
    city("Hasselt", "Vlaanderen", Vl, 50.931, 5.338),
    city("Mechelen", "Vlaanderen", Vl, 51.026, 4.478),
    city("Oostende", "Vlaanderen", Vl, 51.215, 2.929),
    city("Ieper", "Vlaanderen", Vl, 50.851, 2.886),
    city("Genk", "Vlaanderen", Vl, 50.965, 5.500),
    city("Luxembourg", "Luxembourg", Lu, 49.611, 6.130),
    city("Esch-sur-Alzette", "Luxembourg", Lu, 49.496, 5.981),
    city("Differdange", "Luxembourg", Lu, 49.524, 5.891),
    city("Dudelange", "Luxembourg", Lu, 49.481, 6.088),
    city("Ettelbruck", "Luxembourg", Lu, 49.847, 6.104),
    city("Lisboa", "Área Metropolitana de Lisboa", Pt, 38.722, -9.139),
    city(
        "Setúbal",
        "Área Metropolitana de Lisboa",
        Pt,
        38.524,
        -8.893,
    ),
    city("Porto", "Norte", Pt, 41.150, -8.611),
    city("Braga", "Norte", Pt, 41.551, -8.420),
    city("Guimarães", "Norte", Pt, 41.444, -8.296),
    city("Coimbra", "Centro", Pt, 40.203, -8.410),
    city("Aveiro", "Centro", Pt, 40.641, -8.654),
    city("Leiria", "Centro", Pt, 39.744, -8.807),
    city("Faro", "Algarve", Pt, 37.019, -7.930),
    city("Maastricht", "Limburg", Nl, 50.851, 5.691),
    city("Heerlen", "Limburg", Nl, 50.888, 5.979),
    city("Eindhoven", "Noord-Brabant", Nl, 51.441, 5.470),
    city("Breda", "Noord-Brabant", Nl, 51.589, 4.776),
];

/// How many nearest cities (the city itself first) count as "nearby".
pub const NEAR: usize = 6;

/// For each city, the `NEAR` nearest cities, itself first.
pub fn nearest() -> Vec<[u16; NEAR]> {
    (0..CITIES.len())
        .map(|c| {
            let mut order: Vec<usize> = (0..CITIES.len()).collect();
            order.sort_by(|&a, &b| distance2(c, a).total_cmp(&distance2(c, b)).then(a.cmp(&b)));
            std::array::from_fn(|i| u16::try_from(order[i]).expect("few cities"))
        })
        .collect()
}

/// Squared distance on a local flat projection: enough to rank neighbours.
fn distance2(a: usize, b: usize) -> f64 {
    let (a, b) = (&CITIES[a], &CITIES[b]);
    let dx = (a.lon - b.lon) * f64::midpoint(a.lat, b.lat).to_radians().cos();
    let dy = a.lat - b.lat;
    dx * dx + dy * dy
}

/// The cities of a zone.
pub fn cities_of(zone: Zone) -> Vec<u16> {
    (0..CITIES.len())
        .filter(|&c| CITIES[c].zone == zone)
        .map(|c| u16::try_from(c).expect("few cities"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_zone_has_cities_and_every_city_lies_in_its_country() {
        for zone in Zone::ALL {
            assert!(cities_of(zone).len() >= 3, "{zone:?}");
        }
        for c in &CITIES {
            let (lat, lon) = match c.zone.country() {
                "PT" => (36.9..42.2, -9.6..-6.1),
                _ => (47.4..51.6, 1.5..7.9),
            };
            assert!(lat.contains(&c.lat) && lon.contains(&c.lon), "{}", c.name);
        }
    }

    #[test]
    fn the_nearest_city_is_the_city_itself() {
        let near = nearest();
        assert_eq!(near.len(), CITIES.len());
        let metz = CITIES.iter().position(|c| c.name == "Metz").unwrap();
        assert_eq!(usize::from(near[metz][0]), metz);
        let names: Vec<&str> = near[metz]
            .iter()
            .map(|&c| CITIES[usize::from(c)].name)
            .collect();
        assert!(names.contains(&"Thionville"), "{names:?}");
    }
}
