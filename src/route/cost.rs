//! What each step costs under each criterion, and when it is taken.
//!
//! The search and the evaluation of a finished route both go through
//! [`Key::first`] and [`Key::then`], so the figures a search compares are
//! exactly those a route reports.

use std::cmp::Ordering;

use super::{Criterion, Route, Step};
use crate::graph::{NodeInfo, PathwayGraph, Via};
use crate::model::{Date, OfferIx};

const EARTH_RADIUS_KM: f64 = 6371.0;
const HOURS_PER_WEEK: f64 = 35.0;

/// The figures a criterion compares, most important first, ordered
/// lexicographically. DESIGN.md leaves ties on a criterion's figures open;
/// the last place then counts the offers, so that among routes equal on
/// every figure the shortest wins rather than a chain of steps that cost
/// nothing (0 in the places a criterion does not use).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Key(pub [f64; 3]);

impl Key {
    pub const ZERO: Self = Self([0.0; 3]);
    pub const INFINITE: Self = Self([f64::INFINITY; 3]);

    /// Component-wise sum.
    #[must_use]
    pub fn plus(self, other: Self) -> Self {
        Self([
            self.0[0] + other.0[0],
            self.0[1] + other.0[1],
            self.0[2] + other.0[2],
        ])
    }

    /// Component-wise difference: what remains of `self` after `other`.
    #[must_use]
    pub fn minus(self, other: Self) -> Self {
        Self([
            self.0[0] - other.0[0],
            self.0[1] - other.0[1],
            self.0[2] - other.0[2],
        ])
    }

    /// Every figure times `factor`.
    #[must_use]
    pub fn times(self, factor: f64) -> Self {
        Self(self.0.map(|x| x * factor))
    }

    /// Whether `self` is above `limit` by more than rounding: sums of the
    /// same figures in another order may differ in the last bits.
    pub fn beyond(self, limit: Self) -> bool {
        for (a, b) in self.0.into_iter().zip(limit.0) {
            let slack = 1e-9 * a.abs().max(b.abs()).max(1.0);
            if a > b + slack {
                return true;
            }
            if a < b - slack {
                return false;
            }
        }
        false
    }
}

impl Eq for Key {}

impl PartialOrd for Key {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Key {
    fn cmp(&self, other: &Self) -> Ordering {
        self.0[0]
            .total_cmp(&other.0[0])
            .then(self.0[1].total_cmp(&other.0[1]))
            .then(self.0[2].total_cmp(&other.0[2]))
    }
}

/// Great-circle distance between two positions (radians, with the cosine of
/// the latitude), on a sphere of radius 6371 km.
pub fn haversine_km(a: (f64, f64, f64), b: (f64, f64, f64)) -> f64 {
    let (dlat, dlon) = (b.0 - a.0, b.1 - a.1);
    let h = (dlat / 2.0).sin().powi(2) + a.2 * b.2 * (dlon / 2.0).sin().powi(2);
    2.0 * EARTH_RADIUS_KM * h.sqrt().min(1.0).asin()
}

/// Kilometres between two offers' centres; 0 when either has none.
pub fn km(from: &NodeInfo, to: &NodeInfo) -> f64 {
    match (from.position, to.position) {
        (Some(a), Some(b)) => haversine_km(a, b),
        _ => 0.0,
    }
}

/// What a step costs: the offer's price in proportion to the hours done.
pub fn step_cost(to: &NodeInfo, step_hours: f64) -> f64 {
    to.cost_eur * step_hours / to.hours
}

/// When an offer is taken after a step that ended on `previous_end` (the
/// day before the start date for the first step): (start, end), or none
/// when no session is left. The first step does all its offer's hours,
/// more than 0 (loading checks it), so a step of 0 hours, which takes no
/// time, always follows another.
pub fn take(
    graph: &PathwayGraph,
    offer: OfferIx,
    step_hours: f64,
    previous_end: Date,
) -> Option<(Date, Date)> {
    if step_hours == 0.0 {
        return Some((previous_end, previous_end));
    }
    let ready = previous_end.add_days(1);
    let sessions = graph.sessions(offer);
    if sessions.is_empty() {
        let days = open_entry_days(graph.node(offer), step_hours);
        return Some((ready, previous_end.add_days(days)));
    }
    // Sorted by start then end: the first on or after the ready day is the
    // one taken (of two with the same start, the first to end).
    let at = sessions.partition_point(|s| s.start < ready);
    sessions.get(at).map(|s| (s.start, s.end))
}

/// How many days an offer without sessions takes: its weeks, or a week
/// per 35 hours to do.
fn open_entry_days(node: &NodeInfo, step_hours: f64) -> i32 {
    let weeks = node.weeks.map_or_else(|| weeks_for(step_hours), i64::from);
    i32::try_from(weeks.saturating_mul(7)).unwrap_or(i32::MAX / 2)
}

/// The fewest days a step into `offer` adds to the previous step's end,
/// whatever that day is: none for a step with no hours left, the weeks of
/// an offer without sessions, else a day to be ready and the shortest
/// session. What remains of a route is at least the sum of these.
pub fn min_days(graph: &PathwayGraph, offer: OfferIx, step_hours: f64) -> f64 {
    if step_hours == 0.0 {
        return 0.0;
    }
    let sessions = graph.sessions(offer);
    if sessions.is_empty() {
        return f64::from(open_entry_days(graph.node(offer), step_hours));
    }
    let shortest = sessions
        .iter()
        .map(|s| s.end.days_since_epoch() - s.start.days_since_epoch())
        .min()
        .unwrap_or(0);
    f64::from(1 + shortest.max(0))
}

#[allow(clippy::cast_possible_truncation)] // hours are far below i64::MAX
fn weeks_for(step_hours: f64) -> i64 {
    (step_hours / HOURS_PER_WEEK).ceil() as i64
}

/// Day numbers as the first figure of a finish key.
fn day(date: Date) -> f64 {
    f64::from(date.days_since_epoch())
}

fn date(day: f64) -> Date {
    #[allow(clippy::cast_possible_truncation)] // keys hold whole day numbers
    Date::from_days_since_epoch(day as i32)
}

impl Key {
    /// The key of a route made of `offer` alone; none when it cannot be
    /// taken (finish criterion, no session left).
    pub fn first(
        graph: &PathwayGraph,
        criterion: Criterion,
        offer: OfferIx,
        start: Date,
    ) -> Option<Self> {
        let node = graph.node(offer);
        let h = node.hours;
        Some(Self(match criterion {
            Criterion::Hours => [h, 0.0, 1.0],
            Criterion::Seams | Criterion::Distance => [0.0, h, 1.0],
            Criterion::Steps => [1.0, h, 0.0],
            Criterion::Cost => [step_cost(node, h), h, 1.0],
            Criterion::Finish => {
                let (_, end) = take(graph, offer, h, start.add_days(-1))?;
                [day(end), h, 1.0]
            }
        }))
    }

