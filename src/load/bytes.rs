//! Scanning bytes eight at a time, for the loops every byte of a catalogue
//! goes through: the end of each string, the lines and columns of each
//! item.
//!
//! Eight bytes are read as one `u64` and tested together with carry-free
//! arithmetic: each test leaves the high bit of every byte that passes.

const LOW: u64 = 0x0101_0101_0101_0101;
const HIGH: u64 = 0x8080_8080_8080_8080;
const SEVEN: u64 = !HIGH;

/// High bit of each byte below `n` (`n` ≤ 0x80).
fn below(x: u64, n: u8) -> u64 {
    // (b & 0x7F) + (0x80 - n) reaches 0x80 exactly when b & 0x7F ≥ n, and
    // never carries into the next byte.
    !(((x & SEVEN) + LOW * u64::from(0x80 - n)) | x) & HIGH
}

/// High bit of each byte equal to `b`.
fn equal(x: u64, b: u8) -> u64 {
    below(x ^ (LOW * u64::from(b)), 1)
}

fn word(bytes: &[u8], i: usize) -> u64 {
    let mut w = [0; 8];
    w.copy_from_slice(&bytes[i..i + 8]);
    u64::from_le_bytes(w)
}

/// The position of the first `"`, `\` or control character: where a plain
/// JSON string ends, or stops being plain.
fn string_end(bytes: &[u8]) -> Option<usize> {
    // The cheaper, inexact tests will do here: a byte may be flagged
    // wrongly only above one flagged rightly, since what spills from a
    // byte's subtraction comes from a byte that matched.
    let zero = |v: u64| v.wrapping_sub(LOW) & !v & HIGH;
    let mut i = 0;
    while let Some(w) = bytes.get(i..).and_then(<[u8]>::first_chunk::<8>) {
        let x = u64::from_le_bytes(*w);
        let hits = zero(x ^ (LOW * u64::from(b'"')))
            | zero(x ^ (LOW * u64::from(b'\\')))
            | (x.wrapping_sub(LOW * 0x20) & !x & HIGH);
        if hits != 0 {
            return Some(i + hits.trailing_zeros() as usize / 8);
        }
        i += 8;
    }
    bytes[i..]
        .iter()
        .position(|&b| b == b'"' || b == b'\\' || b < 0x20)
        .map(|p| i + p)
}

/// The length of a plain string (no escape, no control character) whose
/// opening quote is just before `bytes`: where its closing quote is. `None`
/// when the string is not plain, or not closed.
#[inline]
pub fn plain_string(bytes: &[u8]) -> Option<usize> {
    string_end(bytes).filter(|&len| bytes[len] == b'"')
}

/// How many times `b` occurs.
pub fn count(bytes: &[u8], b: u8) -> usize {
    let mut n = 0;
    let mut i = 0;
    while i + 8 <= bytes.len() {
        n += equal(word(bytes, i), b).count_ones() as usize;
        i += 8;
    }
    for &c in &bytes[i..] {
        n += usize::from(c == b);
    }
    n
}

/// How many characters UTF-8 bytes hold: every byte but continuation
/// bytes (`10xxxxxx`).
pub fn chars(bytes: &[u8]) -> usize {
    let mut continuations = 0;
    let mut i = 0;
    while i + 8 <= bytes.len() {
        let x = word(bytes, i);
        // Bit 7 set and bit 6 clear; the shift brings each byte's bit 6 to
        // its bit 7, and what crosses into the next byte lands in bit 0.
        continuations += (x & !(x << 1) & HIGH).count_ones() as usize;
        i += 8;
    }
    continuations += bytes[i..].iter().filter(|&&b| b & 0xC0 == 0x80).count();
    bytes.len() - continuations
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn agree_with_plain_loops(bytes in prop::collection::vec(any::<u8>(), 0..40)) {
            let end = bytes.iter().position(|&b| b == b'"' || b == b'\\' || b < 0x20);
            prop_assert_eq!(super::string_end(&bytes), end);
            for b in [b'\n', 0, 0x80, 0xFF, b'"'] {
                #[allow(clippy::naive_bytecount)]
                let expected = bytes.iter().filter(|&&c| c == b).count();
                prop_assert_eq!(super::count(&bytes, b), expected);
            }
            let continuations = bytes.iter().filter(|&&b| b & 0xC0 == 0x80).count();
            prop_assert_eq!(super::chars(&bytes), bytes.len() - continuations);
        }
    }

    #[test]
    fn counts_characters_of_text() {
        let text = "é – ü, 東京 and plain ascii text";
        assert_eq!(super::chars(text.as_bytes()), text.chars().count());
    }
}
