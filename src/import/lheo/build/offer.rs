//! A formation's actions as offers.

use super::super::codes::{self, Alternance};
use super::super::record::{Action, Formation, Val};
use super::super::values::{line, number, paragraphs};
use super::Builder;
use super::fields::{audiences, certification, first_url, language, level, occupation, sector};
use super::sessions::sessions;
use crate::import::ids::{code, join, slug};
use crate::import::report::Findings;
use crate::model::file::OfferRecord;
use crate::model::{Certification, Modality};

/// What a formation gives each of its offers.
struct Common {
    body: usize,
    title: String,
    sector: Option<String>,
    level: Option<i64>,
    prepares: Vec<String>,
    certification: Option<Certification>,
    url: Option<String>,
    paragraphs: Vec<String>,
}

/// Maps a formation: its body, then one offer per action.
pub(super) fn formation(b: &mut Builder, f: Formation, findings: &mut Findings) {
    let title = f.title.as_ref().map(|v| line(&v.text)).unwrap_or_default();
    if title.is_empty() {
        findings.error(
            f.at,
            "this <formation> has no <intitule-formation>; it is left out",
        );
        return;
    }
    let Some(responsible) = &f.responsible else {
        findings.error(
            f.at,
            format!(
                "the formation \"{title}\" has no <organisme-formation-responsable>; it is left out"
            ),
        );
        return;
    };
    let Some(body) = b.body(responsible, true, findings) else {
        return;
    };
    if f.actions.is_empty() {
        findings.error(
            f.at,
            format!("the formation \"{title}\" has no <action>; it is left out"),
        );
        return;
    }
    let common = Common {
        body,
        sector: sector(&f.nsf, findings),
        level: level(f.level.as_ref(), findings),
        prepares: f
            .rome
            .iter()
            .filter_map(|v| occupation(b, v, findings))
            .collect(),
        certification: certification(&f, findings),
        url: first_url(&f.urls, "formation/url-formation/urlweb", findings),
        paragraphs: [&f.objective, &f.content]
            .into_iter()
            .flatten()
            .map(|v| paragraphs(&v.text))
            .filter(|p| !p.is_empty())
            .collect(),
        title,
    };
    let several = f.actions.len() > 1;
    let mut offers = Vec::new();
    for (i, action) in f.actions.iter().enumerate() {
        let formation_key = f.numero.as_deref().map(|n| {
            let n = code(n);
            if several { format!("{n}-{}", i + 1) } else { n }
        });
        if let Some(offer) = offer(b, &common, action, formation_key, findings) {
            offers.push((offer.id.clone(), offer.hours));
            b.bodies[body].built.offers.push(offer);
        }
    }
    b.modules.formation(
        body,
        f.module.as_ref(),
        f.prerequisites,
        f.sub_modules,
        &offers,
    );
}

/// One action as an offer; none when it lacks what an offer needs.
fn offer(
    b: &mut Builder,
    c: &Common,
    a: &Action,
    formation_key: Option<String>,
    findings: &mut Findings,
) -> Option<OfferRecord> {
    let hours = hours(a, &c.title, findings)?;
    let mut centre = None;
    for place in &a.places {
        let made = b.centre(c.body, place, findings);
        if centre.is_none() {
            centre = made;
        } else if made.is_some() {
            findings.unmapped(
                "formation/action/lieu-de-formation (another place of the action: made a centre, but the offer has one)",
                place.at,
                place.city.as_ref().map_or("", |v| v.text.as_str()),
            );
        }
    }
    let mut paragraphs = c.paragraphs.clone();
    for trainer in &a.trainers {
        if let Some(t) = b.body(trainer, false, findings)
            && t != c.body
        {
            paragraphs.push(format!(
                "Organisme formateur : {}",
                b.bodies[t].built.provider.name
            ));
        }
    }
    let modality = modality(a, &mut paragraphs, findings);
    let provider = b.bodies[c.body].built.provider.id.clone();
    let base = join([provider.as_str(), &slug(&c.title)]);
    let key = a.numero.as_deref().map(code).or(formation_key);
    let city = centre.as_deref().map(|id| {
        id.strip_prefix(provider.as_str())
            .unwrap_or(id)
            .trim_start_matches('-')
    });
    let candidate = join([base.as_str(), key.as_deref().or(city).unwrap_or("")]);
    let id = b.offer_ids.take(&[candidate], &base);
    let cost = cost(a, hours, findings);
    Some(OfferRecord {
        id,
        provider,
        centre,
        title: c.title.clone(),
        sector: c.sector.clone(),
        level: c.level,
        hours,
        modality,
        languages: language(a.language.as_ref(), findings),
        audiences: audiences(&a.publics, findings),
        cost_eur: cost,
        requires: Vec::new(),
        grants: Vec::new(),
        prepares: c.prepares.clone(),
        certification: c.certification.clone(),
        badge: None,
        sessions: sessions(a, findings),
        weeks: None,
        description: Some(paragraphs.join("\n\n")).filter(|d| !d.is_empty()),
        url: first_url(&a.urls, "formation/action/url-action/urlweb", findings)
            .or_else(|| c.url.clone()),
    })
}

/// `nombre-heures-total`, else `nombre-heures-centre` + `nombre-heures-entreprise`.
fn hours(a: &Action, title: &str, findings: &mut Findings) -> Option<f64> {
    let mut bad = Vec::new();
    let mut read = |v: &Option<Val>| {
        v.as_ref()
            .and_then(|v| number(&v.text).map_err(|e| bad.push((v.at, e))).ok())
    };
    let total = read(&a.hours_total).filter(|h| *h > 0.0);
    let parts = read(&a.hours_centre).unwrap_or(0.0) + read(&a.hours_company).unwrap_or(0.0);
    let hours = total.or((parts > 0.0).then_some(parts));
    let outcome = if hours.is_some() {
        "the other hours given are used"
    } else {
        "the action is left out: an offer needs hours"
    };
    if hours.is_none() && bad.is_empty() {
        findings.error(
            a.at,
            format!("an action of \"{title}\" gives no hours (<nombre-heures-total>, or <nombre-heures-centre> and <nombre-heures-entreprise>), and an offer needs them; it is left out"),
        );
    }
    for (at, e) in bad {
        findings.error(at, format!("hours: {e}; {outcome}"));
    }
    hours
}

/// `prix-total-TTC`, else `prix-horaire-TTC` × hours.
fn cost(a: &Action, hours: f64, findings: &mut Findings) -> Option<f64> {
    let read = |v: &Val, findings: &mut Findings| {
        number(&v.text)
            .map_err(|e| {
                findings.error(
                    v.at,
                    format!("price: {e}; the offer is kept without a cost"),
                );
            })
            .ok()
    };
    if let Some(total) = &a.price_total {
        return read(total, findings);
    }
    let hourly = read(a.price_hour.as_ref()?, findings)?;
    Some((hourly * hours * 100.0).round() / 100.0)
}

fn modality(a: &Action, paragraphs: &mut Vec<String>, findings: &mut Findings) -> Option<Modality> {
    let mut modality = a.teaching.as_ref().and_then(|v| {
        let m = codes::teaching(&v.text);
        if m.is_none() {
            findings.unmapped(
                "formation/action/modalites-enseignement (not 0, 1 or 2)",
                v.at,
                &v.text,
            );
        }
        m
    });
    if let Some(v) = &a.alternance {
        match codes::alternance(&v.text) {
            Alternance::No => {}
            Alternance::WorkBased => modality = Some(Modality::WorkBased),
            Alternance::Other => paragraphs.push(format!("Alternance : {}", line(&v.text))),
        }
    }
    modality
}
