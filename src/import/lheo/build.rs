//! From LHÉO records to `parcours/1` records: bodies and their centres
//! here, offers in [`offer`].

mod fields;
mod offer;
mod sessions;

use std::collections::{BTreeMap, HashMap};

use super::modules::Modules;
use super::record::{Body, Formation, Place};
use super::values::{coordinate, line};
use crate::import::ids::{IdSet, code, join, slug};
use crate::import::report::Findings;
use crate::model::file::{CentreRecord, LinkRecord, OccupationRecord, OfferRecord, ProviderRecord};

/// What the import builds: each body with its centres and offers, the
/// occupations offers prepare for, and links between offers.
#[derive(Debug, Default)]
pub struct Built {
    pub bodies: Vec<BuiltBody>,
    pub occupations: Vec<OccupationRecord>,
    pub links: Vec<LinkRecord>,
}

/// One body: the provider (with its centres) and its offers.
#[derive(Debug)]
pub struct BuiltBody {
    pub provider: ProviderRecord,
    pub offers: Vec<OfferRecord>,
}

/// A body being built, with the places already made centres.
struct BodyState {
    built: BuiltBody,
    /// Centre ids by place (city and rounded coordinates).
    centres: HashMap<String, String>,
    responsible: bool,
}

/// Builds records formation by formation.
pub struct Builder {
    /// The id asked for the responsible body (`--provider`).
    provider: Option<String>,
    bodies: Vec<BodyState>,
    by_key: HashMap<String, usize>,
    provider_ids: IdSet,
    centre_ids: IdSet,
    offer_ids: IdSet,
    occupations: BTreeMap<String, OccupationRecord>,
    modules: Modules,
}

impl Builder {
    /// A builder; `provider` is the id to give the responsible body.
    pub fn new(provider: Option<String>) -> Self {
        let mut provider_ids = IdSet::default();
        if let Some(id) = &provider {
            // Reserved, so that no other body is given it.
            provider_ids.take(std::slice::from_ref(id), id);
        }
        Self {
            provider,
            bodies: Vec::new(),
            by_key: HashMap::new(),
            provider_ids,
            centre_ids: IdSet::default(),
            offer_ids: IdSet::default(),
            occupations: BTreeMap::new(),
            modules: Modules::default(),
        }
    }

    /// Maps one formation, reporting what it cannot.
    pub fn formation(&mut self, f: Formation, findings: &mut Findings) {
        offer::formation(self, f, findings);
    }

    /// The names of the responsible bodies, when there are several and
    /// `--provider` named one id for them: that is a request that cannot be
    /// met.
    pub fn provider_conflict(&self) -> Option<Vec<String>> {
        let responsible: Vec<String> = self
            .bodies
            .iter()
            .filter(|b| b.responsible)
            .map(|b| b.built.provider.name.clone())
            .collect();
        (self.provider.is_some() && responsible.len() > 1).then_some(responsible)
    }

    /// Everything built, links resolved.
    pub fn finish(self, findings: &mut Findings) -> Built {
        Built {
            links: self.modules.links(findings),
            bodies: self.bodies.into_iter().map(|b| b.built).collect(),
            occupations: self.occupations.into_values().collect(),
        }
    }

