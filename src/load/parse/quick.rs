//! Hand-written readers for the two items catalogues hold by the hundred
//! thousand: offers and links.
//!
//! serde reads a link in about 250 ns, mostly matching field names and
//! going through its generic visitors; a million links is a quarter of a
//! second of one core. These readers take the plain shape most files are
//! written in (keys and strings without escapes, whole numbers) and give
//! up, returning `None`, at anything else: an escape, a decimal or
//! negative number, an unknown or repeated field, a missing one, bad JSON.
//! serde then reads the item as before, so what a reader accepts it must
//! read exactly as serde would, and anything it is unsure of it leaves to
//! serde. The property tests (`quick/tests.rs`) hold them to that.

use crate::load::records::{LinkRecord, OfferRecord, SessionRecord, Text};
use crate::model::id_index::same;
use crate::model::{Certification, LinkKind, Modality};

mod lexer;

use lexer::{Lexer, Name, name};

/// An item read, where it ends, and the line ends inside it (how many, and
/// the last), so that the place of the next item is found without reading
/// this one again.
pub struct Read<T> {
    pub record: T,
    pub end: usize,
    pub newlines: usize,
    pub last_newline: usize,
}
/// A link written plainly at byte `start`, and where it ends.
pub fn link(text: &str, start: usize) -> Option<Read<LinkRecord<'_>>> {
    const NAMES: [Name; 6] = [
        name("\"from\""),
        name("\"to\""),
        name("\"kind\""),
        name("\"agreement\""),
        name("\"credit_hours\""),
        name("\"note\""),
    ];
    let mut l = Lexer::new(text, start);
    let (mut from, mut to, mut kind) = (None, None, None);
    let (mut agreement, mut credit_hours, mut note) = (None, None, None);
    l.object(&NAMES, |l, n| {
        match n {
            0 => from = Some(l.text()?),
            1 => to = Some(l.text()?),
            2 => kind = Some(link_kind(l.str()?)?),
            3 => agreement = l.optional(Lexer::text)?,
            4 => credit_hours = l.optional(Lexer::number)?,
            _ => note = l.optional(Lexer::text)?,
        }
        Some(())
    })?;
    let link = LinkRecord {
        from: from?,
        to: to?,
        kind: kind?,
        agreement,
        credit_hours,
        note,
    };
    Some(l.done(link))
}

fn link_kind(name: &str) -> Option<LinkKind> {
    LinkKind::ALL
        .into_iter()
        .find(|k| same(k.as_str().as_bytes(), name.as_bytes()))
}

fn modality(name: &str) -> Option<Modality> {
    Modality::ALL
        .into_iter()
        .find(|m| same(m.as_str().as_bytes(), name.as_bytes()))
}

/// An offer written plainly at byte `start`, and where it ends.
pub fn offer(text: &str, start: usize) -> Option<Read<OfferRecord<'_>>> {
    const NAMES: [Name; 20] = [
        name("\"id\""),
        name("\"provider\""),
        name("\"centre\""),
        name("\"title\""),
        name("\"sector\""),
        name("\"level\""),
        name("\"hours\""),
        name("\"modality\""),
        name("\"languages\""),
        name("\"audiences\""),
        name("\"cost_eur\""),
        name("\"requires\""),
        name("\"grants\""),
        name("\"prepares\""),
        name("\"certification\""),
        name("\"badge\""),
        name("\"sessions\""),
        name("\"weeks\""),
        name("\"description\""),
        name("\"url\""),
    ];
    let mut l = Lexer::new(text, start);
    let (mut id, mut provider, mut title, mut hours) = (None, None, None, None);
    let mut o = OfferRecord {
        id: Text::default(),
        provider: Text::default(),
        centre: None,
        title: Text::default(),
        sector: None,
        level: None,
        hours: 0.0,
        modality: None,
        languages: Vec::new(),
        audiences: Vec::new(),
        cost_eur: None,
        requires: Vec::new(),
        grants: Vec::new(),
        prepares: Vec::new(),
        certification: None,
        badge: None,
        sessions: Vec::new(),
        weeks: None,
        description: None,
        url: None,
    };
    l.object(&NAMES, |l, n| {
        match n {
            0 => id = Some(l.text()?),
            1 => provider = Some(l.text()?),
            2 => o.centre = l.optional(Lexer::text)?,
            3 => title = Some(l.text()?),
            4 => o.sector = l.optional(Lexer::text)?,
            5 => o.level = l.optional(Lexer::integer)?,
            6 => hours = Some(l.number()?),
            7 => o.modality = l.optional(|l| modality(l.str()?))?,
            8 => o.languages = l.texts()?,
            9 => o.audiences = l.texts()?,
            10 => o.cost_eur = l.optional(Lexer::number)?,
            11 => o.requires = l.texts()?,
            12 => o.grants = l.texts()?,
            13 => o.prepares = l.texts()?,
            14 => o.certification = l.optional(certification)?,
            15 => o.badge = l.optional(Lexer::text)?,
            16 => o.sessions = l.list(session)?,
            17 => o.weeks = l.optional(Lexer::integer)?,
            18 => o.description = l.optional(Lexer::text)?,
            _ => o.url = l.optional(Lexer::text)?,
        }
        Some(())
    })?;
    o.id = id?;
    o.provider = provider?;
    o.title = title?;
    o.hours = hours?;
    Some(l.done(o))
}

fn certification(l: &mut Lexer<'_>) -> Option<Certification> {
    const NAMES: [Name; 2] = [name("\"title\""), name("\"code\"")];
    let mut c = Certification::default();
    l.object(&NAMES, |l, n| {
        let value = l.optional(|l| l.str().map(str::to_owned))?;
        if n == 0 {
            c.title = value;
        } else {
            c.code = value;
        }
        Some(())
    })?;
    Some(c)
}

fn session<'a>(l: &mut Lexer<'a>) -> Option<SessionRecord<'a>> {
    const NAMES: [Name; 2] = [name("\"start\""), name("\"end\"")];
    let (mut start, mut end) = (None, None);
    l.object(&NAMES, |l, n| {
        let value = Some(l.text()?);
        if n == 0 {
            start = value;
        } else {
            end = value;
        }
        Some(())
    })?;
    Some(SessionRecord {
        start: start?,
        end: end?,
    })
}

#[cfg(test)]
mod tests;
