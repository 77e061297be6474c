//! A simplified outline of France, Belgium and Luxembourg: coasts and
//! borders as lines of (latitude, longitude) points, a few kilometres
//! apart at most where borders bend, drawn from the towns they pass
//! (good to a few kilometres: enough for a terminal, where a cell spans
//! five to twenty). Borders with the neighbours (the Netherlands,
//! Germany, Switzerland, Italy, Spain) are drawn as far as they touch
//! the three countries.

/// One line of the outline, and what it is.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Stroke {
    /// A coast, or a border between two countries.
    pub coast: bool,
    pub points: &'static [(f64, f64)],
}

/// Every line of the outline.
pub const OUTLINE: &[Stroke] = &[
    Stroke {
        coast: true,
        points: NORTH_SEA,
    },
    Stroke {
        coast: true,
        points: CHANNEL_AND_ATLANTIC,
    },
    Stroke {
        coast: true,
        points: MEDITERRANEAN,
    },
    Stroke {
        coast: false,
        points: FRANCE_BELGIUM,
    },
    Stroke {
        coast: false,
        points: BELGIUM_LUXEMBOURG,
    },
    Stroke {
        coast: false,
        points: LUXEMBOURG_GERMANY,
    },
    Stroke {
        coast: false,
        points: LUXEMBOURG_FRANCE,
    },
    Stroke {
        coast: false,
        points: BELGIUM_GERMANY,
    },
    Stroke {
        coast: false,
        points: BELGIUM_NETHERLANDS,
    },
    Stroke {
        coast: false,
        points: FRANCE_GERMANY,
    },
    Stroke {
        coast: false,
        points: FRANCE_SWITZERLAND,
    },
    Stroke {
        coast: false,
        points: FRANCE_ITALY,
    },
    Stroke {
        coast: false,
        points: FRANCE_SPAIN,
    },
];

/// The Belgian coast and the French one up to Calais: Sluis (the Dutch
/// border) to Calais.
const NORTH_SEA: &[(f64, f64)] = &[
    (51.37, 3.37),
    (51.35, 3.28),
    (51.33, 3.20),
    (51.23, 2.92),
    (51.15, 2.72),
    (51.09, 2.55),
    (51.04, 2.37),
    (51.01, 2.10),
    (50.95, 1.85),
];

/// Calais round Brittany to Hendaye.
const CHANNEL_AND_ATLANTIC: &[(f64, f64)] = &[
    (50.95, 1.85),
    (50.87, 1.58),
    (50.73, 1.60),
    (50.52, 1.58),
    (50.23, 1.55),
    (50.06, 1.37),
    (49.93, 1.08),
    (49.76, 0.37),
    (49.49, 0.10),
    (49.42, 0.23),
    (49.28, -0.25),
    (49.34, -0.90),
    (49.39, -1.18),
    (49.67, -1.26),
    (49.65, -1.62),
    (49.72, -1.94),
    (49.50, -1.85),
    (49.20, -1.60),
    (48.84, -1.60),
    (48.64, -1.50),
    (48.65, -2.02),
    (48.55, -2.75),
    (48.78, -3.05),
    (48.82, -3.45),
    (48.72, -3.98),
    (48.65, -4.40),
    (48.45, -4.77),
    (48.33, -4.77),
    (48.28, -4.57),
    (48.25, -4.50),
    (48.04, -4.74),
    (47.80, -4.37),
    (47.87, -3.90),
    (47.73, -3.37),
    (47.48, -3.12),
    (47.55, -2.80),
    (47.27, -2.20),
    (47.11, -2.10),
    (46.95, -2.20),
    (46.50, -1.78),
    (46.16, -1.15),
    (45.62, -1.03),
    (45.57, -1.06),
    (45.00, -1.19),
    (44.66, -1.20),
    (44.63, -1.25),
    (44.10, -1.33),
    (43.48, -1.56),
    (43.37, -1.79),
];

/// Cerbère to Menton.
const MEDITERRANEAN: &[(f64, f64)] = &[
    (42.44, 3.17),
    (42.55, 3.04),
    (42.70, 3.04),
    (43.15, 3.16),
    (43.28, 3.45),
    (43.40, 3.70),
    (43.53, 3.95),
    (43.45, 4.40),
    (43.35, 4.60),
    (43.40, 4.90),
    (43.30, 5.37),
    (43.20, 5.60),
    (43.10, 5.93),
    (43.05, 6.15),
    (43.15, 6.40),
    (43.27, 6.64),
    (43.42, 6.85),
    (43.55, 7.00),
    (43.70, 7.27),
    (43.78, 7.50),
];

/// Bray-Dunes on the North Sea to the tripoint near Longwy, round the
/// Givet salient.
const FRANCE_BELGIUM: &[(f64, f64)] = &[
    (51.09, 2.55),
    (50.98, 2.58),
    (50.82, 2.62),
    (50.70, 2.88),
    (50.77, 3.00),
    (50.78, 3.13),
    (50.73, 3.20),
    (50.70, 3.24),
    (50.61, 3.27),
    (50.50, 3.46),
    (50.45, 3.66),
    (50.35, 3.82),
    (50.29, 4.10),
    (50.24, 4.15),
    (50.05, 4.20),
    (49.99, 4.13),
    (49.93, 4.25),
    (49.97, 4.43),
    (50.05, 4.69),
    (50.16, 4.87),
    (50.10, 4.87),
    (49.97, 4.87),
    (49.90, 4.83),
    (49.80, 4.96),
    (49.72, 5.15),
    (49.62, 5.37),
    (49.55, 5.47),
    (49.546, 5.818),
];

