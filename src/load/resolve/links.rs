//! Links: checked against the registries of offers and agreements, which no
//! longer change once links are read, so many threads can check them.

use super::offers::found;
use super::{Registries, Report, at, origin};
use crate::load::locate::Seg;
use crate::load::parse::{Item, Pending};
use crate::load::records::{LinkRecord, Text, owned};
use crate::model::{Catalogue, Link, OfferIx};

/// The last `from` looked up and what was found. Links are mostly written
/// grouped by the offer they leave, so most links repeat the lookup of the
/// link before.
pub type LastFrom<'a> = Option<(Text<'a>, Result<OfferIx, Option<String>>)>;

/// The link an item stands for, or none when it cannot be kept; its
/// problems go to `pending`.
pub fn link<'a>(
    registries: &Registries,
    cat: &Catalogue,
    f: usize,
    item: &Item<LinkRecord<'a>>,
    last_from: &mut LastFrom<'a>,
    pending: &mut Vec<Pending>,
) -> Option<Link> {
    let (rec, base) = (&item.record, item.place.offset);
    let offers = &registries.offers;
    let from = match last_from {
        Some((id, found)) if *id == rec.from => found.clone(),
        _ => {
            let found = offers.find(rec.from.as_str());
            *last_from = Some((rec.from.clone(), found.clone()));
            found
        }
    };
    let from = found(from, pending, f, || at(base, &[Seg::Key("from")]));
    let to = found(offers.find(rec.to.as_str()), pending, f, || {
        at(base, &[Seg::Key("to")])
    });
    if rec.from == rec.to {
        pending.error(
            f,
            at(base, &[Seg::Key("to")]),
            format!("this link goes from offer \"{}\" to itself", rec.from),
        );
    }
    let agreement = match &rec.agreement {
        Some(a) => match registries.agreements.find(a.as_str()) {
            Ok(a) => Some(a),
            Err(problem) => {
                if let Some(message) = problem {
                    pending.error(f, at(base, &[Seg::Key("agreement")]), message);
                }
                return None;
            }
        },
        None => None,
    };
    if let Some(credit) = rec.credit_hours {
        if !(credit >= 0.0 && credit.is_finite()) {
            pending.error(
                f,
                at(base, &[Seg::Key("credit_hours")]),
                format!("credit_hours must be 0 or more; this link has {credit}"),
            );
        } else if let Some(to) = to {
            let hours = cat.offer(to).hours;
            if credit > hours {
                pending.error(
                    f,
                    at(base, &[Seg::Key("credit_hours")]),
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
        origin: origin(f, item.place),
    })
}
