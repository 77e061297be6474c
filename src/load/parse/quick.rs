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

use crate::load::bytes;
use crate::load::records::{LinkRecord, OfferRecord, SessionRecord, Text};
use crate::model::id_index::same;
use crate::model::{Certification, LinkKind, Modality};

/// A field name with its quotes, as the bits of the (at most 16) bytes it
/// is written with: a key is recognised by comparing one number, where
/// comparing strings calls a function per name tried.
#[derive(Clone, Copy)]
struct Name {
    bits: u128,
    mask: u128,
    len: usize,
}

const fn name(quoted: &str) -> Name {
    let b = quoted.as_bytes();
    assert!(b.len() <= 16, "field names are short");
    let mut bits = 0u128;
    let mut i = 0;
    while i < b.len() {
        bits |= (b[i] as u128) << (8 * i);
        i += 1;
    }
    let mask = if b.len() == 16 {
        u128::MAX
    } else {
        (1u128 << (8 * b.len())) - 1
    };
    Name {
        bits,
        mask,
        len: b.len(),
    }
}

/// The first 16 bytes (zeros past the end), as a number.
fn first_16(bytes: &[u8]) -> u128 {
    if let Some(head) = bytes.first_chunk::<16>() {
        return u128::from_le_bytes(*head);
    }
    let mut head = [0u8; 16];
    head[..bytes.len()].copy_from_slice(bytes);
    u128::from_le_bytes(head)
}

/// An item read, where it ends, and the line ends inside it (how many, and
/// the last), so that the place of the next item is found without reading
/// this one again.
pub struct Read<T> {
    pub record: T,
    pub end: usize,
    pub newlines: usize,
    pub last_newline: usize,
}

/// A reader over one item's bytes.
struct Lexer<'a> {
    text: &'a str,
    i: usize,
    newlines: usize,
    last_newline: usize,
}

impl<'a> Lexer<'a> {
    fn new(text: &'a str, start: usize) -> Self {
        Self {
            text,
            i: start,
            newlines: 0,
            last_newline: 0,
        }
    }

    /// Skips blanks, the only place a line may end inside an item (strings
    /// hold no raw line end).
    fn ws(&mut self) {
        let b = self.text.as_bytes();
        while let Some(&c @ (b' ' | b'\t' | b'\n' | b'\r')) = b.get(self.i) {
            if c == b'\n' {
                self.newlines += 1;
                self.last_newline = self.i;
            }
            self.i += 1;
        }
    }

    fn done<T>(self, record: T) -> Read<T> {
        Read {
            record,
            end: self.i,
            newlines: self.newlines,
            last_newline: self.last_newline,
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
        let len = bytes::string_end(rest)?;
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

    /// The fields of an object, each name at most once among `names`
    /// (written with their quotes): `field(lexer, n)` reads the value of
    /// the `n`th name.
    fn object(
        &mut self,
        names: &[Name],
        mut field: impl FnMut(&mut Self, usize) -> Option<()>,
    ) -> Option<()> {
        self.eat(b'{')?;
        if self.peek()? == b'}' {
            self.i += 1;
            return Some(());
        }
        let mut seen = 0u32;
        // Fields usually come in the format's order: the name after the
        // last one read is tried first.
        let mut next = 0;
        loop {
            self.ws();
            let head = first_16(&self.text.as_bytes()[self.i..]);
            let is = |name: &Name| head & name.mask == name.bits;
            let n = match names.get(next) {
                Some(name) if is(name) => next,
                _ => names.iter().position(is)?,
            };
            self.i += names[n].len;
            next = n + 1;
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
