//! The real binary in a pseudo-terminal, on files of its own: a change
//! made by another program shows without a key, and the editor key runs
//! `$EDITOR +LINE FILE` (a fake editor: a shell script that notes its
//! arguments and edits the file), gives the terminal back, takes it
//! again, and shows the file as edited.

mod tui_common;

use std::path::Path;
use std::time::Duration;

use tui_common::pty::parcours;
use tui_common::screen::Screen;

const ROWS: u16 = 30;
const COLS: u16 = 120;
/// Generous, for a loaded machine: the test waits, it does not time.
const PATIENCE: Duration = Duration::from_secs(30);

/// Starts `parcours` in English on the files in `data`, its editor
/// `editor`.
fn start(data: &Path, home: &Path, editor: &Path) -> Screen {
    let mut cmd = parcours(home);
    cmd.args(["--lang", "en", "--data"]);
    cmd.arg(data);
    cmd.env("PATH", std::env::var_os("PATH").unwrap_or_default());
    cmd.env("EDITOR", editor);
    Screen::spawn(cmd, (COLS, ROWS), PATIENCE)
}

/// The sample's files, copied into `dir`.
fn copy_sample(dir: &Path) {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    for entry in std::fs::read_dir(data).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "json") {
            std::fs::copy(&path, dir.join(path.file_name().unwrap())).unwrap();
        }
    }
}

#[test]
fn a_change_by_hand_then_the_editor_key() {
    let home = tempfile::tempdir().unwrap();
    let data = home.path().join("catalogue");
    std::fs::create_dir(&data).unwrap();
    copy_sample(&data);
    // The fake editor notes its arguments, checks it has the terminal
    // (its standard input a terminal), and renames the offer.
    let log = home.path().join("editor.log");
    let editor = home.path().join("fake-editor");
    std::fs::write(
        &editor,
        format!(
            "#!/bin/sh\nprintf '%s\\n' \"$@\" > '{log}'\n[ -t 0 ] && echo tty >> '{log}'\n\
             sed -i 's/Soudeur assembleur industriel/Soudeur par la main de l editeur/' \"$2\"\n",
            log = log.display()
        ),
    )
    .unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&editor, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    let mut s = start(&data, home.path(), &editor);
    s.wait_for("the catalogue", |s| {
        s.contents().contains("Offers · 217 of 217")
    });
    s.type_keys("/soudeur metz\r");
    s.wait_for("the offer found", |s| {
        s.contents()
            .contains("Titre professionnel Soudeur assembleur")
    });

    // Another program changes the file: the screen follows, no key typed.
    let afpa = data.join("afpa.json");
    let text = std::fs::read_to_string(&afpa).unwrap();
    std::fs::write(
        &afpa,
        text.replacen("Titre professionnel Soudeur", "TP Soudeur", 1),
    )
    .unwrap();
    s.wait_for("the change on screen", |s| {
        s.contents().contains("TP Soudeur assembleur")
            && s.contents().contains("catalogue reloaded")
    });

    // The editor key: the fake editor runs on the file, at the offer's
    // line, with the terminal; the interface comes back with its edit.
    s.type_keys("E");
    s.wait_for("the editor's edit on screen", |s| {
        s.contents().contains("TP Soudeur par la main de l editeur")
    });
    assert!(s.vt.screen().alternate_screen(), "the interface is back");
    let args = std::fs::read_to_string(&log).unwrap();
    let lines: Vec<&str> = args.lines().collect();
    assert!(lines[0].starts_with('+'), "{args}");
    assert_eq!(lines[1], afpa.display().to_string(), "{args}");
    assert_eq!(
        lines.get(2),
        Some(&"tty"),
        "the editor had the terminal: {args}"
    );
    let line: usize = lines[0][1..].parse().unwrap();
    let text = std::fs::read_to_string(&afpa).unwrap();
    let near: Vec<&str> = text.lines().skip(line - 1).take(2).collect();
    assert!(
        near.iter().any(|l| l.contains("afpa-metz-soudeur")),
        "line {line}: {near:?}"
    );
    // Keys still go to the interface.
    s.type_keys("q");
    s.wait_exit();
}
