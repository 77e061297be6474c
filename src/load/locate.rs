//! Finding places in JSON text: lines and columns, the value at a path, and
//! the value a parser error points into.
//!
//! Loading parses with serde and keeps only the byte offset of each item;
//! these scanners are used afterwards, on the error path, to turn an item
//! offset plus a field path into the line and column of the offending
//! value. They never recurse, so no nesting depth can overflow the stack.

mod pointer;

use std::fmt;

pub use pointer::{Pointed, value_at};

/// One step of a path into a JSON value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Seg {
    Key(&'static str),
    Index(usize),
}

/// A path printed the way a person reads it: `sessions[0].start`.
pub struct PathDisplay<'a>(pub &'a [PathPart]);

/// A step of a path found in the text, with keys as written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PathPart {
    Key(String),
    Index(usize),
}

impl fmt::Display for PathDisplay<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (n, part) in self.0.iter().enumerate() {
            match part {
                PathPart::Key(k) if n == 0 => write!(f, "{k}")?,
                PathPart::Key(k) => write!(f, ".{k}")?,
                PathPart::Index(i) => write!(f, "[{i}]")?,
            }
        }
        Ok(())
    }
}

/// Where each line starts, to turn byte offsets into lines and columns.
pub struct LineIndex<'a> {
    text: &'a str,
    starts: Vec<usize>,
}

impl<'a> LineIndex<'a> {
    pub fn new(text: &'a str) -> Self {
        let mut starts = vec![0];
        starts.extend(
            text.bytes()
                .enumerate()
                .filter(|&(_, b)| b == b'\n')
                .map(|(i, _)| i + 1),
        );
        Self { text, starts }
    }

    /// The text this index was made for.
    pub fn text(&self) -> &'a str {
        self.text
    }

    /// Line and column, both from 1, of a byte offset; the column counts
    /// characters, as editors do.
    pub fn position(&self, offset: usize) -> (u32, u32) {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.starts.partition_point(|&s| s <= offset) - 1;
        let column = self.text[self.starts[line]..offset].chars().count() + 1;
        (to_u32(line + 1), to_u32(column))
    }

    /// The byte offset of a line (from 1) and byte column (from 1), as
    /// `serde_json` reports them.
    pub fn offset_of(&self, line: usize, byte_column: usize) -> usize {
        let start = self
            .starts
            .get(line.saturating_sub(1))
            .copied()
            .unwrap_or(self.text.len());
        (start + byte_column.saturating_sub(1)).min(self.text.len())
    }
}

fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

pub(super) struct Scanner<'a> {
    pub(super) b: &'a [u8],
    pub(super) i: usize,
}

impl Scanner<'_> {
    pub(super) fn skip_ws(&mut self) {
        while self.i < self.b.len() && matches!(self.b[self.i], b' ' | b'\t' | b'\n' | b'\r') {
            self.i += 1;
        }
    }

    pub(super) fn peek(&self) -> Option<u8> {
        self.b.get(self.i).copied()
    }

    /// Moves past a string starting at the current quote.
    pub(super) fn skip_string(&mut self) {
        self.i += 1;
        while self.i < self.b.len() {
            match self.b[self.i] {
                b'\\' => self.i += 2,
                b'"' => {
                    self.i += 1;
                    return;
                }
                _ => self.i += 1,
            }
        }
        self.i = self.i.min(self.b.len());
    }

    pub(super) fn skip_scalar(&mut self) {
        while self.i < self.b.len()
            && !matches!(
                self.b[self.i],
                b',' | b']' | b'}' | b':' | b' ' | b'\t' | b'\n' | b'\r'
            )
        {
            self.i += 1;
        }
    }

    /// Moves past one whole value, however deep, without recursion.
    fn skip_value(&mut self) {
        let mut depth = 0usize;
        loop {
            self.skip_ws();
            match self.peek() {
                None => return,
                Some(b'"') => self.skip_string(),
                Some(b'{' | b'[') => {
                    depth += 1;
                    self.i += 1;
                }
                Some(b'}' | b']') => {
                    depth = depth.saturating_sub(1);
                    self.i += 1;
                }
                Some(b',' | b':') => self.i += 1,
                Some(_) => self.skip_scalar(),
            }
            if depth == 0 {
                return;
            }
        }
    }

    fn key(&mut self, text: &str) -> Option<(usize, String)> {
        self.skip_ws();
        if self.peek() != Some(b'"') {
            return None;
        }
        let start = self.i;
        self.skip_string();
        let key = serde_json::from_str::<String>(&text[start..self.i]).ok()?;
        Some((start, key))
    }

    fn expect(&mut self, byte: u8) -> bool {
        self.skip_ws();
        if self.peek() == Some(byte) {
            self.i += 1;
            true
        } else {
            false
        }
    }
}

/// The offset of the value (or, with `want_key`, of the key) at `path`
/// inside the value that starts at `base`.
pub fn find_path(text: &str, base: usize, path: &[Seg], want_key: bool) -> Option<usize> {
    let mut s = Scanner {
        b: text.as_bytes(),
        i: base,
    };
    for (n, seg) in path.iter().enumerate() {
        let last = n + 1 == path.len();
        match seg {
            Seg::Key(wanted) => {
                if !s.expect(b'{') {
                    return None;
                }
                loop {
                    let (key_start, key) = s.key(text)?;
                    if !s.expect(b':') {
                        return None;
                    }
                    if key == *wanted {
                        if last && want_key {
                            return Some(key_start);
                        }
                        break;
                    }
                    s.skip_value();
                    if !s.expect(b',') {
                        return None;
                    }
                }
            }
            Seg::Index(wanted) => {
                if !s.expect(b'[') {
                    return None;
                }
                for _ in 0..*wanted {
                    s.skip_value();
                    if !s.expect(b',') {
                        return None;
                    }
                }
            }
        }
    }
    s.skip_ws();
    (s.i < text.len()).then_some(s.i)
}

