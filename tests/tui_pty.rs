//! The real binary in a pseudo-terminal of 100×30: keys typed as a person
//! would, the screen read back through a terminal emulator (vt100) at each
//! step, and the terminal found as it was after quitting — or after a
//! SIGTERM.

mod tui_common;

use std::time::Duration;

use tui_common::pty::parcours;
use tui_common::screen::Screen;

const ROWS: u16 = 30;
const COLS: u16 = 100;
/// How long to wait for the screen to show something: generous, for a
/// loaded machine with two cores.
const PATIENCE: Duration = Duration::from_secs(15);

struct Session {
    screen: Screen,
    _home: tempfile::TempDir,
}

impl Session {
    /// Starts `parcours` in French on the sample, in a home of its own.
    fn start() -> Self {
        Self::start_with(&[])
    }

    /// [`Session::start`] with more environment variables.
    fn start_with(vars: &[(&str, &std::path::Path)]) -> Self {
        let home = tempfile::tempdir().unwrap();
        let mut cmd = parcours(home.path());
        cmd.args(["--lang", "fr"]);
        cmd.env("LANG", "fr_FR.UTF-8");
        for (name, value) in vars {
            cmd.env(name, value);
        }
        Self {
            screen: Screen::spawn(cmd, (COLS, ROWS), PATIENCE),
            _home: home,
        }
    }
}

impl std::ops::Deref for Session {
    type Target = Screen;
    fn deref(&self) -> &Screen {
        &self.screen
    }
}

impl std::ops::DerefMut for Session {
    fn deref_mut(&mut self) -> &mut Screen {
        &mut self.screen
    }
}

#[test]
fn search_follow_a_passerelle_go_back_and_quit() {
    let mut s = Session::start();
    s.wait_for("the header and the tabs", |s| {
        s.contents()
            .contains("parcours · catalogue d'exemple (illustratif)")
            && s.contents().contains("1 Catalogue")
    });
    assert!(s.vt.screen().alternate_screen(), "on the alternate screen");

    s.type_keys("/soudeur");
    // A frame may come in several reads: wait for every part looked at.
    s.wait_for("the search as typed", |s| {
        s.contents().contains("Recherche : soudeur")
            && s.contents().contains("Offres · 8 sur 217")
            && s.row_with("Titre professionnel Soud").is_some()
            && s.row_with("Chemin : Apprentissage – Soudeur").is_some()
    });
    // The best match first, with its body and city; the way starts there.
    let rows = s.rows();
    let names = rows
        .iter()
        .position(|r| r.contains("Titre ") && r.contains("Organisme"))
        .expect("the list's column names");
    let first = &rows[names + 1];
    assert!(first.contains("Apprentissage – Soudeur"), "{first}");
    assert!(first.contains("IFAPME"), "{first}");
    assert!(s.row_with("Titre professionnel Soud").is_some());
    assert!(s.row_with("Chemin : Apprentissage – Soudeur").is_some());

    // Keep the search, open the passerelles, follow the first one.
    s.type_keys("\r");
    s.wait_for("the search kept", |s| {
        s.row_with("Entrée Suivre").is_none() && s.row_with("Chercher").is_some()
    });
    s.type_keys("\r");
    s.wait_for("the passerelles", |s| s.contents().contains("Mène à (6)"));
    s.type_keys("\r");
    s.wait_for("the way followed", |s| {
        s.row_with("Chemin : Apprentissage – Soudeur › Qualification soudeur")
            .is_some()
    });

    // Backspace goes back along the way.
    s.type_keys("\u{7f}");
    s.wait_for("the way back at its start", |s| {
        s.row_with("Chemin :").is_some_and(|row| !row.contains('›'))
            && s.contents().contains("Mène à (6)")
    });

    s.type_keys("q");
    let status = s.wait_exit();
    assert!(status.success(), "exit status {status:?}");
    s.assert_restored();
}

#[test]
fn help_opens_and_closes_with_the_keys_of_the_key_map() {
    let mut s = Session::start();
    s.wait_for("the header", |s| s.contents().contains("1 Catalogue"));
    s.type_keys("?");
    s.wait_for("the help", |s| {
        s.contents().contains("Aide — les touches")
            && s.contents()
                .contains("Chercher dans le catalogue en tapant")
    });
    s.type_keys("\u{1b}");
    s.wait_for("the help closed", |s| {
        !s.contents().contains("Aide — les touches")
    });
    s.type_keys("2");
    s.wait_for("the bodies screen", |s| {
        s.contents().contains("Conventions (17)")
    });
    s.type_keys("q");
    assert!(s.wait_exit().success());
    s.assert_restored();
}

