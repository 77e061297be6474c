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
//! serde. The property tests at the end hold them to that.

use std::borrow::Cow;

use crate::load::records::{LinkRecord, OfferRecord, SessionRecord, Text};
use crate::model::{Certification, LinkKind, Modality};

/// A reader over one item's bytes.
struct Lexer<'a> {
    text: &'a str,
    i: usize,
}

impl<'a> Lexer<'a> {
    fn ws(&mut self) {
        let b = self.text.as_bytes();
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = b.get(self.i) {
            self.i += 1;
        }
    }

    fn peek(&mut self) -> Option<u8> {
        self.ws();
        self.text.as_bytes().get(self.i).copied()
    }

    fn eat(&mut self, byte: u8) -> Option<()> {
        (self.peek()? == byte).then(|| self.i += 1)
    }

    /// After a value in an object or list: `true` for a comma (more
    /// follows), `false` for the closing bracket.
    fn more(&mut self, close: u8) -> Option<bool> {
        match self.peek()? {
            b',' => {
                self.i += 1;
                Some(true)
            }
            b if b == close => {
                self.i += 1;
                Some(false)
            }
            _ => None,
        }
    }

    /// A string without escapes or control characters.
    fn str(&mut self) -> Option<&'a str> {
        self.eat(b'"')?;
        let start = self.i;
        let rest = &self.text.as_bytes()[start..];
        let len = rest
            .iter()
            .position(|&b| b == b'"' || b == b'\\' || b < 0x20)?;
        if rest[len] != b'"' {
            return None;
        }
        self.i = start + len + 1;
        Some(&self.text[start..start + len])
    }

    fn text(&mut self) -> Option<Text<'a>> {
        self.str().map(|s| Text(Cow::Borrowed(s)))
    }

    fn null(&mut self) -> bool {
        if self.peek() == Some(b'n') && self.text[self.i..].starts_with("null") {
            self.i += 4;
            true
        } else {
            false
        }
    }

    /// `null`, or what `read` reads. (`None` gives up on the item, as
    /// everywhere here; `Some(None)` is a `null`.)
    #[allow(clippy::option_option)]
    fn optional<T>(&mut self, read: impl FnOnce(&mut Self) -> Option<T>) -> Option<Option<T>> {
        if self.null() {
            Some(None)
        } else {
            read(self).map(Some)
        }
    }

    /// A whole number written plainly: digits, no sign, no leading zero,
    /// not followed by a fraction or an exponent.
    fn whole(&mut self) -> Option<u64> {
        self.ws();
        let b = self.text.as_bytes();
        let start = self.i;
        let len = b[start..].iter().take_while(|c| c.is_ascii_digit()).count();
        let digits = &b[start..start + len];
        if len == 0 || len > 18 || (len > 1 && digits[0] == b'0') {
            return None;
        }
        if matches!(b.get(start + len), Some(b'.' | b'e' | b'E')) {
            return None;
        }
        self.i = start + len;
        Some(digits.iter().fold(0, |n, d| n * 10 + u64::from(d - b'0')))
    }

    /// serde reads a whole number into an `f64` as the `u64` it is, then
    /// converts it: the same conversion here gives the same value.
    #[allow(clippy::cast_precision_loss)]
    fn number(&mut self) -> Option<f64> {
        self.whole().map(|n| n as f64)
    }

    fn integer(&mut self) -> Option<i64> {
        self.whole().and_then(|n| i64::try_from(n).ok())
    }

    /// A list of plain strings, `null` reading as empty.
    fn texts(&mut self) -> Option<Vec<Text<'a>>> {
        self.list(Self::text)
    }

    /// A list, `null` reading as empty.
    fn list<T>(&mut self, mut item: impl FnMut(&mut Self) -> Option<T>) -> Option<Vec<T>> {
        if self.null() {
            return Some(Vec::new());
        }
        self.eat(b'[')?;
        let mut list = Vec::new();
        if self.peek()? == b']' {
            self.i += 1;
            return Some(list);
        }
        loop {
            list.push(item(self)?);
            if !self.more(b']')? {
                return Some(list);
            }
        }
    }

    /// The fields of an object, each name at most once among `names`:
    /// `field(lexer, n)` reads the value of the `n`th name.
    fn object(
        &mut self,
        names: &[&str],
        mut field: impl FnMut(&mut Self, usize) -> Option<()>,
    ) -> Option<()> {
        self.eat(b'{')?;
        if self.peek()? == b'}' {
            self.i += 1;
            return Some(());
        }
        let mut seen = 0u32;
        loop {
            let key = self.str()?;
            let n = names.iter().position(|name| *name == key)?;
            if seen & (1 << n) != 0 {
                return None;
            }
            seen |= 1 << n;
            self.eat(b':')?;
            field(self, n)?;
            if !self.more(b'}')? {
                return Some(());
            }
        }
    }
}

/// A link written plainly at byte `start`, and where it ends.
pub fn link(text: &str, start: usize) -> Option<(LinkRecord<'_>, usize)> {
    const NAMES: [&str; 6] = ["from", "to", "kind", "agreement", "credit_hours", "note"];
    let mut l = Lexer { text, i: start };
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
    Some((link, l.i))
}

fn link_kind(name: &str) -> Option<LinkKind> {
    LinkKind::ALL.into_iter().find(|k| k.as_str() == name)
}

fn modality(name: &str) -> Option<Modality> {
    Modality::ALL.into_iter().find(|m| m.as_str() == name)
}

/// An offer written plainly at byte `start`, and where it ends.
pub fn offer(text: &str, start: usize) -> Option<(OfferRecord<'_>, usize)> {
    const NAMES: [&str; 20] = [
        "id",
        "provider",
        "centre",
        "title",
        "sector",
        "level",
        "hours",
        "modality",
        "languages",
        "audiences",
        "cost_eur",
        "requires",
        "grants",
        "prepares",
        "certification",
        "badge",
        "sessions",
        "weeks",
        "description",
        "url",
    ];
    let mut l = Lexer { text, i: start };
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
        match NAMES[n] {
            "id" => id = Some(l.text()?),
            "provider" => provider = Some(l.text()?),
            "centre" => o.centre = l.optional(Lexer::text)?,
            "title" => title = Some(l.text()?),
            "sector" => o.sector = l.optional(Lexer::text)?,
            "level" => o.level = l.optional(Lexer::integer)?,
            "hours" => hours = Some(l.number()?),
            "modality" => o.modality = l.optional(|l| modality(l.str()?))?,
            "languages" => o.languages = l.texts()?,
            "audiences" => o.audiences = l.texts()?,
            "cost_eur" => o.cost_eur = l.optional(Lexer::number)?,
            "requires" => o.requires = l.texts()?,
            "grants" => o.grants = l.texts()?,
            "prepares" => o.prepares = l.texts()?,
            "certification" => o.certification = l.optional(certification)?,
            "badge" => o.badge = l.optional(Lexer::text)?,
            "sessions" => o.sessions = l.list(session)?,
            "weeks" => o.weeks = l.optional(Lexer::integer)?,
            "description" => o.description = l.optional(Lexer::text)?,
            _ => o.url = l.optional(Lexer::text)?,
        }
        Some(())
    })?;
    o.id = id?;
    o.provider = provider?;
    o.title = title?;
    o.hours = hours?;
    Some((o, l.i))
}

fn certification(l: &mut Lexer<'_>) -> Option<Certification> {
    let mut c = Certification::default();
    l.object(&["title", "code"], |l, n| {
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
    let (mut start, mut end) = (None, None);
    l.object(&["start", "end"], |l, n| {
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
