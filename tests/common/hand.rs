//! Catalogues written by hand, and the routes on them by id.

use parcours::graph::PathwayGraph;
use parcours::model::{Catalogue, Date, OfferIx};
use parcours::route::{Constraints, Criterion, Request, Route, Start, Target, find};

use super::spec::load_text;

/// A catalogue of one provider `p` (with a centre `p-metz`), competences
/// `k`, `k1` and `k2`, occupation `o`, and the given offers and links (the
/// bodies of JSON arrays).
pub fn one_provider(offers: &str, links: &str) -> Catalogue {
    load_text(&format!(
        r#"{{"format": "parcours/1",
  "providers": [{{"id": "p", "name": "P", "country": "FR",
                  "centres": [{{"id": "p-metz", "name": "P Metz", "city": "Metz", "lat": 49.1193, "lon": 6.1757}}]}}],
  "competences": [{{"id": "k", "label": "K"}}, {{"id": "k1", "label": "K1"}}, {{"id": "k2", "label": "K2"}}],
  "occupations": [{{"id": "o", "label": "O"}}],
  "offers": [{offers}],
  "links": [{links}]}}"#
    ))
}

pub fn offer(cat: &Catalogue, id: &str) -> OfferIx {
    cat.lookup
        .offer(id)
        .unwrap_or_else(|| panic!("no offer {id}"))
}

/// A request for the best route, without constraints, the first step
/// ready on `start_date` (`YYYY-MM-DD`).
pub fn request(start: Start, target: Target, criterion: Criterion, start_date: &str) -> Request {
    Request {
        start,
        target,
        criterion,
        k: 1,
        start_date: Date::parse(start_date).unwrap(),
        constraints: Constraints::default(),
    }
}

/// The routes a request finds.
pub fn ask(cat: &Catalogue, request: &Request) -> Vec<Route> {
    find(cat, &PathwayGraph::new(cat), request)
}

/// The ids of a route's offers, in order.
pub fn ids(cat: &Catalogue, route: &Route) -> Vec<String> {
    route
        .offers()
        .iter()
        .map(|&o| cat.offer(o).id.clone())
        .collect()
}

/// (offer, step hours, start, end) of a step, dates as `YYYY-MM-DD`.
pub type Dated = (String, f64, Option<String>, Option<String>);

/// The [`Dated`] steps of a route.
pub fn steps(cat: &Catalogue, route: &Route) -> Vec<Dated> {
    route
        .steps
        .iter()
        .map(|s| {
            (
                cat.offer(s.offer).id.clone(),
                s.hours,
                s.start.map(|d| d.to_string()),
                s.end.map(|d| d.to_string()),
            )
        })
        .collect()
}

/// A step taken from `start` to `end`.
pub fn step(offer: &str, hours: f64, start: &str, end: &str) -> Dated {
    (
        offer.to_owned(),
        hours,
        Some(start.to_owned()),
        Some(end.to_owned()),
    )
}

/// A step that cannot be taken: no session is left.
pub fn undated(offer: &str, hours: f64) -> Dated {
    (offer.to_owned(), hours, None, None)
}

/// A route's finish date, as `YYYY-MM-DD`.
pub fn finish(route: &Route) -> Option<String> {
    route.finish.map(|d| d.to_string())
}
