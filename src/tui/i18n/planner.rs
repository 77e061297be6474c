//! The planner's words, in French (`planner/fr.rs`) and English
//! (`planner/en.rs`): kept apart from the other screens' so that each file
//! stays readable.

pub mod en;
pub mod fr;

use crate::route::{ConstraintKind, Criterion};
use crate::tui::action::Action;
use crate::tui::app::planner::{Field, Part, PickFor, PickKind};
use crate::tui::keymap::Context;

/// The planner's words and phrasings in one language.
#[allow(clippy::struct_field_names)]
pub struct PlannerStrings {
    // The form.
    pub form: &'static str,
    pub part: fn(Part) -> &'static str,
    pub field: fn(Field) -> &'static str,
    /// What an unset field shows, when "—" would not say enough.
    pub unset: fn(Field) -> &'static str,
    /// A criterion as the form says it ("le moins d'heures").
    pub criterion: fn(Criterion) -> &'static str,
    /// A kind of item: "métier", "formation", "compétence", …
    pub kind: fn(PickKind) -> &'static str,
    /// An item named in a sentence, with its kind: "le métier « Cariste »".
    pub named: fn(kind: PickKind, name: &str) -> String,
    /// A constraint by the form's name for it.
    pub constraint: fn(ConstraintKind) -> &'static str,
    /// "3 compétences"
    pub competences: fn(usize) -> String,
    // The status line.
    /// "3 parcours trouvés, classés par le moins d'heures"
    pub found: fn(count: usize, criterion: &str) -> String,
    pub none_found: &'static str,
    pub missing_start: &'static str,
    pub missing_target: &'static str,
    pub stale: &'static str,
    /// While a worker looks for pathways, or runs a saved plan again
    /// (which looks for them too).
    pub searching: &'static str,
    /// While a worker opens a saved plan (runs its request again): its name.
    pub opening: fn(&str) -> String,
    /// After Escape stopped it.
    pub search_stopped: &'static str,
    /// After the catalogue changed: the ids of the request no longer in
    /// it, the rest of the request kept.
    pub request_ids_gone: fn(ids: &str) -> String,
    /// After Escape stopped the opening of a saved plan, by its name.
    pub opening_stopped: fn(name: &str) -> String,
    pub see_results: &'static str,
    /// Before a search, when nothing else is said.
    pub start_hint: &'static str,
    pub ready_hint: &'static str,
    /// After a key of the catalogue: the start set, the goal set, both.
    pub from_set: fn(title: &str) -> String,
    pub to_set: fn(title: &str) -> String,
    pub ready: fn(title: &str) -> String,
    /// "Plan « Dupont » ouvert : 2 changements depuis le 12/01/2027"
    pub opened: fn(name: &str, changes: usize) -> String,
    // Before a search.
    pub welcome_title: &'static str,
    pub welcome: &'static [&'static str],
    // The pathways side by side.
    pub alternatives: &'static str,
    /// #, hours, seams, steps, cost, km, finish, bodies.
    pub columns: [&'static str; 8],
    pub saved_route: &'static str,
    pub best: &'static str,
    pub no_session: &'static str,
    // The steps.
    pub steps: &'static str,
    pub start_step: &'static str,
    /// The first step of a pathway from competences held.
    pub held_step: &'static str,
    /// A session of one day: "le 26/01/2027".
    pub on_day: fn(date: &str) -> String,
    /// "attente 7 mois" from a number of days.
    pub wait: fn(days: i32) -> String,
    /// "acquises à l'étape 2"
    pub granted_by: fn(step: usize) -> String,
    pub open_offer: &'static str,
    // The timeline.
    pub timeline: &'static str,
    /// "déc. 2026 → juin 2029 · 31 mois"
    pub span: fn(from: &str, to: &str, months: i32) -> String,
    /// Month names, short.
    pub months: [&'static str; 12],
    /// One letter a month, January first.
    pub month_letters: [&'static str; 12],
    /// The timeline's marks: a course, a wait.
    pub legend: &'static str,
    /// The mark of a course recognised whole, said only when one is.
    pub legend_whole: &'static str,
    // No pathway.
    pub no_route: &'static str,
    pub why_no_start: &'static str,
    pub why_no_target: fn(target: &str) -> String,
    pub why_unreachable: fn(start: &str, target: &str) -> String,
    pub why_start_excluded: fn(start: &str, by: &str) -> String,
    pub why_starts_excluded: &'static str,
    pub why_target_excluded: fn(target: &str, one_offer: bool) -> String,
    pub why_cut: &'static str,
    pub why_no_session: fn(date: &str) -> String,
    pub try_no_start: &'static str,
    pub try_other_goal: &'static str,
    pub try_other_ends: &'static str,
    pub try_relax: fn(constraints: &str, count: usize) -> String,
    pub try_relax_several: &'static str,
    pub try_no_session: &'static str,
    pub relax_hint: &'static str,
    /// What an action does in one of the planner's contexts, for the
    /// help, where the action's own sentence would mislead.
    pub help: fn(Context, Action) -> Option<&'static str>,
    // Footer words where the action's own would mislead.
    /// ◂ ▸ on a field of the form, on the pathways, in the goal's picker.
    pub hint_change: &'static str,
    pub hint_next_pathway: &'static str,
    pub hint_next_kind: &'static str,
    /// Answers to deleting a plan.
    pub yes_delete: &'static str,
    pub no: &'static str,
    // Pickers.
    pub picker_title: fn(PickFor) -> &'static str,
    pub find: &'static str,
    pub ticked: fn(usize) -> String,
    pub nothing_found: &'static str,
    // Dialogs.
    pub save_title: &'static str,
    pub rename_title: &'static str,
    pub export_title: &'static str,
    pub date_title: &'static str,
    pub delete_title: &'static str,
    /// Save: name, person, note; rename: name; export: file; date.
    pub name: &'static str,
    pub person: &'static str,
    pub note: &'static str,
    pub file: &'static str,
    pub date: &'static str,
    pub export_hint: &'static str,
    pub date_hint: &'static str,
    pub delete_question: fn(name: &str) -> String,
    pub name_needed: &'static str,
    pub bad_date: &'static str,
    // Plans.
    pub plans_title: &'static str,
    pub no_plans: fn(dir: &str) -> String,
    pub no_plans_dir: &'static str,
    /// "3 étapes · enregistré le 12/01/2027"
    pub plan_line: fn(steps: usize, saved: &str) -> String,
    pub unreadable: &'static str,
    pub nothing_to_save: &'static str,
    pub saved: fn(name: &str, path: &str) -> String,
    pub renamed: fn(old: &str, new: &str) -> String,
    pub deleted: fn(name: &str) -> String,
    pub exported: fn(path: &str) -> String,
    pub save_first: &'static str,
    pub unknown_format: &'static str,
    pub plan_exists: fn(name: &str) -> String,
    pub plan_not_found: fn(name: &str) -> String,
    /// Asked before a save replaces another plan of the same name.
    pub replace: fn(name: &str) -> String,
    // What changed since a plan was saved.
    pub changes: &'static str,
    pub offer_gone: fn(id: &str) -> String,
    pub link_gone: fn(from: &str, to: &str) -> String,
    pub session_passed: fn(offer: &str, start: &str) -> String,
    pub no_session_left: fn(offer: &str) -> String,
    pub better_route: fn(was: &str, now: &str) -> String,
    pub totals_changed: fn(was: &str, now: &str) -> String,
    pub ids_gone: fn(ids: &str) -> String,
}
