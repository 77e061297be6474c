//! The pictures' helpers: the graph or map open on top, and a catalogue
//! of one offer with many neighbours each side.

use parcours::load::{Source, load};
use parcours::model::Catalogue;
use parcours::tui::action::Action;
use parcours::tui::app::{AppState, GraphState, MapState, Picture};

use super::{act, find, fr};

/// The sample in French at 80×24, the logistics technician's course
/// shown and its graph open.
pub fn technician_graph() -> AppState {
    let mut s = fr();
    find(&mut s, "technicien logistique entreposage", "afpa-metz-tle");
    act(&mut s, &[Action::ShowGraph]);
    s
}

/// The graph on top of the screen.
pub fn graph(s: &AppState) -> &GraphState {
    match s.pictures.last() {
        Some(Picture::Graph(g)) => g,
        other => panic!("no graph on top: {other:?}"),
    }
}

/// The map on top of the screen.
pub fn map(s: &AppState) -> &MapState {
    match s.pictures.last() {
        Some(Picture::Map(m)) => m,
        other => panic!("no map on top: {other:?}"),
    }
}

/// An offer `hub` (Metz) with `n` offers leading to it and `n` it leads
/// to, alternately in Metz and in Liège (so that half the links change
/// country, and none is backed by an agreement).
pub fn star(n: usize) -> Catalogue {
    let mut offers = vec![offer("hub", "Hub", "p")];
    let mut links = Vec::new();
    for i in 0..n {
        let body = if i % 2 == 0 { "p" } else { "q" };
        offers.push(offer(&format!("in{i:03}"), &format!("Entrée {i:03}"), body));
        offers.push(offer(
            &format!("out{i:03}"),
            &format!("Sortie {i:03}"),
            body,
        ));
        links.push(format!(
            r#"{{"from": "in{i:03}", "to": "hub", "kind": "progression"}}"#
        ));
        links.push(format!(
            r#"{{"from": "hub", "to": "out{i:03}", "kind": "bridge"}}"#
        ));
    }
    let text = format!(
        r#"{{"format": "parcours/1",
  "providers": [
    {{"id": "p", "name": "P", "country": "FR",
     "centres": [{{"id": "p-metz", "name": "P Metz", "city": "Metz", "lat": 49.1193, "lon": 6.1757}}]}},
    {{"id": "q", "name": "Q", "country": "BE",
     "centres": [{{"id": "q-liege", "name": "Q Liège", "city": "Liège", "lat": 50.6326, "lon": 5.5797}}]}}],
  "offers": [{}],
  "links": [{}]}}"#,
        offers.join(","),
        links.join(",")
    );
    load(&Source::Memory(vec![(
        "star.json".to_owned(),
        text.into_bytes(),
    )]))
    .catalogue
    .expect("the star loads")
}

fn offer(id: &str, title: &str, body: &str) -> String {
    let centre = if body == "p" { "p-metz" } else { "q-liege" };
    format!(
        r#"{{"id": "{id}", "provider": "{body}", "centre": "{centre}", "title": "{title}", "hours": 100}}"#
    )
}
