//! The interface in English.

use super::{Strings, group_thousands};
use crate::model::{LinkKind, Modality};
use crate::tui::action::Action;
use crate::tui::keymap::KeyNames;

fn n(count: usize) -> String {
    group_thousands(count as u64, ",")
}

fn plural(count: usize, one: &str, many: &str) -> String {
    format!("{} {}", n(count), if count == 1 { one } else { many })
}

pub static STRINGS: Strings = Strings {
    lang: super::Lang::En,
    colon: ": ",
    sample_name: "sample catalogue (illustrative)",
    counts: |offers, bodies, links, agreements| {
        [
            plural(offers, "offer", "offers"),
            plural(bodies, "body", "bodies"),
            plural(links, "link", "links"),
            plural(agreements, "agreement", "agreements"),
        ]
    },
    tabs: ["Catalogue", "Bodies & agreements", "Planner"],
    filters: "Filters",
    no_filter: "none",
    search: "Search",
    sort: "Sort",
    sort_keys: ["title", "hours", "level", "body", "city"],
    levels: |min, max| {
        if min == max {
            format!("level {min}")
        } else {
            format!("levels {min}–{max}")
        }
    },
    shown_of: |shown, total| format!("{} of {}", n(shown), n(total)),
    offers: "Offers",
    columns: ["Title", "Body", "City", "Hours", "Lvl", "Modality"],
    distance: "distance",
    no_match: "No offer matches the search and the filters.",
    way: "Path",
    detail: "Detail",
    body: "Body",
    centre: "Centre",
    sector: "Sector",
    level: "Level",
    duration: "Duration",
    modality_label: "Modality",
    languages: "Languages",
    audiences: "Audiences",
    cost: "Cost",
    certification: "Certification",
    badge: "Badge",
    sessions: "Sessions",
    requires: "Requires",
    grants: "Grants",
    prepares: "Occupations",
    description: "Description",
    url: "Website",
    source: "File",
    level_text: |level| format!("{level} (European Qualifications Framework)"),
    duration_text: |hours, weeks| match weeks {
        Some(w) => format!("{hours} h · {w} week{}", if w == 1 { "" } else { "s" }),
        None => format!("{hours} h"),
    },
    open_entry: "open entry, no fixed session",
    next_session: "next",
    past_session: "past",
    date: |date| date.to_string(),
    hours,
    hours_unit: |h| format!("{} h", hours(h)),
    euros: |e| {
        if e == 0.0 {
            "free".to_owned()
        } else {
            format!("€{}", hours(e))
        }
    },
    session: |start, end| format!("{start} → {end}"),
    none: "—",
    distance_learning: "distance learning",
    links: "Links",
    leads_to: "Leads to",
    comes_from: "Comes from",
    unlocks: "Unlocks",
    leads_here: "Leads here",
    reach_scope: |steps| format!("pathways of up to {steps} courses"),
    inferred: "inferred",
    credit: |credit, of| format!("{credit} h of {of} recognised"),
    agreement: "Agreement",
    rests_on: "rests on",
    seam: |from, to| {
        format!("⚠ seam: from {from} to {to}, no agreement covers this change of body")
    },
    reached: |hours, steps| format!("{hours} h · {steps} courses"),
    more: |count| format!("… and {} more", n(count)),
    note: "Note",
    to_do: |hours| format!("{hours} h to do"),
    bodies: "Bodies",
    agreements: "Agreements",
    country: "Country",
    kind: "Kind",
    region: "Region",
    centres: "Centres",
    parties: "Parties",
    programme: "Programme",
    signed: "Signed",
    until: "Until",
    backed_links: "Links it backs",
    planner: &super::planner::en::STRINGS,
    pictures: &super::pictures::en::STRINGS,
    edit: &super::edit::en::STRINGS,
    loading: &super::loading::EN,
    help_title: "Help — keys",
    contexts: [
        "Browsing",
        "Search",
        "Filters",
        "Planner (besides browsing)",
        "Choosing in a list",
        "Typing",
        "Saved plans",
        "Confirming",
        "Edit form",
        "Help",
    ],
    filter_categories: [
        "Body",
        "Sector",
        "Lowest level",
        "Highest level",
        "Modality",
        "Audience",
        "Country",
        "Language",
    ],
    catalogue_errors: |source, errors| {
        format!(
            "the catalogue {source} has {errors} error{}; fix {} (see `parcours validate`) and try again",
            if errors == 1 { "" } else { "s" },
            if errors == 1 { "it" } else { "them" },
        )
    },
    not_a_terminal: "the interface needs a terminal, and the output is not one: run parcours in \
                     a terminal, or use a command (parcours --help)",
    too_small: |w, h, min_w, min_h| {
        format!(
            "Window too small ({w}×{h}): parcours needs at least {min_w}×{min_h}. \
             Enlarge it, or press q to quit."
        )
    },
    keys: KeyNames {
        enter: "Enter",
        esc: "Esc",
        backspace: "⌫",
        tab: "Tab",
        backtab: "Shift+Tab",
        space: "Space",
        home: "Home",
        end: "End",
        page_up: "PgUp",
        page_down: "PgDn",
        delete: "Del",
        insert: "Ins",
        ctrl: "Ctrl",
        alt: "Alt",
    },
    action,
    modality: |m| match m {
        Modality::Onsite => "on site",
        Modality::Distance => "distance",
        Modality::Hybrid => "hybrid",
        Modality::WorkBased => "work-based",
    },
    link_kind: |k| match k {
        LinkKind::Progression => "progression",
        LinkKind::Bridge => "bridge",
        LinkKind::Equivalence => "equivalence",
    },
    sector_name: |s| {
        Some(match s {
            "agrifood" | "agri_food" => "agri-food",
            "care" => "care",
            "construction" => "construction",
            "digital" => "digital",
            "hospitality" => "hospitality",
            "languages" => "languages",
            "logistics" => "logistics",
            "maintenance" | "industrial_maintenance" => "maintenance",
            "metal" => "metalwork",
            "tertiary" => "office and services",
            "textile" => "textile",
            "training" => "training",
            "energy" => "energy",
            "transport" => "transport",
            // Sectors an LHÉO import gives (NSF groups).
            "general" => "general education",
            "arts" => "arts and crafts",
            "industry" => "industry",
            "agriculture" => "agriculture",
            "electricity" => "electricity and electronics",
            "communication" => "communication",
            "sport_and_leisure" => "sport and leisure",
            "public_services" => "public services",
            "environment" => "environment",
            "security" => "security",
            "personal_development" => "personal development",
            _ => return None,
        })
    },
    audience_name: |a| {
        Some(match a {
            "job_seekers" => "job seekers",
            "employees" => "employees",
            "students" => "students",
            "young_people" => "young people",
            "refugees" => "refugees",
            "apprentices" => "apprentices",
            _ => return None,
        })
    },
    body_kind: |k| {
        Some(match k {
            "training_body" => "training body",
            "higher_education" => "higher education",
            "validation_body" => "skills validation",
            "public_employment_service" => "public employment service",
            "adult_education" => "adult education",
            "competence_centre" => "competence centre",
            _ => return None,
        })
    },
    language_name: |l| {
        Some(match l {
            "fr" => "French",
            "nl" => "Dutch",
            "de" => "German",
            "en" => "English",
            "pt" => "Portuguese",
            "lb" => "Luxembourgish",
            "es" => "Spanish",
            "it" => "Italian",
            _ => return None,
        })
    },
    country_name: |c| {
        Some(match c {
            "FR" => "France",
            "BE" => "Belgium",
            "LU" => "Luxembourg",
            "NL" => "Netherlands",
            "DE" => "Germany",
            "PT" => "Portugal",
            "ES" => "Spain",
            "IT" => "Italy",
            _ => return None,
        })
    },
};

