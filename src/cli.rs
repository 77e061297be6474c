//! The command line: `parcours [COMMAND]`, as DESIGN.md's contract says.

mod export;
mod fmt;
mod generate;
mod import;
mod init;
mod plan;
mod reach;
mod request;
mod route;
mod search;
mod show;
mod stats;
mod validate;

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use crate::dirs::catalogue_source;
use crate::load::{Source, load_once};
use crate::model::Catalogue;

const ABOUT: &str = "Plan training pathways across partner bodies.";

const LONG_ABOUT: &str = "\
Plan training pathways across partner bodies.

parcours reads a catalogue of training offers published by several bodies \
(Afpa, Cnam, Le Forem, IFAPME, cross-border INTERREG projects, …) and the \
links between them: progressions, bridges backed by partnership agreements, \
equivalences, and progressions inferred from competences.

Without a command, parcours opens its terminal interface on the catalogue: \
search, filters, the detail of each offer and the passerelles between them, \
the graph of an offer's neighbourhood and the map of the centres, and the \
planner, where pathways are compared side by side and kept as plans (keys \
and screens: docs/interface.md and docs/pictures.md).

Without --data, parcours reads the catalogue made by `parcours init` in your \
data directory if there is one, else the illustrative sample built into it.";

#[allow(clippy::doc_markdown)] // clap prints these comments as help, not Markdown
#[derive(Debug, Parser)]
#[command(name = "parcours", version, about = ABOUT, long_about = LONG_ABOUT)]
pub struct Cli {
    /// The catalogue: a .json file, or a directory of them (read recursively)
    #[arg(long, global = true, env = "PARCOURS_DATA", value_name = "PATH")]
    pub data: Option<PathBuf>,

    /// The language of the interface (default: from LC_ALL, LC_MESSAGES or LANG),
    /// and of `plan export` (default: French)
    #[arg(long, global = true, value_enum, value_name = "LANG")]
    pub lang: Option<LangArg>,

    #[command(subcommand)]
    pub command: Option<Command>,
}

/// A language of the interface, as `--lang` takes it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum LangArg {
    /// French
    Fr,
    /// English
    En,
}

impl From<LangArg> for crate::lang::Lang {
    fn from(lang: LangArg) -> Self {
        match lang {
            LangArg::Fr => Self::Fr,
            LangArg::En => Self::En,
        }
    }
}

#[allow(clippy::doc_markdown)]
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check a catalogue and print each problem with its file, line and column
    ///
    /// Exits with 0 when there is no error (warnings allowed), 1 when there
    /// are errors.
    Validate {
        /// The catalogue to check (default: --data, or as for every command)
        path: Option<PathBuf>,
        /// Print {"errors": […], "warnings": […]} instead
        #[arg(long)]
        json: bool,
    },
    /// Rewrite catalogue files in the canonical layout (2-space indent,
    /// fields in schema order), content unchanged
    ///
    /// Writes only the files that change, each atomically. A catalogue with
    /// errors is not touched. With --check, writes nothing, lists the files
    /// that would change and exits with 1 if there are any (for a
    /// catalogue repository's CI). Exits with 2 for errors.
    Fmt {
        /// The catalogue (default: --data, or the one `parcours init` made)
        path: Option<PathBuf>,
        /// Write nothing; list the files that are not in the canonical layout
        #[arg(long)]
        check: bool,
    },
    /// Count what the catalogue holds
    Stats {
        /// Print the counts as JSON
        #[arg(long)]
        json: bool,
    },
    /// Show one item by id: an offer, a body, a centre, an agreement, a
    /// competence or an occupation
    ///
    /// Exits with 2 when no item has this id.
    Show {
        /// The id, such as afpa-metz-soudeur
        id: String,
        /// Print the item as JSON, in the catalogue's own format
        #[arg(long)]
        json: bool,
    },
    /// Find offers by words in their title, body, city, sector,
    /// certification, competences or description
    ///
    /// Case and accents do not matter: "electricite" finds "Électricité".
    /// Exits with 1 when nothing matches.
    Search {
        /// The words to find (all of them must match)
        #[arg(required = true, num_args = 1..)]
        text: Vec<String>,
        /// Print at most this many offers (0 for all)
        #[arg(long, default_value_t = 20, value_name = "N")]
        limit: usize,
        /// Print the offers found as JSON
        #[arg(long)]
        json: bool,
    },
    /// The best pathways from an offer or from competences held, to an
    /// offer, an occupation or a competence
    ///
    /// Exits with 0 when there is a route, 1 when there is none (the output
    /// says why), 2 for a bad request (an unknown id, a bad date).
    Route(Box<route::RouteArgs>),
    /// What an offer or the competences held unlock, with the hours to get
    /// there, and the occupations on the way; or, with --to, what leads to
    /// an offer
    ///
    /// Exits with 1 when nothing is reached, 2 for a bad request.
    Reach(Box<reach::ReachArgs>),
    /// The pathway graph for Graphviz: the whole of it, the neighbourhood of
    /// an offer (--around ID --depth N), or the routes of a request (the
    /// options of `parcours route`)
    ///
    /// Render it with `dot -Tsvg FILE > FILE.svg`. Exits with 1 when a request
    /// finds no route, 2 for a bad request (an unknown id, a bad date).
    Export(Box<export::ExportArgs>),
    /// Saved plans: list, show (re-run on today's catalogue), export for the
    /// job seeker, save, rename, delete
    ///
    /// Plans are JSON files in the "plans" folder of your data directory,
    /// or in --plans DIR (also the PARCOURS_PLANS variable); see docs/plans.md.
    Plan(Box<plan::PlanArgs>),
    Import(Box<import::ImportArgs>),
    /// Write a synthetic catalogue of any size, for benchmarks and demos
    ///
    /// Invented bodies, offers and links shaped like a cross-border training
    /// network, about 10 links per offer; the same seed gives the same files.
    Gen {
        /// How many offers
        #[arg(long, value_name = "N")]
        offers: usize,
        /// The random seed
        #[arg(long, default_value_t = 1, value_name = "S")]
        seed: u64,
        /// A new or empty directory to write into
        dir: PathBuf,
    },
    /// Write the sample catalogue as editable files
    ///
    /// By default into your data directory, where parcours then reads it
    /// without --data. Never overwrites a file.
    Init {
        /// Where to write the files (default: the data directory)
        dir: Option<PathBuf>,
    },
}

