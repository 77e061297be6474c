//! Actions on the graph view — moving between boxes, re-centring, going
//! deeper — and what every picture does: closing, the help, going to a
//! screen or acting on the offer selected there.

use ratatui::layout::Position;

use crate::model::OfferIx;
use crate::tui::action::Action;
use crate::tui::app::rows::Target;
use crate::tui::app::{
    AppState, BodiesPane, GraphState, MapState, Picture, Popup, Screen, graph::DEPTH,
};
use crate::tui::layout;
use crate::tui::views::graph::geometry;

use super::{catalogue, movement, planner};

/// The offer the screen is about: the one the catalogue shows, the row
/// selected on the bodies screen when it is an offer, the planner's step
/// selected (else the course it starts from).
pub fn offer_in_view(state: &AppState) -> Option<OfferIx> {
    match state.screen {
        Screen::Catalogue => state.catalogue.current(),
        Screen::Bodies => {
            // An offer of a body's detail, when the detail has the focus.
            let b = &state.bodies;
            if b.focus != BodiesPane::Detail {
                return None;
            }
            match b.rows.get(b.detail.selected)?.target(&state.data)? {
                Target::Offer(o) => Some(o),
                Target::Body(_) | Target::Agreement(_) => None,
            }
        }
        Screen::Planner => {
            let p = &state.planner;
            match p.results.as_ref().and_then(|r| Some((r.route()?, r.step))) {
                Some((route, step)) => route.steps.get(step).map(|s| s.offer),
                None => p.draft.from,
            }
        }
    }
}

/// Opens the graph of an offer over the screen (none: nothing to show),
/// in place of a graph open below.
pub fn open_on(state: &mut AppState, offer: Option<OfferIx>) {
    let Some(offer) = offer else {
        return;
    };
    state.pictures.retain(|p| !matches!(p, Picture::Graph(_)));
    let g = GraphState::new(&state.data, offer, DEPTH);
    state.pictures.push(Picture::Graph(g));
}

/// `ShowGraph` from a screen.
pub fn open(state: &mut AppState) {
    open_on(state, offer_in_view(state));
}

/// What every picture does with an action it does not take itself; false
/// when the action means nothing here. `selected` is the offer the
/// picture has selected, which the catalogue and the planner act on.
pub fn common(state: &mut AppState, action: Action, selected: Option<OfferIx>) -> bool {
    match action {
        Action::ShowHelp => state.popups.push(Popup::Help { scroll: 0 }),
        Action::ClearSearch => {
            state.pictures.pop();
        }
        Action::ShowCatalogue
        | Action::ShowBodies
        | Action::ShowPlanner
        | Action::NextScreen
        | Action::PrevScreen
        | Action::OpenSearch
        | Action::OpenFilters
        | Action::CycleSort
        | Action::ReverseSort => {
            state.pictures.clear();
            super::screen(state, action);
        }
        Action::FocusDetail | Action::FocusLinks | Action::PlanFromOffer | Action::PlanToOffer => {
            let Some(offer) = selected else {
                return false;
            };
            state.pictures.clear();
            catalogue::open(state, offer);
            match action {
                Action::FocusLinks => catalogue::focus(state, crate::tui::app::Pane::Links),
                Action::PlanFromOffer | Action::PlanToOffer => {
                    planner::from_catalogue(state, action);
                }
                _ => {}
            }
        }
        Action::ShowGraph => match state.pictures.last() {
            Some(Picture::Graph(_)) => {
                state.pictures.pop();
            }
            _ => open_on(state, selected),
        },
        Action::ShowMap => {
            if let Some(Picture::Map(_)) = state.pictures.last() {
                state.pictures.pop();
            } else {
                state.pictures.retain(|p| !matches!(p, Picture::Map(_)));
                let m = MapState::of_offer(&state.data, selected);
                state.pictures.push(Picture::Map(m));
            }
        }
        _ => return false,
    }
    true
}

/// Keeps the columns shown as they are drawn now, so that the next move
/// shifts them only if the selection leaves them.
fn keep_columns(state: &mut AppState) {
    let Some(app) = layout::app(state.area) else {
        return;
    };
    let area = geometry::graph(app.body).area;
    if let Some(Picture::Graph(g)) = state.pictures.last_mut() {
        g.first_column = Some(geometry::place(g, area).fitted.left);
    }
}

/// Rows of boxes one page moves.
fn page(state: &AppState) -> usize {
    let Some(app) = layout::app(state.area) else {
        return 1;
    };
    let space = geometry::space(geometry::graph(app.body).area);
    (space.rows / space.node_rows.max(1)).max(1)
}

pub fn handle(state: &mut AppState, action: Action) {
    keep_columns(state);
    let page = page(state);
    let data = &state.data;
    let Some(Picture::Graph(g)) = state.pictures.last_mut() else {
        return;
    };
    let (column, _) = g.layered.place(g.selected);
    let len = g.layered.columns[column].len();
    match action {
        Action::FocusNextPane | Action::FocusPrevPane => {
            if let Some(node) = g
                .layered
                .beside(g.selected, action == Action::FocusNextPane)
            {
                g.selected = node;
            }
        }
        Action::FollowLink => g.recentre(data),
        Action::GoBack => {
            // Back along the centres, then out of the graph.
            if !g.back(data) {
                state.pictures.pop();
            }
        }
        Action::IncreaseDepth | Action::DecreaseDepth => {
            let delta = if action == Action::IncreaseDepth {
                1
            } else {
                -1
            };
            g.change_depth(data, delta);
        }
        _ => {
            if let Some(delta) = movement(action, page, len) {
                g.selected = g.layered.vertical(g.selected, delta);
            } else {
                let selected = g.selected_offer();
                common(state, action, Some(selected));
            }
        }
    }
}

/// A click selects a box, and re-centres on the box selected; a click on
/// a column's count goes to the first box it hides; the wheel moves up
/// and down the column.
pub fn mouse(state: &mut AppState, action: Action) {
    let Some(app) = layout::app(state.area) else {
        return;
    };
    if let Action::Click { column, row } = action
        && !app.body.contains(Position::new(column, row))
    {
        // The tabs and the header: as without the picture.
        state.pictures.clear();
        super::mouse::handle(state, action);
        return;
    }
    keep_columns(state);
    let area = geometry::graph(app.body).area;
    let data = &state.data;
    let Some(Picture::Graph(g)) = state.pictures.last_mut() else {
        return;
    };
    let (column, row) = match action {
        Action::ScrollDown { .. } => {
            g.selected = g.layered.vertical(g.selected, 1);
            return;
        }
        Action::ScrollUp { .. } => {
            g.selected = g.layered.vertical(g.selected, -1);
            return;
        }
        Action::Click { column, row } => (column, row),
        _ => return,
    };
    let at = Position::new(column, row);
    let drawing = geometry::place(g, area);
    if let Some(placed) = drawing.boxes.iter().find(|b| b.rect.contains(at)) {
        if placed.node == g.selected {
            g.recentre(data);
        } else {
            g.selected = placed.node;
        }
        return;
    }
    for (c, shown) in drawing.columns.iter().zip(&drawing.fitted.columns) {
        if !(c.x..c.x + c.width).contains(&column) {
            continue;
        }
        let target = if c.above == Some(row) {
            shown.rows.start.checked_sub(1)
        } else if c.below == Some(row) {
            Some(shown.rows.end)
        } else {
            None
        };
        if let Some(node) = target.and_then(|r| g.layered.columns[c.column].get(r)) {
            g.selected = *node;
        }
    }
}
