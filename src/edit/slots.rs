//! Reading and writing one item of a file's [`Records`] by its [`Slot`].
//!
//! These are the only operations that change records; the document makes
//! sure the record's kind matches the slot's before calling them.

use super::canonical::Records;
use super::record::{CentreOf, Record, Slot};

impl Records {
    /// The item at `slot`, if there is one.
    pub fn get(&self, slot: Slot) -> Option<Record> {
        Some(match slot {
            Slot::Provider(i) => Record::Provider(self.providers.get(i)?.clone()),
            Slot::Centre { provider, centre } => {
                let p = self.providers.get(provider)?;
                Record::Centre(CentreOf {
                    provider: p.id.clone(),
                    centre: p.centres.get(centre)?.clone(),
                })
            }
            Slot::Agreement(i) => Record::Agreement(self.agreements.get(i)?.clone()),
            Slot::Competence(i) => Record::Competence(self.competences.get(i)?.clone()),
            Slot::Occupation(i) => Record::Occupation(self.occupations.get(i)?.clone()),
            Slot::Offer(i) => Record::Offer(self.offers.get(i)?.clone()),
            Slot::Link(i) => Record::Link(self.links.get(i)?.clone()),
        })
    }

    /// Puts `record` at `slot`, moving the items from there on by one.
    ///
    /// # Panics
    /// When the record's kind is not the slot's, or the slot is past the
    /// end of its list: the document checks both first.
    pub fn insert(&mut self, slot: Slot, record: Record) {
        match (slot, record) {
            (Slot::Provider(i), Record::Provider(r)) => self.providers.insert(i, r),
            (Slot::Centre { provider, centre }, Record::Centre(c)) => {
                self.providers[provider].centres.insert(centre, c.centre);
            }
            (Slot::Agreement(i), Record::Agreement(r)) => self.agreements.insert(i, r),
            (Slot::Competence(i), Record::Competence(r)) => self.competences.insert(i, r),
            (Slot::Occupation(i), Record::Occupation(r)) => self.occupations.insert(i, r),
            (Slot::Offer(i), Record::Offer(r)) => self.offers.insert(i, r),
            (Slot::Link(i), Record::Link(r)) => self.links.insert(i, r),
            (slot, record) => mismatch(slot, &record),
        }
    }

    /// Takes the item at `slot` out, moving the items after it back by one.
    ///
    /// # Panics
    /// When there is no item at `slot`.
    pub fn remove(&mut self, slot: Slot) -> Record {
        match slot {
            Slot::Provider(i) => Record::Provider(self.providers.remove(i)),
            Slot::Centre { provider, centre } => {
                let p = &mut self.providers[provider];
                Record::Centre(CentreOf {
                    provider: p.id.clone(),
                    centre: p.centres.remove(centre),
                })
            }
            Slot::Agreement(i) => Record::Agreement(self.agreements.remove(i)),
            Slot::Competence(i) => Record::Competence(self.competences.remove(i)),
            Slot::Occupation(i) => Record::Occupation(self.occupations.remove(i)),
            Slot::Offer(i) => Record::Offer(self.offers.remove(i)),
            Slot::Link(i) => Record::Link(self.links.remove(i)),
        }
    }

    /// Puts `record` in place of the item at `slot`, and returns that item.
    ///
    /// # Panics
    /// As [`Records::insert`] and [`Records::remove`].
    pub fn replace(&mut self, slot: Slot, record: Record) -> Record {
        let old = self.remove(slot);
        self.insert(slot, record);
        old
    }

    /// The slot just past the end of the list `slot` is in: where an item of
    /// that list is appended. `None` for a centre of a provider that is not
    /// there.
    pub fn end_of(&self, slot: Slot) -> Option<Slot> {
        Some(match slot {
            Slot::Provider(_) => Slot::Provider(self.providers.len()),
            Slot::Centre { provider, .. } => Slot::Centre {
                provider,
                centre: self.providers.get(provider)?.centres.len(),
            },
            Slot::Agreement(_) => Slot::Agreement(self.agreements.len()),
            Slot::Competence(_) => Slot::Competence(self.competences.len()),
            Slot::Occupation(_) => Slot::Occupation(self.occupations.len()),
            Slot::Offer(_) => Slot::Offer(self.offers.len()),
            Slot::Link(_) => Slot::Link(self.links.len()),
        })
    }
}

fn mismatch(slot: Slot, record: &Record) -> ! {
    panic!(
        "a {} record cannot go where a {} is",
        record.kind(),
        slot.kind()
    )
}
