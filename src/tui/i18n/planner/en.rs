//! The planner in English.

use super::PlannerStrings;
use crate::route::{ConstraintKind, Criterion};
use crate::tui::action::Action;
use crate::tui::app::planner::{Field, Part, PickFor, PickKind};
use crate::tui::keymap::Context;

fn months(count: i32) -> String {
    if count == 1 {
        "1 month".to_owned()
    } else {
        format!("{count} months")
    }
}

pub static STRINGS: PlannerStrings = PlannerStrings {
    form: "Request",
    part: |part| match part {
        Part::Start => "Start",
        Part::Goal => "Goal",
        Part::Constraints => "Constraints",
    },
    field: |field| match field {
        Field::From => "Course taken",
        Field::Holding => "or competences held",
        Field::Target => "Towards",
        Field::Criterion => "Best is",
        Field::K => "Pathways to compare",
        Field::StartDate => "Available from",
        Field::Avoid => "Leave out bodies",
        Field::Only => "Only these bodies",
        Field::Modalities => "Modalities",
        Field::Audiences => "Audience",
        Field::Countries => "Countries",
        Field::Languages => "Languages",
        Field::MaxLevel => "Highest level",
        Field::Run => "▶ Find pathways",
    },
    unset: |field| match field {
        Field::From | Field::Holding | Field::Target => "to choose ({choose})",
        Field::Avoid | Field::MaxLevel => "none",
        _ => "any",
    },
    criterion: |c| match c {
        Criterion::Hours => "fewest hours",
        Criterion::Seams => "fewest seams",
        Criterion::Steps => "fewest steps",
        Criterion::Cost => "cheapest",
        Criterion::Distance => "fewest kilometres",
        Criterion::Finish => "earliest finish",
    },
    kind: |kind| match kind {
        PickKind::Offer => "course",
        PickKind::Occupation => "occupation",
        PickKind::Competence => "competence",
        PickKind::Body => "body",
        PickKind::Modality => "modality",
        PickKind::Audience => "audience",
        PickKind::Country => "country",
        PickKind::Language => "language",
    },
    named: |kind, name| format!("the {} “{name}”", (STRINGS.kind)(kind)),
    constraint: |kind| match kind {
        ConstraintKind::AvoidProvider => "Leave out bodies",
        ConstraintKind::OnlyProvider => "Only these bodies",
        ConstraintKind::Modality => "Modalities",
        ConstraintKind::Audience => "Audience",
        ConstraintKind::Country => "Countries",
        ConstraintKind::Language => "Languages",
        ConstraintKind::MaxLevel => "Highest level",
    },
    competences: |n| {
        if n == 1 {
            "1 competence held".to_owned()
        } else {
            format!("{n} competences held")
        }
    },
    found: |count, criterion| match count {
        1 => format!("1 pathway found, {criterion}"),
        n => format!("{n} pathways found, best first by {criterion}"),
    },
    none_found: "No pathway: see why, and which constraint to relax.",
    missing_start: "Choose where the person starts first: a course taken, or competences held.",
    missing_target: "Choose the goal: an occupation, a course or a competence.",
    stale: "The request changed since the search: {run} to search again.",
    see_results: "{tab} to see the pathways.",
    searching: "Looking for pathways… {back} to stop.",
    opening: |name| format!("Opening the plan “{name}”… {{back}} to stop."),
    search_stopped: "Search stopped.",
    request_ids_gone: |ids| {
        format!("The catalogue changed; no longer in it: {ids}. The request keeps the rest.")
    },
    opening_stopped: |name| format!("Opening the plan “{name}” stopped."),
    ready_hint: "The request is complete: {run} to find pathways.",
    start_hint: "Choose the start and the goal ({choose} on the line), then {run} to find pathways.",
    from_set: |title| format!("Start: {title}. Now choose the goal ({{choose}})."),
    to_set: |title| format!("Goal: {title}. Now choose where the person starts ({{choose}})."),
    ready: |title| format!("{title} is in the request: {{run}} to find pathways."),
    opened: |name, changes| match changes {
        0 => format!("Plan “{name}” opened: nothing changed since it was saved."),
        1 => format!("Plan “{name}” opened: 1 change since it was saved."),
        n => format!("Plan “{name}” opened: {n} changes since it was saved."),
    },
    welcome_title: "Pathways",
    welcome: &[
        "With the job seeker beside you: where they start (a course taken, or the \
         competences they hold) and where they want to go (an occupation, a course or a \
         competence).",
        "Choose the start and the goal in the request ({choose} on the line), what matters \
         most, and any constraints, then {run} to search.",
        "From the catalogue, {from} starts from the course selected and {to} makes it the goal.",
        "The pathways found show here side by side, with each step, what makes it possible \
         and its dates; {save} saves the pathway chosen, {plans} opens the saved plans.",
    ],
    alternatives: "Pathways",
    columns: [
        "#", "Hours", "Seams", "Steps", "Cost", "km", "Finish", "Bodies",
    ],
    saved_route: "plan",
    best: "★ best of the column",
    no_session: "no session",
    steps: "Steps",
    start_step: "where the person starts",
    held_step: "open to the competences held",
    on_day: |date| format!("on {date}"),
    wait: |days| match days {
        1 => "1 day's wait".to_owned(),
        2..14 => format!("{days} days' wait"),
        14..60 => format!("{} weeks' wait", (days + 3) / 7),
        _ => format!("{} wait", months((days * 12 + 182) / 365)),
    },
    granted_by: |step| format!("granted at step {step}"),
    open_offer: "{choose} opens the course",
    timeline: "Timeline",
    span: |from, to, count| format!("{from} → {to} · {}", months(count)),
    months: [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ],
    month_letters: ["J", "F", "M", "A", "M", "J", "J", "A", "S", "O", "N", "D"],
    legend: "█ course   · wait",
    legend_whole: "◆ recognised, nothing to redo",
    no_route: "No pathway",
    why_no_start: "The competences held give access to no course of the catalogue.",
    why_no_target: |target| format!("No course of the catalogue leads to {target}."),
    why_unreachable: |start, target| {
        format!("No link or progression leads from {start} to {target}, even without constraints.")
    },
    why_start_excluded: |start, by| format!("The start, {start}, is itself left out by: {by}."),
    why_starts_excluded: "Every course a pathway could start with is left out by the constraints.",
    why_target_excluded: |target, one| {
        if one {
            format!("The goal, {target}, is left out by the constraints.")
        } else {
            format!("Every course that leads to {target} is left out by the constraints.")
        }
    },
    why_cut: "Pathways exist, but the constraints cut them all.",
    why_no_session: |date| {
        format!(
            "Pathways exist, but each goes through a course with no session left once the \
             person is ready (available from {date})."
        )
    },
    try_no_start: "Try: add competences held, or start from a course taken.",
    try_other_goal: "Try: another goal, for instance the occupation rather than one course.",
    try_other_ends: "Try: another start or another goal.",
    try_relax: |by, count| {
        if count > 1 {
            format!("To relax: {by}. Removing any one of them is enough.")
        } else {
            format!("To relax: {by}.")
        }
    },
    try_relax_several: "To relax: several constraints must go at once.",
    try_no_session: "Try: rank by hours rather than earliest finish, or an earlier availability date.",
    relax_hint: "{choose} goes to the line of the request to change; {clear} empties it.",
    help: |context, action| {
        Some(match (context, action) {
            (Context::Planner, Action::GoBack) => "Back to the request",
            (Context::Planner, Action::PrevValue) => "Previous value of the line; previous pathway",
            (Context::Planner, Action::NextValue) => "Next value of the line; next pathway",
            (Context::Planner, Action::Choose) => "Choose for the line; open the step's course",
            (Context::Planner, Action::ExportPlan) => "Export the plan opened",
            (Context::Picker, Action::PrevValue) => "Previous kind of goal",
            (Context::Picker, Action::NextValue) => "Next kind of goal",
            (Context::Picker, Action::ClosePopup) => "Close without choosing",
            (Context::Input, Action::ClosePopup) => "Close without changing anything",
            (Context::Plans, Action::ClosePopup) => "Close the list",
            (Context::Confirm, Action::Confirm) => "Yes",
            (Context::Confirm, Action::ClosePopup) => "No",
            _ => return None,
        })
    },
    hint_change: "Change",
    hint_next_pathway: "Next pathway",
    hint_next_kind: "Next kind",
    yes_delete: "Yes, delete",
    no: "No",
    picker_title: |purpose| match purpose {
        PickFor::From => "Course taken",
        PickFor::Holding => "Competences held",
        PickFor::Target => "Goal",
        PickFor::Avoid => "Bodies to leave out",
        PickFor::Only => "Only these bodies",
        PickFor::Modalities => "Modalities accepted",
        PickFor::Audiences => "Audience",
        PickFor::Countries => "Countries accepted",
        PickFor::Languages => "Languages accepted",
    },
    find: "Find",
    ticked: |n| format!("{n} ticked"),
    nothing_found: "Nothing matches: erase a letter or two ({erase}).",
    save_title: "Save the plan",
    rename_title: "Rename the plan",
    export_title: "Export the plan",
    date_title: "Available from",
    delete_title: "Delete the plan",
    name: "Plan name",
    person: "Person (ref.)",
    note: "Note",
    file: "File",
    date: "Date",
    export_hint: "The extension gives the format: .md (to hand to the person), .csv \
                  (spreadsheet) or .json. A name without a folder goes in the plans folder.",
    date_hint: "As YYYY-MM-DD or DD/MM/YYYY.",
    delete_question: |name| format!("Delete the plan “{name}”? Its file will be removed."),
    name_needed: "Give the plan a name (the person's name and the goal, for instance).",
    bad_date: "Cannot read this date: write it YYYY-MM-DD (2026-11-22) or DD/MM/YYYY.",
    plans_title: "Saved plans",
    no_plans: |dir| {
        format!("No plan saved yet in {dir}. Find pathways, then {{save}} to save the one chosen.")
    },
    no_plans_dir: "No folder for plans: set PARCOURS_PLANS, or a home directory (HOME).",
    plan_line: |steps, saved| {
        if steps == 1 {
            format!("1 step · saved {saved}")
        } else {
            format!("{steps} steps · saved {saved}")
        }
    },
    unreadable: "unreadable:",
    nothing_to_save: "Nothing to save: find pathways first ({run}), then choose one.",
    saved: |name, path| format!("Plan “{name}” saved: {path}"),
    renamed: |old, new| format!("Plan “{old}” renamed “{new}”."),
    deleted: |name| format!("Plan “{name}” deleted."),
    exported: |path| format!("Plan exported: {path}"),
    save_first: "Save the plan first ({save}), then export it ({export}); or export it from the list of \
                 plans ({plans}).",
    unknown_format: "Unknown extension: the file must end with .md, .csv or .json.",
    plan_exists: |name| format!("A plan is named “{name}” already: choose another name."),
    plan_not_found: |name| format!("No plan is named “{name}” (deleted meanwhile?)."),
    replace: |name| {
        format!(
            "A plan is named “{name}” already: {{confirm}} again to replace it, or change the name."
        )
    },
    changes: "Since it was saved",
    offer_gone: |id| format!("the course {id} is no longer in the catalogue"),
    link_gone: |from, to| format!("no link left from {from} to {to}"),
    session_passed: |offer, start| format!("the session of {offer} starting {start} has passed"),
    no_session_left: |offer| format!("{offer} has no session to come"),
    better_route: |was, now| format!("a better pathway exists: {now} (the plan: {was})"),
    totals_changed: |was, now| format!("the pathway's figures changed: {now} (before: {was})"),
    ids_gone: |ids| format!("the request names what is no longer in the catalogue: {ids}"),
};