/// The tripoint near Longwy to Ouren, where Germany begins.
const BELGIUM_LUXEMBOURG: &[(f64, f64)] = &[
    (49.546, 5.818),
    (49.62, 5.90),
    (49.68, 5.90),
    (49.80, 5.75),
    (49.83, 5.74),
    (49.98, 5.73),
    (50.13, 6.02),
    (50.128, 6.137),
];

/// Ouren down the Our, the Sûre and the Moselle to Schengen.
const LUXEMBOURG_GERMANY: &[(f64, f64)] = &[
    (50.128, 6.137),
    (49.93, 6.21),
    (49.85, 6.32),
    (49.81, 6.42),
    (49.71, 6.50),
    (49.54, 6.37),
    (49.469, 6.367),
];

/// Schengen west to the tripoint near Longwy.
const LUXEMBOURG_FRANCE: &[(f64, f64)] = &[
    (49.469, 6.367),
    (49.47, 6.24),
    (49.46, 6.09),
    (49.49, 5.98),
    (49.546, 5.818),
];

/// Ouren north to Vaals, round the East Cantons.
const BELGIUM_GERMANY: &[(f64, f64)] = &[
    (50.128, 6.137),
    (50.28, 6.20),
    (50.32, 6.35),
    (50.38, 6.26),
    (50.50, 6.20),
    (50.64, 6.26),
    (50.70, 6.12),
    (50.754, 6.021),
];

/// Vaals west to Sluis on the North Sea, along the Meuse and the Campine.
const BELGIUM_NETHERLANDS: &[(f64, f64)] = &[
    (50.754, 6.021),
    (50.76, 5.69),
    (50.90, 5.75),
    (51.00, 5.77),
    (51.09, 5.79),
    (51.22, 5.85),
    (51.27, 5.50),
    (51.30, 5.20),
    (51.44, 4.93),
    (51.40, 4.76),
    (51.47, 4.47),
    (51.37, 4.40),
    (51.35, 4.24),
    (51.20, 3.81),
    (51.27, 3.55),
    (51.37, 3.37),
];

/// Schengen east along the Saar to Lauterbourg, then up the Rhine to
/// Basel.
const FRANCE_GERMANY: &[(f64, f64)] = &[
    (49.469, 6.367),
    (49.40, 6.55),
    (49.23, 6.70),
    (49.18, 6.95),
    (49.10, 7.10),
    (49.12, 7.50),
    (49.05, 7.95),
    (48.97, 8.23),
    (48.80, 8.08),
    (48.58, 7.80),
    (48.30, 7.70),
    (48.00, 7.58),
    (47.59, 7.59),
];

/// Basel along the Jura to Geneva, round its lake, to Mont Blanc.
const FRANCE_SWITZERLAND: &[(f64, f64)] = &[
    (47.59, 7.59),
    (47.50, 7.20),
    (47.45, 7.00),
    (47.10, 6.95),
    (46.95, 6.60),
    (46.60, 6.15),
    (46.40, 6.10),
    (46.20, 5.97),
    (46.13, 6.05),
    (46.25, 6.25),
    (46.39, 6.80),
    (46.15, 6.85),
    (45.92, 7.04),
];

/// Mont Blanc south along the Alps to Menton.
const FRANCE_ITALY: &[(f64, f64)] = &[
    (45.92, 7.04),
    (45.83, 6.87),
    (45.50, 7.10),
    (45.20, 6.90),
    (44.85, 6.95),
    (44.40, 6.90),
    (44.20, 7.20),
    (44.15, 7.57),
    (43.95, 7.60),
    (43.78, 7.50),
];

/// Hendaye along the Pyrenees (Andorra's border included) to Cerbère.
const FRANCE_SPAIN: &[(f64, f64)] = &[
    (43.37, -1.79),
    (43.20, -1.40),
    (43.05, -1.00),
    (42.95, -0.50),
    (42.80, 0.00),
    (42.70, 0.70),
    (42.60, 1.45),
    (42.50, 1.75),
    (42.45, 2.00),
    (42.43, 2.70),
    (42.44, 3.17),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strokes_join_where_borders_meet() {
        // Every end of a line is a point of another: the outline has no
        // loose thread.
        for (i, stroke) in OUTLINE.iter().enumerate() {
            for end in [stroke.points[0], stroke.points[stroke.points.len() - 1]] {
                let joined = OUTLINE
                    .iter()
                    .enumerate()
                    .any(|(j, other)| i != j && other.points.contains(&end));
                assert!(joined, "{end:?} joins nothing");
            }
        }
        // Points are where the region is, and no segment jumps far.
        for stroke in OUTLINE {
            for w in stroke.points.windows(2) {
                let (a, b) = (w[0], w[1]);
                assert!((41.0..52.0).contains(&a.0) && (-5.5..10.0).contains(&a.1));
                assert!((a.0 - b.0).abs() + (a.1 - b.1).abs() < 1.0, "{a:?} {b:?}");
            }
        }
    }
}
