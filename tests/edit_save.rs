//! Saving edits: only the files that changed, in the canonical layout,
//! atomically, with a `.bak`, permissions and links kept; and nothing lost
//! when the disk is full, the file read-only, the directory not writable,
//! or the file changed or deleted by another program.

mod edit_common;

use std::cell::Cell;
use std::fs::File;
use std::path::Path;

use edit_common::{load_dir, offer, open, sample_dir, snapshot, temp_files};
use parcours::edit::{
    Conflict, Document, Edit, FileId, Record, SaveError, Target, backup_path, same_content,
};
use parcours::model::file::ProviderRecord;
use parcours::plan::atomic::fill_all;

/// Gives the offer a new title; returns its file.
fn retitle(doc: &mut Document, id: &str, title: &str) -> FileId {
    let (at, mut o) = offer(doc, id);
    title.clone_into(&mut o.title);
    doc.apply(Edit::Change {
        at,
        record: Record::Offer(o),
    })
    .expect("a new title is a valid edit");
    at.file
}

fn disk_full(_: &mut File, _: &[u8]) -> std::io::Result<()> {
    Err(std::io::Error::from(std::io::ErrorKind::StorageFull))
}

/// What a failed save must leave: the files as they were, no temporary
/// file, and the edit still in memory.
fn assert_nothing_lost(dir: &Path, before: &[(String, Vec<u8>)], doc: &Document, title: &str) {
    assert_eq!(snapshot(dir), before, "the files on disk are as they were");
    assert!(temp_files(dir).is_empty(), "{:?}", temp_files(dir));
    assert!(doc.is_dirty(), "the edit is still to save");
    let (_, o) = offer(doc, "afpa-arras-cariste");
    assert_eq!(o.title, title, "the edit is still in memory");
}

#[test]
fn saving_writes_the_changed_file_only_as_a_one_line_diff_and_keeps_a_backup() {
    let dir = sample_dir();
    let before = snapshot(dir.path());
    let times: Vec<_> = before
        .iter()
        .map(|(name, _)| {
            std::fs::metadata(dir.path().join(name))
                .unwrap()
                .modified()
                .unwrap()
        })
        .collect();
    let mut doc = open(dir.path());
    let file = retitle(&mut doc, "afpa-arras-cariste", "Cariste (nouveau titre)");
    assert_eq!(doc.save().unwrap(), vec![file]);
    assert!(!doc.is_dirty());

    let path = dir.path().join("afpa.json");
    let old = String::from_utf8(
        before
            .iter()
            .find(|(n, _)| n == "afpa.json")
            .unwrap()
            .1
            .clone(),
    )
    .unwrap();
    let new = std::fs::read_to_string(&path).unwrap();
    let changed: Vec<(&str, &str)> = old
        .lines()
        .zip(new.lines())
        .filter(|(a, b)| a != b)
        .collect();
    assert_eq!(old.lines().count(), new.lines().count());
    assert_eq!(changed.len(), 1, "{changed:#?}");
    assert!(changed[0].1.contains("Cariste (nouveau titre)"));
    assert_eq!(std::fs::read_to_string(backup_path(&path)).unwrap(), old);

    for ((name, bytes), time) in before.iter().zip(times) {
        if name != "afpa.json" {
            let other = dir.path().join(name);
            assert_eq!(&std::fs::read(&other).unwrap(), bytes, "{name}");
            assert_eq!(
                std::fs::metadata(&other).unwrap().modified().unwrap(),
                time,
                "{name} not rewritten"
            );
        }
    }
    assert!(temp_files(dir.path()).is_empty());
    assert!(same_content(&load_dir(dir.path()), doc.catalogue()));
    assert_eq!(doc.save().unwrap(), vec![], "nothing left to save");
}

#[cfg(unix)]
#[test]
fn saving_keeps_the_files_permissions() {
    use std::os::unix::fs::PermissionsExt as _;
    let dir = sample_dir();
    let path = dir.path().join("afpa.json");
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o640)).unwrap();
    let mut doc = open(dir.path());
    retitle(&mut doc, "afpa-arras-cariste", "Cariste");
    doc.save().unwrap();
    let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&path), 0o640);
    assert_eq!(mode(&backup_path(&path)), 0o640);
}

