//! What changed since a plan was saved, in the interface's words.

use crate::plan::{Change, PlanTotals};
use crate::tui::app::AppState;
use crate::tui::text::sanitize;

/// A plan's totals in a few words: "1 250 h · 1 rupture · 3 étapes".
fn totals(state: &AppState, t: &PlanTotals) -> String {
    let s = state.strings;
    let p = s.planner;
    let finish = t
        .finish
        .as_deref()
        .and_then(|f| crate::model::Date::parse(f).ok())
        .map_or_else(|| p.no_session.to_owned(), |d| (s.date)(d));
    format!(
        "{} · {} {} · {} {} · {}",
        (s.hours_unit)(t.hours),
        t.seams,
        p.columns[2].to_lowercase(),
        t.steps,
        p.columns[3].to_lowercase(),
        finish
    )
}

/// What changed, in words.
pub fn change(state: &AppState, change: &Change) -> String {
    let s = state.strings;
    let p = s.planner;
    let cat = &state.data.cat;
    // An offer by its title when the catalogue still has it, else its id.
    let offer = |id: &str| {
        cat.lookup.offer(id).map_or_else(
            || sanitize(id).into_owned(),
            |o| format!("« {} »", sanitize(&cat.offer(o).title)),
        )
    };
    let date = |d: &str| {
        crate::model::Date::parse(d).map_or_else(|_| sanitize(d).into_owned(), |d| (s.date)(d))
    };
    match change {
        Change::OfferGone { id } => (p.offer_gone)(&sanitize(id)),
        Change::LinkGone { from, to } => (p.link_gone)(&offer(from), &offer(to)),
        Change::SessionPassed { offer: o, start } => (p.session_passed)(&offer(o), &date(start)),
        Change::NoSessionLeft { offer: o } => (p.no_session_left)(&offer(o)),
        Change::BetterRoute { was, now } => {
            (p.better_route)(&totals(state, was), &totals(state, now))
        }
        Change::TotalsChanged { was, now } => {
            (p.totals_changed)(&totals(state, was), &totals(state, now))
        }
    }
}
