//! Putting each value read in its place in the formation.

use super::super::paths::Field;
use super::super::record::{Action, Body, Formation, Place, Session, Val};

/// Puts a value in its place; gives it back when the place is taken (an
/// element written twice where LHÉO allows one).
pub(super) fn assign(f: &mut Formation, field: Field, value: Val) -> Option<Val> {
    use Field as F;
    match field {
        F::Title => one(&mut f.title, value),
        F::Objective => one(&mut f.objective, value),
        F::Content => one(&mut f.content, value),
        F::Nsf => push(&mut f.nsf, value),
        F::Rome => push(&mut f.rome, value),
        F::Rncp | F::Rs | F::Certifinfo => {
            let cert = f
                .certifications
                .last_mut()
                .expect("a code is inside a certification");
            let slot = match field {
                F::Rncp => &mut cert.rncp,
                F::Rs => &mut cert.rs,
                _ => &mut cert.certifinfo,
            };
            one(slot, value)
        }
        F::Level => one(&mut f.level, value),
        F::FormationUrl => push(&mut f.urls, value),
        F::Module => one(&mut f.module, value),
        F::SubModule => push(&mut f.sub_modules, value),
        F::Prerequisite => push(&mut f.prerequisites, value),
        F::BodySiret | F::BodyName | F::BodyLegalName | F::BodyUrl | F::BodyCountry => {
            let body = f
                .responsible
                .as_mut()
                .expect("a body field is inside the body");
            let slot = match field {
                F::BodySiret => &mut body.siret,
                F::BodyName => &mut body.name,
                F::BodyLegalName => &mut body.legal_name,
                F::BodyUrl => &mut body.url,
                _ => &mut body.country,
            };
            one(slot, value)
        }
        _ => assign_action(
            f.actions
                .last_mut()
                .expect("an action field is inside an action"),
            field,
            value,
        ),
    }
}

fn one(slot: &mut Option<Val>, value: Val) -> Option<Val> {
    if slot.is_some() {
        return Some(value);
    }
    *slot = Some(value);
    None
}

fn push(list: &mut Vec<Val>, value: Val) -> Option<Val> {
    list.push(value);
    None
}

fn assign_action(a: &mut Action, field: Field, value: Val) -> Option<Val> {
    use Field as F;
    fn place(a: &mut Action) -> &mut Place {
        a.places
            .last_mut()
            .expect("a place field is inside a place")
    }
    fn session(a: &mut Action) -> &mut Session {
        a.sessions.last_mut().expect("a period is inside a session")
    }
    fn trainer(a: &mut Action) -> &mut Body {
        a.trainers
            .last_mut()
            .expect("a trainer field is inside a trainer")
    }
    match field {
        F::Public => push(&mut a.publics, value),
        F::Alternance => one(&mut a.alternance, value),
        F::Teaching => one(&mut a.teaching, value),
        F::Entry => one(&mut a.entry, value),
        F::ActionUrl => push(&mut a.urls, value),
        F::Language => one(&mut a.language, value),
        F::PriceTotal => one(&mut a.price_total, value),
        F::PriceHour => one(&mut a.price_hour, value),
        F::HoursCentre => one(&mut a.hours_centre, value),
        F::HoursCompany => one(&mut a.hours_company, value),
        F::HoursTotal => one(&mut a.hours_total, value),
        F::PlaceName => one(&mut place(a).name, value),
        F::PlacePostcode => one(&mut place(a).postcode, value),
        F::PlaceCity => one(&mut place(a).city, value),
        F::PlaceCountry => one(&mut place(a).country, value),
        F::Latitude => one(&mut place(a).lat, value),
        F::Longitude => one(&mut place(a).lon, value),
        F::SessionStart => one(&mut session(a).start, value),
        F::SessionEnd => one(&mut session(a).end, value),
        F::TrainerSiret => one(&mut trainer(a).siret, value),
        F::TrainerName => one(&mut trainer(a).name, value),
        _ => unreachable!("formation and body fields are assigned above"),
    }
}
