//! A process killed while it saves leaves the old version of the file or
//! the new one, whole, never a mix.
//!
//! The test runs this test binary again as a child that edits and saves
//! one offer's title in a loop (test `saving_in_a_loop`), kills it at
//! random moments with SIGKILL, and reads the file each time.

mod edit_common;

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use edit_common::{load_dir, offer, open, sample_dir};
use parcours::edit::{Edit, Record, Records, backup_path};

const DIR: &str = "PARCOURS_TEST_SAVE_LOOP_DIR";
const OFFER: &str = "afpa-arras-cariste";
const TITLES: [&str; 2] = ["Cariste, version A", "Cariste, version B (plus longue)"];

/// A long description, so that writing the file takes a while and kills
/// often land inside a save.
fn long_description() -> String {
    "Description détaillée du parcours de formation. ".repeat(20_000)
}

/// The child: edits and saves in a loop until killed.
#[test]
#[ignore = "the child process of a_process_killed_while_saving_leaves_a_whole_file"]
fn saving_in_a_loop() {
    let dir = PathBuf::from(
        std::env::var_os(DIR).expect("run by a_process_killed_while_saving_leaves_a_whole_file"),
    );
    let mut doc = open(&dir);
    for n in 0.. {
        let (at, mut o) = offer(&doc, OFFER);
        TITLES[n % 2].clone_into(&mut o.title);
        doc.apply(Edit::Change {
            at,
            record: Record::Offer(o),
        })
        .expect("a valid edit");
        doc.save_with(&slow_disk).expect("the save works");
    }
}

/// Writes as a slow disk does, a piece at a time, so that a kill has time
/// to land in the middle of a file.
fn slow_disk(file: &mut std::fs::File, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write as _;
    for piece in bytes.chunks(64 * 1024) {
        file.write_all(piece)?;
        std::thread::sleep(Duration::from_millis(4));
    }
    Ok(())
}

/// Kills the child when the test ends, whatever happens.
struct Killed(Child);

impl Drop for Killed {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// The file with the offer's title set to `title`, in the canonical layout.
fn version(original: &[u8], title: &str) -> Vec<u8> {
    let mut records = Records::parse(original).unwrap();
    let o = records.offers.iter_mut().find(|o| o.id == OFFER).unwrap();
    title.clone_into(&mut o.title);
    records.to_text().into_bytes()
}

/// A small random generator (xorshift), seeded from the clock; the seed is
/// printed to replay a failure.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n
    }
}

fn name_of(versions: &[Vec<u8>; 3], bytes: &[u8]) -> Option<&'static str> {
    ["original", "A", "B"]
        .into_iter()
        .zip(versions)
        .find(|(_, v)| v.as_slice() == bytes)
        .map(|(name, _)| name)
}

#[test]
fn a_process_killed_while_saving_leaves_a_whole_file() {
    let dir = sample_dir();
    let path = dir.path().join("afpa.json");
    // The starting point: the long description in place, saved by parcours.
    {
        let mut doc = open(dir.path());
        let (at, mut o) = offer(&doc, OFFER);
        o.description = Some(long_description());
        doc.apply(Edit::Change {
            at,
            record: Record::Offer(o),
        })
        .unwrap();
        doc.save().unwrap();
        std::fs::remove_file(backup_path(&path)).unwrap();
    }
    let original = std::fs::read(&path).unwrap();
    let versions = [
        original.clone(),
        version(&original, TITLES[0]),
        version(&original, TITLES[1]),
    ];

    let seed = std::env::var("PARCOURS_TEST_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| {
            let nanos = SystemTime::now()
                .duration_since(UNIX_EPOCH)
                .unwrap()
                .subsec_nanos();
            u64::from(nanos) | 1
        });
    eprintln!("seed {seed} (PARCOURS_TEST_SEED replays it)");
    let mut rng = Rng(seed);
    let mut found = Vec::new();
    for round in 0..24 {
        let child = Command::new(std::env::current_exe().unwrap())
            .args([
                "--exact",
                "saving_in_a_loop",
                "--ignored",
                "--test-threads=1",
            ])
            .env(DIR, dir.path())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let mut child = Killed(child);
        std::thread::sleep(Duration::from_millis(300 + rng.below(1500)));
        assert!(
            child.0.try_wait().unwrap().is_none(),
            "round {round}: the child stopped by itself"
        );
        drop(child);
        let now = std::fs::read(&path).unwrap();
        let Some(name) = name_of(&versions, &now) else {
            panic!(
                "round {round} (seed {seed}): afpa.json is none of the versions, {} bytes",
                now.len()
            )
        };
        if let Ok(bak) = std::fs::read(backup_path(&path)) {
            assert!(
                name_of(&versions, &bak).is_some(),
                "round {round} (seed {seed}): the backup is torn"
            );
        }
        found.push(name);
        // A temporary file of a killed save may stay (a crash cannot clean
        // up); parcours never reads it, as its name starts with a dot.
        check_loads(dir.path());
    }
    // Each temporary file left is a kill that landed inside a save.
    let torn = edit_common::temp_files(dir.path()).len();
    eprintln!("versions found: {found:?}; {torn} kill(s) inside a save");
    assert!(
        found.iter().any(|v| *v != "original"),
        "no save happened before any kill: {found:?}"
    );
}

fn check_loads(dir: &Path) {
    let cat = load_dir(dir);
    assert!(cat.lookup.offer(OFFER).is_some());
}