    /// The body of an LHÉO organisation, made on first sight. Bodies are
    /// the same when their SIRET numbers share the SIREN (one company, any
    /// establishment), else when their names are the same.
    fn body(&mut self, b: &Body, responsible: bool, findings: &mut Findings) -> Option<usize> {
        let what = if responsible {
            "formation/organisme-formation-responsable"
        } else {
            "formation/action/organisme-formateur"
        };
        let name = [&b.name, &b.legal_name]
            .into_iter()
            .flatten()
            .map(|v| line(&v.text))
            .find(|n| !n.is_empty());
        let Some(name) = name else {
            let tags = if responsible {
                "<nom-organisme> nor <raison-sociale>"
            } else {
                "<raison-sociale-formateur>"
            };
            findings.error(
                b.at,
                format!("this body has no name (no {tags}); what depends on it is left out"),
            );
            return None;
        };
        let digits = b
            .siret
            .as_ref()
            .map(|v| (v, v.text.split_whitespace().collect::<String>()));
        let siren = match &digits {
            Some((_, s)) if s.len() == 14 && s.bytes().all(|c| c.is_ascii_digit()) => {
                Some(s[..9].to_owned())
            }
            Some((v, _)) => {
                findings.unmapped(format!("{what} SIRET (not 14 digits)"), v.at, &v.text);
                None
            }
            None => None,
        };
        let key = siren
            .as_ref()
            .map_or_else(|| format!("name:{}", slug(&name)), |s| format!("siren:{s}"));
        if let Some(&i) = self.by_key.get(&key) {
            let body = &mut self.bodies[i];
            if responsible && !body.responsible {
                body.responsible = true;
                body.built.provider.name.clone_from(&name);
            } else if responsible && body.built.provider.name != name {
                let at = b.name.as_ref().map_or(b.at, |v| v.at);
                findings.unmapped(
                    format!("{what}/nom-organisme (another name of a body already read)"),
                    at,
                    &name,
                );
            }
            return Some(i);
        }
        let id = match (&self.provider, responsible) {
            (Some(id), true) if !self.bodies.iter().any(|b| b.built.provider.id == *id) => {
                id.clone()
            }
            _ => {
                let base = slug(&name);
                let candidates = [
                    base.clone(),
                    join([base.as_str(), siren.as_deref().unwrap_or("")]),
                ];
                self.provider_ids.take(&candidates, "organisme")
            }
        };
        let country = country(
            b.country.as_ref(),
            &format!("{what}/…/adresse/pays"),
            findings,
        );
        self.by_key.insert(key, self.bodies.len());
        self.bodies.push(BodyState {
            built: BuiltBody {
                provider: ProviderRecord {
                    id,
                    name,
                    country: country.unwrap_or_else(|| "FR".to_owned()),
                    kind: Some("training_body".to_owned()),
                    region: None,
                    url: b
                        .url
                        .as_ref()
                        .map(|v| line(&v.text))
                        .filter(|u| !u.is_empty()),
                    centres: Vec::new(),
                },
                offers: Vec::new(),
            },
            centres: HashMap::new(),
            responsible,
        });
        Some(self.bodies.len() - 1)
    }

    /// The centre of a place of `body`, made on first sight; none when the
    /// place has no city or no coordinates (reported).
    fn centre(&mut self, body: usize, place: &Place, findings: &mut Findings) -> Option<String> {
        const WHAT: &str = "formation/action/lieu-de-formation";
        let city = place
            .city
            .as_ref()
            .map(|v| line(&v.text))
            .filter(|c| !c.is_empty());
        let (Some(city), Some(lat), Some(lon)) = (city, &place.lat, &place.lon) else {
            let shown = place
                .city
                .as_ref()
                .map_or("(no ville)", |v| v.text.as_str());
            findings.unmapped(
                format!("{WHAT} (no ville or no geolocalisation: not a centre)"),
                place.at,
                shown,
            );
            return None;
        };
        let lat = coordinate(&lat.text, 90.0).map_err(|e| {
            findings.error(
                lat.at,
                format!("latitude: {e}; this place is not made a centre"),
            );
        });
        let lon = coordinate(&lon.text, 180.0).map_err(|e| {
            findings.error(
                lon.at,
                format!("longitude: {e}; this place is not made a centre"),
            );
        });
        let (Ok(lat), Ok(lon)) = (lat, lon) else {
            return None;
        };
        let key = format!("{}|{lat:.4}|{lon:.4}", city.to_lowercase());
        if let Some(id) = self.bodies[body].centres.get(&key) {
            return Some(id.clone());
        }
        let provider = &self.bodies[body].built.provider;
        let postcode = place
            .postcode
            .as_ref()
            .map(|v| code(&v.text))
            .unwrap_or_default();
        let base = join([provider.id.as_str(), &slug(&city)]);
        let id = self
            .centre_ids
            .take(&[base.clone(), join([base.as_str(), &postcode])], &base);
        let name = place
            .name
            .as_ref()
            .map(|v| line(&v.text))
            .filter(|n| !n.is_empty())
            .unwrap_or_else(|| format!("{} {city}", provider.name));
        let country = country(
            place.country.as_ref(),
            &format!("{WHAT}/…/adresse/pays"),
            findings,
        )
        .filter(|c| *c != provider.country);
        let state = &mut self.bodies[body];
        state.built.provider.centres.push(CentreRecord {
            id: id.clone(),
            name,
            city,
            region: None,
            country,
            lat,
            lon,
        });
        state.centres.insert(key, id.clone());
        Some(id)
    }
}

/// A country code from an `adresse/pays`: ISO 3166-1 alpha-2.
fn country(
    value: Option<&super::record::Val>,
    what: &str,
    findings: &mut Findings,
) -> Option<String> {
    let v = value?;
    let text = v.text.trim().to_ascii_uppercase();
    if text.len() == 2 && text.bytes().all(|b| b.is_ascii_uppercase()) {
        Some(text)
    } else {
        findings.unmapped(
            format!("{what} (not a two-letter country code)"),
            v.at,
            &v.text,
        );
        None
    }
}
