//! The quick readers against serde: whatever they read, serde must read
//! the same, ending at the same byte.

use proptest::prelude::*;
use serde::Deserialize;

use super::{link, offer};

/// Values of every kind, plain and tricky.
const VALUES: &[&str] = &[
    "\"x\"",
    "\"o0000001\"",
    "\"a\\\"b\"",
    "\"\\u0041\"",
    "\"é – ü\"",
    "\"\"",
    "0",
    "1",
    "875",
    "01",
    "1.5",
    "1e3",
    "-2",
    "123456789012345678901",
    "null",
    "true",
    "[]",
    "[\"a\", \"b\"]",
    "[\"a\",]",
    "[1]",
    "{}",
    "{\"title\": \"T\", \"code\": null}",
    "{\"title\": \"T\", \"title\": \"U\"}",
    "{\"name\": \"T\"}",
    "[{\"start\": \"2027-01-01\", \"end\": \"2027-02-01\"}]",
    "[{\"start\": \"2027-01-01\"}]",
    "null",
    "\"bridge\"",
    "\"progression\"",
    "\"Bridge\"",
    "\"onsite\"",
    "\"work_based\"",
];

const KEYS: &[&str] = &[
    "id",
    "provider",
    "centre",
    "title",
    "sector",
    "level",
    "hours",
    "modality",
    "languages",
    "audiences",
    "cost_eur",
    "requires",
    "grants",
    "prepares",
    "certification",
    "badge",
    "sessions",
    "weeks",
    "description",
    "url",
    "from",
    "to",
    "kind",
    "agreement",
    "credit_hours",
    "note",
    "houres",
    "i\\u0064",
];

const BLANKS: &[&str] = &["", " ", "\n  ", "\t", "\r\n"];

/// An object made of fields, with blanks between tokens, and a tail that
/// follows it in the file.
fn object() -> impl Strategy<Value = String> {
    let field = (
        prop::sample::select(KEYS),
        prop::sample::select(VALUES),
        prop::sample::select(BLANKS),
    );
    (
        prop::collection::vec(field, 0..12),
        prop::sample::select(&[",\n", "]", " x", ""][..]),
    )
        .prop_map(|(fields, tail)| {
            let body: Vec<String> = fields
                .iter()
                .map(|(k, v, b)| format!("{b}\"{k}\"{b}:{b}{v}{b}"))
                .collect();
            format!("{{{}}}{tail}", body.join(","))
        })
}

/// A link or offer with every required field, so that many cases read.
fn complete(kind: &'static str) -> impl Strategy<Value = String> {
    (object(), prop::sample::select(BLANKS)).prop_map(move |(extra, blank)| {
        let required = if kind == "link" {
            "\"from\": \"a\", \"to\": \"b\", \"kind\": \"bridge\""
        } else {
            "\"id\": \"a\", \"provider\": \"p\", \"title\": \"T\", \"hours\": 35"
        };
        let inner = extra.trim_start_matches('{');
        if inner.starts_with('}') {
            format!("{{{blank}{required}{inner}")
        } else {
            format!("{{{blank}{required},{inner}")
        }
    })
}

fn serde_reads<'a, T: Deserialize<'a>>(text: &'a str) -> Option<(T, usize)> {
    let mut stream = serde_json::Deserializer::from_str(text).into_iter::<T>();
    let record = stream.next()?.ok()?;
    Some((record, stream.byte_offset()))
}

/// What a quick reader read (if it did not give up) against serde.
fn check<'a, T: Deserialize<'a> + std::fmt::Debug>(
    quick: Option<super::Read<T>>,
    text: &'a str,
) -> Result<(), TestCaseError> {
    let Some(read) = quick else {
        return Ok(());
    };
    let (record, end) = (read.record, read.end);
    let inside = &text[..end];
    prop_assert_eq!(read.newlines, inside.matches('\n').count());
    if read.newlines > 0 {
        prop_assert_eq!(Some(read.last_newline), inside.rfind('\n'));
    }
    let serde = serde_reads::<T>(text);
    prop_assert!(serde.is_some(), "quick read what serde refuses: {text}");
    let (expected, expected_end) = serde.unwrap();
    prop_assert_eq!(format!("{record:?}"), format!("{expected:?}"), "{}", text);
    prop_assert_eq!(end, expected_end, "{}", text);
    Ok(())
}

#[test]
fn reads_the_plain_shape() {
    let text = r#"{"from":"o1","to":"o2","kind":"progression","credit_hours":70}"#;
    assert!(link(text, 0).is_some());
    let text = r#"{"id":"o1","provider":"p1","centre":"p1-c05","title":"Titre – Couturier","sector":"textile","level":3,"hours":532,"modality":"onsite","languages":["fr","en"],"audiences":["job_seekers"],"cost_eur":0,"grants":["c1","c2"],"prepares":["occ1"],"certification":{"title":"C","code":"RNCP1"},"sessions":[{"start":"2027-07-19","end":"2027-12-03"}],"description":"Couturier"}"#;
    let read = offer(text, 0).expect("read");
    assert_eq!(read.end, text.len());
    assert_eq!(read.record.sessions.len(), 1);
    assert_eq!(read.record.hours.to_bits(), 532f64.to_bits());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn links_read_as_serde_reads_them(text in complete("link")) {
        check(link(&text, 0), &text)?;
    }

    #[test]
    fn offers_read_as_serde_reads_them(text in complete("offer")) {
        check(offer(&text, 0), &text)?;
    }

    #[test]
    fn any_object_reads_as_serde_reads_it(text in object()) {
        check(link(&text, 0), &text)?;
        check(offer(&text, 0), &text)?;
    }
}
