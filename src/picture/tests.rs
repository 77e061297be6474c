//! Catalogues written for the pictures' tests.

use std::fmt::Write;

use crate::load::{Source, load};
use crate::model::Catalogue;

/// A catalogue of two bodies with no agreement between them — `p` in Metz
/// (France) and `q` in Liège (Belgium); an offer whose id starts with `q`
/// is `q`'s — holding these offers and links (from, to, kind, agreement).
pub fn catalogue(offers: &[&str], links: &[(&str, &str, &str, Option<&str>)]) -> Catalogue {
    let mut text = String::from(
        r#"{"format": "parcours/1",
  "providers": [
    {"id": "p", "name": "P", "country": "FR",
     "centres": [{"id": "p-metz", "name": "P Metz", "city": "Metz", "lat": 49.1193, "lon": 6.1757}]},
    {"id": "q", "name": "Q", "country": "BE",
     "centres": [{"id": "q-liege", "name": "Q Liège", "city": "Liège", "lat": 50.6326, "lon": 5.5797}]}],
  "offers": ["#,
    );
    for (i, id) in offers.iter().enumerate() {
        let (provider, centre) = if id.starts_with('q') {
            ("q", "q-liege")
        } else {
            ("p", "p-metz")
        };
        let comma = if i == 0 { "" } else { "," };
        write!(
            text,
            r#"{comma}{{"id": "{id}", "provider": "{provider}", "centre": "{centre}", "title": "Title {id}", "hours": 100}}"#
        )
        .unwrap();
    }
    text.push_str("], \"links\": [");
    for (i, (from, to, kind, agreement)) in links.iter().enumerate() {
        let comma = if i == 0 { "" } else { "," };
        let agreement = agreement.map_or("null".to_owned(), |a| format!("\"{a}\""));
        write!(
            text,
            r#"{comma}{{"from": "{from}", "to": "{to}", "kind": "{kind}", "agreement": {agreement}}}"#
        )
        .unwrap();
    }
    text.push_str("]}");
    let loaded = load(&Source::Memory(vec![(
        "test.json".to_owned(),
        text.into_bytes(),
    )]));
    loaded
        .catalogue
        .unwrap_or_else(|| panic!("the test catalogue loads: {:?}", loaded.diagnostics))
}

/// Offers `o0` … `o{n-1}`, each leading to the next.
pub fn chain_catalogue(n: usize) -> Catalogue {
    let ids: Vec<String> = (0..n).map(|i| format!("o{i}")).collect();
    let refs: Vec<&str> = ids.iter().map(String::as_str).collect();
    let links: Vec<(&str, &str, &str, Option<&str>)> = refs
        .windows(2)
        .map(|w| (w[0], w[1], "progression", None))
        .collect();
    catalogue(&refs, &links)
}

/// An offer `hub` with `n` offers leading to it (`in0` …) and `n` it leads
/// to (`out0` …).
pub fn star_catalogue(n: usize) -> Catalogue {
    let ins: Vec<String> = (0..n).map(|i| format!("in{i}")).collect();
    let outs: Vec<String> = (0..n).map(|i| format!("out{i}")).collect();
    let mut offers = vec!["hub"];
    offers.extend(ins.iter().map(String::as_str));
    offers.extend(outs.iter().map(String::as_str));
    let mut links: Vec<(&str, &str, &str, Option<&str>)> = Vec::new();
    links.extend(ins.iter().map(|i| (i.as_str(), "hub", "progression", None)));
    links.extend(
        outs.iter()
            .map(|o| ("hub", o.as_str(), "progression", None)),
    );
    catalogue(&offers, &links)
}
