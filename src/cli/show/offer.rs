//! An offer shown in full: its facts, the links that lead to and from it,
//! and the progressions inferred from competences.

use super::{Lines, Shown, ids_json, ids_text, link_text, links_json, to_value};
use crate::graph::infer;
use crate::model::file::OfferRecord;
use crate::model::{Catalogue, Link, LinkKind, OfferIx};

pub(super) fn offer(cat: &Catalogue, ix: OfferIx) -> Shown {
    let o = cat.offer(ix);
    let mut lines = offer_facts(cat, ix);
    // An equivalence holds both ways, so it is listed on both sides.
    let leads_to: Vec<&Link> = cat
        .links
        .iter()
        .filter(|k| k.from == ix || (k.to == ix && k.kind == LinkKind::Equivalence))
        .collect();
    let comes_from: Vec<&Link> = cat
        .links
        .iter()
        .filter(|k| k.to == ix || (k.from == ix && k.kind == LinkKind::Equivalence))
        .collect();
    for k in &leads_to {
        lines.add("leads to", link_text(cat, k));
    }
    for k in &comes_from {
        lines.add("comes from", link_text(cat, k));
    }
    let (mut inferred_to, mut inferred_from) = (Vec::new(), Vec::new());
    infer::for_each_pair(cat, |a, b| {
        if a == ix {
            inferred_to.push(b);
        }
        if b == ix {
            inferred_from.push(a);
        }
    });
    if !inferred_to.is_empty() {
        lines.add("inferred to", ids_text(cat, &inferred_to));
    }
    if !inferred_from.is_empty() {
        lines.add("inferred from", ids_text(cat, &inferred_from));
    }
    Shown {
        kind: "offer",
        origin: o.origin,
        record: to_value(&OfferRecord::of(cat, o)),
        extra: vec![
            (
                "links_out",
                links_json(cat, cat.links.iter().filter(|k| k.from == ix)),
            ),
            (
                "links_in",
                links_json(cat, cat.links.iter().filter(|k| k.to == ix)),
            ),
            ("inferred_from", ids_json(cat, &inferred_from)),
            ("inferred_to", ids_json(cat, &inferred_to)),
        ],
        lines,
    }
}

/// Everything an offer says about itself, as lines for people.
fn offer_facts(cat: &Catalogue, ix: OfferIx) -> Lines {
    let o = cat.offer(ix);
    let p = cat.provider(o.provider);
    let mut lines = Lines::default();
    lines.add("title", o.title.clone());
    lines.add(
        "body",
        match o.centre {
            Some(c) => {
                let c = cat.centre(c);
                format!(
                    "{} — {}, {} ({})",
                    p.name,
                    c.name,
                    c.city,
                    cat.offer_country(ix)
                )
            }
            None => format!("{} — distance learning ({})", p.name, p.country),
        },
    );
    let mut facts = vec![format!("{} h", o.hours), o.modality().as_str().to_owned()];
    facts.extend(o.level.map(|l| format!("EQF level {l}")));
    facts.extend(o.sector.clone());
    facts.push(format!("{} €", o.cost()));
    lines.add("offer", facts.join(" · "));
    if !o.languages.is_empty() {
        lines.add("languages", o.languages.join(", "));
    }
    if !o.audiences.is_empty() {
        lines.add("audiences", o.audiences.join(", "));
    }
    if let Some(c) = &o.certification {
        let parts: Vec<&str> = [c.title.as_deref(), c.code.as_deref()]
            .into_iter()
            .flatten()
            .collect();
        lines.add("certification", parts.join(" — "));
    }
    lines.maybe("badge", o.badge.as_ref());
    if o.sessions.is_empty() {
        let length = o.weeks.map_or(String::new(), |w| format!(", {w} weeks"));
        lines.add("sessions", format!("open entry (no fixed session){length}"));
    }
    for s in &o.sessions {
        lines.add("session", format!("{} → {}", s.start, s.end));
    }
    for (label, list) in [("requires", &o.requires), ("grants", &o.grants)] {
        for c in list {
            let c = cat.competence(*c);
            lines.add(label, format!("{} — {}", c.id, c.label));
        }
    }
    for occupation in &o.prepares {
        let occupation = cat.occupation(*occupation);
        let rome = occupation
            .rome
            .as_ref()
            .map_or(String::new(), |r| format!(" (ROME {r})"));
        lines.add(
            "prepares",
            format!("{} — {}{rome}", occupation.id, occupation.label),
        );
    }
    lines.maybe("description", o.description.as_ref());
    lines.maybe("url", o.url.as_ref());
    lines
}
