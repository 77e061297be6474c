//! Loading a catalogue: reading files, parsing, merging, checking every
//! rule of `parcours/1`, and reporting problems as `FILE:LINE:COLUMN`.

mod bytes;
mod diagnostic;
#[cfg(test)]
mod equivalence;
mod lint;
pub mod locate;
mod parallel;
mod parse;
mod pipeline;
mod place;
mod progress;
mod records;
mod resolve;
pub mod sample;
mod source;

pub use diagnostic::{Diagnostic, Diagnostics, Severity};
pub use parse::Kind as ItemKind;
pub use progress::{Counts, Progress};
pub use source::{Reading, Source, json_files};

use std::cell::OnceCell;

use crate::model::{Catalogue, SourceFile};
use locate::{LineIndex, find_path};
use parse::{At, Pending};

/// What loading found: the catalogue when there was no error, and every
/// problem.
#[derive(Debug)]
pub struct Loaded {
    pub catalogue: Option<Catalogue>,
    pub diagnostics: Diagnostics,
    /// How many files were read.
    pub files: usize,
}

/// Reads, merges and checks a catalogue. Never fails: every problem,
/// down to an unreadable file, is a diagnostic.
pub fn load(source: &Source) -> Loaded {
    load_reporting(source, &Progress::default())
}

/// [`load`], counting in `progress` the bytes read and checked as it goes
/// (for a progress bar on another thread).
pub fn load_reporting(source: &Source, progress: &Progress) -> Loaded {
    load_with(source, Reading::Copy, pipeline::Reader::Streaming, progress)
}

/// [`load`] for commands that read the files once, which may map them
/// ([`Reading::Map`]).
pub fn load_once(source: &Source) -> Loaded {
    load_with(
        source,
        Reading::Map,
        pipeline::Reader::Streaming,
        &Progress::default(),
    )
}

fn load_with(
    source: &Source,
    reading: Reading,
    reader: pipeline::Reader,
    progress: &Progress,
) -> Loaded {
    let (inputs, read_problems) = source::read(source, reading, progress);
    let mut diagnostics = Diagnostics::default();
    for problem in read_problems {
        diagnostics.push(Diagnostic {
            severity: Severity::Error,
            file: problem.name,
            line: None,
            column: None,
            message: problem.message,
        });
    }

    let names: Vec<String> = inputs.iter().map(|input| input.name.clone()).collect();
    let (texts, readable) = utf8_texts(&inputs, &mut diagnostics);

    let pipeline::Outcome {
        mut catalogue,
        pending,
    } = pipeline::run(
        &pipeline::Files {
            names: &names,
            texts: &texts,
            readable: &readable,
        },
        reader,
        progress,
    );
    catalogue.files = inputs
        .iter()
        .map(|input| SourceFile {
            name: input.name.clone(),
            path: input.path.clone(),
        })
        .collect();

    // Line indexes only for the files with problems.
    let lines: Vec<OnceCell<LineIndex<'_>>> = texts.iter().map(|_| OnceCell::new()).collect();
    for p in pending {
        let index = lines[p.file].get_or_init(|| LineIndex::new(texts[p.file]));
        diagnostics.push(place(&p, &names, index));
    }
    // Links to items that could not be read are dropped, so the cross-item
    // warnings would only mislead until the errors are fixed.
    if !diagnostics.has_errors() {
        for warning in lint::lint(&catalogue) {
            diagnostics.push(warning);
        }
    }
    diagnostics.sort(|name| names.iter().position(|n| n == name).unwrap_or(usize::MAX));

    Loaded {
        catalogue: (!diagnostics.has_errors()).then_some(catalogue),
        diagnostics,
        files: inputs.len(),
    }
}

/// Each file's text, without its byte-order mark (checked on all cores),
/// and whether it is text at all: a file that is not UTF-8 is reported,
/// and stands as an empty text.
fn utf8_texts<'s>(
    inputs: &'s [source::Input<'_>],
    diagnostics: &mut Diagnostics,
) -> (Vec<&'s str>, Vec<bool>) {
    let checked = parallel::map(
        inputs.iter().collect(),
        |_, input| input.bytes.len(),
        |_, input| std::str::from_utf8(&input.bytes),
    );
    let mut texts = Vec::with_capacity(inputs.len());
    let mut readable = Vec::with_capacity(inputs.len());
    for (input, utf8) in inputs.iter().zip(checked) {
        match utf8 {
            Ok(text) => {
                texts.push(text.strip_prefix('\u{feff}').unwrap_or(text));
                readable.push(true);
            }
            Err(e) => {
                let valid =
                    std::str::from_utf8(&input.bytes[..e.valid_up_to()]).unwrap_or_default();
                let (line, column) = LineIndex::new(valid).position(valid.len());
                diagnostics.push(Diagnostic {
                    severity: Severity::Error,
                    file: input.name.clone(),
                    line: Some(line),
                    column: Some(column),
                    message: format!(
                        "this file is not valid UTF-8 (byte 0x{:02X}); save it as UTF-8",
                        input.bytes[e.valid_up_to()]
                    ),
                });
                texts.push("");
                readable.push(false);
            }
        }
    }
    (texts, readable)
}

/// Turns a pending diagnostic into one with a line and column.
fn place(p: &Pending, names: &[String], index: &LineIndex<'_>) -> Diagnostic {
    let offset = match &p.at {
        At::Offset(offset) => *offset,
        At::Path { base, path, key } => find_path(index.text(), *base, path, *key).unwrap_or(*base),
    };
    let (line, column) = index.position(offset);
    Diagnostic {
        severity: p.severity,
        file: names[p.file].clone(),
        line: Some(line),
        column: Some(column),
        message: p.message.clone(),
    }
}
