//! The bytes of an LHÉO file as UTF-8, read as a stream.
//!
//! quick-xml reads UTF-8 only. Regional catalogues are UTF-8 or, from
//! older systems, ISO-8859-1 / Windows-1252 / ISO-8859-15, declared in the
//! `<?xml … encoding="…"?>` prologue: those are one byte a character, so
//! they are turned into UTF-8 here, byte by byte. UTF-8 is checked as it
//! streams, so that a bad byte is reported where it is, not where the
//! parser happens to notice it.
//!
//! Offsets elsewhere in the import count bytes of this decoded stream;
//! [`locate`] turns them into lines and columns by decoding again.

use std::io::{self, Read};
use std::path::Path;

/// The encodings read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    Latin1,
    Latin9,
    Windows1252,
}

/// A byte that is not UTF-8, at an offset of the decoded stream.
#[derive(Debug, thiserror::Error)]
#[error(
    "this byte is not UTF-8 (0x{byte:02X}); the file must be UTF-8 or declare its encoding in <?xml … encoding=\"…\"?>"
)]
pub struct BadByte {
    pub offset: u64,
    pub byte: u8,
}

/// Finds the encoding from the first bytes of the file: a byte-order mark,
/// else the XML declaration, else UTF-8.
pub fn sniff(head: &[u8]) -> Result<Encoding, String> {
    if head.starts_with(&[0xFE, 0xFF]) || head.starts_with(&[0xFF, 0xFE]) {
        return Err("the file is UTF-16; convert it to UTF-8 (iconv -f UTF-16 -t UTF-8)".into());
    }
    if head.starts_with(&[0xEF, 0xBB, 0xBF]) || !head.starts_with(b"<?xml") {
        return Ok(Encoding::Utf8);
    }
    let decl = &head[..head
        .windows(2)
        .position(|w| w == b"?>")
        .unwrap_or(head.len())];
    let Some(at) = decl.windows(8).position(|w| w == b"encoding") else {
        return Ok(Encoding::Utf8);
    };
    let rest = &decl[at + 8..];
    let value: String = rest
        .iter()
        .skip_while(|b| b" =\t\r\n\"'".contains(b))
        .take_while(|b| !b" \t\r\n\"'".contains(b))
        .map(|&b| char::from(b).to_ascii_lowercase())
        .collect();
    match value.as_str() {
        "utf-8" | "utf8" => Ok(Encoding::Utf8),
        "iso-8859-1" | "iso8859-1" | "iso_8859-1" | "latin1" | "latin-1" | "l1" => {
            Ok(Encoding::Latin1)
        }
        "iso-8859-15" | "iso8859-15" | "iso_8859-15" | "latin9" | "latin-9" => Ok(Encoding::Latin9),
        "windows-1252" | "cp1252" => Ok(Encoding::Windows1252),
        other => Err(format!(
            "the file declares the encoding \"{other}\", which parcours does not read; convert it to UTF-8 (iconv -f {other} -t UTF-8)"
        )),
    }
}

/// A reader that yields the file as UTF-8 (without a byte-order mark).
pub struct Decoded<R> {
    inner: R,
    encoding: Encoding,
    /// Decoded bytes not handed out yet.
    out: Vec<u8>,
    out_at: usize,
    /// The start of a UTF-8 sequence cut by the end of a read.
    carry: Vec<u8>,
    /// Decoded bytes handed out so far.
    offset: u64,
    /// A bad byte found after the bytes still in `out`.
    bad: Option<u8>,
    started: bool,
}

impl<R: Read> Decoded<R> {
    pub fn new(inner: R, encoding: Encoding) -> Self {
        Self {
            inner,
            encoding,
            out: Vec::new(),
            out_at: 0,
            carry: Vec::new(),
            offset: 0,
            bad: None,
            started: false,
        }
    }

    /// Reads and decodes the next chunk into `out`; false at the end.
    fn refill(&mut self) -> io::Result<bool> {
        let mut raw = [0u8; 16 * 1024];
        let n = self.inner.read(&mut raw)?;
        self.out.clear();
        self.out_at = 0;
        let mut raw = &raw[..n];
        if !self.started && n > 0 {
            self.started = true;
            raw = raw.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(raw);
        }
        if n == 0 {
            if let Some(&byte) = self.carry.first() {
                // The file ends inside a multi-byte character.
                self.carry.clear();
                self.bad = Some(byte);
                return Ok(true);
            }
            return Ok(false);
        }
        match self.encoding {
            Encoding::Utf8 => {
                let mut data = std::mem::take(&mut self.carry);
                data.extend_from_slice(raw);
                match std::str::from_utf8(&data) {
                    Ok(_) => self.out = data,
                    Err(e) => {
                        let valid = e.valid_up_to();
                        if e.error_len().is_some() {
                            self.bad = Some(data[valid]);
                        } else {
                            self.carry = data[valid..].to_vec();
                        }
                        data.truncate(valid);
                        self.out = data;
                    }
                }
            }
            one_byte => {
                let mut text = String::with_capacity(raw.len() + raw.len() / 8);
                text.extend(raw.iter().map(|&b| char_of(one_byte, b)));
                self.out = text.into_bytes();
            }
        }
        Ok(true)
    }
}