#[test]
fn a_plan_is_built_saved_and_found_in_the_list() {
    let plans = tempfile::tempdir().unwrap();
    let mut s = Session::start_with(&[("PARCOURS_PLANS", plans.path())]);
    s.wait_for("the header", |s| s.contents().contains("1 Catalogue"));
    // From the catalogue: the course the person took starts the plan.
    s.type_keys("/cariste liege\r");
    s.wait_for("the course found", |s| {
        s.contents().contains("Offres · 1 sur 217")
    });
    s.type_keys("P");
    s.wait_for("the planner, the start set", |s| {
        s.row_with("Départ : Formation Cariste – magasinier")
            .is_some()
            && s.row_with("Formation suivie")
                .is_some_and(|r| r.contains("Le Forem"))
    });
    // The goal, through its picker.
    s.type_keys("\r");
    s.wait_for("the goal's picker", |s| s.contents().contains("Métier"));
    s.type_keys("responsable logistique");
    s.wait_for("the occupation found", |s| {
        s.row_with("Responsable logistique / supply chain")
            .is_some()
    });
    s.type_keys("\r");
    s.wait_for("the goal set", |s| {
        s.row_with("Vers")
            .is_some_and(|r| r.contains("Responsable logistique"))
    });
    s.type_keys("r");
    s.wait_for("the pathways", |s| {
        s.contents().contains("3 parcours trouvés")
            && s.row_with("Licence professionnelle Logistique").is_some()
    });
    // Saved under a name, for a person.
    s.type_keys("s");
    s.wait_for("the save dialog", |s| {
        s.contents().contains("Enregistrer le plan")
    });
    s.type_keys("Plan Élise\tDE-42\r");
    s.wait_for("the plan saved", |s| {
        s.row_with("Plan « Plan Élise » enregistré").is_some()
    });
    let files: Vec<_> = std::fs::read_dir(plans.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(files, ["plan-elise.json"], "one file, named after the plan");
    // And found in the list.
    s.type_keys("o");
    s.wait_for("the plan in the list", |s| {
        s.contents().contains("Plans enregistrés (1)")
            && s.row_with("Plan Élise")
                .is_some_and(|r| r.contains("DE-42") && r.contains("3 étapes"))
    });
    // Escape alone (followed at once by a letter, it would read as Alt).
    s.type_keys("\u{1b}");
    s.wait_for("the list closed", |s| {
        !s.contents().contains("Plans enregistrés")
    });
    s.type_keys("q");
    assert!(s.wait_exit().success());
    s.assert_restored();
}

#[test]
fn sigterm_restores_the_terminal() {
    let mut s = Session::start();
    s.wait_for("the header", |s| s.contents().contains("1 Catalogue"));
    let pid = s.pty.child.process_id().expect("the child has a pid");
    let killed = std::process::Command::new("kill")
        .args(["-TERM", &pid.to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    let status = s.wait_exit();
    assert_eq!(status.exit_code(), 128 + 15, "{status:?}");
    s.assert_restored();
}

#[test]
fn a_generated_catalogue_loads_behind_a_loading_screen_that_answers_keys() {
    let data = tempfile::tempdir().unwrap();
    let options = parcours::synth::Options {
        offers: 5_000,
        ..parcours::synth::Options::default()
    };
    parcours::synth::write_dir(&options, data.path()).unwrap();
    let mut s = Session::start_with(&[("PARCOURS_DATA", data.path())]);
    // The first frame is always the loading screen: the catalogue is
    // handed over only after it is drawn.
    s.wait_for("the loading screen", |s| {
        s.drew("Chargement du catalogue") && s.drew("Lecture des fichiers")
    });
    s.type_keys("?");
    s.wait_for("the help", |s| s.contents().contains("Aide — les touches"));
    s.type_keys("\u{1b}");
    // Loading a generated catalogue in a debug build, on a busy machine,
    // may take a while.
    s.wait_within(4 * PATIENCE, "the catalogue, the help closed", |s| {
        !s.contents().contains("Aide — les touches")
            && s.contents().contains("1 Catalogue")
            && s.row_with("Offres · 5\u{a0}000 sur 5\u{a0}000").is_some()
    });
    s.type_keys("q");
    assert!(s.wait_exit().success());
    s.assert_restored();
}

#[test]
fn a_catalogue_with_errors_is_shown_then_printed_on_quitting() {
    let data = tempfile::tempdir().unwrap();
    std::fs::write(
        data.path().join("bad.json"),
        r#"{ "format": "parcours/1", "offers": [ { "id": "x", "provider": "nobody", "title": "T", "hours": 10 } ] }"#,
    )
    .unwrap();
    let mut s = Session::start_with(&[("PARCOURS_DATA", data.path())]);
    s.wait_for("the errors on screen", |s| {
        s.contents().contains("Le catalogue a 1 erreur")
            && s.contents().contains("unknown provider \"nobody\"")
    });
    s.type_keys("q");
    let status = s.wait_exit();
    assert_eq!(status.exit_code(), 2, "{status:?}");
    s.assert_restored();
    // Back on the main screen, the problems stay written.
    s.wait_for("the errors printed", |s| {
        s.contents().contains("bad.json:1:")
            && s.contents().contains("contient 1 erreur : corrigez-la")
    });
}
