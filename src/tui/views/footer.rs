//! The footer: the keys that matter now, read from the live key map, so
//! that a rebound key shows as it is bound.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use crate::tui::action::Action;
use crate::tui::app::{AppState, Pane, Picture, Screen};
use crate::tui::keymap::Context;
use crate::tui::text::width;

use super::draw_line;

/// The actions worth a hint now, most useful first; the way out (help and
/// quit, or closing the popup) is added at the end and kept when room runs
/// out.
fn hints(state: &AppState, context: Context) -> Vec<Action> {
    if state.popups.last() == Some(&crate::tui::app::Popup::Edit) {
        super::edit::hints(state)
    } else {
        usual_hints(state, context)
    }
}

/// The hints of the screens and the interface's other popups.
fn usual_hints(state: &AppState, context: Context) -> Vec<Action> {
    use Action as A;
    if let (true, Some(picture)) = (state.popups.is_empty(), state.pictures.last()) {
        return match picture {
            Picture::Graph(_) => vec![
                A::FollowLink,
                A::IncreaseDepth,
                A::DecreaseDepth,
                A::ShowMap,
                A::FocusDetail,
                A::PlanFromOffer,
            ],
            Picture::Map(_) => vec![
                A::SelectNext,
                A::FollowLink,
                A::FocusDetail,
                A::PlanFromOffer,
            ],
        };
    }
    match context {
        Context::Search => vec![
            A::ConfirmSearch,
            A::ClearSearch,
            A::SelectNext,
            A::SelectPrev,
        ],
        Context::Filters => vec![
            A::ToggleFilter,
            A::DecreaseFilter,
            A::IncreaseFilter,
            A::ClearFilters,
        ],
        Context::Help => vec![A::SelectNext, A::SelectPrev, A::PageDown],
        Context::Planner => planner_hints(state),
        Context::Picker => {
            let mut list = vec![A::Choose];
            if let Some(p) = &state.planner.picker {
                if p.purpose.multi() {
                    list.push(A::ToggleMark);
                }
                if p.purpose.kinds().len() > 1 {
                    list.push(A::NextValue);
                }
            }
            list.push(A::DeleteChar);
            list
        }
        Context::Input => {
            let mut list = vec![A::Confirm];
            if state
                .planner
                .dialog
                .as_ref()
                .is_some_and(|d| d.values.len() > 1)
            {
                list.push(A::NextField);
            }
            list.push(A::DeleteChar);
            list
        }
        Context::Plans => vec![A::OpenPlan, A::RenamePlan, A::DeletePlan, A::ExportPlan],
        Context::Confirm => vec![A::Confirm],
        Context::Form => Vec::new(),
        Context::Normal => match state.screen {
            Screen::Catalogue => {
                let c = &state.catalogue;
                let mut list = vec![A::OpenSearch, A::OpenFilters];
                if c.trail.len() > 1 {
                    list.push(A::GoBack);
                }
                if c.focus == Pane::Links {
                    list.push(A::FollowLink);
                } else {
                    list.push(A::FocusLinks);
                }
                if !c.query.is_empty() {
                    list.push(A::ClearSearch);
                }
                list.extend([
                    A::FocusNextPane,
                    A::CycleSort,
                    A::PlanFromOffer,
                    A::PlanToOffer,
                    A::NextScreen,
                ]);
                if state.edit.root.is_some() {
                    list.push(A::OpenEditor);
                }
                super::edit::screen_hints(state, &mut list);
                list
            }
            Screen::Bodies => {
                let mut list = vec![A::FocusNextPane, A::FollowLink, A::NextScreen];
                super::edit::screen_hints(state, &mut list);
                list
            }
            Screen::Planner => vec![A::NextScreen, A::ShowCatalogue],
        },
    }
}

