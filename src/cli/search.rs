//! `parcours search TEXT`: offers by words, case and accents aside.

use std::io::Write;
use std::process::ExitCode;

use serde::Serialize;

use crate::model::Catalogue;
use crate::search::search_offers;
use crate::text::{escape, to_safe_json};

#[derive(Serialize)]
struct Found<'a> {
    id: &'a str,
    title: &'a str,
    provider: &'a str,
    city: Option<&'a str>,
    hours: f64,
    score: u32,
}

pub fn run(
    cat: &Catalogue,
    query: &str,
    limit: usize,
    json: bool,
    out: &mut impl Write,
) -> std::io::Result<ExitCode> {
    let hits = search_offers(cat, query);
    let total = hits.len();
    let shown = if limit == 0 { total } else { total.min(limit) };
    let found: Vec<Found<'_>> = hits[..shown]
        .iter()
        .map(|hit| {
            let offer = cat.offer(hit.offer);
            Found {
                id: &offer.id,
                title: &offer.title,
                provider: &cat.provider(offer.provider).id,
                city: offer.centre.map(|c| cat.centre(c).city.as_str()),
                hours: offer.hours,
                score: hit.score,
            }
        })
        .collect();
    if json {
        writeln!(out, "{}", to_safe_json(&found)?)?;
    } else if total == 0 {
        writeln!(out, "No offer matches \"{}\".", escape(query))?;
    } else {
        let id_width = found
            .iter()
            .map(|f| f.id.chars().count())
            .max()
            .unwrap_or(0);
        for hit in &hits[..shown] {
            let offer = cat.offer(hit.offer);
            writeln!(
                out,
                "{:<id_width$}  {}  ({}, {}, {} h)",
                escape(&offer.id),
                escape(&offer.title),
                escape(&cat.provider(offer.provider).name),
                escape(
                    offer
                        .centre
                        .map_or("distance", |c| cat.centre(c).city.as_str())
                ),
                offer.hours
            )?;
        }
        if shown < total {
            writeln!(out, "… and {} more (--limit 0 shows all)", total - shown)?;
        }
    }
    Ok(if total == 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}