    /// The key after one more step, from `from` into `to` through `via`;
    /// none when the step cannot be taken.
    pub fn then(
        self,
        graph: &PathwayGraph,
        criterion: Criterion,
        from: OfferIx,
        to: OfferIx,
        via: &Via,
    ) -> Option<Self> {
        if criterion == Criterion::Finish {
            let [a, b, c] = self.0;
            let (_, end) = take(graph, to, via.step_hours, date(a))?;
            return Some(Self([day(end), b + via.step_hours, c + 1.0]));
        }
        let way = (via.step_hours, via.seam);
        Some(self.plus(Self::step(graph, criterion, from, to, way)))
    }

    /// What one step adds under an additive criterion (all but finish),
    /// entering `to` by a way of these step hours and seam.
    pub fn step(
        graph: &PathwayGraph,
        criterion: Criterion,
        from: OfferIx,
        to: OfferIx,
        (s, seam): (f64, bool),
    ) -> Self {
        let seam = f64::from(u8::from(seam));
        Self(match criterion {
            Criterion::Hours => [s, seam, 1.0],
            Criterion::Seams => [seam, s, 1.0],
            Criterion::Steps => [1.0, s, 0.0],
            Criterion::Cost => [step_cost(graph.node(to), s), s, 1.0],
            Criterion::Distance => [km(graph.node(from), graph.node(to)), s, 1.0],
            Criterion::Finish => [0.0, s, 1.0],
        })
    }

    /// The finish date in a finish key.
    pub fn finish(self) -> Date {
        date(self.0[0])
    }

    /// The key a criterion gives a whole route.
    pub fn of_route(route: &Route, criterion: Criterion) -> Self {
        let h = route.hours;
        #[allow(clippy::cast_precision_loss)] // counts far below 2^52
        let (seams, steps) = (route.seams as f64, route.steps.len() as f64);
        Self(match criterion {
            Criterion::Hours => [h, seams, steps],
            Criterion::Seams => [seams, h, steps],
            Criterion::Steps => [steps, h, 0.0],
            Criterion::Cost => [route.cost_eur, h, steps],
            Criterion::Distance => [route.distance_km, h, steps],
            Criterion::Finish => [route.finish.map_or(f64::INFINITY, day), h, steps],
        })
    }
}

/// Builds the route that follows `offers` from the `start` date, choosing
/// between parallel links as the criterion does; figures are summed in
/// path order.
///
/// # Panics
/// If two consecutive offers are not joined by an edge.
pub fn evaluate(
    graph: &PathwayGraph,
    offers: &[OfferIx],
    criterion: Criterion,
    start: Date,
) -> Route {
    // Sessions out of step: the links that finish best, chosen route-wide.
    let chosen = (criterion == Criterion::Finish && !graph.sessions_in_step())
        .then(|| super::finish::best_ways(graph, offers, start))
        .flatten();
    let mut steps: Vec<Step> = Vec::with_capacity(offers.len());
    let mut previous_end = Some(start.add_days(-1));
    let (mut hours, mut cost, mut distance, mut seams) = (0.0, 0.0, 0.0, 0);
    for (i, &offer) in offers.iter().enumerate() {
        let node = graph.node(offer);
        let (via, step_hours, km_here) = if i == 0 {
            (None, node.hours, 0.0)
        } else {
            let from = offers[i - 1];
            let edge = graph
                .edge(from, offer)
                .unwrap_or_else(|| panic!("no edge joins offers {} and {}", from.0, offer.0));
            let via = chosen.as_ref().map_or_else(
                || edge.via(criterion == Criterion::Seams),
                |ways| ways[i - 1],
            );
            (Some(via), via.step_hours, km(graph.node(from), node))
        };
        let seam = via.is_some_and(|v| v.seam);
        let dates = previous_end.and_then(|end| take(graph, offer, step_hours, end));
        previous_end = dates.map(|(_, end)| end);
        let step_cost = step_cost(node, step_hours);
        hours += step_hours;
        cost += step_cost;
        distance += km_here;
        seams += usize::from(seam);
        steps.push(Step {
            offer,
            via,
            hours: step_hours,
            seam,
            cost_eur: step_cost,
            km: km_here,
            start: dates.map(|(s, _)| s),
            end: dates.map(|(_, e)| e),
        });
    }
    Route {
        steps,
        hours,
        seams,
        cost_eur: cost,
        distance_km: distance,
        finish: previous_end,
    }
}
