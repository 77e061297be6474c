//! A formation's actions as offers.

use super::super::codes::{self, Alternance, Level};
use super::super::record::{Action, Formation, Val};
use super::super::values::{End, date, line, number, paragraphs};
use super::Builder;
use crate::import::ids::{code, join, slug};
use crate::import::report::Findings;
use crate::model::file::{OccupationRecord, OfferRecord, SessionRecord};
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

fn sessions(a: &Action, findings: &mut Findings) -> Vec<SessionRecord> {
    let permanent = match a.entry.as_ref().map(|v| (v, v.text.trim())) {
        Some((_, "1")) => true,
        None | Some((_, "0")) => false,
        Some((v, _)) => {
            findings.unmapped(
                "formation/action/modalites-entrees-sorties (not 0 or 1)",
                v.at,
                &v.text,
            );
            false
        }
    };
    let mut out: Vec<SessionRecord> = Vec::new();
    for s in &a.sessions {
        if permanent {
            findings.unmapped(
                "formation/action/session (permanent entry: open entry, sessions not kept)",
                s.at,
                "",
            );
            continue;
        }
        let read = |v: &Option<Val>, end: End, tag: &str, findings: &mut Findings| match v {
            None => {
                findings.error(
                    s.at,
                    format!("this session has no <periode>/<{tag}>; it is left out"),
                );
                Err(())
            }
            Some(v) => date(&v.text, end)
                .map_err(|e| findings.error(v.at, format!("{e}; this session is left out"))),
        };
        let start = read(&s.start, End::Start, "debut", findings);
        let end = read(&s.end, End::Finish, "fin", findings);
        match (start, end) {
            (Ok(Some(start)), Ok(Some(end))) if end < start => {
                let at = s.end.as_ref().map_or(s.at, |v| v.at);
                findings.error(
                    at,
                    format!("this session ends ({end}) before it starts ({start}); it is left out"),
                );
            }
            (Ok(Some(start)), Ok(Some(end))) => out.push(SessionRecord {
                start: start.to_string(),
                end: end.to_string(),
            }),
            (Ok(_), Ok(_)) => findings.unmapped(
                "formation/action/session (unknown date: 00000000 or 99999999)",
                s.at,
                "",
            ),
            _ => {}
        }
    }
    out.sort_by(|x, y| (&x.start, &x.end).cmp(&(&y.start, &y.end)));
    out.dedup();
    if !permanent && out.is_empty() && !a.sessions.is_empty() {
        findings.unmapped(
            "formation/action (fixed entry dates but no session kept: read as open entry)",
            a.at,
            "",
        );
    }
    out
}

fn audiences(publics: &[Val], findings: &mut Findings) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for v in publics {
        match codes::public(&v.text) {
            Some((audiences, _)) if !audiences.is_empty() => {
                for a in audiences {
                    if !out.iter().any(|o| o == a) {
                        out.push((*a).to_owned());
                    }
                }
            }
            Some((_, label)) => findings.unmapped(
                "formation/action/code-public-vise (no parcours audience)",
                v.at,
                &format!("{} {label}", v.text.trim()),
            ),
            None => findings.unmapped(
                "formation/action/code-public-vise (not a known public code)",
                v.at,
                &v.text,
            ),
        }
    }
    out
}

fn language(v: Option<&Val>, findings: &mut Findings) -> Vec<String> {
    let Some(v) = v else { return Vec::new() };
    let code = v.text.trim().to_ascii_lowercase();
    if code.len() == 2 && code.bytes().all(|b| b.is_ascii_lowercase()) {
        vec![code]
    } else {
        findings.unmapped(
            "formation/action/langue-formation (not an ISO 639-1 code)",
            v.at,
            &v.text,
        );
        Vec::new()
    }
}

fn sector(nsf: &[Val], findings: &mut Findings) -> Option<String> {
    let mut sector = None;
    for v in nsf {
        match codes::sector(&v.text) {
            Some(s) if sector.is_none() => sector = Some(s.to_owned()),
            Some(s) if sector.as_deref() == Some(s) => {}
            Some(_) => findings.unmapped(
                "formation/domaine-formation/code-NSF (another sector: an offer has one)",
                v.at,
                &v.text,
            ),
            None => findings.unmapped(
                "formation/domaine-formation/code-NSF (not an NSF speciality)",
                v.at,
                &v.text,
            ),
        }
    }
    sector
}

fn level(v: Option<&Val>, findings: &mut Findings) -> Option<i64> {
    let v = v?;
    match codes::level(&v.text) {
        Level::Eqf(n) => Some(i64::from(n)),
        Level::None => None,
        Level::Unknown => {
            findings.unmapped(
                "formation/code-niveau-sortie (not a code of dict-niveaux, 0 to 8)",
                v.at,
                &v.text,
            );
            None
        }
    }
}

/// The occupation of a ROME code, made on first sight.
fn occupation(b: &mut Builder, v: &Val, findings: &mut Findings) -> Option<String> {
    let rome = v.text.trim().to_ascii_uppercase();
    let b2 = rome.as_bytes();
    if !(b2.len() == 5 && b2[0].is_ascii_uppercase() && b2[1..].iter().all(u8::is_ascii_digit)) {
        findings.unmapped(
            "formation/domaine-formation/code-ROME (not a ROME code such as H2913)",
            v.at,
            &v.text,
        );
        return None;
    }
    let id = format!("rome-{}", rome.to_ascii_lowercase());
    b.occupations
        .entry(rome.clone())
        .or_insert_with(|| OccupationRecord {
            id: id.clone(),
            label: format!("ROME {rome}"),
            rome: Some(rome),
            esco: None,
        });
    Some(id)
}

/// The first certification code, preferring RNCP, then RS, then Certif
/// Info; the others are reported.
fn certification(f: &Formation, findings: &mut Findings) -> Option<Certification> {
    let mut codes: Vec<(u8, &Val, String)> = Vec::new();
    for c in &f.certifications {
        let found = [
            (0, &c.rncp, "RNCP"),
            (1, &c.rs, "RS"),
            (2, &c.certifinfo, "CERTIFINFO "),
        ];
        for (rank, v, prefix) in found {
            if let Some(v) = v {
                codes.push((
                    rank,
                    v,
                    format!(
                        "{prefix}{}",
                        line(&v.text).trim_start_matches(prefix.trim())
                    ),
                ));
            }
        }
    }
    codes.sort_by_key(|c| c.0);
    let mut codes = codes.into_iter().filter(|c| !c.2.trim().is_empty());
    let (_, _, kept) = codes.next()?;
    for (_, v, other) in codes {
        findings.unmapped(
            "formation/certification (another code: an offer keeps one)",
            v.at,
            &other,
        );
    }
    Some(Certification {
        title: None,
        code: Some(kept),
    })
}

fn first_url(urls: &[Val], what: &str, findings: &mut Findings) -> Option<String> {
    let mut urls = urls
        .iter()
        .map(|v| (v, line(&v.text)))
        .filter(|(_, u)| !u.is_empty());
    let (_, first) = urls.next()?;
    for (v, _) in urls {
        findings.unmapped(
            format!("{what} (another address: an offer has one)"),
            v.at,
            &v.text,
        );
    }
    Some(first)
}
