//! The plan as CSV: one row per step, with a header, as RFC 4180 says
//! (comma-separated, CRLF line ends, quotes doubled inside quoted fields).
//! Numbers and dates are written for programs: `1250`, `12.5`,
//! `2027-01-11`; an empty field is a value the catalogue no longer gives.

use super::Evaluated;
use super::escape::csv as field;

/// The columns, in order.
pub const HEADER: [&str; 13] = [
    "step",
    "offer",
    "title",
    "body",
    "city",
    "country",
    "start",
    "end",
    "hours",
    "hours_recognised",
    "link",
    "agreement",
    "seam",
];

pub(super) fn write(e: &Evaluated) -> String {
    let cat = e.cat;
    let mut out = HEADER.join(",");
    out.push_str("\r\n");
    for (i, s) in e.steps().iter().enumerate() {
        let offer = s.offer.map(|o| cat.offer(o));
        let (city, country) = s.offer.map_or((None, ""), |o| e.place(o));
        let date = |d: Option<crate::model::Date>| d.map(|d| d.to_string()).unwrap_or_default();
        let hours = match (s.step, offer) {
            (Some(step), _) => step.hours.to_string(),
            (None, Some(o)) => o.hours.to_string(),
            (None, None) => String::new(),
        };
        let link = match (&s.why, s.step) {
            (_, None) => "",
            (None, Some(_)) => "start",
            (Some(why), Some(_)) => why.link.map_or("inferred", |k| k.as_str()),
        };
        let row = [
            (i + 1).to_string(),
            field(s.id),
            offer.map(|o| field(&o.title)).unwrap_or_default(),
            offer
                .map(|o| field(&cat.provider(o.provider).name))
                .unwrap_or_default(),
            // An offer without centre is taught at a distance.
            s.offer
                .map(|_| field(city.unwrap_or("distance")))
                .unwrap_or_default(),
            field(country),
            date(s.step.and_then(|st| st.start)),
            date(s.step.and_then(|st| st.end)),
            hours,
            match (&s.why, s.step) {
                (Some(why), _) => why.credit_hours.to_string(),
                (None, Some(_)) => "0".to_owned(),
                (None, None) => String::new(),
            },
            link.to_owned(),
            s.why
                .as_ref()
                .and_then(|w| w.agreement)
                .map(|a| field(&cat.agreement(a).title))
                .unwrap_or_default(),
            s.step
                .map(|st| if st.seam { "yes" } else { "no" })
                .unwrap_or_default()
                .to_owned(),
        ];
        out.push_str(&row.join(","));
        out.push_str("\r\n");
    }
    out
}
