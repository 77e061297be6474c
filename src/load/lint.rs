//! Warnings: what loads, but is probably not what the editor meant.

use std::sync::atomic::{AtomicBool, Ordering};

use super::{Diagnostic, Severity, parallel};
use crate::graph::infer;
use crate::model::{Catalogue, CoveredPairs, Link, LinkKind, Origin, ProviderIx};

/// Every warning about a resolved catalogue, each at the item it is about.
pub fn lint(cat: &Catalogue) -> Vec<Diagnostic> {
    let covered = cat.covered_pairs();
    // Each offer's provider in a small array: links read two each, at
    // random, where offers are large records.
    let provider_of: Vec<ProviderIx> = cat.offers.iter().map(|o| o.provider).collect();
    let linked: Vec<AtomicBool> = cat.offers.iter().map(|_| AtomicBool::new(false)).collect();
    // Links are read in chunks on every core (half a second for ten
    // million links on one), their warnings kept in the links' order.
    let chunks: Vec<&[Link]> = cat.links.chunks(1 << 16).collect();
    let by_chunk = parallel::map(
        chunks,
        |_, chunk| chunk.len(),
        |_, chunk| {
            let mut warnings = Vec::new();
            for link in chunk {
                linked[link.from.index()].store(true, Ordering::Relaxed);
                linked[link.to.index()].store(true, Ordering::Relaxed);
                let bodies = (provider_of[link.from.index()], provider_of[link.to.index()]);
                if bodies.0 != bodies.1 {
                    across_bodies(cat, &covered, link, bodies, &mut warnings);
                }
            }
            warnings
        },
    );
    let mut warnings: Vec<Diagnostic> = by_chunk.into_iter().flatten().collect();
    let mut linked: Vec<bool> = linked.into_iter().map(AtomicBool::into_inner).collect();
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
            warnings.push(warning(
                cat,
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

/// A link between two bodies: a bridge no agreement covers, or an
/// agreement that does not count both bodies among its parties.
fn across_bodies(
    cat: &Catalogue,
    covered: &CoveredPairs,
    link: &Link,
    (pa, pb): (ProviderIx, ProviderIx),
    warnings: &mut Vec<Diagnostic>,
) {
    match link.agreement {
        None if link.kind == LinkKind::Bridge && !covered.covers(pa, pb) => {
            let (from, to) = (cat.offer(link.from), cat.offer(link.to));
            let (a, b) = (cat.provider(pa), cat.provider(pb));
            warnings.push(warning(
                cat,
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
                    warnings.push(warning(
                        cat,
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

fn warning(cat: &Catalogue, origin: Origin, message: String) -> Diagnostic {
    Diagnostic {
        severity: Severity::Warning,
        file: cat.files[origin.file.0 as usize].name.clone(),
        line: Some(origin.line),
        column: Some(origin.column),
        message,
    }
}
