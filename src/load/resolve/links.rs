//! Links: checked against the registries of offers and agreements, which no
//! longer change once links are read, so many threads can check them.

use super::{ItemReport, Registries, origin};
use crate::load::locate::Seg;
use crate::load::parse::{Item, Pending};
use crate::load::records::{LinkRecord, Text, owned};
use crate::model::id_index::same;
use crate::model::{Link, OfferIx};

/// How many links are read before their targets are looked up together.
const BATCH: usize = 1 << BATCH_BITS;
const BATCH_BITS: u32 = 14;

/// Links of one file, checked in batches. The offers links lead to are
/// scattered over the registry (40 MB for a million offers), so looked up
/// one by one each lookup waits on memory. A batch's targets are looked up
/// in the order of their place in the registry instead, which reads it in
/// one sweep rather than at random.
pub struct Linker<'a, 'r> {
    checker: Checker<'a, 'r>,
    batch: Vec<Item<LinkRecord<'a>>>,
    /// Scratch: each link's place in the registry's order and in the
    /// batch as one integer (the order above [`BATCH`]'s bits), which sorts
    /// faster than a tuple; and each target's hash, by place in the batch.
    order: Vec<u64>,
    hashes: Vec<u64>,
    targets: Vec<Result<OfferIx, Option<String>>>,
    pub links: Vec<Link>,
}

impl<'a, 'r> Linker<'a, 'r> {
    pub fn new(registries: &'r Registries, hours: &'r [f64], file: usize, expected: usize) -> Self {
        Self {
            checker: Checker {
                registries,
                hours,
                file,
                last_from: None,
            },
            batch: Vec::with_capacity(BATCH),
            order: Vec::with_capacity(BATCH),
            hashes: Vec::with_capacity(BATCH),
            targets: Vec::with_capacity(BATCH),
            links: Vec::with_capacity(expected),
        }
    }

    /// Adds a link; its problems (and those of the batch it completes) go
    /// to `pending`.
    pub fn push(&mut self, item: Item<LinkRecord<'a>>, pending: &mut Vec<Pending>) {
        self.batch.push(item);
        if self.batch.len() == BATCH {
            self.flush(pending);
        }
    }

    /// Checks the links still waiting in the batch.
    pub fn flush(&mut self, pending: &mut Vec<Pending>) {
        let offers = &self.checker.registries.offers;
        self.order.clear();
        self.hashes.clear();
        for (i, item) in self.batch.iter().enumerate() {
            let (hash, order) = offers.hash(item.record.to.as_str());
            self.order.push(order << BATCH_BITS | i as u64);
            self.hashes.push(hash);
        }
        self.order.sort_unstable();
        self.targets.clear();
        self.targets.resize(self.batch.len(), Err(None));
        for &key in &self.order {
            let i = usize::try_from(key % BATCH as u64).expect("a place in the batch");
            let id = self.batch[i].record.to.as_str();
            self.targets[i] = offers.find_hashed(self.hashes[i], id);
        }
        for (item, to) in self.batch.drain(..).zip(self.targets.drain(..)) {
            let link = self.checker.link(&item, to, pending);
            self.links.extend(link);
        }
    }
}

/// What checking a link reads: the registries, which no longer change,
/// and each offer's hours.
struct Checker<'a, 'r> {
    registries: &'r Registries,
    /// Each offer's hours, by index: the credit check reads them for every
    /// link, and this is a small array where offers are large records.
    hours: &'r [f64],
    file: usize,
    /// The last `from` looked up and what was found. Links are mostly
    /// written grouped by the offer they leave, so most links repeat the
    /// lookup of the link before.
    last_from: Option<(Text<'a>, Result<OfferIx, Option<String>>)>,
}

impl<'a> Checker<'a, '_> {
    /// The link an item stands for, or none when it cannot be kept; its
    /// problems go to `pending`. `to` is what the registry found for its
    /// target.
    fn link(
        &mut self,
        item: &Item<LinkRecord<'a>>,
        to: Result<OfferIx, Option<String>>,
        pending: &mut Vec<Pending>,
    ) -> Option<Link> {
        let rec = &item.record;
        let mut report = ItemReport::new(pending, self.file, item.place.offset);
        let from = match &self.last_from {
            Some((id, found)) if same(id.as_str().as_bytes(), rec.from.as_str().as_bytes()) => {
                found.clone()
            }
            _ => {
                let found = self.registries.offers.find(rec.from.as_str());
                self.last_from = Some((rec.from.clone(), found.clone()));
                found
            }
        };
        let from = report.found(from, &[Seg::Key("from")]);
        let to = report.found(to, &[Seg::Key("to")]);
        if rec.from == rec.to {
            report.error(
                &[Seg::Key("to")],
                format!("this link goes from offer \"{}\" to itself", rec.from),
            );
        }
        let agreement = match &rec.agreement {
            Some(a) => Some(report.found(
                self.registries.agreements.find(a.as_str()),
                &[Seg::Key("agreement")],
            )?),
            None => None,
        };
        if let Some(credit) = rec.credit_hours {
            if !(credit >= 0.0 && credit.is_finite()) {
                report.error(
                    &[Seg::Key("credit_hours")],
                    format!("credit_hours must be 0 or more; this link has {credit}"),
                );
            } else if let Some(to) = to {
                let hours = self.hours[to.index()];
                if credit > hours {
                    report.error(
                        &[Seg::Key("credit_hours")],
                        format!(
                            "credit_hours {credit} is more than the {hours} hours of offer \"{}\"",
                            rec.to
                        ),
                    );
                }
            }
        }
        let (from, to) = (from?, to?);
        if from == to {
            return None;
        }
        Some(Link {
            from,
            to,
            kind: rec.kind,
            agreement,
            credit_hours: rec.credit_hours,
            note: owned(rec.note.as_ref()),
            origin: origin(self.file, item.place),
        })
    }
}
