//! Ids and dates as text, written digit by digit: millions of them are
//! written, and `format!` would be most of the time spent.

use crate::model::Date;

/// Appends `n` in decimal, padded with zeros to at least `width` digits.
pub fn push_number(out: &mut String, mut n: u32, width: usize) {
    // Filled from the right: the digits of a u32, after zeros.
    let mut digits = [b'0'; 16];
    let mut start = digits.len();
    while n > 0 || start == digits.len() {
        start -= 1;
        digits[start] = b'0' + u8::try_from(n % 10).expect("a digit");
        n /= 10;
    }
    let start = start.min(digits.len() - width.min(digits.len()));
    out.push_str(std::str::from_utf8(&digits[start..]).expect("ASCII digits"));
}

/// `prefix` followed by `n + 1` in `width` digits: items are numbered
/// from 1.
fn numbered(prefix: &str, n: u32, width: usize) -> String {
    let mut id = String::with_capacity(prefix.len() + width);
    id.push_str(prefix);
    push_number(&mut id, n + 1, width);
    id
}

pub fn provider(p: u32) -> String {
    numbered("p", p, 4)
}

/// The centre `number` (from 1) of provider `p`.
pub fn centre(p: u32, number: u32) -> String {
    let mut id = provider(p);
    id.push_str("-c");
    push_number(&mut id, number, 2);
    id
}

pub fn agreement(a: u32) -> String {
    numbered("a", a, 4)
}

pub fn competence(c: u32) -> String {
    numbered("c", c, 6)
}

pub fn occupation(o: u32) -> String {
    numbered("occ", o, 5)
}

pub fn offer(o: u32) -> String {
    numbered("o", o, 7)
}

/// Writes the id of offer `o` into `id`, replacing what it held.
pub fn write_offer(id: &mut String, o: u32) {
    id.clear();
    id.push('o');
    push_number(id, o + 1, 7);
}

/// `YYYY-MM-DD`.
pub fn date(date: Date) -> String {
    let (year, month, day) = date.ymd();
    let mut text = String::with_capacity(10);
    push_number(&mut text, year.unsigned_abs(), 4);
    text.push('-');
    push_number(&mut text, month, 2);
    text.push('-');
    push_number(&mut text, day, 2);
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_numbered_from_one_and_padded() {
        assert_eq!(provider(0), "p0001");
        assert_eq!(provider(12_344), "p12345");
        assert_eq!(centre(11, 2), "p0012-c02");
        assert_eq!(agreement(9), "a0010");
        assert_eq!(competence(122), "c000123");
        assert_eq!(occupation(0), "occ00001");
        assert_eq!(offer(999_999), "o1000000");
        let mut id = "stale".to_owned();
        write_offer(&mut id, 41);
        assert_eq!(id, "o0000042");
        let mut zero = String::new();
        push_number(&mut zero, 0, 0);
        assert_eq!(zero, "0");
    }

    #[test]
    fn dates_read_as_the_model_writes_them() {
        for text in ["2026-01-05", "2028-12-29", "2015-10-01"] {
            assert_eq!(date(Date::parse(text).unwrap()), text);
        }
    }
}
