//! Lines and columns of items, counted while reading forward.
//!
//! Every item's origin is kept in the catalogue, so a million links need a
//! million positions. Items come in file order, so a cursor that only moves
//! forward counts each byte once, where a line index costs a table of every
//! line start and a search per item (and a minified file, all on one line,
//! would count its columns from the start for every item).

use super::bytes;

/// Where an item starts: its byte offset, and the line and column (from 1,
/// the column in characters) of that byte.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Place {
    pub offset: usize,
    pub line: u32,
    pub column: u32,
}

/// A position in a text, moved forward to each item in turn.
///
/// The column is counted lazily, from an anchor: the start of the line, or
/// the last place given. Most files hold one item per line, so the count
/// restarts at each item's line and the characters of the item before are
/// never counted; a file all on one line counts each character once.
#[derive(Clone, Copy, Debug)]
pub struct Cursor {
    offset: usize,
    line: u32,
    /// The column at `anchor` (which is at most `offset`).
    anchor: usize,
    anchor_column: u32,
}

impl Default for Cursor {
    fn default() -> Self {
        Self {
            offset: 0,
            line: 1,
            anchor: 0,
            anchor_column: 1,
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
        let newlines = bytes::count(between, b'\n');
        if newlines > 0 {
            // Usually a few bytes back: the item starts its line.
            let last = between.iter().rposition(|&b| b == b'\n').unwrap_or(0);
            self.newline(newlines, self.offset + last);
        }
        let column = self
            .anchor_column
            .saturating_add(to_u32(bytes::chars(&text.as_bytes()[self.anchor..offset])));
        (self.offset, self.anchor, self.anchor_column) = (offset, offset, column);
        Place {
            offset,
            line: self.line,
            column,
        }
    }

    /// Moves to `offset` past bytes already read: `newlines` of them were
    /// line ends, the last at `last_newline`.
    pub fn skip(&mut self, offset: usize, newlines: usize, last_newline: usize) {
        if offset < self.offset {
            return;
        }
        if newlines > 0 {
            self.newline(newlines, last_newline);
        }
        self.offset = offset;
    }

    fn newline(&mut self, newlines: usize, last: usize) {
        self.line = self.line.saturating_add(to_u32(newlines));
        (self.anchor, self.anchor_column) = (last + 1, 1);
    }
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

    #[test]
    fn skips_what_was_counted_elsewhere() {
        let text = "[{\"a\":\n 1}, {\"é\": 2},\n{\"b\": 3}]";
        let index = LineIndex::new(text);
        let mut cursor = Cursor::default();
        for start in text.match_indices('{').map(|(i, _)| i) {
            let place = cursor.place(text, start);
            assert_eq!((place.line, place.column), index.position(start));
            let end = text[start..].find('}').unwrap() + start + 1;
            let inside = &text[start..end];
            let newlines = inside.matches('\n').count();
            let last = inside.rfind('\n').map_or(0, |i| start + i);
            cursor.skip(end, newlines, last);
        }
    }
}
