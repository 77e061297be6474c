//! `parcours show ID`: one item, everything about it.

mod offer;

use std::fmt::Write as _;
use std::io::Write;
use std::process::ExitCode;

use serde_json::{Value, json};

use crate::model::file::{
    AgreementRecord, CentreRecord, CompetenceRecord, LinkRecord, OccupationRecord, ProviderRecord,
};
use crate::model::{
    AgreementIx, Catalogue, CentreIx, CompetenceIx, Link, OccupationIx, Offer, OfferIx, Origin,
    ProviderIx,
};
use crate::suggest::closest;
use crate::text::{escape, to_safe_json};

/// One item found by id, ready to print either way.
struct Shown {
    kind: &'static str,
    origin: Origin,
    record: Value,
    /// More JSON fields: what the item is linked to.
    extra: Vec<(&'static str, Value)>,
    /// (label, text) lines for people.
    lines: Lines,
}

#[derive(Default)]
struct Lines(Vec<(&'static str, String)>);

impl Lines {
    fn add(&mut self, label: &'static str, text: impl Into<String>) {
        self.0.push((label, text.into()));
    }

    fn maybe(&mut self, label: &'static str, text: Option<&String>) {
        if let Some(text) = text {
            self.add(label, text.clone());
        }
    }
}

pub fn run(
    cat: &Catalogue,
    id: &str,
    json: bool,
    out: &mut impl Write,
) -> std::io::Result<ExitCode> {
    let found = find(cat, id);
    if found.is_empty() {
        let hint = closest(id, all_ids(cat))
            .map(|near| format!("; did you mean \"{}\"?", escape(near)))
            .unwrap_or_default();
        eprintln!(
            "parcours: no offer, body, centre, agreement, competence or occupation has the id \"{}\"{hint}",
            escape(id)
        );
        return Ok(ExitCode::from(2));
    }
    if json {
        let items: Vec<Value> = found.into_iter().map(|s| as_json(cat, s)).collect();
        writeln!(out, "{}", to_safe_json(&items)?)?;
        return Ok(ExitCode::SUCCESS);
    }
    for (n, shown) in found.iter().enumerate() {
        if n > 0 {
            writeln!(out)?;
        }
        writeln!(
            out,
            "{} {}  ({})",
            shown.kind,
            escape(id),
            escape(&cat.place(shown.origin))
        )?;
        let width = shown
            .lines
            .0
            .iter()
            .map(|(k, _)| k.chars().count())
            .max()
            .unwrap_or(0);
        for (label, text) in &shown.lines.0 {
            // A text of several lines (a description's paragraphs) goes on
            // under its label, each line escaped on its own.
            let mut label = *label;
            for line in text.split('\n').map(|l| l.strip_suffix('\r').unwrap_or(l)) {
                writeln!(out, "  {label:<width$}  {}", escape(line))?;
                label = "";
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn all_ids(cat: &Catalogue) -> impl Iterator<Item = &str> {
    cat.offers
        .iter()
        .map(|o| o.id.as_str())
        .chain(cat.providers.iter().map(|p| p.id.as_str()))
        .chain(cat.centres.iter().map(|c| c.id.as_str()))
        .chain(cat.agreements.iter().map(|a| a.id.as_str()))
        .chain(cat.competences.iter().map(|c| c.id.as_str()))
        .chain(cat.occupations.iter().map(|o| o.id.as_str()))
}

fn as_json(cat: &Catalogue, shown: Shown) -> Value {
    let mut object = json!({
        "kind": shown.kind,
        "file": cat.files[shown.origin.file.0 as usize].name,
        "line": shown.origin.line,
        "column": shown.origin.column,
        "item": shown.record,
    });
    for (key, value) in shown.extra {
        object[key] = value;
    }
    object
}

fn find(cat: &Catalogue, id: &str) -> Vec<Shown> {
    let l = &cat.lookup;
    [
        l.offer(id).map(|ix| offer::offer(cat, ix)),
        l.provider(id).map(|ix| provider(cat, ix)),
        l.centre(id).map(|ix| centre(cat, ix)),
        l.agreement(id).map(|ix| agreement(cat, ix)),
        l.competence(id).map(|ix| competence(cat, ix)),
        l.occupation(id).map(|ix| occupation(cat, ix)),
    ]
    .into_iter()
    .flatten()
    .collect()
}

fn to_value<T: serde::Serialize>(record: &T) -> Value {
    serde_json::to_value(record).expect("records serialise")
}

fn offers_where(cat: &Catalogue, keep: impl Fn(&Offer) -> bool) -> Vec<OfferIx> {
    (0..cat.offers.len())
        .map(OfferIx::new)
        .filter(|o| keep(cat.offer(*o)))
        .collect()
}

fn ids_json(cat: &Catalogue, offers: &[OfferIx]) -> Value {
    offers
        .iter()
        .map(|o| Value::from(cat.offer(*o).id.as_str()))
        .collect()
}

fn ids_text(cat: &Catalogue, offers: &[OfferIx]) -> String {
    if offers.is_empty() {
        return "—".to_owned();
    }
    offers
        .iter()
        .map(|o| cat.offer(*o).id.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

fn links_json<'a>(cat: &Catalogue, links: impl IntoIterator<Item = &'a Link>) -> Value {
    links
        .into_iter()
        .map(|k| to_value(&LinkRecord::of(cat, k)))
        .collect()
}

fn link_text(cat: &Catalogue, k: &Link) -> String {
    let mut text = format!(
        "{} → {} ({})",
        cat.offer(k.from).id,
        cat.offer(k.to).id,
        k.kind.as_str()
    );
    if let Some(a) = k.agreement {
        text.push_str(", agreement ");
        text.push_str(&cat.agreement(a).id);
    }
    if let Some(credit) = k.credit_hours {
        let _ = write!(text, ", {credit} h recognised");
    }
    text
}

fn provider(cat: &Catalogue, ix: ProviderIx) -> Shown {
    let p = cat.provider(ix);
    let offers = offers_where(cat, |o| o.provider == ix);
    let mut lines = Lines::default();
    lines.add("name", p.name.clone());
    lines.add("country", p.country.clone());
    lines.maybe("kind", p.kind.as_ref());
    lines.maybe("region", p.region.as_ref());
    lines.maybe("url", p.url.as_ref());
    for c in &p.centres {
        let c = cat.centre(*c);
        lines.add("centre", format!("{} — {}, {}", c.id, c.name, c.city));
    }
    lines.add("offers", offers.len().to_string());
    Shown {
        kind: "provider",
        origin: p.origin,
        record: to_value(&ProviderRecord::of(cat, p)),
        extra: vec![("offers", ids_json(cat, &offers))],
        lines,
    }
}

fn centre(cat: &Catalogue, ix: CentreIx) -> Shown {
    let c = cat.centre(ix);
    let offers = offers_where(cat, |o| o.centre == Some(ix));
    let mut lines = Lines::default();
    lines.add("name", c.name.clone());
    lines.add("body", cat.provider(c.provider).name.clone());
    lines.add("city", c.city.clone());
    lines.maybe("region", c.region.as_ref());
    lines.add("country", cat.centre_country(ix));
    lines.add("position", format!("{:.4}, {:.4}", c.lat, c.lon));
    lines.add("offers", ids_text(cat, &offers));
    Shown {
        kind: "centre",
        origin: c.origin,
        record: to_value(&CentreRecord::of(c)),
        extra: vec![
            ("provider", cat.provider(c.provider).id.as_str().into()),
            ("offers", ids_json(cat, &offers)),
        ],
        lines,
    }
}

fn agreement(cat: &Catalogue, ix: AgreementIx) -> Shown {
    let a = cat.agreement(ix);
    let backed: Vec<&Link> = cat
        .links
        .iter()
        .filter(|k| k.agreement == Some(ix))
        .collect();
    let mut lines = Lines::default();
    lines.add("title", a.title.clone());
    let parties: Vec<&str> = a
        .parties
        .iter()
        .map(|p| cat.provider(*p).name.as_str())
        .collect();
    lines.add("parties", parties.join(", "));
    lines.maybe("signed", a.signed.map(|d| d.to_string()).as_ref());
    lines.maybe("until", a.until.map(|d| d.to_string()).as_ref());
    lines.maybe("programme", a.programme.as_ref());
    lines.maybe("note", a.note.as_ref());
    lines.maybe("url", a.url.as_ref());
    lines.add(
        "links",
        format!("{} backed by this agreement", backed.len()),
    );
    for k in &backed {
        lines.add("", link_text(cat, k));
    }
    Shown {
        kind: "agreement",
        origin: a.origin,
        record: to_value(&AgreementRecord::of(cat, a)),
        extra: vec![("links", links_json(cat, backed))],
        lines,
    }
}

fn competence(cat: &Catalogue, ix: CompetenceIx) -> Shown {
    let c = cat.competence(ix);
    let granted_by = offers_where(cat, |o| o.grants.contains(&ix));
    let required_by = offers_where(cat, |o| o.requires.contains(&ix));
    let mut lines = Lines::default();
    lines.add("label", c.label.clone());
    lines.maybe("esco", c.esco.as_ref());
    lines.maybe("description", c.description.as_ref());
    lines.add("granted by", ids_text(cat, &granted_by));
    lines.add("required by", ids_text(cat, &required_by));
    Shown {
        kind: "competence",
        origin: c.origin,
        record: to_value(&CompetenceRecord::of(c)),
        extra: vec![
            ("granted_by", ids_json(cat, &granted_by)),
            ("required_by", ids_json(cat, &required_by)),
        ],
        lines,
    }
}

fn occupation(cat: &Catalogue, ix: OccupationIx) -> Shown {
    let o = cat.occupation(ix);
    let prepared_by = offers_where(cat, |x| x.prepares.contains(&ix));
    let mut lines = Lines::default();
    lines.add("label", o.label.clone());
    lines.maybe("ROME", o.rome.as_ref());
    lines.maybe("esco", o.esco.as_ref());
    lines.add("prepared by", ids_text(cat, &prepared_by));
    Shown {
        kind: "occupation",
        origin: o.origin,
        record: to_value(&OccupationRecord::of(o)),
        extra: vec![("prepared_by", ids_json(cat, &prepared_by))],
        lines,
    }
}
