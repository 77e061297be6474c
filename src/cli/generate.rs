//! `parcours gen`: a synthetic catalogue of any size, for benchmarks and
//! demos.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use crate::synth;
use crate::text::escape;

pub fn run(
    offers: usize,
    seed: u64,
    dir: &Path,
    out: &mut impl Write,
) -> std::io::Result<ExitCode> {
    let shown = escape(&dir.display().to_string()).into_owned();
    // Files of a bigger catalogue left behind would be read with the new ones.
    if std::fs::read_dir(dir).is_ok_and(|mut entries| entries.next().is_some()) {
        eprintln!("parcours: {shown} is not empty; generate into a new or empty directory");
        return Ok(ExitCode::FAILURE);
    }
    let options = synth::Options {
        offers,
        seed,
        ..synth::Options::default()
    };
    match synth::write_dir(&options, dir) {
        Ok(files) => {
            writeln!(
                out,
                "Wrote a synthetic catalogue of {offers} offers (seed {seed}) in {} files into {shown}.",
                files.len()
            )?;
            writeln!(
                out,
                "It is invented: use it for benchmarks and demos (parcours --data {shown})."
            )?;
            Ok(ExitCode::SUCCESS)
        }
        Err(e) => {
            eprintln!("parcours: cannot write into {shown}: {e}");
            Ok(ExitCode::FAILURE)
        }
    }
}
