//! Editing by hand: the catalogue's files changed on disk (the watcher
//! saw it, or the person's editor closed), so they are loaded again; and
//! the key that opens the item selected in the person's editor. Editing
//! inside the interface is in the submodules: the keys on the screens
//! ([`keys`]), the form ([`form`]), the other windows ([`overlays`]), and
//! the work on the document and what it gives ([`ops`], [`outcome`]).
//!
//! Loading runs off the drawing thread, with the loading code of
//! [`crate::tui::jobs::startup`]; its outcome comes back to [`reloaded`].
//! Tests call [`reloaded`] with an outcome of their own making. While a
//! document is open for editing, a change on disk goes through it
//! instead ([`DocOp::Sync`]): the files without unsaved edits are read
//! again, those with are a conflict to show, and parcours' own saves are
//! no change at all.

pub mod form;
mod keep;
pub mod keys;
mod mouse;
pub use mouse::mouse;
pub mod ops;
pub mod outcome;
pub mod overlays;
mod then;

pub use keys::quit;

use std::collections::HashSet;
use std::sync::Arc;

use crate::model::{OfferIx, Origin};
use crate::tui::app::edit::session::{DocOp, DocSlot, Task};
use crate::tui::app::edit::{Launch, Notice, Problems};
use crate::tui::app::{AppState, BodiesState, Popup, Screen, Shown};
use crate::tui::jobs::startup::{Loaded, Ready};

/// The files changed: whether to start loading them now. While they are
/// being loaded, the change is noted and loading starts again when it
/// ends ([`reloaded`] says so), so that what shows is the last change.
pub fn changed(state: &mut AppState) -> bool {
    if state.edit.root.is_none() || state.loading.is_some() {
        return false;
    }
    if !matches!(state.edit.session.doc, DocSlot::Closed) {
        // Through the document, so that no unsaved edit is dropped; once
        // is enough while a look at the disk is already waiting.
        let waiting = state
            .edit
            .session
            .queue
            .iter()
            .any(|t| *t == Task::Op(DocOp::Sync));
        if !waiting {
            ops::ask(state, Task::Op(DocOp::Sync));
        }
        return false;
    }
    if state.edit.reloading {
        state.edit.again = true;
        return false;
    }
    state.edit.reloading = true;
    true
}

/// The files were loaded again: the catalogue is replaced, keeping what is
/// selected (by id) wherever it still is; or, when they have errors, the
/// catalogue shown stays and the panel lists the errors. Whether to load
/// once more, for a change that came meanwhile.
/// `None` says the files hold the catalogue shown: it stays as it is.
pub fn reloaded(state: &mut AppState, loaded: Option<Loaded>) -> bool {
    state.edit.reloading = false;
    if !matches!(state.edit.session.doc, DocSlot::Closed) {
        // Opened for editing meanwhile: what was loaded may lack the
        // edits, so the document looks at the disk itself.
        state.edit.again = false;
        if loaded.is_some() {
            changed(state);
        }
        super::settle(state);
        return false;
    }
    match loaded {
        Some(Loaded::Ready(ready)) => replace(state, *ready),
        Some(Loaded::Failed(diagnostics)) => {
            state.edit.problems = Some(Problems::of(&diagnostics));
        }
        None => state.edit.problems = None,
    }
    super::settle(state);
    let again = std::mem::take(&mut state.edit.again);
    if again {
        state.edit.reloading = true;
    }
    again
}

/// Puts the new catalogue in the place of the old one.
///
/// Every index into the old catalogue goes: items are found again by id.
/// The catalogue screen keeps its search, sort, filters and panes and
/// the offer selected; the bodies screen its body or agreement; the
/// planner its request, whose pathways are looked for again
/// ([`super::planner::carry`]); the pictures their offer, or they close
/// when it is gone.
pub(crate) fn replace(state: &mut AppState, ready: Ready) {
    let Ready {
        data,
        mut catalogue,
        bodies,
    } = ready;
    let old = Arc::clone(&state.data);
    let (old_cat, cat) = (&old.cat, &data.cat);
    let offer_id = |o: OfferIx| old_cat.offer(o).id.clone();
    let selected = state.catalogue.selected().map(offer_id);
    let trail: Vec<String> = state
        .catalogue
        .trail
        .iter()
        .map(|s| offer_id(s.offer))
        .collect();
    let c = &state.catalogue;
    catalogue.focus = c.focus;
    catalogue.side = c.side;
    catalogue.query.clone_from(&c.query);
    catalogue.editing = c.editing;
    catalogue.sort = c.sort;
    catalogue.descending = c.descending;
    catalogue.filters = c.filters.clone();
    catalogue.filters.bodies = c
        .filters
        .bodies
        .iter()
        .filter_map(|b| cat.lookup.provider(&old_cat.provider(*b).id))
        .collect::<HashSet<_>>();
    catalogue.defer_from = c.defer_from;
    // Above every generation asked of a worker, so that no answer about
    // the old list is taken for one about the new.
    catalogue.generation = c.generation + 1;
    catalogue.refilter(&data);
    if let Some(at) = selected
        .and_then(|id| cat.lookup.offer(&id))
        .and_then(|o| catalogue.shown.iter().position(|s| *s == o))
    {
        catalogue.list.selected = at;
        catalogue.list.offset = state.catalogue.list.offset;
        catalogue.sync_trail(&data);
    }
    let gone = trail.iter().any(|id| cat.lookup.offer(id).is_none());
    // The way followed through the passerelles, as far as it still goes.
    for id in trail.iter().skip(1) {
        match cat.lookup.offer(id) {
            Some(o) if !catalogue.trail.is_empty() => catalogue.follow(&data, o),
            _ => break,
        }
    }
    state.bodies = keep_bodies(&state.bodies, bodies, &old, &data);
    let planner = super::planner::carry::translate(state, &data);
    let (pictures, picture_gone) = keep::pictures(&state.pictures, &old, &data);
    state
        .popups
        .retain(|p| matches!(p, Popup::Help { .. } | Popup::Plans | Popup::Edit));
    state.pictures = pictures;
    state.data = data;
    state.catalogue = catalogue;
    super::planner::carry::resume(state, planner);
    state.edit.problems = None;
    state.edit.notice = Some(match picture_gone {
        Some(id) => Notice::Gone(crate::edit::ItemKind::Offer, id),
        None if gone => Notice::SelectionGone,
        None => Notice::Reloaded,
    });
}

