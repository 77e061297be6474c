//! Saved plans from the planner, without a terminal, in a directory of
//! each test's own: saved, listed, opened again (and what changed since),
//! renamed, deleted, exported.

mod tui_common;
use tui_common as common;

use common::planner::{logistics, planner, save_as};
use common::{act, type_text};
use parcours::tui::action::Action;
use parcours::tui::app::Popup;
use parcours::tui::app::planner::{DialogKind, Message};
use parcours::tui::i18n::Lang;
use parcours::tui::keymap::Context;

#[test]
fn saving_needs_a_pathway_and_a_name() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = planner(Some(dir.path()));
    act(&mut s, &[Action::SavePlan]);
    assert!(s.popups.is_empty());
    assert!(
        matches!(&s.planner.message, Some(Message::Error(m)) if m.contains("Rien à enregistrer"))
    );
    logistics(&mut s);
    act(&mut s, &[Action::RunPlan, Action::SavePlan]);
    assert_eq!(s.popups.last(), Some(&Popup::Dialog));
    assert_eq!(s.planner.dialog.as_ref().unwrap().kind, DialogKind::Save);
    act(&mut s, &[Action::Confirm]);
    let d = s.planner.dialog.as_ref().unwrap();
    assert!(d.error.as_deref().unwrap().contains("nom"), "{d:?}");
    type_text(&mut s, "Dupont – logistique");
    act(&mut s, &[Action::NextField]);
    type_text(&mut s, "DE-2026-114");
    act(&mut s, &[Action::NextField]);
    type_text(&mut s, "Mobile jusqu'à Metz.");
    act(&mut s, &[Action::NextField]);
    assert_eq!(
        s.planner.dialog.as_ref().unwrap().focus,
        0,
        "round the fields"
    );
    act(&mut s, &[Action::PrevField]);
    assert_eq!(s.planner.dialog.as_ref().unwrap().focus, 2);
    act(&mut s, &[Action::Confirm]);
    assert!(s.popups.is_empty(), "{:?}", s.planner.dialog);
    assert!(matches!(&s.planner.message, Some(Message::Info(m)) if m.contains("enregistré")));
    let store = parcours::plan::Store::new(dir.path());
    let plan = store.load("Dupont – logistique").unwrap();
    assert_eq!(plan.person, "DE-2026-114");
    assert_eq!(plan.note, "Mobile jusqu'à Metz.");
    assert_eq!(plan.saved, common::TODAY);
    let chosen = s.planner.results.as_ref().unwrap().route().unwrap();
    let ids: Vec<String> = chosen
        .offers()
        .iter()
        .map(|o| s.data.cat.offer(*o).id.clone())
        .collect();
    assert_eq!(plan.route, ids);
}

#[test]
fn a_plan_saved_is_listed_and_opens_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = planner(Some(dir.path()));
    logistics(&mut s);
    act(&mut s, &[Action::RunPlan, Action::SelectNext]);
    let chosen = s.planner.results.as_ref().unwrap().route().unwrap().clone();
    let request = s.planner.results.as_ref().unwrap().request.clone();
    save_as(&mut s, "Dupont", "DE-1");
    assert!(s.popups.is_empty());
    // A fresh start: another state, the same directory.
    let mut s = planner(Some(dir.path()));
    act(&mut s, &[Action::OpenPlans]);
    assert_eq!(s.popups.last(), Some(&Popup::Plans));
    assert_eq!(s.context(), Context::Plans);
    let entries = &s.planner.plans.entries;
    assert_eq!(entries.len(), 1);
    assert_eq!((entries[0].name.as_str(), entries[0].steps), ("Dupont", 3));
    act(&mut s, &[Action::OpenPlan]);
    assert!(s.popups.is_empty());
    let r = s.planner.results.as_ref().unwrap();
    assert_eq!(r.request, request, "the request, rebuilt from ids");
    assert!(r.alternatives[0].saved, "the plan's pathway first");
    assert_eq!(r.alternatives[0].route, chosen);
    assert_eq!(r.alternatives.len(), 3, "the saved one is not shown twice");
    let opened = r.plan.as_ref().unwrap();
    assert_eq!(
        (opened.name.as_str(), opened.person.as_str()),
        ("Dupont", "DE-1")
    );
    assert!(opened.changes.is_empty(), "{:?}", opened.changes);
    assert_eq!(s.planner.draft.request().unwrap(), request);
    assert!(matches!(&s.planner.message, Some(Message::Info(m)) if m.contains("rien n'a changé")));
    // Saving again keeps the plan's name and person, and replaces it.
    act(&mut s, &[Action::SavePlan]);
    assert_eq!(
        s.planner.dialog.as_ref().unwrap().values[..2],
        ["Dupont", "DE-1"]
    );
    act(&mut s, &[Action::Confirm]);
    assert!(s.popups.is_empty());
    assert_eq!(
        parcours::plan::Store::new(dir.path()).list().unwrap().len(),
        1
    );
}

