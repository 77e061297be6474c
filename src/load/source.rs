//! Where a catalogue comes from: a file, a directory of files, the sample
//! embedded in the binary, or text in memory.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use super::Progress;
use super::sample;

/// A catalogue to load.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Source {
    /// One JSON file, or a directory whose `*.json` files are read
    /// recursively in sorted path order.
    Path(PathBuf),
    /// The sample catalogue built into parcours.
    Sample,
    /// Files given as (name, content), for tests and tools.
    Memory(Vec<(String, Vec<u8>)>),
}

impl Source {
    /// How the source is named to a person.
    pub fn describe(&self) -> String {
        match self {
            Self::Path(p) => p.display().to_string(),
            Self::Sample => "sample".to_owned(),
            Self::Memory(_) => "memory".to_owned(),
        }
    }
}

/// How the files of a [`Source::Path`] are brought into memory.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Reading {
    /// Copied: whatever another program does to the files meanwhile,
    /// loading sees some version of them. For the interface, which loads
    /// again while editors write.
    #[default]
    Copy,
    /// Mapped, for commands that read the files once: copying takes the
    /// system a page fault and a page cleared for every 4 KiB (1 s of
    /// system time for a catalogue of a million offers, 0.05 s mapped).
    /// A file cut shorter by another program while it is read ends the
    /// process (`SIGBUS`), as with other tools that map files (ripgrep).
    Map,
}

/// One file's bytes, before any parsing.
pub struct Input<'s> {
    pub name: String,
    pub path: Option<PathBuf>,
    pub bytes: Bytes<'s>,
}

/// A file's bytes: the source's own, copied from the file, or the file
/// mapped.
pub enum Bytes<'s> {
    Borrowed(&'s [u8]),
    Owned(Vec<u8>),
    Mapped(memmap2::Mmap),
}

impl std::ops::Deref for Bytes<'_> {
    type Target = [u8];

    fn deref(&self) -> &[u8] {
        match self {
            Self::Borrowed(bytes) => bytes,
            Self::Owned(bytes) => bytes,
            Self::Mapped(map) => map,
        }
    }
}

/// A file that could not be read, or a source with nothing to read.
pub struct ReadProblem {
    pub name: String,
    pub message: String,
}

/// Reads every file of a source. Problems with single files do not stop
/// the others from being read.
pub fn read<'s>(
    source: &'s Source,
    reading: Reading,
    progress: &Progress,
) -> (Vec<Input<'s>>, Vec<ReadProblem>) {
    let (inputs, problems): (Vec<Input<'s>>, _) = match source {
        Source::Sample => (
            sample::FILES
                .iter()
                .map(|(name, text)| Input {
                    name: format!("sample/{name}"),
                    path: None,
                    bytes: Bytes::Borrowed(text.as_bytes()),
                })
                .collect(),
            Vec::new(),
        ),
        Source::Memory(files) => (
            files
                .iter()
                .map(|(name, bytes)| Input {
                    name: name.clone(),
                    path: None,
                    bytes: Bytes::Borrowed(bytes),
                })
                .collect(),
            Vec::new(),
        ),
        Source::Path(path) => return read_path(path, reading, progress),
    };
    let size: usize = inputs.iter().map(|input| input.bytes.len()).sum();
    progress.set_total(u64::try_from(size).unwrap_or(u64::MAX));
    progress.add_read(size);
    (inputs, problems)
}

