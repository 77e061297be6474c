//! Catalogues and requests described by positions (offer 3, provider 1),
//! and their `parcours/1` JSON.

use parcours::load::{Source, load};
use parcours::model::Catalogue;
use serde_json::{Value, json};

use super::dates::ymd;

pub const COUNTRIES: [&str; 4] = ["FR", "BE", "LU", "DE"];
pub const MODALITIES: [&str; 4] = ["onsite", "distance", "hybrid", "work_based"];
pub const LANGUAGES: [&str; 4] = ["fr", "en", "de", "nl"];
pub const AUDIENCES: [&str; 4] = ["job_seekers", "employees", "students", "young_people"];
pub const KINDS: [&str; 3] = ["progression", "bridge", "equivalence"];

#[derive(Clone, Debug)]
pub struct CentreSpec {
    pub country: Option<usize>,
    pub lat: f64,
    pub lon: f64,
}

#[derive(Clone, Debug)]
pub struct ProviderSpec {
    pub country: usize,
    pub centres: Vec<CentreSpec>,
}

#[derive(Clone, Debug, Default)]
pub struct OfferSpec {
    pub provider: usize,
    /// A centre of the provider, by its position among the provider's.
    pub centre: Option<usize>,
    pub level: Option<u8>,
    pub hours: f64,
    pub modality: Option<usize>,
    pub languages: Vec<usize>,
    pub audiences: Vec<usize>,
    pub cost: Option<f64>,
    pub requires: Vec<usize>,
    pub grants: Vec<usize>,
    pub prepares: Vec<usize>,
    /// (start, end) day numbers.
    pub sessions: Vec<(i32, i32)>,
    pub weeks: Option<u32>,
}

#[derive(Clone, Debug)]
pub struct LinkSpec {
    pub from: usize,
    pub to: usize,
    /// 0 progression, 1 bridge, 2 equivalence.
    pub kind: usize,
    pub agreement: Option<usize>,
    pub credit: Option<f64>,
}

#[derive(Clone, Debug)]
pub struct Spec {
    pub providers: Vec<ProviderSpec>,
    /// Parties of each agreement (provider positions, ≥ 2 distinct).
    pub agreements: Vec<Vec<usize>>,
    pub competences: usize,
    pub occupations: usize,
    pub offers: Vec<OfferSpec>,
    pub links: Vec<LinkSpec>,
}

#[derive(Clone, Debug)]
pub enum RStart {
    From(usize),
    Holding(Vec<usize>),
}

#[derive(Clone, Copy, Debug)]
pub enum RTarget {
    Offer(usize),
    Occupation(usize),
    Competence(usize),
}

#[derive(Clone, Debug, Default)]
pub struct RCons {
    pub avoid: Vec<usize>,
    pub only: Vec<usize>,
    pub modalities: Vec<usize>,
    pub audiences: Vec<usize>,
    pub countries: Vec<usize>,
    pub languages: Vec<usize>,
    pub max_level: Option<u8>,
}

pub const CRITERIA: [&str; 6] = ["hours", "seams", "steps", "cost", "distance", "finish"];

#[derive(Clone, Debug)]
pub struct Req {
    pub start: RStart,
    pub target: RTarget,
    /// Position in [`CRITERIA`].
    pub criterion: usize,
    pub k: usize,
    pub start_day: i32,
    pub cons: RCons,
}

impl Req {
    pub fn criterion_name(&self) -> &'static str {
        CRITERIA[self.criterion]
    }
}

fn fmt_date(d: i32) -> String {
    ymd(d)
}