#[test]
fn saving_over_another_plan_asks_first() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = planner(Some(dir.path()));
    logistics(&mut s);
    act(&mut s, &[Action::RunPlan]);
    save_as(&mut s, "Martin", "A");
    act(&mut s, &[Action::SelectNext]);
    // A new search: no plan opened, the same name typed.
    act(&mut s, &[Action::RunPlan]);
    save_as(&mut s, "Martin", "B");
    let d = s.planner.dialog.as_ref().expect("asks");
    assert!(d.error.as_deref().unwrap().contains("remplacer"));
    act(&mut s, &[Action::Confirm]);
    assert!(s.popups.is_empty());
    let plan = parcours::plan::Store::new(dir.path())
        .load("Martin")
        .unwrap();
    assert_eq!(plan.person, "B");
}

#[test]
fn plans_are_renamed_and_deleted_from_the_list() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = planner(Some(dir.path()));
    logistics(&mut s);
    act(&mut s, &[Action::RunPlan]);
    save_as(&mut s, "Un", "1");
    save_as(&mut s, "Deux", "2");
    act(&mut s, &[Action::OpenPlans]);
    assert_eq!(s.planner.plans.entries.len(), 2);
    act(&mut s, &[Action::SelectLast]);
    let name = s.planner.plans.selected().unwrap().name.clone();
    act(&mut s, &[Action::RenamePlan]);
    assert_eq!(
        s.planner.dialog.as_ref().unwrap().kind,
        DialogKind::Rename { old: name.clone() }
    );
    act(&mut s, &vec![Action::DeleteChar; name.chars().count()]);
    type_text(&mut s, "Trois");
    act(&mut s, &[Action::Confirm]);
    assert_eq!(s.popups.last(), Some(&Popup::Plans), "back to the list");
    let mut names: Vec<&str> = s
        .planner
        .plans
        .entries
        .iter()
        .map(|e| e.name.as_str())
        .collect();
    names.sort_unstable();
    let other = if name == "Un" { "Deux" } else { "Un" };
    let mut expected = vec!["Trois", other];
    expected.sort_unstable();
    assert_eq!(names, expected);
    // Renaming onto a name taken is refused, in words.
    act(&mut s, &[Action::SelectFirst, Action::RenamePlan]);
    let current = s.planner.dialog.as_ref().unwrap().values[0].clone();
    act(&mut s, &vec![Action::DeleteChar; current.chars().count()]);
    type_text(&mut s, if current == "Trois" { other } else { "Trois" });
    act(&mut s, &[Action::Confirm]);
    let d = s.planner.dialog.as_ref().expect("refused");
    assert!(d.error.as_deref().unwrap().contains("déjà"), "{d:?}");
    act(&mut s, &[Action::ClosePopup]);
    // Deleting asks; no keeps it, yes deletes it.
    act(&mut s, &[Action::DeletePlan]);
    assert_eq!(s.context(), Context::Confirm);
    act(&mut s, &[Action::ClosePopup]);
    assert_eq!(s.planner.plans.entries.len(), 2);
    act(&mut s, &[Action::DeletePlan, Action::Confirm]);
    assert_eq!(s.planner.plans.entries.len(), 1);
    assert_eq!(s.popups.last(), Some(&Popup::Plans));
    assert!(matches!(&s.planner.message, Some(Message::Info(m)) if m.contains("supprimé")));
    act(&mut s, &[Action::ClosePopup]);
    assert!(s.popups.is_empty());
}

#[test]
fn without_a_directory_for_plans_saving_says_so() {
    let mut s = planner(None);
    logistics(&mut s);
    act(&mut s, &[Action::RunPlan]);
    save_as(&mut s, "X", "");
    let d = s.planner.dialog.as_ref().expect("still open, nothing lost");
    assert!(d.error.as_deref().unwrap().contains("PARCOURS_PLANS"));
    act(&mut s, &[Action::ClosePopup, Action::OpenPlans]);
    assert!(s.planner.plans.entries.is_empty());
    let screen = common::screen(&s);
    assert!(screen.contains("PARCOURS_PLANS"), "{screen}");
}

#[test]
fn an_unreadable_plan_is_listed_with_its_error() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("broken.json"), "{ not json").unwrap();
    let mut s = planner(Some(dir.path()));
    act(&mut s, &[Action::OpenPlans]);
    let entries = &s.planner.plans.entries;
    assert_eq!(entries.len(), 1);
    assert!(entries[0].error.is_some());
    act(&mut s, &[Action::OpenPlan]);
    assert!(matches!(&s.planner.message, Some(Message::Error(_))));
    assert!(s.planner.results.is_none());
}

