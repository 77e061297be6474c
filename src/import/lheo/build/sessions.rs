//! An action's sessions: its periods, unless entry is permanent.

use super::super::record::{Action, Val};
use super::super::values::{End, date};
use crate::import::report::Findings;
use crate::model::file::SessionRecord;

/// The sessions of an action, in date order; none with permanent entry
/// (`modalites-entrees-sorties` 1), which parcours reads as open entry.
pub(super) fn sessions(a: &Action, findings: &mut Findings) -> Vec<SessionRecord> {
    let permanent = match a.entry.as_ref().map(|v| (v, v.text.trim())) {
        Some((_, "1")) => true,
        None | Some((_, "0")) => false,
        Some((v, _)) => {
            findings.unmapped(
                "formation/action/modalites-entrees-sorties (not 0 or 1)",
                v.at,
                &v.text,
            );
            false
        }
    };
    let mut out: Vec<SessionRecord> = Vec::new();
    for s in &a.sessions {
        if permanent {
            findings.unmapped(
                "formation/action/session (permanent entry: open entry, sessions not kept)",
                s.at,
                "",
            );
            continue;
        }
        let read = |v: &Option<Val>, end: End, tag: &str, findings: &mut Findings| match v {
            None => {
                findings.error(
                    s.at,
                    format!("this session has no <periode>/<{tag}>; it is left out"),
                );
                Err(())
            }
            Some(v) => date(&v.text, end)
                .map_err(|e| findings.error(v.at, format!("{e}; this session is left out"))),
        };
        let start = read(&s.start, End::Start, "debut", findings);
        let end = read(&s.end, End::Finish, "fin", findings);
        match (start, end) {
            (Ok(Some(start)), Ok(Some(end))) if end < start => {
                let at = s.end.as_ref().map_or(s.at, |v| v.at);
                findings.error(
                    at,
                    format!("this session ends ({end}) before it starts ({start}); it is left out"),
                );
            }
            (Ok(Some(start)), Ok(Some(end))) => out.push(SessionRecord {
                start: start.to_string(),
                end: end.to_string(),
            }),
            (Ok(_), Ok(_)) => findings.unmapped(
                "formation/action/session (unknown date: 00000000 or 99999999)",
                s.at,
                "",
            ),
            _ => {}
        }
    }
    out.sort_by(|x, y| (&x.start, &x.end).cmp(&(&y.start, &y.end)));
    out.dedup();
    if !permanent && out.is_empty() && !a.sessions.is_empty() {
        findings.unmapped(
            "formation/action (fixed entry dates but no session kept: read as open entry)",
            a.at,
            "",
        );
    }
    out
}
