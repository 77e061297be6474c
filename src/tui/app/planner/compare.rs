//! Pathways compared column by column: which is best at each figure the
//! table shows.

use crate::route::Route;

use super::Alternative;

/// The figures the table compares, in its order: hours, seams, steps,
/// cost, kilometres (as shown, rounded) and finish; smaller is better,
/// and a missing finish date is worst.
fn figures(route: &Route) -> [f64; 6] {
    #[allow(clippy::cast_precision_loss)] // a few steps, a few seams
    [
        route.hours,
        route.seams as f64,
        route.steps.len() as f64,
        route.cost_eur,
        route.distance_km.round(),
        route
            .finish
            .map_or(f64::INFINITY, |d| f64::from(d.days_since_epoch())),
    ]
}

/// For each pathway and each column, whether the pathway is the best
/// there. A column where all are equal marks none: a star on every row
/// would say nothing.
pub fn best(alternatives: &[Alternative]) -> Vec<[bool; 6]> {
    let all: Vec<[f64; 6]> = alternatives.iter().map(|a| figures(&a.route)).collect();
    let mut marks = vec![[false; 6]; all.len()];
    for column in 0..6 {
        let min = all.iter().map(|f| f[column]).fold(f64::INFINITY, f64::min);
        let max = all
            .iter()
            .map(|f| f[column])
            .fold(f64::NEG_INFINITY, f64::max);
        if max > min {
            for (row, f) in all.iter().enumerate() {
                marks[row][column] = (f[column] - min).abs() < 1e-9;
            }
        }
    }
    marks
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Date, OfferIx};
    use crate::route::Step;

    fn alternative(hours: f64, steps: usize, km: f64, finish: Option<&str>) -> Alternative {
        let step = Step {
            offer: OfferIx::new(0),
            via: None,
            hours: 0.0,
            seam: false,
            cost_eur: 0.0,
            km: 0.0,
            start: None,
            end: None,
        };
        Alternative {
            route: Route {
                steps: vec![step; steps],
                hours,
                seams: 1,
                cost_eur: 100.0,
                distance_km: km,
                finish: finish.map(|d| Date::parse(d).unwrap()),
            },
            saved: false,
        }
    }

    #[test]
    fn each_column_marks_its_best_and_ties_mark_all_of_them() {
        let marks = best(&[
            alternative(1250.0, 3, 174.2, Some("2029-06-29")),
            alternative(1250.0, 3, 178.0, Some("2029-06-29")),
            alternative(900.0, 4, 173.8, None),
        ]);
        // Hours: the third alone; seams and cost: all equal, no mark;
        // steps: the first two; km as shown (174 and 174); finish: a
        // date beats none.
        assert_eq!(marks[0], [false, false, true, false, true, true]);
        assert_eq!(marks[1], [false, false, true, false, false, true]);
        assert_eq!(marks[2], [true, false, false, false, true, false]);
    }

    #[test]
    fn one_pathway_or_none_marks_nothing() {
        assert_eq!(best(&[alternative(10.0, 1, 0.0, None)]), vec![[false; 6]]);
        assert!(best(&[]).is_empty());
    }
}