/// Runs the command line; the binary's whole work.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    let Some(command) = cli.command else {
        return crate::tui::run(&catalogue_source(cli.data), cli.lang.map(Into::into));
    };
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let result = run(command, cli.data, cli.lang.map(Into::into), &mut out);
    match result.and_then(|code| out.flush().map(|()| code)) {
        Ok(code) => code,
        // A reader that stopped reading (`parcours search x | head`) is not an error.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("parcours: {e}");
            ExitCode::from(2)
        }
    }
}

fn run(
    command: Command,
    data: Option<PathBuf>,
    lang: Option<crate::lang::Lang>,
    out: &mut impl Write,
) -> std::io::Result<ExitCode> {
    match command {
        Command::Plan(args) => plan::run(*args, data, lang, out),
        Command::Validate { path, json } => {
            validate::run(&catalogue_source(path.or(data)), json, out)
        }
        Command::Fmt { path, check } => fmt::run(&catalogue_source(path.or(data)), check, out),
        Command::Init { dir } => init::run(dir, out),
        Command::Import(args) => import::run(*args, out),
        Command::Gen { offers, seed, dir } => generate::run(offers, seed, &dir, out),
        Command::Reach(args) => with_catalogue(data, |cat, _| reach::run(cat, &args, out)),
        Command::Route(args) => with_catalogue(data, |cat, _| route::run(cat, &args, out)),
        Command::Export(args) => with_catalogue(data, |cat, _| export::run(cat, &args, lang, out)),
        Command::Stats { json } => {
            with_catalogue(data, |cat, source| stats::run(cat, source, json, out))
        }
        Command::Show { id, json } => with_catalogue(data, |cat, _| show::run(cat, &id, json, out)),
        Command::Search { text, limit, json } => with_catalogue(data, |cat, _| {
            search::run(cat, &text.join(" "), limit, json, out)
        }),
    }
}

/// Loads the catalogue for a command; a catalogue with errors is reported
/// on stderr and ends the command with exit code 2.
fn with_catalogue(
    data: Option<PathBuf>,
    command: impl FnOnce(&Catalogue, &Source) -> std::io::Result<ExitCode>,
) -> std::io::Result<ExitCode> {
    let source = catalogue_source(data);
    let loaded = load_once(&source);
    if let Some(cat) = loaded.catalogue {
        let code = command(&cat, &source);
        // The process ends with the command: the system takes the memory
        // back at once, where freeing a large catalogue's million small
        // allocations one by one took 40–100 ms at 100k offers (as
        // clang's -disable-free).
        std::mem::forget(cat);
        code
    } else {
        let mut err = std::io::stderr().lock();
        for d in &loaded.diagnostics.errors {
            writeln!(err, "{d}")?;
        }
        writeln!(
            err,
            "parcours: the catalogue {} has {} error(s); fix them (see `parcours validate`) and try again",
            crate::text::escape(&source.describe()),
            loaded.diagnostics.errors.len()
        )?;
        Ok(ExitCode::from(2))
    }
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    #[test]
    fn the_command_line_is_well_formed() {
        super::Cli::command().debug_assert();
    }
}
