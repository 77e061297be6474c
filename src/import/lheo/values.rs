//! LHÉO values as parcours values: numbers, dates, coordinates and text.

use crate::model::Date;

/// A decimal number of 0 or more. LHÉO writes a decimal point; a comma is
/// read as one too, as French systems often write it.
pub fn number(text: &str) -> Result<f64, String> {
    let t = text.trim();
    let bad = || {
        format!(
            "\"{t}\" is not a number; write it with digits and a decimal point, such as 1250.50"
        )
    };
    if t.is_empty()
        || !t
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b'.' || b == b',')
    {
        return Err(bad());
    }
    let value: f64 = t.replace(',', ".").parse().map_err(|_| bad())?;
    if value.is_finite() {
        Ok(value)
    } else {
        Err(bad())
    }
}

/// A latitude or longitude in decimal degrees, within ±`limit`.
pub fn coordinate(text: &str, limit: f64) -> Result<f64, String> {
    let t = text.trim();
    let (sign, digits) = match t.strip_prefix('-') {
        Some(rest) => (-1.0, rest),
        None => (1.0, t.strip_prefix('+').unwrap_or(t)),
    };
    let value = number(digits).map(|v| sign * v).map_err(|_| {
        format!("\"{t}\" is not a coordinate; write decimal degrees, such as 49.1193")
    })?;
    if value.abs() > limit {
        return Err(format!("{value} is outside -{limit} to {limit} degrees"));
    }
    Ok(value)
}

/// Which end of a period a date is: an incomplete date (`AAAAMM00`, a
/// month; `AAAA0000`, a year) stands for its first day at the start and its
/// last day at the end.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum End {
    Start,
    Finish,
}

/// A date written `AAAAMMJJ` (as LHÉO says) or `AAAA-MM-JJ`; `None` for the
/// "unknown date" values `00000000` and `99999999`.
pub fn date(text: &str, end: End) -> Result<Option<Date>, String> {
    let t = text.trim();
    if t == "00000000" || t == "99999999" {
        return Ok(None);
    }
    let digits: String = match t.len() {
        8 => t.to_owned(),
        10 if t.as_bytes()[4] == b'-' && t.as_bytes()[7] == b'-' => t.replace('-', ""),
        _ => String::new(),
    };
    if digits.len() != 8 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(format!(
            "\"{t}\" is not a date; LHÉO writes dates as AAAAMMJJ, such as 20270111"
        ));
    }
    let part = |range: std::ops::Range<usize>| digits[range].parse::<u32>().expect("digits");
    let (year, month, day) = (part(0..4), part(4..6), part(6..8));
    let year = i32::try_from(year).expect("four digits");
    let shown = |e: crate::model::DateError| format!("\"{t}\" is not a date: {e}");
    let date = match (month, day, end) {
        (0, 0, End::Start) => Date::from_ymd(year, 1, 1),
        (0, 0, End::Finish) => Date::from_ymd(year, 12, 31),
        (0, _, _) => {
            return Err(format!(
                "\"{t}\" is not a date: a day is given without its month"
            ));
        }
        (m, 0, End::Start) => Date::from_ymd(year, m, 1),
        (m, 0, End::Finish) if m < 12 => Date::from_ymd(year, m + 1, 1).map(|d| d.add_days(-1)),
        (12, 0, End::Finish) => Date::from_ymd(year, 12, 31),
        (m, d, _) => Date::from_ymd(year, m, d),
    };
    date.map(Some).map_err(shown)
}

/// Text on one line: runs of white space as one space, trimmed.
pub fn line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Text of paragraphs: each line trimmed, blank lines kept as one, the
/// whole trimmed.
pub fn paragraphs(text: &str) -> String {
    let mut out = String::new();
    let mut blank = false;
    for l in text.lines().map(line) {
        if l.is_empty() {
            blank = !out.is_empty();
            continue;
        }
        if !out.is_empty() {
            out.push_str(if blank { "\n\n" } else { "\n" });
        }
        blank = false;
        out.push_str(&l);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str, end: End) -> String {
        date(text, end).unwrap().unwrap().to_string()
    }

    #[test]
    fn numbers_take_a_point_or_a_comma() {
        assert_eq!(number(" 1250.50 "), Ok(1250.5));
        assert_eq!(number("875,5"), Ok(875.5));
        assert!(
            number("1 200")
                .unwrap_err()
                .contains("\"1 200\" is not a number")
        );
        assert!(number("-3").is_err());
        assert!(number("").is_err());
        assert!(number("1.2.3").is_err());
    }

    #[test]
    fn coordinates_are_signed_and_bounded() {
        assert_eq!(coordinate("-0.5792", 180.0), Ok(-0.5792));
        assert_eq!(coordinate("49,1193", 90.0), Ok(49.1193));
        assert!(coordinate("91", 90.0).unwrap_err().contains("outside"));
        assert!(coordinate("N49", 90.0).is_err());
    }

    #[test]
    fn dates_complete_a_month_or_a_year() {
        assert_eq!(d("20270111", End::Start), "2027-01-11");
        assert_eq!(d("2027-01-11", End::Finish), "2027-01-11");
        assert_eq!(d("20280200", End::Start), "2028-02-01");
        assert_eq!(d("20280200", End::Finish), "2028-02-29");
        assert_eq!(d("20271200", End::Finish), "2027-12-31");
        assert_eq!(d("20270000", End::Start), "2027-01-01");
        assert_eq!(d("20270000", End::Finish), "2027-12-31");
        assert_eq!(date("00000000", End::Start), Ok(None));
        assert_eq!(date("99999999", End::Finish), Ok(None));
    }

    #[test]
    fn bad_dates_say_why() {
        assert!(
            date("2027/01/11", End::Start)
                .unwrap_err()
                .contains("AAAAMMJJ")
        );
        assert!(
            date("20270230", End::Start)
                .unwrap_err()
                .contains("February 2027 has 28 days")
        );
        assert!(
            date("20271301", End::Start)
                .unwrap_err()
                .contains("month 13")
        );
        assert!(
            date("20270011", End::Start)
                .unwrap_err()
                .contains("without its month")
        );
    }

    #[test]
    fn text_is_tidied() {
        assert_eq!(line("  Soudeur \n  assembleur "), "Soudeur assembleur");
        assert_eq!(
            paragraphs("\n  Un  \n deux\n\n\n trois \n"),
            "Un\ndeux\n\ntrois"
        );
    }
}