#[test]
fn a_plan_exports_to_markdown_csv_and_json() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = planner(Some(dir.path()));
    logistics(&mut s);
    act(&mut s, &[Action::RunPlan, Action::ExportPlan]);
    assert!(
        matches!(&s.planner.message, Some(Message::Error(m)) if m.contains("Enregistrez d'abord"))
    );
    save_as(&mut s, "Dupont", "DE-1");
    // From the planner: the plan just saved, to a Markdown file beside it.
    act(&mut s, &[Action::ExportPlan]);
    let d = s.planner.dialog.as_ref().unwrap();
    assert_eq!(
        d.kind,
        DialogKind::Export {
            plan: "Dupont".into()
        }
    );
    let md = dir.path().join("dupont.md");
    assert_eq!(d.values[0], md.display().to_string());
    act(&mut s, &[Action::Confirm]);
    assert!(s.popups.is_empty());
    let text = std::fs::read_to_string(&md).unwrap();
    assert!(text.contains("Formation Cariste – magasinier"), "{text}");
    let plan = parcours::plan::Store::new(dir.path())
        .load("Dupont")
        .unwrap();
    let expected = parcours::plan::export::render(
        parcours::plan::export::Format::Markdown(Lang::Fr),
        &s.data.cat,
        &s.data.graph,
        &plan,
        s.today,
    );
    assert_eq!(text, expected, "what the library writes, as it writes it");
    // From the list: a bare name goes in the plans directory; the
    // extension gives the format; an unknown one is refused.
    act(&mut s, &[Action::OpenPlans, Action::ExportPlan]);
    let typed = s.planner.dialog.as_ref().unwrap().values[0].chars().count();
    act(&mut s, &vec![Action::DeleteChar; typed]);
    type_text(&mut s, "dupont.txt");
    act(&mut s, &[Action::Confirm]);
    let d = s.planner.dialog.as_ref().expect("refused");
    assert!(d.error.as_deref().unwrap().contains(".md, .csv ou .json"));
    act(&mut s, &[Action::DeleteChar; 3]);
    type_text(&mut s, "csv");
    act(&mut s, &[Action::Confirm]);
    assert_eq!(s.popups.last(), Some(&Popup::Plans));
    let csv = std::fs::read_to_string(dir.path().join("dupont.csv")).unwrap();
    assert_eq!(
        csv,
        parcours::plan::export::render(
            parcours::plan::export::Format::Csv,
            &s.data.cat,
            &s.data.graph,
            &plan,
            s.today
        )
    );
    let sub = dir.path().join("out").join("dupont.json");
    act(&mut s, &[Action::ExportPlan]);
    let typed = s.planner.dialog.as_ref().unwrap().values[0].chars().count();
    act(&mut s, &vec![Action::DeleteChar; typed]);
    type_text(&mut s, &sub.display().to_string());
    act(&mut s, &[Action::Confirm]);
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&sub).unwrap()).unwrap();
    assert!(json.is_object());
    assert!(matches!(&s.planner.message, Some(Message::Info(m)) if m.contains("exporté")));
}

#[test]
fn a_plan_opened_later_says_what_changed() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = planner(Some(dir.path()));
    logistics(&mut s);
    act(&mut s, &[Action::RunPlan]);
    save_as(&mut s, "Dupont", "");
    // Months later, the first session has started without the person.
    let mut s = planner(Some(dir.path()));
    s.today = parcours::model::Date::parse("2027-01-15").unwrap();
    act(&mut s, &[Action::OpenPlans, Action::OpenPlan]);
    let opened = s.planner.results.as_ref().unwrap().plan.clone().unwrap();
    assert!(
        opened
            .changes
            .iter()
            .any(|c| c.contains("Formation Cariste – magasinier") && c.contains("passée")),
        "{:?}",
        opened.changes
    );
    assert!(matches!(&s.planner.message, Some(Message::Info(m)) if m.contains("changement")));
    let screen = common::screen(&s);
    assert!(screen.contains("Depuis l'enregistrement"), "{screen}");
    // An offer of the plan gone from the catalogue is said, by its id.
    let path = dir.path().join("dupont.json");
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(
        &path,
        text.replace("\"forem-liege-gestionnaire-entrepot\"", "\"forem-gone\""),
    )
    .unwrap();
    act(&mut s, &[Action::OpenPlans, Action::OpenPlan]);
    let opened = s.planner.results.as_ref().unwrap().plan.clone().unwrap();
    assert!(
        opened.changes.iter().any(|c| c.contains("forem-gone")),
        "{:?}",
        opened.changes
    );
    assert!(
        s.planner
            .results
            .as_ref()
            .unwrap()
            .alternatives
            .iter()
            .all(|a| !a.saved),
        "the saved pathway cannot be followed any more"
    );
}
