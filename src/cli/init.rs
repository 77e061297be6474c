//! `parcours init [DIR]`: the sample as editable files, never overwriting.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use crate::dirs::catalogue_dir;
use crate::edit::init_sample;
use crate::load::sample;
use crate::text::escape;

pub fn run(dir: Option<PathBuf>, out: &mut impl Write) -> std::io::Result<ExitCode> {
    let default = dir.is_none();
    let Some(dir) = dir.or_else(catalogue_dir) else {
        eprintln!(
            "parcours: no home directory is known here; say where to write: parcours init DIR"
        );
        return Ok(ExitCode::from(2));
    };
    let shown = escape(&dir.display().to_string()).into_owned();
    if let Err(e) = init_sample(&dir) {
        eprintln!("parcours: {}", escape(&e.to_string()));
        return Ok(ExitCode::FAILURE);
    }
    writeln!(
        out,
        "Wrote the sample catalogue ({} files) into {shown}.",
        sample::FILES.len()
    )?;
    if default {
        writeln!(
            out,
            "parcours now reads it by default. Edit the files, then check them with `parcours validate`."
        )?;
    } else {
        writeln!(
            out,
            "Use it with `parcours --data {shown}` or PARCOURS_DATA={shown}; check it with `parcours validate {shown}`."
        )?;
    }
    Ok(ExitCode::SUCCESS)
}