fn action(a: Action) -> (&'static str, &'static str) {
    match a {
        Action::Quit => ("Quit", "Quit parcours"),
        Action::ShowHelp => ("Help", "Show every key"),
        Action::ClosePopup => ("Close", "Close the window"),
        Action::NextScreen => ("Next screen", "Next screen"),
        Action::PrevScreen => ("Prev. screen", "Previous screen"),
        Action::ShowCatalogue => ("Catalogue", "Catalogue screen"),
        Action::ShowBodies => ("Bodies", "Bodies and agreements screen"),
        Action::ShowPlanner => ("Planner", "Planner screen"),
        Action::FocusNextPane => ("Next pane", "Next pane"),
        Action::FocusPrevPane => ("Prev. pane", "Previous pane"),
        Action::FocusDetail => ("Detail", "Show the offer's detail"),
        Action::FocusLinks => ("Links", "Show the offer's links"),
        Action::SelectNext => ("Next", "Next row"),
        Action::SelectPrev => ("Previous", "Previous row"),
        Action::SelectFirst => ("First", "First row"),
        Action::SelectLast => ("Last", "Last row"),
        Action::PageDown => ("Page down", "One page down"),
        Action::PageUp => ("Page up", "One page up"),
        Action::FollowLink => ("Follow", "Open the offer, follow the link"),
        Action::GoBack => ("Back", "Go back along the way followed"),
        Action::OpenSearch => ("Search", "Search the catalogue as you type"),
        Action::ConfirmSearch => ("Done", "Keep the search, back to the list"),
        Action::ClearSearch => ("Clear", "Clear the search"),
        Action::DeleteChar => ("Erase", "Erase the last character"),
        Action::OpenFilters => ("Filters", "Filter the offers"),
        Action::ToggleFilter => ("Toggle", "Turn this filter on or off"),
        Action::DecreaseFilter => ("Lower", "Lower the level"),
        Action::IncreaseFilter => ("Raise", "Raise the level"),
        Action::ClearFilters => ("Clear all", "Clear every filter"),
        Action::CycleSort => ("Sort", "Sort by the next column"),
        Action::ReverseSort => ("Reverse", "Reverse the sort order"),
        Action::PlanFromOffer => ("Start here", "Plan a pathway from the offer selected"),
        Action::PlanToOffer => ("Goal here", "Plan a pathway to the offer selected"),
        Action::RunPlan => ("Search", "Find the pathways for the request"),
        Action::PrevValue => (
            "Previous",
            "Previous value, previous pathway, previous kind",
        ),
        Action::NextValue => ("Next", "Next value, next pathway, next kind"),
        Action::ClearValue => ("Empty", "Empty the line of the request"),
        Action::SavePlan => ("Save", "Save the pathway selected as a plan"),
        Action::OpenPlans => ("Plans", "The saved plans"),
        Action::OpenPlan => ("Open", "Open the plan, run again on today's catalogue"),
        Action::RenamePlan => ("Rename", "Rename the plan"),
        Action::DeletePlan => ("Delete", "Delete the plan (asks first)"),
        Action::ExportPlan => ("Export", "Export the plan (Markdown, CSV or JSON)"),
        Action::Choose => ("Choose", "Choose the line selected (or those ticked)"),
        Action::ToggleMark => ("Tick", "Tick or untick the line selected"),
        Action::NextField => ("Next field", "Next field"),
        Action::PrevField => ("Prev. field", "Previous field"),
        Action::Confirm => ("OK", "Confirm"),
        Action::ShowGraph => ("Graph", "Graph of the offer; Enter re-centres, Esc back"),
        Action::ShowMap => ("Map", "Map of the centres, the offer's, the pathway"),
        Action::IncreaseDepth => ("Further", "Graph: one step further from the centre"),
        Action::DecreaseDepth => ("Nearer", "Graph: one step nearer the centre"),
        Action::OpenEditor => (
            "Editor",
            "Open the item in $EDITOR at its line, then reload",
        ),
        Action::EditItem
        | Action::NewItem
        | Action::DeleteItem
        | Action::AddLink
        | Action::OpenItems
        | Action::Undo
        | Action::Redo
        | Action::SaveEdits => super::edit::en::action(a),
        Action::InsertChar(_)
        | Action::Resize { .. }
        | Action::Click { .. }
        | Action::ScrollUp { .. }
        | Action::ScrollDown { .. } => ("", ""),
    }
}

/// Hours in English: thousands apart with a comma.
pub fn hours(h: f64) -> String {
    if h.fract() == 0.0 && (0.0..1e15).contains(&h) {
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)] // whole, small
        let whole = h as u64;
        group_thousands(whole, ",")
    } else {
        format!("{h:.1}")
    }
}