#[cfg(unix)]
#[test]
fn saving_writes_through_a_symbolic_link_and_keeps_it() {
    let dir = sample_dir();
    let elsewhere = tempfile::tempdir().unwrap();
    let real = elsewhere.path().join("afpa-real.json");
    let link = dir.path().join("afpa.json");
    std::fs::rename(&link, &real).unwrap();
    std::os::unix::fs::symlink(&real, &link).unwrap();
    let mut doc = open(dir.path());
    retitle(&mut doc, "afpa-arras-cariste", "Cariste par le lien");
    doc.save().unwrap();
    assert!(
        std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert_eq!(std::fs::read_link(&link).unwrap(), real);
    assert!(
        std::fs::read_to_string(&real)
            .unwrap()
            .contains("Cariste par le lien")
    );
    assert!(
        backup_path(&real).exists(),
        "the backup is beside the file written"
    );
    assert!(temp_files(dir.path()).is_empty() && temp_files(elsewhere.path()).is_empty());
}

#[cfg(unix)]
#[test]
fn a_read_only_file_is_not_written_and_the_edit_is_kept() {
    use std::os::unix::fs::PermissionsExt as _;
    let dir = sample_dir();
    let path = dir.path().join("afpa.json");
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o444)).unwrap();
    let before = snapshot(dir.path());
    let mut doc = open(dir.path());
    retitle(&mut doc, "afpa-arras-cariste", "Cariste");
    let e = doc.save().unwrap_err();
    assert!(matches!(e, SaveError::ReadOnly { .. }), "{e}");
    assert!(e.to_string().contains("read-only"), "{e}");
    assert_nothing_lost(dir.path(), &before, &doc, "Cariste");
}

/// Whether this process may write where permissions say it may not.
#[cfg(unix)]
fn privileged() -> bool {
    use std::os::unix::fs::MetadataExt as _;
    std::fs::metadata("/proc/self").is_ok_and(|m| m.uid() == 0)
}

#[cfg(unix)]
#[test]
fn a_directory_not_writable_is_an_error_and_the_edit_is_kept() {
    use std::os::unix::fs::PermissionsExt as _;
    if privileged() {
        eprintln!(
            "skipped: running as root, which writes anywhere (tests/fmt.rs runs this case as another user)"
        );
        return;
    }
    let dir = sample_dir();
    let mut doc = open(dir.path());
    retitle(&mut doc, "afpa-arras-cariste", "Cariste");
    let before = snapshot(dir.path());
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o555)).unwrap();
    let result = doc.save();
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    let e = result.unwrap_err();
    assert!(
        matches!(&e, SaveError::Io { source, .. } if source.kind() == std::io::ErrorKind::PermissionDenied),
        "{e}"
    );
    assert_nothing_lost(dir.path(), &before, &doc, "Cariste");
}

#[test]
fn a_full_disk_loses_nothing_and_the_next_save_works() {
    let dir = sample_dir();
    let before = snapshot(dir.path());
    let mut doc = open(dir.path());
    retitle(&mut doc, "afpa-arras-cariste", "Cariste");

    let e = doc.save_with(&disk_full).unwrap_err();
    assert!(
        matches!(&e, SaveError::Io { source, .. } if source.kind() == std::io::ErrorKind::StorageFull),
        "{e}"
    );
    assert!(e.to_string().starts_with("cannot write "), "{e}");
    assert_nothing_lost(dir.path(), &before, &doc, "Cariste");

    // The backup written, then the disk full: the file itself is untouched.
    let calls = Cell::new(0);
    let full_second_time = |file: &mut File, bytes: &[u8]| {
        calls.set(calls.get() + 1);
        if calls.get() == 1 {
            fill_all(file, bytes)
        } else {
            disk_full(file, bytes)
        }
    };
    doc.save_with(&full_second_time).unwrap_err();
    let path = dir.path().join("afpa.json");
    let original = &before.iter().find(|(n, _)| n == "afpa.json").unwrap().1;
    assert_eq!(&std::fs::read(&path).unwrap(), original);
    assert_eq!(&std::fs::read(backup_path(&path)).unwrap(), original);
    assert!(temp_files(dir.path()).is_empty());
    assert!(doc.is_dirty());

    doc.save().unwrap();
    assert!(!doc.is_dirty());
    assert!(
        std::fs::read_to_string(&path)
            .unwrap()
            .contains("\"title\": \"Cariste\"")
    );
}

#[test]
fn a_file_changed_by_another_program_is_not_overwritten_and_can_be_saved_elsewhere() {
    let dir = sample_dir();
    let mut doc = open(dir.path());
    retitle(&mut doc, "afpa-arras-cariste", "Cariste");
    let path = dir.path().join("afpa.json");
    let theirs = std::fs::read_to_string(&path)
        .unwrap()
        .replace("Afpa Metz", "Afpa de Metz");
    std::fs::write(&path, &theirs).unwrap();
    let before = snapshot(dir.path());

    let e = doc.save().unwrap_err();
    assert!(
        matches!(
            e,
            SaveError::Conflict {
                conflict: Conflict::Changed { .. },
                ..
            }
        ),
        "{e}"
    );
    assert!(e.to_string().contains("changed by another program"), "{e}");
    assert_nothing_lost(dir.path(), &before, &doc, "Cariste");

    let file = doc.file_at(&path).unwrap();
    let inside = dir.path().join("afpa-mine.json");
    assert!(matches!(
        doc.save_as(file, &inside),
        Err(SaveError::Refused(_))
    ));
    let mine = dir.path().join("afpa.json.mine");
    doc.save_as(file, &mine).unwrap();
    assert!(
        std::fs::read_to_string(&mine)
            .unwrap()
            .contains("\"title\": \"Cariste\"")
    );
    assert_eq!(std::fs::read_to_string(&path).unwrap(), theirs);
    assert!(
        doc.is_dirty(),
        "saved elsewhere, the file itself is still to save"
    );
}

