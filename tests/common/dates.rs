//! Dates as day numbers since 1970-01-01, computed here by plain counting,
//! independently of the engine's calendar.

use parcours::model::Date;

fn is_leap(y: i32) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

fn month_len(y: i32, m: u32) -> i32 {
    match m {
        2 if is_leap(y) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Day number of a date (from 1970-01-01), by plain counting.
pub fn day_of(y: i32, m: u32, d: u32) -> i32 {
    let mut days = 0;
    for year in 1970..y {
        days += if is_leap(year) { 366 } else { 365 };
    }
    for month in 1..m {
        days += month_len(y, month);
    }
    days + d as i32 - 1
}

/// `YYYY-MM-DD` of a day number (from 1970-01-01 on).
pub fn ymd(mut days: i32) -> String {
    let mut y = 1970;
    loop {
        let len = if is_leap(y) { 366 } else { 365 };
        if days < len {
            break;
        }
        days -= len;
        y += 1;
    }
    let mut m = 1;
    while days >= month_len(y, m) {
        days -= month_len(y, m);
        m += 1;
    }
    format!("{y:04}-{m:02}-{:02}", days + 1)
}

/// Day number of `YYYY-MM-DD`.
pub fn day(text: &str) -> i32 {
    let y = text[0..4].parse().unwrap();
    let m = text[5..7].parse().unwrap();
    let d = text[8..10].parse().unwrap();
    day_of(y, m, d)
}

pub fn engine_date(d: i32) -> Date {
    Date::parse(&ymd(d)).unwrap()
}

pub fn from_engine_date(d: Date) -> i32 {
    day(&d.to_string())
}
