//! `parcours plan list [--json]`: the saved plans, most recent first.

use std::io::Write;
use std::process::ExitCode;

use serde::Serialize;

use crate::plan::{Store, Summary};
use crate::text::{escape, to_safe_json};

#[derive(Serialize)]
struct SummaryJson<'a> {
    name: &'a str,
    person: &'a str,
    saved: &'a str,
    steps: usize,
    file: String,
    error: Option<&'a str>,
}

pub fn run(store: &Store, json: bool, out: &mut impl Write) -> std::io::Result<ExitCode> {
    let dir = escape(&store.dir().display().to_string()).into_owned();
    let plans = match store.list() {
        Ok(plans) => plans,
        Err(e) => {
            eprintln!("parcours: cannot read the plans in {dir}: {e}");
            return Ok(ExitCode::from(2));
        }
    };
    if json {
        let rows: Vec<SummaryJson> = plans
            .iter()
            .map(|s| SummaryJson {
                name: &s.name,
                person: &s.person,
                saved: &s.saved,
                steps: s.steps,
                file: s.path.display().to_string(),
                error: s.error.as_deref(),
            })
            .collect();
        writeln!(out, "{}", to_safe_json(&rows)?)?;
    } else if plans.is_empty() {
        writeln!(out, "No plan saved in {dir}.")?;
    } else {
        let width = |f: &dyn Fn(&Summary) -> usize, title: &str| {
            plans.iter().map(f).chain([title.len()]).max().unwrap_or(0)
        };
        let name_w = width(&|s| escape(&s.name).chars().count(), "plan");
        let person_w = width(&|s| escape(&s.person).chars().count(), "person");
        writeln!(
            out,
            " {:name_w$}  {:person_w$}  saved       steps",
            "plan", "person"
        )?;
        for s in &plans {
            let (name, person) = (escape(&s.name), escape(&s.person));
            let pad =
                |text: &str, w: usize| format!("{text}{}", " ".repeat(w - text.chars().count()));
            match &s.error {
                None => writeln!(
                    out,
                    " {}  {}  {}  {:>5}",
                    pad(&name, name_w),
                    pad(&person, person_w),
                    s.saved,
                    s.steps
                )?,
                Some(error) => writeln!(
                    out,
                    " {}  cannot be read: {}",
                    pad(&name, name_w),
                    escape(error)
                )?,
            }
        }
        writeln!(
            out,
            "{} plan{} in {dir}",
            plans.len(),
            if plans.len() == 1 { "" } else { "s" }
        )?;
    }
    Ok(if plans.is_empty() {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}
