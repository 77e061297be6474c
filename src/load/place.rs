//! Lines and columns of items, counted while reading forward.
//!
//! Every item's origin is kept in the catalogue, so a million links need a
//! million positions. Items come in file order, so a cursor that only moves
//! forward counts each byte once, where a line index costs a table of every
//! line start and a search per item (and a minified file, all on one line,
//! would count its columns from the start for every item).

/// Where an item starts: its byte offset, and the line and column (from 1,
/// the column in characters) of that byte.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Place {
    pub offset: usize,
    pub line: u32,
    pub column: u32,
}

/// A position in a text, moved forward to each item in turn.
#[derive(Clone, Copy, Debug)]
pub struct Cursor {
    offset: usize,
    line: u32,
    column: u32,
}

impl Default for Cursor {
    fn default() -> Self {
        Self {
            offset: 0,
            line: 1,
            column: 1,
        }
    }
}

impl Cursor {
    /// The place of `offset` (a character boundary of `text`). Going back
    /// restarts from the top of the text: correct, and rare (a file whose
    /// sections are not read in their written order).
    pub fn place(&mut self, text: &str, offset: usize) -> Place {
        if offset < self.offset {
            *self = Self::default();
        }
        let offset = offset.min(text.len());
        let between = &text.as_bytes()[self.offset..offset];
        match between.iter().rposition(|&b| b == b'\n') {
            Some(last) => {
                // A plain count, which the compiler turns into vector code.
                #[allow(clippy::naive_bytecount)]
                let newlines = between.iter().filter(|&&b| b == b'\n').count();
                self.line = self.line.saturating_add(to_u32(newlines));
                self.column = to_u32(chars(&between[last + 1..]) + 1);
            }
            None => self.column = self.column.saturating_add(to_u32(chars(between))),
        }
        self.offset = offset;
        Place {
            offset,
            line: self.line,
            column: self.column,
        }
    }
}

/// How many characters UTF-8 bytes hold: every byte but continuation bytes.
fn chars(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| b & 0xC0 != 0x80).count()
}

fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::Cursor;
    use crate::load::locate::LineIndex;

    #[test]
    fn agrees_with_the_line_index_forward_and_back() {
        let text = "{\n  \"é\": [1,\n\n   {\"a\": \"ü\"}, 2],\r\n \"b\": 3}";
        let index = LineIndex::new(text);
        let offsets: Vec<usize> = (0..=text.len())
            .filter(|&i| text.is_char_boundary(i))
            .collect();
        let mut cursor = Cursor::default();
        for &i in offsets.iter().chain(offsets.iter().rev().step_by(3)) {
            let place = cursor.place(text, i);
            assert_eq!((place.line, place.column), index.position(i), "offset {i}");
        }
    }
}
