//! Offers: checked against the registries of what they refer to (many at
//! once), then registered under their ids in file order.

use super::{ItemReport, Registries, Registry, Resolver, date, origin};
use crate::load::locate::Seg;
use crate::load::parse::{Item, Pending};
use crate::load::place::Place;
use crate::load::records::{OfferRecord, Text, owned, owned_list};
use crate::model::{Catalogue, CentreIx, Offer, OfferIx, ProviderIx, Session};

impl Draft<'_> {
    /// The id the offer is written with.
    pub fn id(&self) -> &str {
        self.id.as_str()
    }

    /// The offer, when its id was registered as kept.
    pub fn into_offer(self) -> Option<Offer> {
        self.offer
    }
}

/// An offer checked but not yet registered: the offer as the catalogue
/// will keep it (none when its provider is unknown), and its problems.
pub struct Draft<'a> {
    file: usize,
    place: Place,
    id: Text<'a>,
    offer: Option<Offer>,
    pending: Vec<Pending>,
}

/// Checks an offer's references and values. Reads the registries only, so
/// offers can be checked on several threads.
pub fn draft<'a>(
    registries: &Registries,
    cat: &Catalogue,
    f: usize,
    item: Item<OfferRecord<'a>>,
) -> Draft<'a> {
    let rec = item.record;
    let mut pending = Vec::new();
    let mut report = ItemReport::new(&mut pending, f, item.place.offset);
    let provider = report.found(
        registries.providers.find(rec.provider.as_str()),
        &[Seg::Key("provider")],
    );
    let centre = centre(registries, cat, &rec, provider, &mut report);
    let level = numbers(&rec, &mut report);
    let requires = references(
        &registries.competences,
        &rec.requires,
        "requires",
        &mut report,
    );
    let grants = references(&registries.competences, &rec.grants, "grants", &mut report);
    let prepares = references(
        &registries.occupations,
        &rec.prepares,
        "prepares",
        &mut report,
    );
    let sessions = sessions(&rec, &mut report);
    let weeks = rec.weeks.and_then(|w| {
        if let Ok(w @ 1..) = u32::try_from(w) {
            Some(w)
        } else {
            report.error(
                &[Seg::Key("weeks")],
                format!("weeks must be 1 or more; this offer has {w}"),
            );
            None
        }
    });
    let offer = provider.map(|provider| Offer {
        id: rec.id.to_string(),
        provider,
        centre,
        title: rec.title.to_string(),
        sector: owned(rec.sector.as_ref()),
        level,
        hours: rec.hours,
        modality: rec.modality,
        languages: owned_list(&rec.languages),
        audiences: owned_list(&rec.audiences),
        cost_eur: rec.cost_eur,
        requires,
        grants,
        prepares,
        certification: rec.certification,
        badge: owned(rec.badge.as_ref()),
        sessions,
        weeks,
        description: owned(rec.description.as_ref()),
        url: owned(rec.url.as_ref()),
        origin: origin(f, item.place),
    });
    Draft {
        file: f,
        place: item.place,
        id: rec.id,
        offer,
        pending,
    }
}

/// The offer's centre, which must belong to its provider.
fn centre(
    registries: &Registries,
    cat: &Catalogue,
    rec: &OfferRecord<'_>,
    provider: Option<ProviderIx>,
    report: &mut ItemReport<'_>,
) -> Option<CentreIx> {
    let c = rec.centre.as_ref()?;
    let path = &[Seg::Key("centre")];
    let centre = report.found(registries.centres.find(c.as_str()), path)?;
    let owner = cat.centre(centre).provider;
    match provider {
        Some(p) if p != owner => {
            let (owner_id, offer_provider) = (&cat.provider(owner).id, &cat.provider(p).id);
            report.error(
                path,
                format!("centre \"{c}\" belongs to provider \"{owner_id}\", not to this offer's provider \"{offer_provider}\""),
            );
            None
        }
        _ => Some(centre),
    }
}

/// Checks hours and cost; the level, if it is one.
fn numbers(rec: &OfferRecord<'_>, report: &mut ItemReport<'_>) -> Option<u8> {
    if !(rec.hours > 0.0 && rec.hours.is_finite()) {
        report.error(
            &[Seg::Key("hours")],
            format!("hours must be more than 0; this offer has {}", rec.hours),
        );
    }
    let level = rec.level.and_then(|level| {
        if let Ok(l @ 1..=8) = u8::try_from(level) {
            Some(l)
        } else {
            report.error(
                &[Seg::Key("level")],
                format!("level {level} is outside the EQF levels 1 to 8"),
            );
            None
        }
    });
    if let Some(cost) = rec.cost_eur
        && !(cost >= 0.0 && cost.is_finite())
    {
        report.error(
            &[Seg::Key("cost_eur")],
            format!("cost_eur must be 0 or more; this offer has {cost}"),
        );
    }
    level
}

/// The indices of a list of references (the offer's `field`), reporting
/// unknown ids.
fn references<I: Copy>(
    registry: &Registry<I>,
    ids: &[Text<'_>],
    field: &'static str,
    report: &mut ItemReport<'_>,
) -> Vec<I> {
    let mut list = Vec::with_capacity(ids.len());
    for (i, id) in ids.iter().enumerate() {
        let path = &[Seg::Key(field), Seg::Index(i)];
        list.extend(report.found(registry.find(id.as_str()), path));
    }
    list
}

fn sessions(rec: &OfferRecord<'_>, report: &mut ItemReport<'_>) -> Vec<Session> {
    let mut sessions = Vec::with_capacity(rec.sessions.len());
    for (i, s) in rec.sessions.iter().enumerate() {
        let path = |field| [Seg::Key("sessions"), Seg::Index(i), Seg::Key(field)];
        let mut read = |text: &Text<'_>, field| {
            date(text.as_str())
                .map_err(|message| report.error(&path(field), message))
                .ok()
        };
        let start = read(&s.start, "start");
        let end = read(&s.end, "end");
        if let (Some(start), Some(end)) = (start, end) {
            if end < start {
                report.error(
                    &path("end"),
                    format!("this session ends ({end}) before it starts ({start})"),
                );
            } else {
                sessions.push(Session { start, end });
            }
        }
    }
    sessions
}

impl<'a> Resolver<'a, '_> {
    /// Registers a checked offer's id, in file order: the offer is kept,
    /// as the catalogue's `kept`-th, unless its id is bad or taken (then
    /// it is taken out of the draft). Returns its hours when kept. The
    /// kept offers are moved into the catalogue afterwards
    /// ([`Draft::into_offer`]), beside the reading of links.
    pub fn register_id(&mut self, draft: &mut Draft<'a>, kept: usize) -> Option<f64> {
        let (f, base) = (draft.file, draft.place.offset);
        let keep = self.check_new_id(|r| &r.offers, draft.id.as_str(), f, base);
        self.pending.append(&mut draft.pending);
        if !keep {
            draft.offer = None;
        }
        let ix = draft.offer.as_ref().map(|_| OfferIx::new(kept));
        self.registries
            .offers
            .register(draft.id.as_str(), ix, f, base);
        draft.offer.as_ref().map(|o| o.hours)
    }
}