#[test]
fn a_file_deleted_by_another_program_is_not_written_again() {
    let dir = sample_dir();
    let mut doc = open(dir.path());
    retitle(&mut doc, "afpa-arras-cariste", "Cariste");
    std::fs::remove_file(dir.path().join("afpa.json")).unwrap();
    let before = snapshot(dir.path());
    let e = doc.save().unwrap_err();
    assert!(
        matches!(
            e,
            SaveError::Conflict {
                conflict: Conflict::Deleted,
                ..
            }
        ),
        "{e}"
    );
    assert_nothing_lost(dir.path(), &before, &doc, "Cariste");
}

#[test]
fn a_file_only_touched_by_another_program_is_saved() {
    let dir = sample_dir();
    let mut doc = open(dir.path());
    retitle(&mut doc, "afpa-arras-cariste", "Cariste");
    let path = dir.path().join("afpa.json");
    std::thread::sleep(std::time::Duration::from_millis(20));
    std::fs::write(&path, std::fs::read(&path).unwrap()).unwrap();
    doc.save().unwrap();
    assert!(
        std::fs::read_to_string(&path)
            .unwrap()
            .contains("\"title\": \"Cariste\"")
    );
}

#[test]
fn a_conflict_in_one_file_stops_every_file_from_being_written() {
    let dir = sample_dir();
    let mut doc = open(dir.path());
    retitle(&mut doc, "afpa-arras-cariste", "Cariste");
    let at = doc.link_address(0).unwrap();
    let Some(Record::Link(mut link)) = doc.record(at) else {
        panic!()
    };
    link.note = Some("autre note".to_owned());
    doc.apply(Edit::Change {
        at,
        record: Record::Link(link),
    })
    .unwrap();
    let links = dir.path().join("links.json");
    let text = std::fs::read_to_string(&links).unwrap();
    std::fs::write(&links, format!("{text}\n")).unwrap();
    let before = snapshot(dir.path());
    let e = doc.save().unwrap_err();
    assert!(matches!(e, SaveError::Conflict { .. }), "{e}");
    assert_nothing_lost(dir.path(), &before, &doc, "Cariste");
    assert_eq!(doc.files().filter(|f| f.dirty).count(), 2);
}

fn new_body() -> ProviderRecord {
    ProviderRecord {
        id: "neuf".to_owned(),
        name: "Organisme nouveau".to_owned(),
        country: "BE".to_owned(),
        kind: None,
        region: None,
        url: None,
        centres: Vec::new(),
    }
}

#[test]
fn a_new_file_is_created_on_saving_unless_another_program_made_it_meanwhile() {
    let dir = sample_dir();
    let mut doc = open(dir.path());
    let into = Target::NewFile("neuf.json".into());
    doc.apply(Edit::Create {
        record: Record::Provider(new_body()),
        into,
    })
    .unwrap();
    let path = dir.path().join("neuf.json");
    std::fs::write(&path, "{\"format\": \"parcours/1\"}").unwrap();
    let e = doc.save().unwrap_err();
    assert!(
        matches!(
            e,
            SaveError::Conflict {
                conflict: Conflict::Appeared,
                ..
            }
        ),
        "{e}"
    );
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        "{\"format\": \"parcours/1\"}"
    );

    std::fs::remove_file(&path).unwrap();
    doc.save().unwrap();
    assert!(!doc.is_dirty());
    let cat = load_dir(dir.path());
    assert!(cat.lookup.provider("neuf").is_some());
    assert!(same_content(&cat, doc.catalogue()));
    assert!(
        !backup_path(&path).exists(),
        "a new file has no previous version"
    );
}

#[test]
fn a_file_changed_back_by_hand_is_not_written() {
    let dir = sample_dir();
    let mut doc = open(dir.path());
    let (_, o) = offer(&doc, "afpa-arras-cariste");
    retitle(&mut doc, "afpa-arras-cariste", "Cariste");
    retitle(&mut doc, "afpa-arras-cariste", &o.title);
    assert!(doc.is_dirty(), "two steps made");
    let path = dir.path().join("afpa.json");
    let time = std::fs::metadata(&path).unwrap().modified().unwrap();
    assert_eq!(doc.save().unwrap(), vec![]);
    assert!(!doc.is_dirty());
    assert_eq!(std::fs::metadata(&path).unwrap().modified().unwrap(), time);
    assert!(!backup_path(&path).exists());
}