impl<R: Read> Read for Decoded<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        while self.out_at == self.out.len() {
            if let Some(byte) = self.bad {
                let offset = self.offset;
                return Err(io::Error::new(
                    io::ErrorKind::InvalidData,
                    BadByte { offset, byte },
                ));
            }
            if !self.refill()? {
                return Ok(0);
            }
        }
        let n = buf.len().min(self.out.len() - self.out_at);
        buf[..n].copy_from_slice(&self.out[self.out_at..self.out_at + n]);
        self.out_at += n;
        self.offset += n as u64;
        Ok(n)
    }
}

/// The character of a byte in a one-byte encoding.
fn char_of(encoding: Encoding, b: u8) -> char {
    match (encoding, b) {
        (Encoding::Windows1252, 0x80..=0x9F) => WINDOWS_1252[usize::from(b - 0x80)],
        (Encoding::Latin9, _) => match b {
            0xA4 => '€',
            0xA6 => 'Š',
            0xA8 => 'š',
            0xB4 => 'Ž',
            0xB8 => 'ž',
            0xBC => 'Œ',
            0xBD => 'œ',
            0xBE => 'Ÿ',
            _ => char::from(b),
        },
        _ => char::from(b),
    }
}

/// Windows-1252 from 0x80 to 0x9F; the five unassigned bytes read as the
/// C1 controls of the same number, as browsers read them.
const WINDOWS_1252: [char; 32] = [
    '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8D}', 'Ž', '\u{8F}',
    '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9D}', 'ž', 'Ÿ',
];

/// The line and column (from 1, columns in characters) of each offset of
/// the decoded stream, read again from the file.
pub fn locate(path: &Path, encoding: Encoding, offsets: &[u64]) -> io::Result<Vec<(u32, u32)>> {
    let mut order: Vec<usize> = (0..offsets.len()).collect();
    order.sort_by_key(|&i| offsets[i]);
    let mut found = vec![(1, 1); offsets.len()];
    let mut reader = Decoded::new(std::fs::File::open(path)?, encoding);
    let (mut line, mut column, mut at) = (1u32, 1u32, 0u64);
    let mut next = order.into_iter().peekable();
    let mut buf = [0u8; 16 * 1024];
    'read: loop {
        let n = match reader.read(&mut buf) {
            Ok(0) | Err(_) => break,
            Ok(n) => n,
        };
        for &b in &buf[..n] {
            while let Some(&i) = next.peek() {
                if offsets[i] > at {
                    break;
                }
                found[i] = (line, column);
                next.next();
            }
            if next.peek().is_none() {
                break 'read;
            }
            if b == b'\n' {
                line += 1;
                column = 1;
            } else if b & 0xC0 != 0x80 {
                column += 1;
            }
            at += 1;
        }
    }
    // Offsets at or past the end of what could be read.
    for i in next {
        found[i] = (line, column);
    }
    Ok(found)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decode(bytes: &[u8], encoding: Encoding) -> Result<String, BadByte> {
        let mut out = String::new();
        let mut reader = Decoded::new(bytes, encoding);
        match reader.read_to_string(&mut out) {
            Ok(_) => Ok(out),
            Err(e) => Err(*e.into_inner().unwrap().downcast::<BadByte>().unwrap()),
        }
    }

    #[test]
    fn the_declaration_names_the_encoding() {
        assert_eq!(sniff(b"<lheo/>"), Ok(Encoding::Utf8));
        assert_eq!(
            sniff(b"<?xml version=\"1.0\" encoding='ISO-8859-1'?><lheo/>"),
            Ok(Encoding::Latin1)
        );
        assert_eq!(
            sniff(b"<?xml version=\"1.0\" encoding=\"windows-1252\"?>"),
            Ok(Encoding::Windows1252)
        );
        assert_eq!(sniff(b"<?xml version=\"1.0\"?><lheo/>"), Ok(Encoding::Utf8));
        assert!(
            sniff(b"<?xml version=\"1.0\" encoding=\"EBCDIC\"?>")
                .unwrap_err()
                .contains("ebcdic")
        );
        assert!(
            sniff(&[0xFF, 0xFE, b'<', 0])
                .unwrap_err()
                .contains("UTF-16")
        );
    }

    #[test]
    fn one_byte_encodings_become_utf8() {
        assert_eq!(
            decode(b"caf\xe9 \x80", Encoding::Latin1).unwrap(),
            "café \u{80}"
        );
        assert_eq!(
            decode(b"caf\xe9 \x80", Encoding::Windows1252).unwrap(),
            "café €"
        );
        assert_eq!(decode(b"\xa4", Encoding::Latin9).unwrap(), "€");
    }

    #[test]
    fn bad_utf8_is_found_at_its_offset() {
        assert_eq!(decode("\u{feff}é".as_bytes(), Encoding::Utf8).unwrap(), "é");
        let bad = decode(b"ab\n\xe9t\xc3\xa9", Encoding::Utf8).unwrap_err();
        assert_eq!((bad.offset, bad.byte), (3, 0xE9));
        let cut = decode(b"abc\xc3", Encoding::Utf8).unwrap_err();
        assert_eq!((cut.offset, cut.byte), (3, 0xC3));
    }

    #[test]
    fn offsets_become_lines_and_character_columns() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("f.xml");
        std::fs::write(&path, "ab\néé<x>\n\nz").unwrap();
        // Offsets in bytes: "<" of <x> is at 3 + 4 = 7; "z" at 12.
        let found = locate(&path, Encoding::Utf8, &[12, 0, 7, 99]).unwrap();
        assert_eq!(found, vec![(4, 1), (1, 1), (2, 3), (4, 2)]);
    }
}
