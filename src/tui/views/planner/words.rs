//! The planner's request and answers in words: what a goal, a start, a
//! field's value or a missing pathway is, in the interface's language.
//! Everything from the catalogue goes through `sanitize`.

use std::borrow::Cow;

use crate::model::Date;
use crate::route::{ConstraintKind, NoRoute, Request, Start, Target};
use crate::tui::app::AppState;
use crate::tui::app::planner::{Draft, Field, PickKind};
use crate::tui::text::sanitize;
use crate::tui::views::vocab;

/// An offer as one line: its title, body and city.
pub fn offer_line(state: &AppState, offer: crate::model::OfferIx) -> String {
    let s = state.strings;
    let data = &state.data;
    format!(
        "{} · {} · {}",
        sanitize(&data.cat.offer(offer).title),
        sanitize(data.short_body(offer)),
        sanitize(data.city(offer).unwrap_or(s.distance))
    )
}

/// A goal: its kind, then what it is.
pub fn target(state: &AppState, target: Target) -> String {
    let p = state.strings.planner;
    let cat = &state.data.cat;
    let (kind, text) = match target {
        Target::Offer(o) => (PickKind::Offer, offer_line(state, o)),
        Target::Occupation(o) => (
            PickKind::Occupation,
            sanitize(&cat.occupation(o).label).into_owned(),
        ),
        Target::Competence(c) => (
            PickKind::Competence,
            sanitize(&cat.competence(c).label).into_owned(),
        ),
    };
    format!("{}{}{text}", capital((p.kind)(kind)), state.strings.colon)
}

/// A goal named in a sentence: "le métier « Cariste »".
pub fn target_short(state: &AppState, target: Target) -> String {
    let p = state.strings.planner;
    let cat = &state.data.cat;
    let (kind, text) = match target {
        Target::Offer(o) => (PickKind::Offer, sanitize(&cat.offer(o).title)),
        Target::Occupation(o) => (PickKind::Occupation, sanitize(&cat.occupation(o).label)),
        Target::Competence(c) => (PickKind::Competence, sanitize(&cat.competence(c).label)),
    };
    (p.named)(kind, &text)
}

/// A start named in a sentence.
pub fn start_short(state: &AppState, request: &Request) -> String {
    let p = state.strings.planner;
    match &request.start {
        Start::From(o) => (p.named)(PickKind::Offer, &sanitize(&state.data.cat.offer(*o).title)),
        Start::Holding(held) => (p.competences)(held.len()),
    }
}

/// The first letter in capitals.
pub fn capital(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |c| {
        c.to_uppercase().chain(chars).collect::<String>()
    })
}

/// A field's value as the form shows it; none when unset.
pub fn field_value(state: &AppState, draft: &Draft, field: Field) -> Option<String> {
    let s = state.strings;
    let p = s.planner;
    let cat = &state.data.cat;
    let c = &draft.constraints;
    let join = |items: Vec<Cow<'_, str>>| (!items.is_empty()).then(|| items.join(", "));
    match field {
        Field::From => draft.from.map(|o| offer_line(state, o)),
        Field::Holding => join(
            draft
                .holding
                .iter()
                .map(|c| sanitize(&cat.competence(*c).label))
                .collect(),
        ),
        Field::Target => draft.target.map(|t| target(state, t)),
        Field::Criterion => Some((p.criterion)(draft.criterion).to_owned()),
        Field::K => Some(draft.k.to_string()),
        Field::StartDate => Some((s.date)(draft.start_date)),
        Field::Avoid | Field::Only => {
            let list = if field == Field::Avoid {
                &c.avoid_providers
            } else {
                &c.only_providers
            };
            join(
                list.iter()
                    .map(|b| sanitize(&state.data.short_names[b.index()]))
                    .collect(),
            )
        }
        Field::Modalities => join(
            c.modalities
                .iter()
                .map(|m| (s.modality)(*m).into())
                .collect(),
        ),
        Field::Audiences => join(
            c.audiences
                .iter()
                .map(|a| vocab(s.audience_name, a))
                .collect(),
        ),
        Field::Countries => join(
            c.countries
                .iter()
                .map(|a| vocab(s.country_name, a))
                .collect(),
        ),
        Field::Languages => join(
            c.languages
                .iter()
                .map(|a| vocab(s.language_name, a))
                .collect(),
        ),
        Field::MaxLevel => c.max_level.map(|l| l.to_string()),
        Field::Run => None,
    }
}

