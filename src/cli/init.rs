//! `parcours init [DIR]`: the sample as editable files, never overwriting.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use crate::dirs::catalogue_dir;
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
    let present: Vec<String> = sample::FILES
        .iter()
        .map(|(name, _)| dir.join(name))
        .filter(|p| p.exists())
        .map(|p| p.display().to_string())
        .collect();
    if !present.is_empty() {
        eprintln!(
            "parcours: {shown} already holds {}; nothing was written (parcours init never overwrites a file)",
            escape(&present.join(", "))
        );
        return Ok(ExitCode::FAILURE);
    }
    if let Err(e) = write_all(&dir) {
        eprintln!("parcours: cannot write the catalogue into {shown}: {e}");
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

/// Writes every sample file with `create_new`, so that a file appearing
/// meanwhile is still never overwritten; on failure, removes what it wrote.
fn write_all(dir: &std::path::Path) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    let mut written = Vec::new();
    let result = sample::FILES.iter().try_for_each(|(name, text)| {
        let path = dir.join(name);
        let mut file = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&path)?;
        written.push(path);
        file.write_all(text.as_bytes())?;
        file.sync_all()
    });
    if result.is_err() {
        for path in written {
            let _ = std::fs::remove_file(path);
        }
    }
    result
}