/// The bodies screen of the new catalogue, on the body or agreement the
/// old one showed.
fn keep_bodies(
    old_state: &BodiesState,
    mut new: BodiesState,
    old: &crate::tui::app::Data,
    data: &crate::tui::app::Data,
) -> BodiesState {
    new.focus = old_state.focus;
    let body = old.bodies_order.get(old_state.bodies.selected);
    if let Some(b) = body.and_then(|b| data.cat.lookup.provider(&old.cat.provider(*b).id)) {
        new.select_body(data, b);
    }
    let agreement = old.agreements_order.get(old_state.agreements.selected);
    if let Some(a) = agreement.and_then(|a| data.cat.lookup.agreement(&old.cat.agreement(*a).id)) {
        let at = data.agreements_order.iter().position(|x| *x == a);
        new.agreements.selected = at.unwrap_or(0);
    }
    if let Some(Shown::Agreement(a)) = old_state.shown
        && let Some(a) = data.cat.lookup.agreement(&old.cat.agreement(a).id)
    {
        new.select_agreement(data, a);
    }
    new
}

/// Asks the event loop to open the item selected in the person's editor,
/// at its line; a notice when there is no such file.
pub fn open_editor(state: &mut AppState) {
    let origin = selected_origin(state);
    let file = origin.and_then(|o| {
        let file = state.data.cat.files.get(usize::try_from(o.file.0).ok()?)?;
        Some((file.path.clone()?, o.line))
    });
    match file {
        Some((path, line)) if state.edit.root.is_some() => {
            state.edit.launch = Some(Launch { path, line });
        }
        _ => state.edit.notice = Some(Notice::NoFile),
    }
}

/// Where the item selected was read: the offer shown on the catalogue
/// screen, the body or agreement shown on the bodies screen, the offer
/// selected in the planner's pathway.
fn selected_origin(state: &AppState) -> Option<Origin> {
    let cat = &state.data.cat;
    match state.screen {
        Screen::Catalogue | Screen::Planner => {
            state.catalogue.current().map(|o| cat.offer(o).origin)
        }
        Screen::Bodies => match state.bodies.shown? {
            Shown::Body(b) => Some(cat.provider(b).origin),
            Shown::Agreement(a) => Some(cat.agreement(a).origin),
        },
    }
}

/// The editor ran (or failed to start: why): the files are loaded again,
/// whatever it did, since it may have saved; whether to start loading.
pub fn editor_done(state: &mut AppState, failed: Option<String>) -> bool {
    if let Some(why) = failed {
        state.edit.notice = Some(Notice::EditorFailed(why));
    }
    changed(state)
}

/// The rows the window of editing on top lists (a form's fields, a
/// chooser's items); 0 for the others.
pub fn popup_rows(state: &AppState) -> usize {
    use crate::tui::app::edit::overlay::Overlay;
    use crate::tui::layout::edit;
    match state.edit.session.overlays.last() {
        Some(Overlay::Form(_)) => usize::from(edit::form(state.area).rows.height),
        Some(Overlay::Chooser(c)) => {
            usize::from(edit::chooser_list(state.area, c.has_kinds()).height)
        }
        _ => 0,
    }
}

/// Keeps the selection of the window of editing on top inside its list
/// and on screen (after a resize, or a list that shrank).
pub fn settle_overlays(state: &mut AppState) {
    use crate::tui::app::edit::overlay::Overlay;
    let height = popup_rows(state);
    match state.edit.session.overlays.last_mut() {
        Some(Overlay::Form(f)) => {
            let len = f.rows().len();
            f.cursor.selected = f.cursor.selected.min(len.saturating_sub(1));
            f.cursor.reveal(height, len);
        }
        Some(Overlay::Chooser(c)) => {
            let len = c.rows();
            c.cursor.selected = c.cursor.selected.min(len.saturating_sub(1));
            c.cursor.reveal(height, len);
        }
        _ => {}
    }
}
