//! The reader the quick readers share: blanks, strings, whole numbers,
//! lists and objects written plainly, and `None` at anything else.

use std::borrow::Cow;

use super::Read;
use crate::load::bytes;
use crate::load::records::Text;

/// A field name with its quotes, as the bits of the (at most 16) bytes it
/// is written with: a key is recognised by comparing one number, where
/// comparing strings calls a function per name tried.
#[derive(Clone, Copy)]
pub struct Name {
    bits: u128,
    mask: u128,
    len: usize,
}

pub const fn name(quoted: &str) -> Name {
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

/// A reader over one item's bytes.
pub struct Lexer<'a> {
    text: &'a str,
    i: usize,
    newlines: usize,
    last_newline: usize,
}

impl<'a> Lexer<'a> {
    pub fn new(text: &'a str, start: usize) -> Self {
        Self {
            text,
            i: start,
            newlines: 0,
            last_newline: 0,
        }
    }

    /// Skips blanks, the only place a line may end inside an item (strings
    /// hold no raw line end).
    pub fn ws(&mut self) {
        let b = self.text.as_bytes();
        while let Some(&c @ (b' ' | b'\t' | b'\n' | b'\r')) = b.get(self.i) {
            if c == b'\n' {
                self.newlines += 1;
                self.last_newline = self.i;
            }
            self.i += 1;
        }
    }

    pub fn done<T>(self, record: T) -> Read<T> {
        Read {
            record,
            end: self.i,
            newlines: self.newlines,
            last_newline: self.last_newline,
        }
    }

    pub fn peek(&mut self) -> Option<u8> {
        self.ws();
        self.text.as_bytes().get(self.i).copied()
    }

    pub fn eat(&mut self, byte: u8) -> Option<()> {
        (self.peek()? == byte).then(|| self.i += 1)
    }

    /// After a value in an object or list: `true` for a comma (more
    /// follows), `false` for the closing bracket.
    pub fn more(&mut self, close: u8) -> Option<bool> {
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
    pub fn str(&mut self) -> Option<&'a str> {
        self.eat(b'"')?;
        let start = self.i;
        let len = bytes::plain_string(&self.text.as_bytes()[start..])?;
        self.i = start + len + 1;
        Some(&self.text[start..start + len])
    }

    pub fn text(&mut self) -> Option<Text<'a>> {
        self.str().map(|s| Text(Cow::Borrowed(s)))
    }

    pub fn null(&mut self) -> bool {
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
    pub fn optional<T>(&mut self, read: impl FnOnce(&mut Self) -> Option<T>) -> Option<Option<T>> {
        if self.null() {
            Some(None)
        } else {
            read(self).map(Some)
        }
    }

    /// A whole number written plainly: digits, no sign, no leading zero,
    /// not followed by a fraction or an exponent.
    pub fn whole(&mut self) -> Option<u64> {
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
    pub fn number(&mut self) -> Option<f64> {
        self.whole().map(|n| n as f64)
    }

    pub fn integer(&mut self) -> Option<i64> {
        self.whole().and_then(|n| i64::try_from(n).ok())
    }

    /// A list of plain strings, `null` reading as empty.
    pub fn texts(&mut self) -> Option<Vec<Text<'a>>> {
        self.list(Self::text)
    }

    /// A list, `null` reading as empty.
    pub fn list<T>(&mut self, mut item: impl FnMut(&mut Self) -> Option<T>) -> Option<Vec<T>> {
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
    pub fn object(
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