/// Constraints by name with their values: "Pays (Belgique), Langues (néerlandais)".
pub fn constraints(state: &AppState, draft: &Draft, kinds: &[ConstraintKind]) -> String {
    let p = state.strings.planner;
    kinds
        .iter()
        .map(|k| {
            let field = Field::of_constraint(*k);
            let name = (p.constraint)(*k);
            match field_value(state, draft, field) {
                Some(v) => format!("{name} ({v})"),
                None => name.to_owned(),
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// Why there is no pathway, and what to try: two sentences.
pub fn no_route(state: &AppState, request: &Request, why: &NoRoute) -> (String, String) {
    let s = state.strings;
    let p = s.planner;
    let draft = Draft::of_request(request);
    let target = target_short(state, request.target);
    let start = start_short(state, request);
    match why {
        NoRoute::NoStart => (p.why_no_start.to_owned(), p.try_no_start.to_owned()),
        NoRoute::NoTarget => ((p.why_no_target)(&target), p.try_other_goal.to_owned()),
        NoRoute::Unreachable => (
            (p.why_unreachable)(&start, &target),
            p.try_other_ends.to_owned(),
        ),
        NoRoute::StartExcluded(by) => {
            let text = constraints(state, &draft, by);
            (
                (p.why_start_excluded)(&start, &text),
                (p.try_relax)(&text, by.len()),
            )
        }
        NoRoute::StartsExcluded => {
            let kinds = request.constraints.kinds();
            let text = constraints(state, &draft, &kinds);
            // Which of them leaves a start is not known: all are named, and
            // none is said to be enough alone.
            (p.why_starts_excluded.to_owned(), (p.try_relax)(&text, 1))
        }
        NoRoute::TargetExcluded => {
            let kinds = request.constraints.kinds();
            let text = constraints(state, &draft, &kinds);
            let one = matches!(request.target, Target::Offer(_));
            (
                (p.why_target_excluded)(&target, one),
                (p.try_relax)(&text, 1),
            )
        }
        NoRoute::CutBy(by) if by.is_empty() => {
            (p.why_cut.to_owned(), p.try_relax_several.to_owned())
        }
        NoRoute::CutBy(by) => (
            p.why_cut.to_owned(),
            (p.try_relax)(&constraints(state, &draft, by), by.len()),
        ),
        NoRoute::NoSessionLeft => (
            (p.why_no_session)(&(s.date)(request.start_date)),
            p.try_no_session.to_owned(),
        ),
    }
}

/// A month and year: "déc. 2026".
pub fn month_year(state: &AppState, date: Date) -> String {
    let (y, m, _) = date.ymd();
    format!("{} {y}", state.strings.planner.months[m as usize - 1])
}

/// A text with its `{run}`, `{save}`, … placeholders replaced by the keys
/// bound to those actions now, so that hints follow the person's key map.
pub fn keyed(state: &AppState, text: &str) -> String {
    use crate::tui::action::Action;
    use crate::tui::keymap::Context;
    if !text.contains('{') {
        return text.to_owned();
    }
    let names = &state.strings.keys;
    let key = |context: Context, action: Action| {
        state
            .keymap
            .keys(context, action)
            .first()
            .map_or_else(|| "?".to_owned(), |k| k.label(names))
    };
    let places = [
        ("{run}", Context::Planner, Action::RunPlan),
        ("{choose}", Context::Planner, Action::Choose),
        ("{clear}", Context::Planner, Action::ClearValue),
        ("{save}", Context::Planner, Action::SavePlan),
        ("{plans}", Context::Planner, Action::OpenPlans),
        ("{export}", Context::Planner, Action::ExportPlan),
        ("{tab}", Context::Planner, Action::FocusNextPane),
        ("{back}", Context::Planner, Action::GoBack),
        ("{from}", Context::Normal, Action::PlanFromOffer),
        ("{to}", Context::Normal, Action::PlanToOffer),
        ("{erase}", Context::Picker, Action::DeleteChar),
        ("{confirm}", Context::Input, Action::Confirm),
    ];
    let mut out = text.to_owned();
    for (place, context, action) in places {
        if out.contains(place) {
            out = out.replace(place, &key(context, action));
        }
    }
    out
}
