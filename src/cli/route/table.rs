//! A route as a table for people: one row per step, then the reasons.

use std::fmt::Write as _;
use std::io::Write;

use crate::model::{Catalogue, LinkKind};
use crate::plan::PlanTotals;
use crate::route::reasons::why;
use crate::route::{self, Route};
use crate::text::escape;

/// Hours as people write them: whole numbers without decimals.
pub fn hours_text(hours: f64) -> String {
    if hours.fract() == 0.0 {
        format!("{hours:.0}")
    } else {
        format!("{hours:.1}")
    }
}

/// Euros as people write them: no cents when there are none.
fn euros_text(euros: f64) -> String {
    if euros.fract() == 0.0 {
        format!("{euros:.0} €")
    } else {
        format!("{euros:.2} €")
    }
}

/// Cuts a text to `width` characters, ending with "…" when cut.
fn fit(text: &str, width: usize) -> String {
    if text.chars().count() <= width {
        text.to_owned()
    } else {
        let mut cut: String = text.chars().take(width.saturating_sub(1)).collect();
        cut.push('…');
        cut
    }
}

pub(super) fn write_route(
    cat: &Catalogue,
    r: &Route,
    n: usize,
    of: usize,
    criterion: route::Criterion,
    out: &mut impl Write,
) -> std::io::Result<()> {
    writeln!(
        out,
        "Route {n} of {of} (by {criterion}): {}",
        totals_text(r)
    )?;
    write_steps(cat, r, out)
}

/// A route's totals on one line: hours, seams, steps, cost, km, finish.
pub fn totals_text(r: &Route) -> String {
    totals_line(&PlanTotals::of(r))
}

/// Totals (of a route, or as a plan saved them) on one line.
pub fn totals_line(t: &PlanTotals) -> String {
    let finish = t.finish.as_deref().map_or_else(
        || "no finish date (a step has no session left)".to_owned(),
        |d| format!("finish {d}"),
    );
    format!(
        "{} h · {} seam{} · {} steps · {} · {:.1} km · {finish}",
        hours_text(t.hours),
        t.seams,
        if t.seams == 1 { "" } else { "s" },
        t.steps,
        euros_text(t.cost_eur),
        t.distance_km,
    )
}

/// A route's steps as a table, then why each step is possible.
pub fn write_steps(cat: &Catalogue, r: &Route, out: &mut impl Write) -> std::io::Result<()> {
    let rows = step_rows(cat, r);
    let header = ["#", "offer", "body", "city", "hours", "dates", "link"];
    let widths: Vec<usize> = (0..7)
        .map(|c| {
            rows.iter()
                .map(|r| r[c].chars().count())
                .chain([header[c].chars().count()])
                .max()
                .unwrap_or(0)
        })
        .collect();
    let line = |cells: [&str; 7]| {
        let mut text = String::from(" ");
        for (c, cell) in cells.iter().enumerate() {
            let pad = widths[c] - cell.chars().count();
            // Numbers align right, words left; the last column is not padded.
            match c {
                0 | 4 => {
                    let _ = write!(text, "{}{cell}  ", " ".repeat(pad));
                }
                6 => text.push_str(cell),
                _ => {
                    let _ = write!(text, "{cell}{}  ", " ".repeat(pad));
                }
            }
        }
        text.trim_end().to_owned()
    };
    writeln!(out, "{}", line(header))?;
    for row in &rows {
        writeln!(
            out,
            "{}",
            line([
                &row[0], &row[1], &row[2], &row[3], &row[4], &row[5], &row[6]
            ])
        )?;
    }
    writeln!(out)?;
    for (i, s) in r.steps.iter().enumerate() {
        let offer = cat.offer(s.offer);
        writeln!(
            out,
            " {:>w$}  {}",
            i + 1,
            escape(&offer.title),
            w = widths[0]
        )?;
        for reason in reasons(cat, r, i) {
            writeln!(out, " {:>w$}    {}", "", escape(&reason), w = widths[0])?;
        }
    }
    Ok(())
}

/// One row of seven cells per step: #, offer, body, city, hours, dates, link.
fn step_rows(cat: &Catalogue, r: &Route) -> Vec<[String; 7]> {
    r.steps
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let offer = cat.offer(s.offer);
            let link = match s.via {
                None => "start".to_owned(),
                Some(via) => match via.link(cat) {
                    Some(l) => match l.agreement {
                        Some(a) => format!("{} · {}", l.kind.as_str(), cat.agreement(a).id),
                        None => l.kind.as_str().to_owned(),
                    },
                    None => "inferred".to_owned(),
                },
            };
            let dates = match (s.start, s.end) {
                (Some(a), Some(b)) => format!("{a} → {b}"),
                _ => "no session left".to_owned(),
            };
            [
                (i + 1).to_string(),
                escape(&offer.id).into_owned(),
                fit(&escape(&cat.provider(offer.provider).name), 22),
                fit(
                    &escape(
                        offer
                            .centre
                            .map_or("distance", |c| cat.centre(c).city.as_str()),
                    ),
                    16,
                ),
                hours_text(s.hours),
                dates,
                format!("{}{}", escape(&link), if s.seam { "  ⚠ seam" } else { "" }),
            ]
        })
        .collect()
}

/// Why step `i` of a route is possible, in sentences.
pub fn reasons(cat: &Catalogue, r: &Route, i: usize) -> Vec<String> {
    let Some(why) = why(cat, r, i) else {
        return Vec::new();
    };
    let to = cat.offer(r.steps[i].offer);
    let mut lines = Vec::new();
    let recognised = if why.credit_hours > 0.0 {
        format!(
            "; {} h of {} recognised",
            hours_text(why.credit_hours),
            hours_text(to.hours)
        )
    } else {
        String::new()
    };
    if let Some(kind) = why.link {
        let what = match kind {
            LinkKind::Progression => "progression",
            LinkKind::Bridge => "bridge",
            LinkKind::Equivalence => "equivalence (fully recognised)",
        };
        let mut text = what.to_owned();
        if let Some(a) = why.agreement {
            let a = cat.agreement(a);
            let _ = write!(text, " backed by {}", a.title);
            if let Some(p) = &a.programme {
                let _ = write!(text, " ({p})");
            }
        }
        text.push_str(&recognised);
        if let Some(note) = &why.note {
            let _ = write!(text, " — {note}");
        }
        lines.push(text);
    } else {
        let labels: Vec<&str> = why
            .competences
            .iter()
            .map(|c| cat.competence(*c).label.as_str())
            .collect();
        lines.push(format!(
            "inferred: requires {}, all granted by step {i}",
            labels.join(", ")
        ));
    }
    if let Some((from, to)) = why.seam {
        lines.push(format!(
            "⚠ seam: from {} to {}, no agreement covers this change of body",
            cat.provider(from).name,
            cat.provider(to).name
        ));
    }
    lines
}
