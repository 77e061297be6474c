//! Warnings: what loads, but is probably not what the editor meant.

use super::{Diagnostic, Severity};
use crate::graph::infer;
use crate::model::{Catalogue, LinkKind, Origin, ProviderIx};

/// Every warning about a resolved catalogue, each at the item it is about.
pub fn lint(cat: &Catalogue) -> Vec<Diagnostic> {
    let mut warnings = Vec::new();
    let warn = |origin: Origin, message: String| {
        let file = &cat.files[origin.file.0 as usize];
        Diagnostic {
            severity: Severity::Warning,
            file: file.name.clone(),
            line: Some(origin.line),
            column: Some(origin.column),
            message,
        }
    };
    let covered = cat.covered_pairs();
    // Each offer's provider in a small array: the loop below reads two per
    // link, at random, where offers are large records.
    let provider_of: Vec<ProviderIx> = cat.offers.iter().map(|o| o.provider).collect();
    for link in &cat.links {
        let (pa, pb) = (provider_of[link.from.index()], provider_of[link.to.index()]);
        if pa == pb {
            continue;
        }
        match link.agreement {
            None if link.kind == LinkKind::Bridge && !covered.covers(pa, pb) => {
                let (from, to) = (cat.offer(link.from), cat.offer(link.to));
                let (a, b) = (cat.provider(pa), cat.provider(pb));
                warnings.push(warn(
                    link.origin,
                    format!(
                        "bridge from \"{}\" to \"{}\" crosses from {} to {}, but no agreement covers these two bodies: routes will mark it as a seam",
                        from.id, to.id, a.name, b.name
                    ),
                ));
            }
            Some(ag) => {
                let agreement = cat.agreement(ag);
                for body in [pa, pb] {
                    if !agreement.parties.contains(&body) {
                        warnings.push(warn(
                            link.origin,
                            format!(
                                "this link names agreement \"{}\", which does not count \"{}\" among its parties",
                                agreement.id,
                                cat.provider(body).id
                            ),
                        ));
                    }
                }
            }
            None => {}
        }
    }
    let mut linked = vec![false; cat.offers.len()];
    for link in &cat.links {
        linked[link.from.index()] = true;
        linked[link.to.index()] = true;
    }
    // Inferring progressions costs more than all the rest of the lint; it
    // can only matter for offers no link touches.
    if linked.contains(&false) {
        infer::for_each_pair(cat, |a, b| {
            linked[a.index()] = true;
            linked[b.index()] = true;
        });
    }
    for (offer, linked) in cat.offers.iter().zip(linked) {
        if !linked {
            warnings.push(warn(
                offer.origin,
                format!(
                    "offer \"{}\" is linked to nothing: no link leads to or from it, and no progression can be inferred to or from it",
                    offer.id
                ),
            ));
        }
    }
    warnings
}