impl Spec {
    pub fn json(&self) -> Value {
        let providers: Vec<Value> = self
            .providers
            .iter()
            .enumerate()
            .map(|(p, pr)| {
                let centres: Vec<Value> = pr
                    .centres
                    .iter()
                    .enumerate()
                    .map(|(c, ce)| {
                        let mut v = json!({
                            "id": format!("p{p}-c{c}"), "name": format!("Centre {p} {c}"),
                            "city": "Ville", "lat": ce.lat, "lon": ce.lon
                        });
                        if let Some(cc) = ce.country {
                            v["country"] = json!(COUNTRIES[cc]);
                        }
                        v
                    })
                    .collect();
                json!({"id": format!("p{p}"), "name": format!("Provider {p}"),
                       "country": COUNTRIES[pr.country], "centres": centres})
            })
            .collect();
        let agreements: Vec<Value> = self
            .agreements
            .iter()
            .enumerate()
            .map(|(a, parties)| {
                json!({"id": format!("a{a}"), "title": format!("Agreement {a}"),
                       "parties": parties.iter().map(|p| format!("p{p}")).collect::<Vec<_>>()})
            })
            .collect();
        let competences: Vec<Value> = (0..self.competences)
            .map(|c| json!({"id": format!("c{c}"), "label": format!("Competence {c}")}))
            .collect();
        let occupations: Vec<Value> = (0..self.occupations)
            .map(|o| json!({"id": format!("o{o}"), "label": format!("Occupation {o}")}))
            .collect();
        let offers: Vec<Value> = self
            .offers
            .iter()
            .enumerate()
            .map(|(i, o)| {
                let mut v = json!({
                    "id": format!("x{i}"), "provider": format!("p{}", o.provider),
                    "title": format!("Offer {i}"), "hours": o.hours,
                    "requires": o.requires.iter().map(|c| format!("c{c}")).collect::<Vec<_>>(),
                    "grants": o.grants.iter().map(|c| format!("c{c}")).collect::<Vec<_>>(),
                    "prepares": o.prepares.iter().map(|c| format!("o{c}")).collect::<Vec<_>>(),
                });
                if let Some(c) = o.centre {
                    v["centre"] = json!(format!("p{}-c{c}", o.provider));
                }
                if let Some(l) = o.level {
                    v["level"] = json!(l);
                }
                if let Some(m) = o.modality {
                    v["modality"] = json!(MODALITIES[m]);
                }
                if !o.languages.is_empty() {
                    v["languages"] = json!(
                        o.languages
                            .iter()
                            .map(|&l| LANGUAGES[l])
                            .collect::<Vec<_>>()
                    );
                }
                if !o.audiences.is_empty() {
                    v["audiences"] = json!(
                        o.audiences
                            .iter()
                            .map(|&l| AUDIENCES[l])
                            .collect::<Vec<_>>()
                    );
                }
                if let Some(c) = o.cost {
                    v["cost_eur"] = json!(c);
                }
                if !o.sessions.is_empty() {
                    v["sessions"] = json!(
                        o.sessions
                            .iter()
                            .map(|&(s, e)| json!({"start": fmt_date(s), "end": fmt_date(e)}))
                            .collect::<Vec<_>>()
                    );
                }
                if let Some(w) = o.weeks {
                    v["weeks"] = json!(w);
                }
                v
            })
            .collect();
        let links: Vec<Value> = self
            .links
            .iter()
            .map(|l| {
                let mut v = json!({"from": format!("x{}", l.from), "to": format!("x{}", l.to),
                                   "kind": KINDS[l.kind]});
                if let Some(a) = l.agreement {
                    v["agreement"] = json!(format!("a{a}"));
                }
                if let Some(c) = l.credit {
                    v["credit_hours"] = json!(c);
                }
                v
            })
            .collect();
        json!({"format": "parcours/1", "providers": providers, "agreements": agreements,
               "competences": competences, "occupations": occupations,
               "offers": offers, "links": links})
    }

    pub fn json_text(&self) -> String {
        serde_json::to_string(&self.json()).unwrap()
    }
}

/// Loads a catalogue from JSON text, panicking with the diagnostics if it
/// does not load.
pub fn load_text(text: &str) -> Catalogue {
    let loaded = load(&Source::Memory(vec![(
        "cat.json".to_owned(),
        text.as_bytes().to_vec(),
    )]));
    match loaded.catalogue {
        Some(c) => c,
        None => panic!(
            "catalogue does not load: {:?}\n{text}",
            loaded.diagnostics.errors
        ),
    }
}