/// An action's word or two, said as the planner means it where the
/// action's own words would mislead.
fn label(state: &AppState, context: Context, action: Action) -> &'static str {
    use crate::tui::app::PlannerPane;
    if state.popups.last() == Some(&crate::tui::app::Popup::Edit)
        && let Some(label) = super::edit::label(state, action)
    {
        return label;
    }
    let ps = state.strings.planner;
    let pictures = state.strings.pictures;
    let picture = state
        .popups
        .is_empty()
        .then(|| state.pictures.last())
        .flatten();
    match (picture, action) {
        (Some(Picture::Graph(_)), Action::FollowLink) => return pictures.hint_recentre,
        (Some(Picture::Map(_)), Action::FollowLink) => {
            return (state.strings.action)(Action::ShowGraph).0;
        }
        (Some(_), Action::ClearSearch) => return pictures.hint_close,
        _ => {}
    }
    match (context, action) {
        (Context::Planner, Action::NextValue) if state.planner.focus == PlannerPane::Form => {
            ps.hint_change
        }
        (Context::Planner, Action::NextValue) => ps.hint_next_pathway,
        (Context::Picker, Action::NextValue) => ps.hint_next_kind,
        (Context::Confirm, Action::Confirm) => ps.yes_delete,
        (Context::Confirm, Action::ClosePopup) => ps.no,
        _ => (state.strings.action)(action).0,
    }
}

/// The planner's hints: what the pane with the focus does.
fn planner_hints(state: &AppState) -> Vec<Action> {
    use crate::tui::app::PlannerPane;
    use crate::tui::app::planner::Field;
    use Action as A;
    let p = &state.planner;
    let mut list = Vec::new();
    match p.focus {
        PlannerPane::Form => {
            match p.field() {
                Some(field) if field.cycles() => list.push(A::NextValue),
                Some(Field::Run) => {}
                _ => list.push(A::Choose),
            }
            list.push(A::RunPlan);
            if p.field().is_some_and(|f| f != Field::Run) {
                list.push(A::ClearValue);
            }
        }
        PlannerPane::Alternatives | PlannerPane::Steps | PlannerPane::Timeline => {
            if p.has_routes() {
                list.extend([A::NextValue, A::Choose, A::SavePlan]);
            } else {
                list.push(A::Choose);
            }
        }
    }
    if p.results.is_some() {
        list.push(A::FocusNextPane);
    }
    list.extend([A::OpenPlans, A::NextScreen]);
    list
}

pub fn render(frame: &mut Frame<'_>, state: &AppState, area: Rect) {
    let context = state.context();
    let names = &state.strings.keys;
    let t = &state.theme;
    let hint = |action: Action| -> Option<(String, &'static str)> {
        let key = *state.keymap.keys(context, action).first()?;
        Some((key.label(names), label(state, context, action)))
    };
    let mut items: Vec<(String, &str)> =
        hints(state, context).into_iter().filter_map(hint).collect();
    let way_out: &[Action] = match context {
        Context::Normal if state.popups.is_empty() && !state.pictures.is_empty() => {
            &[Action::ClearSearch, Action::ShowHelp, Action::Quit]
        }
        Context::Normal | Context::Search | Context::Planner => &[Action::ShowHelp, Action::Quit],
        Context::Filters
        | Context::Help
        | Context::Picker
        | Context::Input
        | Context::Plans
        | Context::Confirm
        | Context::Form => &[Action::ClosePopup],
    };
    let tail: Vec<(String, &str)> = way_out.iter().copied().filter_map(hint).collect();
    let size = |items: &[(String, &str)]| -> usize {
        items.iter().map(|(k, d)| width(k) + width(d) + 4).sum()
    };
    // One space before; the last hint's three trailing spaces may be cut.
    let room = usize::from(area.width) + 2;
    while !items.is_empty() && size(&items) + size(&tail) > room {
        items.pop();
    }
    let mut spans = vec![Span::raw(" ")];
    for (key, desc) in items.into_iter().chain(tail) {
        spans.push(Span::styled(key, t.key));
        spans.push(Span::raw(format!(" {desc}   ")));
    }
    draw_line(frame, area, 0, &Line::from(spans));
}
