//! `parcours plan`: saved plans from the command line: list, show (re-run
//! on today's catalogue, with what changed), export, save, rename, delete.

mod export;
mod list;
mod save;
mod show;

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Subcommand};

use crate::dirs::plans_dir;
use crate::model::Date;
use crate::plan::{PlanError, Store};
use crate::search::fold;
use crate::suggest::closest;
use crate::text::escape;

#[allow(clippy::doc_markdown)] // clap prints these comments as help, not Markdown
#[derive(Debug, Args)]
pub struct PlanArgs {
    /// Where plans are kept (default: the "plans" folder of your data directory)
    #[arg(long, global = true, env = "PARCOURS_PLANS", value_name = "DIR")]
    pub plans: Option<PathBuf>,
    #[command(subcommand)]
    pub command: PlanCommand,
}

#[allow(clippy::doc_markdown)]
#[derive(Debug, Subcommand)]
pub enum PlanCommand {
    /// List the saved plans, most recently saved first
    ///
    /// A file that cannot be read is listed with what is wrong with it.
    /// Exits with 1 when there is no plan.
    List {
        /// Print [{"name", "person", "saved", "steps", "file", "error"}] instead
        #[arg(long)]
        json: bool,
    },
    /// Show a plan, its route re-run on today's catalogue, and what changed
    /// since it was saved
    ///
    /// Exits with 1 when no plan has this name.
    Show {
        /// The plan's name (case and accents do not matter), or its file name
        name: String,
        /// Evaluate the plan as on this day, YYYY-MM-DD (default: today)
        #[arg(long, value_name = "DATE")]
        on: Option<String>,
    },
    /// Write a plan for the job seeker (Markdown, French unless --lang en),
    /// or as CSV or JSON
    ///
    /// Dates are those still ahead: from the plan's start date, or from
    /// today when that has passed. Exits with 1 when no plan has this name.
    Export(export::ExportArgs),
    /// Find routes as `parcours route` does and save one as a plan
    ///
    /// Exits with 1 when there is no route or the name is taken (see
    /// --replace), 2 for a bad request.
    Save(Box<save::SaveArgs>),
    /// Give a plan another name
    ///
    /// Exits with 1 when no plan has the old name or another plan has the
    /// new one.
    Rename {
        /// The plan's name now
        old: String,
        /// Its new name
        new: String,
    },
    /// Delete a plan (a file that cannot be read too, by its file name)
    ///
    /// Exits with 1 when no plan has this name.
    Delete {
        /// The plan's name, or its file name
        name: String,
    },
}

/// Runs `parcours plan …`.
pub fn run(
    args: PlanArgs,
    data: Option<PathBuf>,
    lang: Option<crate::lang::Lang>,
    out: &mut impl Write,
) -> std::io::Result<ExitCode> {
    let Some(store) = store(args.plans) else {
        eprintln!(
            "parcours: no home directory is known here; say where plans are kept with --plans DIR or PARCOURS_PLANS"
        );
        return Ok(ExitCode::from(2));
    };
    match args.command {
        PlanCommand::List { json } => list::run(&store, json, out),
        PlanCommand::Show { name, on } => {
            let Some(today) = day(on.as_deref()) else {
                return Ok(ExitCode::from(2));
            };
            super::with_catalogue(data, |cat, _| show::run(cat, &store, &name, today, out))
        }
        PlanCommand::Export(args) => {
            let Some(today) = day(args.on.as_deref()) else {
                return Ok(ExitCode::from(2));
            };
            super::with_catalogue(data, |cat, _| {
                export::run(cat, &store, &args, lang, today, out)
            })
        }
        PlanCommand::Save(args) => {
            super::with_catalogue(data, |cat, _| save::run(cat, &store, &args, out))
        }
        PlanCommand::Rename { old, new } => {
            let was = store.load(&old).map_or(old.clone(), |p| p.name);
            match store.rename(&old, &new) {
                Ok(()) => {
                    writeln!(
                        out,
                        "Renamed plan \"{}\" to \"{}\".",
                        escape(&was),
                        escape(new.trim())
                    )?;
                    Ok(ExitCode::SUCCESS)
                }
                Err(e) => Ok(fail(&store, &e)),
            }
        }
        PlanCommand::Delete { name } => {
            let was = store.load(&name).map_or(name.clone(), |p| p.name);
            let path = store.path_of(&name);
            match store.delete(&name) {
                Ok(()) => {
                    let file = path.map(|p| p.display().to_string()).unwrap_or_default();
                    writeln!(
                        out,
                        "Deleted plan \"{}\" ({}).",
                        escape(&was),
                        escape(&file)
                    )?;
                    Ok(ExitCode::SUCCESS)
                }
                Err(e) => Ok(fail(&store, &e)),
            }
        }
    }
}

/// The store for `--plans` (an empty value counts as none), else the
/// data directory's.
fn store(given: Option<PathBuf>) -> Option<Store> {
    given
        .filter(|p| !p.as_os_str().is_empty())
        .or_else(plans_dir)
        .map(Store::new)
}

/// The day given with --on, else today; None (after saying why) when the
/// date is bad.
fn day(text: Option<&str>) -> Option<Date> {
    match text.map(Date::parse) {
        None => Some(Date::today()),
        Some(Ok(date)) => Some(date),
        Some(Err(e)) => {
            eprintln!("parcours: bad --on \"{}\": {e}", escape(text.unwrap_or("")));
            None
        }
    }
}

/// Says what went wrong with a plan on stderr; the exit code for it: 1 for
/// a plan that is not there or a name taken, 2 for the rest.
fn fail(store: &Store, e: &PlanError) -> ExitCode {
    match e {
        PlanError::NotFound(name) => {
            let hint = match near(store, name).as_slice() {
                [] => format!(
                    "`parcours plan list` shows the plans in {}",
                    store.dir().display()
                ),
                [one] => format!("did you mean \"{one}\"?"),
                some => format!("did you mean one of \"{}\"?", some.join("\", \"")),
            };
            eprintln!("parcours: {}; {}", escape(&e.to_string()), escape(&hint));
            ExitCode::FAILURE
        }
        PlanError::Exists(_) => {
            eprintln!("parcours: {}", escape(&e.to_string()));
            ExitCode::FAILURE
        }
        _ => {
            eprintln!("parcours: {}", escape(&e.to_string()));
            ExitCode::from(2)
        }
    }
}

/// The names of the plans a name may have meant: those that hold it as a
/// word or part of one (case and accents aside), else the nearest by
/// spelling; three at most.
fn near(store: &Store, name: &str) -> Vec<String> {
    let names: Vec<String> = store
        .list()
        .unwrap_or_default()
        .into_iter()
        .filter(|s| s.error.is_none())
        .map(|s| s.name)
        .collect();
    let wanted = fold(name);
    let mut found: Vec<String> = names
        .iter()
        .filter(|n| !wanted.trim().is_empty() && fold(n).contains(wanted.trim()))
        .take(3)
        .cloned()
        .collect();
    if found.is_empty() {
        found.extend(closest(name, names.iter().map(String::as_str)).map(str::to_owned));
    }
    found
}
