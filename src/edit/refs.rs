//! What refers to an item, and what deleting it does to those items.
//!
//! Deleting an item deletes what cannot be without it, and takes it out
//! of what merely names it:
//! - an offer goes with its provider, a link with either of its offers,
//!   an agreement left with fewer than two parties with its last but one;
//! - an offer's centre is cleared, a link's agreement is cleared;
//! - a competence leaves the offers' `requires` and `grants`, an
//!   occupation their `prepares`, a provider the agreements' `parties`.
//!
//! A provider's centres are part of it and go with it.

use std::collections::{BTreeMap, HashSet};

use super::Document;
use super::history::Change;
use super::record::{Address, ItemKind, Record, Slot};

/// An item that refers to one being deleted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Referrer {
    pub at: Address,
    pub kind: ItemKind,
    /// Its id (a link's `FROM → TO (KIND)`).
    pub name: String,
    /// What deleting does to it.
    pub effect: Effect,
}

/// What deleting an item does to an item that refers to it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Effect {
    /// It is deleted too, as it cannot be without what `field` names.
    Deleted { field: &'static str },
    /// Fields lose what they name: each field with the ids taken out of it
    /// (none for a field that is cleared, such as `centre`).
    Changed {
        fields: Vec<(&'static str, Vec<String>)>,
    },
}

/// Every id deleted so far, by kind.
#[derive(Default)]
struct Gone {
    providers: HashSet<String>,
    centres: HashSet<String>,
    agreements: HashSet<String>,
    competences: HashSet<String>,
    occupations: HashSet<String>,
    offers: HashSet<String>,
}

impl Gone {
    fn add(&mut self, record: &Record) -> bool {
        match record {
            Record::Provider(p) => {
                self.centres.extend(p.centres.iter().map(|c| c.id.clone()));
                self.providers.insert(p.id.clone())
            }
            Record::Centre(c) => self.centres.insert(c.centre.id.clone()),
            Record::Agreement(a) => self.agreements.insert(a.id.clone()),
            Record::Competence(c) => self.competences.insert(c.id.clone()),
            Record::Occupation(o) => self.occupations.insert(o.id.clone()),
            Record::Offer(o) => self.offers.insert(o.id.clone()),
            Record::Link(_) => false,
        }
    }
}

/// What deleting an item does: who refers to it, and the changes.
pub(crate) struct Cascade {
    pub referrers: Vec<Referrer>,
    pub changes: Vec<Change>,
}

impl Document {
    /// The items that refer to the item at `at`, and what deleting it would
    /// do to each (see the module's rules). Empty when nothing refers to it.
    pub fn referrers(&self, at: Address) -> Vec<Referrer> {
        self.cascade(at).map(|c| c.referrers).unwrap_or_default()
    }

    /// Deleting the item at `at` with everything that refers to it.
    pub(crate) fn cascade(&self, at: Address) -> Option<Cascade> {
        let root = self.record(at)?;
        let mut gone = Gone::default();
        gone.add(&root);
        // Deletions lead to more deletions (a provider's offers, then their
        // links): a pass over every item until no more items go.
        let mut effects = self.effects(&gone, at);
        loop {
            let mut more = false;
            for (record, effect) in effects.values() {
                if matches!(effect, Effect::Deleted { .. }) {
                    more |= gone.add(record);
                }
            }
            if !more {
                break;
            }
            effects = self.effects(&gone, at);
        }
        let mut changes = Vec::new();
        let mut removed = vec![Change::Remove {
            at,
            record: root.clone(),
        }];
        let mut referrers = Vec::new();
        for (address, (record, effect)) in effects {
            if let Effect::Changed { .. } = &effect {
                changes.push(Change::Replace {
                    at: address,
                    before: self.record(address).expect("an item found in the document"),
                    after: record.clone(),
                });
            } else {
                removed.push(Change::Remove {
                    at: address,
                    record: record.clone(),
                });
            }
            referrers.push(Referrer {
                at: address,
                kind: record.kind(),
                name: record.name(),
                effect,
            });
        }
        // Removed from the end of each list first, so that the places of
        // those still to remove do not move.
        removed.sort_by_key(|c| std::cmp::Reverse(address_of(c)));
        changes.extend(removed);
        Some(Cascade { referrers, changes })
    }

    /// What the ids in `gone` do to every other item: deleted ones with
    /// their record, changed ones with their new record.
    fn effects(&self, gone: &Gone, root: Address) -> BTreeMap<Address, (Record, Effect)> {
        let mut effects = BTreeMap::new();
        for &file in &self.order {
            let records = &self.files[file.0].records;
            for (i, offer) in records.offers.iter().enumerate() {
                let at = Address {
                    file,
                    slot: Slot::Offer(i),
                };
                if at == root {
                    continue;
                }
                if gone.providers.contains(&offer.provider) {
                    let deleted = Effect::Deleted { field: "provider" };
                    effects.insert(at, (Record::Offer(offer.clone()), deleted));
                    continue;
                }
                let mut after = offer.clone();
                let mut fields = Vec::new();
                if after
                    .centre
                    .as_ref()
                    .is_some_and(|c| gone.centres.contains(c))
                {
                    after.centre = None;
                    fields.push(("centre", Vec::new()));
                }
                for (field, list, ids) in [
                    ("requires", &mut after.requires, &gone.competences),
                    ("grants", &mut after.grants, &gone.competences),
                    ("prepares", &mut after.prepares, &gone.occupations),
                ] {
                    let taken = take_out(list, ids);
                    if !taken.is_empty() {
                        fields.push((field, taken));
                    }
                }
                if !fields.is_empty() {
                    effects.insert(at, (Record::Offer(after), Effect::Changed { fields }));
                }
            }
            for (i, agreement) in records.agreements.iter().enumerate() {
                let at = Address {
                    file,
                    slot: Slot::Agreement(i),
                };
                let mut after = agreement.clone();
                let taken = take_out(&mut after.parties, &gone.providers);
                if at == root || taken.is_empty() {
                    continue;
                }
                let distinct: HashSet<&String> = after.parties.iter().collect();
                let effect = if distinct.len() < 2 {
                    after = agreement.clone();
                    Effect::Deleted { field: "parties" }
                } else {
                    Effect::Changed {
                        fields: vec![("parties", taken)],
                    }
                };
                effects.insert(at, (Record::Agreement(after), effect));
            }
            for (i, link) in records.links.iter().enumerate() {
                let at = Address {
                    file,
                    slot: Slot::Link(i),
                };
                if at == root {
                    continue;
                }
                let end = [("from", &link.from), ("to", &link.to)]
                    .into_iter()
                    .find(|(_, id)| gone.offers.contains(*id));
                let effect = if let Some((field, _)) = end {
                    Effect::Deleted { field }
                } else if link
                    .agreement
                    .as_ref()
                    .is_some_and(|a| gone.agreements.contains(a))
                {
                    Effect::Changed {
                        fields: vec![("agreement", Vec::new())],
                    }
                } else {
                    continue;
                };
                let mut after = link.clone();
                if matches!(effect, Effect::Changed { .. }) {
                    after.agreement = None;
                }
                effects.insert(at, (Record::Link(after), effect));
            }
        }
        effects
    }
}

/// Takes the ids in `gone` out of `list`, and returns them.
fn take_out(list: &mut Vec<String>, gone: &HashSet<String>) -> Vec<String> {
    let taken: Vec<String> = list
        .iter()
        .filter(|id| gone.contains(*id))
        .cloned()
        .collect();
    if !taken.is_empty() {
        list.retain(|id| !gone.contains(id));
    }
    taken
}

fn address_of(change: &Change) -> Address {
    match change {
        Change::Insert { at, .. } | Change::Remove { at, .. } | Change::Replace { at, .. } => *at,
    }
}

/// How a referrer is named in a message: `offer afpa-metz-soudeur`.
pub fn describe(referrer: &Referrer) -> String {
    let what = match &referrer.effect {
        Effect::Deleted { field } => format!("deleted (its {field})"),
        Effect::Changed { fields } => {
            let parts: Vec<String> = fields
                .iter()
                .map(|(field, ids)| {
                    if ids.is_empty() {
                        format!("{field} cleared")
                    } else {
                        format!("{} taken out of {field}", ids.join(", "))
                    }
                })
                .collect();
            parts.join("; ")
        }
    };
    let name = if referrer.kind == ItemKind::Link {
        referrer.name.clone()
    } else {
        format!("{} {}", referrer.kind, referrer.name)
    };
    format!("{name}: {what}")
}
