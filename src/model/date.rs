//! Calendar dates as day numbers, read and written as `YYYY-MM-DD`.

use std::fmt;

/// A day of the proleptic Gregorian calendar, counted from 1970-01-01.
///
/// Dates are plain integers so that routing can add days and compare them
/// without any calendar work; conversion happens only when reading and
/// printing.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date(i32);

/// Why a text is not a date.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum DateError {
    #[error("expected a date as YYYY-MM-DD")]
    Shape,
    #[error("month {0} does not exist")]
    Month(u32),
    #[error("{month_name} {year} has {days} days")]
    Day {
        year: i32,
        month_name: &'static str,
        days: u32,
    },
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

impl Date {
    /// The month's name in English ("January").
    pub fn month_name(self) -> &'static str {
        MONTHS[self.ymd().1 as usize - 1]
    }

    /// The date of a year, month (1–12) and day (1–31), if it exists.
    pub fn from_ymd(year: i32, month: u32, day: u32) -> Result<Self, DateError> {
        if !(1..=12).contains(&month) {
            return Err(DateError::Month(month));
        }
        let days = days_in_month(year, month);
        if day == 0 || day > days {
            return Err(DateError::Day {
                year,
                month_name: MONTHS[month as usize - 1],
                days,
            });
        }
        Ok(Self(days_from_civil(year, month, day)))
    }

    /// Reads exactly `YYYY-MM-DD`.
    pub fn parse(text: &str) -> Result<Self, DateError> {
        let b = text.as_bytes();
        let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' || !digits(0..4) || !digits(5..7) {
            return Err(DateError::Shape);
        }
        if !digits(8..10) {
            return Err(DateError::Shape);
        }
        let num = |r: std::ops::Range<usize>| text[r].parse::<u32>().map_err(|_| DateError::Shape);
        let year = i32::try_from(num(0..4)?).map_err(|_| DateError::Shape)?;
        Self::from_ymd(year, num(5..7)?, num(8..10)?)
    }

    /// The day number counted from 1970-01-01.
    pub fn days_since_epoch(self) -> i32 {
        self.0
    }

    /// The date a day number stands for.
    pub fn from_days_since_epoch(days: i32) -> Self {
        Self(days)
    }

    /// This date moved by a number of days.
    #[must_use]
    pub fn add_days(self, days: i32) -> Self {
        Self(self.0 + days)
    }

    /// Year, month (1–12) and day (1–31).
    pub fn ymd(self) -> (i32, u32, u32) {
        civil_from_days(self.0)
    }

    /// Today in the local time zone.
    pub fn today() -> Self {
        let now = jiff::Zoned::now().date();
        let (y, m, d) = (
            i32::from(now.year()),
            u32::try_from(now.month()).unwrap_or(1),
            u32::try_from(now.day()).unwrap_or(1),
        );
        Self(days_from_civil(y, m, d))
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (y, m, d) = self.ymd();
        write!(f, "{y:04}-{m:02}-{d:02}")
    }
}

impl std::str::FromStr for Date {
    type Err = DateError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::parse(s)
    }
}

impl serde::Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

// Howard Hinnant's `days_from_civil` and `civil_from_days`: exact for every
// Gregorian date, without loops or tables.
#[allow(clippy::cast_possible_wrap, clippy::cast_sign_loss)]
fn days_from_civil(year: i32, month: u32, day: u32) -> i32 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = (y - era * 400) as u32;
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe as i32 - 719_468
}

#[allow(clippy::cast_possible_wrap, clippy::cast_sign_loss)]
fn civil_from_days(days: i32) -> (i32, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = (z - era * 146_097) as u32;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe as i32 + era * 400 + i32::from(month <= 2);
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_and_writes_dates() {
        let d = Date::parse("2027-01-11").unwrap();
        assert_eq!(d.to_string(), "2027-01-11");
        assert_eq!(Date::parse("1970-01-01").unwrap().days_since_epoch(), 0);
        assert_eq!(
            Date::parse("2024-02-29").unwrap().add_days(1).to_string(),
            "2024-03-01"
        );
    }

    #[test]
    fn rejects_impossible_dates() {
        assert_eq!(
            Date::parse("2027-02-29").unwrap_err().to_string(),
            "February 2027 has 28 days"
        );
        assert_eq!(Date::parse("2027-13-01").unwrap_err(), DateError::Month(13));
        for bad in [
            "2027-1-01",
            "27-01-01",
            "2027/01/01",
            "2027-01-01T00",
            "",
            "2027-0a-01",
        ] {
            assert_eq!(Date::parse(bad), Err(DateError::Shape), "{bad}");
        }
    }

    #[test]
    fn agrees_with_jiff_over_four_centuries() {
        let mut date = jiff::civil::date(1900, 1, 1);
        let mut ours = Date::parse("1900-01-01").unwrap();
        for _ in 0..146_097 {
            assert_eq!(ours.to_string(), date.to_string());
            date = date.tomorrow().unwrap();
            ours = ours.add_days(1);
        }
    }
}
