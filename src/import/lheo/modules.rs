//! Progression links from LHÉO modules.
//!
//! A formation that has an `identifiant-module` is a module of its body
//! (the identifier is the body's own, so references are looked up among
//! the formations of the same body). `modules-prerequis` names modules to
//! take before: each of their offers leads to each offer of the formation.
//! `sous-modules` names the parts of a formation: each part's offer leads to
//! the whole, whose hours it counts towards (`credit_hours`).

use std::collections::HashMap;

use super::record::Val;
use crate::import::report::Findings;
use crate::model::LinkKind;
use crate::model::file::LinkRecord;

/// An offer of a module: its id and hours.
pub type ModuleOffer = (String, f64);

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Reference {
    Prerequisite,
    Part,
}

/// A reference to a module, waiting for the end of the file.
struct Pending {
    body: usize,
    module: Val,
    kind: Reference,
    offers: Vec<ModuleOffer>,
}

/// The modules of each body and the references between them.
#[derive(Default)]
pub struct Modules {
    defined: HashMap<(usize, String), Vec<ModuleOffer>>,
    pending: Vec<Pending>,
}

impl Modules {
    /// Records the offers of one formation of `body`: under its own module
    /// identifier, and as the targets of its references.
    pub fn formation(
        &mut self,
        body: usize,
        module: Option<&Val>,
        prerequisites: Vec<Val>,
        parts: Vec<Val>,
        offers: &[ModuleOffer],
    ) {
        if offers.is_empty() {
            return;
        }
        if let Some(module) = module.filter(|m| !m.text.trim().is_empty()) {
            self.defined
                .entry((body, module.text.trim().to_owned()))
                .or_default()
                .extend_from_slice(offers);
        }
        let references = prerequisites
            .into_iter()
            .map(|m| (m, Reference::Prerequisite))
            .chain(parts.into_iter().map(|m| (m, Reference::Part)));
        for (module, kind) in references {
            self.pending.push(Pending {
                body,
                module,
                kind,
                offers: offers.to_vec(),
            });
        }
    }

    /// The links, once every formation is read; references to no module of
    /// the body are reported.
    pub fn links(self, findings: &mut Findings) -> Vec<LinkRecord> {
        let mut links: Vec<LinkRecord> = Vec::new();
        let mut seen: HashMap<(String, String), usize> = HashMap::new();
        for p in self.pending {
            let key = (p.body, p.module.text.trim().to_owned());
            let Some(modules) = self.defined.get(&key) else {
                let what = match p.kind {
                    Reference::Prerequisite => "formation/modules-prerequis/reference-module",
                    Reference::Part => "formation/sous-modules/sous-module/reference-module",
                };
                findings.unmapped(
                    format!("{what} (no formation of the body has this identifiant-module)"),
                    p.module.at,
                    &p.module.text,
                );
                continue;
            };
            for (module_offer, module_hours) in modules {
                for (offer, hours) in &p.offers {
                    let (from, to, credit) = match p.kind {
                        Reference::Prerequisite => (module_offer, offer, None),
                        Reference::Part => (module_offer, offer, Some(module_hours.min(*hours))),
                    };
                    if from == to {
                        continue;
                    }
                    let note = match p.kind {
                        Reference::Prerequisite => "module prérequis (LHÉO)",
                        Reference::Part => "sous-module (LHÉO)",
                    };
                    add(&mut links, &mut seen, (from, to), credit, note);
                }
            }
        }
        links
    }
}

/// Adds a progression; the same pair twice (a part that is also a
/// prerequisite) keeps one link, with the larger credit.
fn add(
    links: &mut Vec<LinkRecord>,
    seen: &mut HashMap<(String, String), usize>,
    (from, to): (&String, &String),
    credit: Option<f64>,
    note: &str,
) {
    if let Some(&i) = seen.get(&(from.clone(), to.clone())) {
        if credit > links[i].credit_hours {
            links[i].credit_hours = credit;
        }
        return;
    }
    seen.insert((from.clone(), to.clone()), links.len());
    links.push(LinkRecord {
        from: from.clone(),
        to: to.clone(),
        kind: LinkKind::Progression,
        agreement: None,
        credit_hours: credit,
        note: Some(note.to_owned()),
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn val(text: &str) -> Val {
        Val {
            text: text.to_owned(),
            at: 0,
        }
    }

    #[test]
    fn prerequisites_and_parts_become_progressions() {
        let mut modules = Modules::default();
        let whole = [("whole".to_owned(), 700.0)];
        modules.formation(
            0,
            Some(&val("M1")),
            vec![],
            vec![],
            &[("m1".to_owned(), 200.0)],
        );
        modules.formation(
            0,
            Some(&val("TP")),
            vec![val("PRE")],
            vec![val(" M1 ")],
            &whole,
        );
        modules.formation(
            0,
            Some(&val("PRE")),
            vec![],
            vec![],
            &[("pre".to_owned(), 35.0)],
        );
        // Another body's M1 is not this body's.
        modules.formation(
            1,
            None,
            vec![],
            vec![val("M1")],
            &[("other".to_owned(), 100.0)],
        );
        let mut findings = Findings::default();
        let links = modules.links(&mut findings);
        let pairs: Vec<_> = links
            .iter()
            .map(|l| (l.from.as_str(), l.to.as_str(), l.credit_hours))
            .collect();
        assert_eq!(
            pairs,
            [("pre", "whole", None), ("m1", "whole", Some(200.0))]
        );
        assert_eq!(findings.unmapped.len(), 1);
        assert!(
            findings
                .unmapped
                .keys()
                .next()
                .unwrap()
                .contains("sous-module")
        );
    }
}
