//! Turning an edit into the changes that make it, refusing what cannot be
//! made at all (the loader judges the rest).

use std::path::PathBuf;

use super::Document;
use super::apply::{Edit, Refusal, Target};
use super::canonical::Records;
use super::history::{Action, Change, Summary};
use super::record::{Address, ItemKind, Record, Slot};

/// An edit turned into changes, not yet made.
pub(crate) struct Plan {
    pub changes: Vec<Change>,
    pub summary: Summary,
    pub at: Option<Address>,
    /// A file to add before the changes, which refer to it.
    pub new_file: Option<PathBuf>,
}

impl Document {
    /// Turns an edit into changes, refusing what cannot be made at all.
    pub(crate) fn plan(&self, edit: Edit) -> Result<Plan, Refusal> {
        match edit {
            Edit::Create { record, into } => self.plan_create(record, into),
            Edit::Change { at, record } => self.plan_change(at, record),
            Edit::Delete { at, cascade } => {
                let before = self.record(at).ok_or(Refusal::NoItem(at))?;
                let plan = self.cascade(at).ok_or(Refusal::NoItem(at))?;
                if !cascade && !plan.referrers.is_empty() {
                    return Err(Refusal::Referenced(plan.referrers));
                }
                Ok(Plan {
                    summary: Summary {
                        action: Action::Delete,
                        kind: before.kind(),
                        name: before.name(),
                        others: plan.referrers.len(),
                    },
                    changes: plan.changes,
                    at: None,
                    new_file: None,
                })
            }
        }
    }

    fn plan_create(&self, record: Record, into: Target) -> Result<Plan, Refusal> {
        let summary = Summary {
            action: Action::Create,
            kind: record.kind(),
            name: record.name(),
            others: 0,
        };
        let (at, new_file) = if let Record::Centre(c) = &record {
            (self.centre_end(&c.provider)?, None)
        } else {
            let (file, new_file) = self.target(&record, into)?;
            let records = match &new_file {
                Some(_) => &Records::default(),
                None => &self.files[file.0].records,
            };
            let slot = records
                .end_of(slot_of_kind(record.kind()))
                .expect("only centres have no end");
            (Address { file, slot }, new_file)
        };
        Ok(Plan {
            changes: vec![Change::Insert { at, record }],
            summary,
            at: Some(at),
            new_file,
        })
    }

    fn plan_change(&self, at: Address, record: Record) -> Result<Plan, Refusal> {
        let before = self.record(at).ok_or(Refusal::NoItem(at))?;
        if before.kind() != record.kind() {
            return Err(Refusal::WrongKind {
                expected: before.kind(),
                given: record.kind(),
            });
        }
        let summary = Summary {
            action: Action::Change,
            kind: record.kind(),
            name: before.name(),
            others: 0,
        };
        let changes = match (&before, &record) {
            _ if before == record => Vec::new(),
            (Record::Centre(old), Record::Centre(new)) if old.provider != new.provider => {
                let to = self.centre_end(&new.provider)?;
                return Ok(Plan {
                    changes: vec![
                        Change::Remove { at, record: before },
                        Change::Insert { at: to, record },
                    ],
                    summary,
                    at: Some(to),
                    new_file: None,
                });
            }
            _ => vec![Change::Replace {
                at,
                before,
                after: record,
            }],
        };
        Ok(Plan {
            changes,
            summary,
            at: Some(at),
            new_file: None,
        })
    }

    /// The place after the last centre of a provider.
    fn centre_end(&self, provider: &str) -> Result<Address, Refusal> {
        let p = self.find(ItemKind::Provider, provider).ok_or_else(|| {
            Refusal::File(format!(
                "no provider has the id {provider:?}: a centre is written inside its provider"
            ))
        })?;
        let slot = self.files[p.file.0]
            .records
            .end_of(Slot::Centre {
                provider: p.slot.index(),
                centre: 0,
            })
            .expect("the provider was just found");
        Ok(Address { file: p.file, slot })
    }
}

/// A slot of the list that items of a kind go into.
fn slot_of_kind(kind: ItemKind) -> Slot {
    match kind {
        ItemKind::Provider => Slot::Provider(0),
        ItemKind::Centre => Slot::Centre {
            provider: 0,
            centre: 0,
        },
        ItemKind::Agreement => Slot::Agreement(0),
        ItemKind::Competence => Slot::Competence(0),
        ItemKind::Occupation => Slot::Occupation(0),
        ItemKind::Offer => Slot::Offer(0),
        ItemKind::Link => Slot::Link(0),
    }
}