/// The offsets of the items of the list that starts at `list`, read in one
/// pass.
pub fn item_offsets(text: &str, list: usize) -> Vec<usize> {
    let mut s = Scanner {
        b: text.as_bytes(),
        i: list,
    };
    let mut offsets = Vec::new();
    if !s.expect(b'[') {
        return offsets;
    }
    loop {
        s.skip_ws();
        match s.peek() {
            None | Some(b']') => return offsets,
            Some(_) => {
                offsets.push(s.i);
                s.skip_value();
                if !s.expect(b',') {
                    return offsets;
                }
            }
        }
    }
}

/// The offset of the key whose value starts at `value`, found by reading
/// backwards over `"key" :`.
pub fn key_before(text: &str, value: usize) -> Option<usize> {
    let b = text.as_bytes();
    let mut i = value;
    let back_ws = |i: &mut usize| {
        while *i > 0 && matches!(b[*i - 1], b' ' | b'\t' | b'\n' | b'\r') {
            *i -= 1;
        }
    };
    back_ws(&mut i);
    if i == 0 || b[i - 1] != b':' {
        return None;
    }
    i -= 1;
    back_ws(&mut i);
    if i == 0 || b[i - 1] != b'"' {
        return None;
    }
    i -= 1;
    while i > 0 {
        i -= 1;
        if b[i] == b'"' {
            let slashes = b[..i].iter().rev().take_while(|&&c| c == b'\\').count();
            if slashes % 2 == 0 {
                return Some(i);
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOC: &str = "{\n  \"offers\": [\n    {\"id\": \"a\", \"hours\": 3},\n    {\"id\": \"b\", \"sessions\": [{\"start\": \"2027-01-01\"}]}\n  ]\n}";

    #[test]
    fn finds_values_and_keys_by_path() {
        let at = find_path(
            DOC,
            0,
            &[Seg::Key("offers"), Seg::Index(1), Seg::Key("id")],
            false,
        )
        .unwrap();
        assert_eq!(&DOC[at..at + 3], "\"b\"");
        let key = find_path(
            DOC,
            0,
            &[Seg::Key("offers"), Seg::Index(0), Seg::Key("hours")],
            true,
        )
        .unwrap();
        assert_eq!(&DOC[key..key + 7], "\"hours\"");
        let deep = [
            Seg::Key("offers"),
            Seg::Index(1),
            Seg::Key("sessions"),
            Seg::Index(0),
            Seg::Key("start"),
        ];
        let at = find_path(DOC, 0, &deep, false).unwrap();
        assert_eq!(LineIndex::new(DOC).position(at), (4, 40));
        assert_eq!(find_path(DOC, 0, &[Seg::Key("links")], false), None);
        assert_eq!(
            find_path(DOC, 0, &[Seg::Key("offers"), Seg::Index(5)], false),
            None
        );
    }

    #[test]
    fn points_into_values_keys_and_containers() {
        let text = r#"{"id": "x", "hours": "875", "tags": {}}"#;
        let p = value_at(text, 0, text.find("875").unwrap() + 3);
        assert_eq!(p.offset, text.find("\"875").unwrap());
        assert_eq!(PathDisplay(&p.path).to_string(), "hours");
        let p = value_at(text, 0, text.find("tags").unwrap() + 1);
        assert_eq!(p.offset, text.find("\"tags").unwrap());
        let p = value_at(text, 0, text.find("{}").unwrap() - 1);
        assert_eq!(p.offset, text.find("{}").unwrap());
        let p = value_at(text, 0, text.len() - 1);
        assert_eq!(p.offset, 0);
        let text = r#"{"s": [{"a": 1}, {"b": [true, 2]}]}"#;
        let p = value_at(text, 0, text.find('2').unwrap());
        assert_eq!(PathDisplay(&p.path).to_string(), "s[1].b[1]");
    }

    #[test]
    fn survives_deep_nesting_and_broken_text() {
        let deep = "[".repeat(200_000);
        assert_eq!(value_at(&deep, 0, 150_000).offset, 150_000);
        assert_eq!(find_path(&deep, 0, &[Seg::Index(3)], false), None);
        let broken = "{\"a\": \"unterminated";
        assert_eq!(find_path(broken, 0, &[Seg::Key("b")], false), None);
        let _ = value_at(broken, 0, broken.len());
    }

    #[test]
    fn lists_item_offsets() {
        let text = r#"[ {"a": [1, 2]}, "x" ,3]"#;
        assert_eq!(item_offsets(text, 0), vec![2, 17, 22]);
        assert!(item_offsets("[]", 0).is_empty());
    }

    #[test]
    fn reads_keys_backwards() {
        let text = r#"{"a\"b" : 1, "offer": []}"#;
        assert_eq!(key_before(text, text.find('1').unwrap()), Some(1));
        assert_eq!(
            key_before(text, text.find('[').unwrap()),
            Some(text.find("\"offer").unwrap())
        );
    }

    #[test]
    fn counts_columns_in_characters() {
        let text = "{\"é\": x}\nab";
        let index = LineIndex::new(text);
        assert_eq!(index.position(text.find('x').unwrap()), (1, 7));
        assert_eq!(index.position(text.len()), (2, 3));
        assert_eq!(index.offset_of(2, 2), text.len() - 1);
    }
}
