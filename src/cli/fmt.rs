//! `parcours fmt [PATH] [--check]`: catalogue files in the canonical layout.

use std::io::Write;
use std::process::ExitCode;

use crate::edit::{Document, OpenError};
use crate::load::Source;
use crate::text::escape;

pub fn run(source: &Source, check: bool, out: &mut impl Write) -> std::io::Result<ExitCode> {
    if *source == Source::Sample {
        eprintln!(
            "parcours: there is no catalogue to format: without --data or PATH, parcours reads the sample built into it, which is not a file. Write it as files with `parcours init`, or name a catalogue: parcours fmt PATH"
        );
        return Ok(ExitCode::from(2));
    }
    let mut doc = match Document::open(source) {
        Ok(doc) => doc,
        Err(OpenError::Invalid { name, diagnostics }) => {
            let mut err = std::io::stderr().lock();
            for d in &diagnostics.errors {
                writeln!(err, "{d}")?;
            }
            writeln!(
                err,
                "parcours: the catalogue {} has {} error(s): nothing was formatted (fix them first, see `parcours validate`)",
                escape(&name),
                diagnostics.errors.len()
            )?;
            return Ok(ExitCode::from(2));
        }
        Err(e) => {
            eprintln!("parcours: {}", escape(&e.to_string()));
            return Ok(ExitCode::from(2));
        }
    };
    let total = doc.files().count();
    let names = |doc: &Document, files: &[crate::edit::FileId]| -> Vec<String> {
        files
            .iter()
            .map(|&f| escape(doc.info(f).name).into_owned())
            .collect()
    };
    if check {
        let files = doc.unformatted();
        for name in names(&doc, &files) {
            writeln!(out, "{name}")?;
        }
        if files.is_empty() {
            writeln!(out, "{}", all_formatted(total))?;
            return Ok(ExitCode::SUCCESS);
        }
        eprintln!(
            "parcours: {} of {total} file(s) are not in the canonical layout; `parcours fmt` rewrites them",
            files.len()
        );
        return Ok(ExitCode::FAILURE);
    }
    let before = doc.unformatted();
    let result = doc.format();
    // Files written before a failure stay written.
    let after = doc.unformatted();
    let written: Vec<_> = before.into_iter().filter(|f| !after.contains(f)).collect();
    for name in names(&doc, &written) {
        writeln!(out, "formatted {name}")?;
    }
    match result {
        Ok(files) if files.is_empty() => writeln!(out, "{}", all_formatted(total))?,
        Ok(files) => writeln!(out, "{} of {total} file(s) formatted", files.len())?,
        Err(e) => {
            eprintln!("parcours: {}", escape(&e.to_string()));
            return Ok(ExitCode::from(2));
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn all_formatted(total: usize) -> String {
    if total == 1 {
        "the file is in the canonical layout".to_owned()
    } else {
        format!("all {total} files are in the canonical layout")
    }
}