fn read_path(
    path: &Path,
    reading: Reading,
    progress: &Progress,
) -> (Vec<Input<'static>>, Vec<ReadProblem>) {
    let problem = |p: &Path, message: String| ReadProblem {
        name: p.display().to_string(),
        message,
    };
    let metadata = match std::fs::metadata(path) {
        Ok(m) => m,
        Err(e) => return (Vec::new(), vec![problem(path, cannot_read(&e))]),
    };
    if !metadata.is_dir() {
        progress.set_total(metadata.len());
        return match read_file(path, reading) {
            Ok(bytes) => {
                progress.add_read(bytes.len());
                let input = Input {
                    name: path.display().to_string(),
                    path: Some(path.to_owned()),
                    bytes,
                };
                (vec![input], Vec::new())
            }
            Err(e) => (Vec::new(), vec![problem(path, cannot_read(&e))]),
        };
    }
    let mut problems = Vec::new();
    let files = json_files(path, &mut problems);
    if files.is_empty() && problems.is_empty() {
        problems.push(problem(
            path,
            "this directory holds no .json file: a catalogue is a .json file or a directory of them"
                .to_owned(),
        ));
    }
    let size = |file: &Path| std::fs::metadata(file).map_or(0, |m| m.len());
    progress.set_total(files.iter().map(|f| size(f)).sum());
    // Files are read on all cores: copying a large catalogue out of the
    // page cache is a good part of loading it, and so is mapping it.
    let read = super::parallel::map(
        files,
        |_, file| size(file).try_into().unwrap_or(usize::MAX),
        |_, file| {
            let bytes = read_file(&file, reading);
            progress.add_read(bytes.as_ref().map_or(0, |b| b.len()));
            (bytes, file)
        },
    );
    let mut inputs = Vec::with_capacity(read.len());
    for (bytes, file) in read {
        match bytes {
            Ok(bytes) => inputs.push(Input {
                name: file.display().to_string(),
                path: Some(file),
                bytes,
            }),
            Err(e) => problems.push(problem(&file, cannot_read(&e))),
        }
    }
    (inputs, problems)
}

/// A file's bytes, mapped when asked and the system can (not a pipe, not
/// empty), else copied.
fn read_file(path: &Path, reading: Reading) -> std::io::Result<Bytes<'static>> {
    if reading == Reading::Map {
        let file = std::fs::File::open(path)?;
        if let Ok(map) = map(&file) {
            return Ok(Bytes::Mapped(map));
        }
    }
    std::fs::read(path).map(Bytes::Owned)
}

/// The file mapped read-only, its pages brought in at once.
#[allow(unsafe_code)]
fn map(file: &std::fs::File) -> std::io::Result<memmap2::Mmap> {
    // SAFETY: the map is only read, as a `&[u8]`, and never outlives
    // loading. What could change under it is the file being written or cut
    // by another program meanwhile: asked for only by commands that read
    // once (see `Reading::Map`), at the risk named there.
    unsafe { memmap2::MmapOptions::new().populate().map(file) }
}

/// The `*.json` files under `dir`, recursively, in sorted path order.
/// Hidden files and directories (`.git`, `.vscode`) are left out, and a
/// directory reached twice through links is read once.
pub fn json_files(dir: &Path, problems: &mut Vec<ReadProblem>) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut seen = HashSet::new();
    let mut pending = vec![dir.to_owned()];
    while let Some(dir) = pending.pop() {
        if let Ok(real) = std::fs::canonicalize(&dir)
            && !seen.insert(real)
        {
            continue;
        }
        let entries = match std::fs::read_dir(&dir) {
            Ok(entries) => entries,
            Err(e) => {
                problems.push(ReadProblem {
                    name: dir.display().to_string(),
                    message: cannot_read(&e),
                });
                continue;
            }
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if entry.file_name().to_string_lossy().starts_with('.') {
                continue;
            }
            // Follows links, so a linked file or directory counts as what it points at.
            let Ok(metadata) = std::fs::metadata(&path) else {
                continue;
            };
            if metadata.is_dir() {
                pending.push(path);
            } else if path.extension().is_some_and(|e| e == "json") {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

fn cannot_read(e: &std::io::Error) -> String {
    let why = match e.kind() {
        std::io::ErrorKind::NotFound => "no such file or directory".to_owned(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_owned(),
        _ => e.to_string(),
    };
    format!("cannot read: {why}")
}
