//! Offers and links: the items that refer to everything else.

use super::{Resolver, at};
use crate::load::locate::Seg;
use crate::load::parse::Item;
use crate::model::file::{LinkRecord, OfferRecord};
use crate::model::{Catalogue, CompetenceIx, Link, Offer, OfferIx, Session};

impl Resolver<'_> {
    pub(super) fn offer(&mut self, f: usize, item: &Item<OfferRecord>, cat: &mut Catalogue) {
        let (rec, base) = (&item.record, item.offset);
        let mut keep = self.check_new_id(|r| &mut r.offers, &rec.id, f, base, &[Seg::Key("id")]);
        let provider = self
            .reference(
                |r| &mut r.providers,
                &rec.provider,
                f,
                at(base, &[Seg::Key("provider")]),
            )
            .ok();
        keep &= provider.is_some();
        let centre = rec.centre.as_ref().and_then(|c| {
            let centre = self.reference(|r| &mut r.centres, c, f, at(base, &[Seg::Key("centre")])).ok()?;
            let owner = cat.centre(centre).provider;
            match provider {
                Some(p) if p != owner => {
                    let (owner_id, offer_provider) = (cat.provider(owner).id.clone(), cat.provider(p).id.clone());
                    self.error(
                        f,
                        at(base, &[Seg::Key("centre")]),
                        format!("centre \"{c}\" belongs to provider \"{owner_id}\", not to this offer's provider \"{offer_provider}\""),
                    );
                    None
                }
                _ => Some(centre),
            }
        });
        if !(rec.hours > 0.0 && rec.hours.is_finite()) {
            self.error(
                f,
                at(base, &[Seg::Key("hours")]),
                format!("hours must be more than 0; this offer has {}", rec.hours),
            );
        }
        let level = rec.level.and_then(|level| {
            if let Ok(l @ 1..=8) = u8::try_from(level) {
                Some(l)
            } else {
                self.error(
                    f,
                    at(base, &[Seg::Key("level")]),
                    format!("level {level} is outside the EQF levels 1 to 8"),
                );
                None
            }
        });
        if let Some(cost) = rec.cost_eur
            && !(cost >= 0.0 && cost.is_finite())
        {
            self.error(
                f,
                at(base, &[Seg::Key("cost_eur")]),
                format!("cost_eur must be 0 or more; this offer has {cost}"),
            );
        }
        let requires = self.competence_list(&rec.requires, "requires", f, base);
        let grants = self.competence_list(&rec.grants, "grants", f, base);
        let mut prepares = Vec::new();
        for (i, o) in rec.prepares.iter().enumerate() {
            let place = at(base, &[Seg::Key("prepares"), Seg::Index(i)]);
            if let Ok(o) = self.reference(|r| &mut r.occupations, o, f, place) {
                prepares.push(o);
            }
        }
        let sessions = self.sessions(rec, f, base);
        let weeks = self.weeks(rec, f, base);
        let ix = OfferIx::new(cat.offers.len());
        Self::register(&mut self.offers, &rec.id, keep.then_some(ix), f, base);
        let Some(provider) = provider.filter(|_| keep) else {
            return;
        };
        cat.offers.push(Offer {
            id: rec.id.clone(),
            provider,
            centre,
            title: rec.title.clone(),
            sector: rec.sector.clone(),
            level,
            hours: rec.hours,
            modality: rec.modality,
            languages: rec.languages.clone(),
            audiences: rec.audiences.clone(),
            cost_eur: rec.cost_eur,
            requires,
            grants,
            prepares,
            certification: rec.certification.clone(),
            badge: rec.badge.clone(),
            sessions,
            weeks,
            description: rec.description.clone(),
            url: rec.url.clone(),
            origin: self.origin(f, base),
        });
    }

    fn sessions(&mut self, rec: &OfferRecord, f: usize, base: usize) -> Vec<Session> {
        let mut sessions = Vec::new();
        for (i, s) in rec.sessions.iter().enumerate() {
            let path = |field| {
                at(
                    base,
                    &[Seg::Key("sessions"), Seg::Index(i), Seg::Key(field)],
                )
            };
            let start = self.date(&s.start, f, path("start"));
            let end = self.date(&s.end, f, path("end"));
            if let (Some(start), Some(end)) = (start, end) {
                if end < start {
                    self.error(
                        f,
                        path("end"),
                        format!("this session ends ({end}) before it starts ({start})"),
                    );
                } else {
                    sessions.push(Session { start, end });
                }
            }
        }
        sessions
    }

    fn weeks(&mut self, rec: &OfferRecord, f: usize, base: usize) -> Option<u32> {
        rec.weeks.and_then(|w| {
            if let Ok(w @ 1..) = u32::try_from(w) {
                Some(w)
            } else {
                self.error(
                    f,
                    at(base, &[Seg::Key("weeks")]),
                    format!("weeks must be 1 or more; this offer has {w}"),
                );
                None
            }
        })
    }

    fn competence_list(
        &mut self,
        ids: &[String],
        field: &'static str,
        f: usize,
        base: usize,
    ) -> Vec<CompetenceIx> {
        let mut list = Vec::with_capacity(ids.len());
        for (i, c) in ids.iter().enumerate() {
            let place = at(base, &[Seg::Key(field), Seg::Index(i)]);
            if let Ok(c) = self.reference(|r| &mut r.competences, c, f, place) {
                list.push(c);
            }
        }
        list
    }

    pub(super) fn link(&mut self, f: usize, item: &Item<LinkRecord>, cat: &mut Catalogue) {
        let (rec, base) = (&item.record, item.offset);
        let from = self.reference(
            |r| &mut r.offers,
            &rec.from,
            f,
            at(base, &[Seg::Key("from")]),
        );
        let to = self.reference(|r| &mut r.offers, &rec.to, f, at(base, &[Seg::Key("to")]));
        if rec.from == rec.to {
            self.error(
                f,
                at(base, &[Seg::Key("to")]),
                format!("this link goes from offer \"{}\" to itself", rec.from),
            );
        }
        let agreement = match &rec.agreement {
            Some(a) => match self.reference(
                |r| &mut r.agreements,
                a,
                f,
                at(base, &[Seg::Key("agreement")]),
            ) {
                Ok(a) => Some(a),
                Err(()) => return,
            },
            None => None,
        };
        if let Some(credit) = rec.credit_hours {
            if !(credit >= 0.0 && credit.is_finite()) {
                self.error(
                    f,
                    at(base, &[Seg::Key("credit_hours")]),
                    format!("credit_hours must be 0 or more; this link has {credit}"),
                );
            } else if let Ok(to) = to {
                let hours = cat.offer(to).hours;
                if credit > hours {
                    self.error(
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
        let (Ok(from), Ok(to)) = (from, to) else {
            return;
        };
        if from == to {
            return;
        }
        cat.links.push(Link {
            from,
            to,
            kind: rec.kind,
            agreement,
            credit_hours: rec.credit_hours,
            note: rec.note.clone(),
            origin: self.origin(f, base),
        });
    }
}
