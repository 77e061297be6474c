//! The keys of editing on the screens: edit, new, delete, a new
//! passerelle, the items chooser, undo, redo, save; and quitting, which
//! asks when edits are unsaved.

use crate::edit::{ItemKind, Record};
use crate::model::file::LinkRecord;
use crate::tui::action::Action;
use crate::tui::app::edit::Notice;
use crate::tui::app::edit::draft::{Draft, Slot};
use crate::tui::app::edit::overlay::{ChooseFor, ChooserState, ITEM_KINDS, Overlay};
use crate::tui::app::edit::schema::{LINK_KINDS, fields};
use crate::tui::app::edit::session::{DocOp, DocSlot, ItemRef, Task, Then};
use crate::tui::app::rows::Row;
use crate::tui::app::{AppState, BodiesPane, Pane, Screen, Shown};

use super::ops::{ask, push};

/// Handles an action of editing on a screen; false for any other.
pub fn handle(state: &mut AppState, action: Action) -> bool {
    match action {
        Action::EditItem => match selected(state) {
            Some(item) => ask(state, Task::Then(Then::Form(item))),
            None => state.edit.notice = Some(Notice::NothingToEdit),
        },
        Action::NewItem => match new_draft(state) {
            Some(draft) => ask(state, Task::Then(Then::New(Box::new(draft)))),
            None => state.edit.notice = Some(Notice::NothingToEdit),
        },
        Action::DeleteItem => match selected(state) {
            Some(item) => ask(state, Task::Then(Then::AskDelete(item))),
            None => state.edit.notice = Some(Notice::NothingToEdit),
        },
        Action::AddLink => match (state.screen, state.catalogue.current()) {
            (Screen::Catalogue, Some(_)) => {
                let chooser =
                    ChooserState::new(&state.data, ChooseFor::LinkTo, ItemKind::Offer, false, &[]);
                push(state, Overlay::Chooser(Box::new(chooser)));
            }
            _ => state.edit.notice = Some(Notice::NothingToEdit),
        },
        Action::OpenItems => {
            let chooser =
                ChooserState::new(&state.data, ChooseFor::Edit, ITEM_KINDS[0], false, &[]);
            push(state, Overlay::Chooser(Box::new(chooser)));
        }
        Action::Undo | Action::Redo => {
            let undo = action == Action::Undo;
            let s = &state.edit.session;
            // While the document is away, or edits wait, what undo would
            // undo is not known yet: it is asked after them, in order.
            let possible = match &s.doc {
                DocSlot::Closed => false,
                DocSlot::Away => true,
                DocSlot::Open(_) if undo => s.status.undo.is_some(),
                DocSlot::Open(_) => s.status.redo.is_some(),
            } || s.queue.iter().any(|t| matches!(t, Task::Op(_)));
            if possible {
                ask(
                    state,
                    Task::Op(if undo { DocOp::Undo } else { DocOp::Redo }),
                );
            } else {
                state.edit.notice = Some(if undo {
                    Notice::NothingToUndo
                } else {
                    Notice::NothingToRedo
                });
            }
        }
        Action::SaveEdits => save(state),
        _ => return false,
    }
    true
}

/// Saves, or says there is nothing to save.
pub fn save(state: &mut AppState) {
    let s = &state.edit.session;
    if s.is_dirty() || s.is_away() || !s.queue.is_empty() {
        ask(state, Task::Op(DocOp::Save));
    } else {
        state.edit.notice = Some(Notice::NothingToSave);
    }
}

/// Quits, or, with edits not yet saved (or still being checked), asks
/// first: save, discard or stay.
pub fn quit(state: &mut AppState) {
    let s = &state.edit.session;
    let pending = s.is_away() || s.queue.iter().any(|t| matches!(t, Task::Op(_)));
    if s.is_dirty() || pending {
        if !s.overlays.iter().any(|o| matches!(o, Overlay::Quit { .. })) {
            push(state, Overlay::Quit { cursor: 0 });
        }
    } else {
        state.quit = true;
    }
}

/// The item selected on the screen shown: the passerelle selected in its
/// pane (when it has the focus), else the offer shown; on the bodies
/// screen the centre or offer selected in the detail (when it has the
/// focus), else the body or agreement shown.
pub fn selected(state: &AppState) -> Option<ItemRef> {
    let cat = &state.data.cat;
    match state.screen {
        Screen::Catalogue => {
            let c = &state.catalogue;
            if c.focus == Pane::Links {
                let stop = c.trail.last()?;
                if let Some(Row::Link { via, .. }) = c.rows.get(stop.links.selected) {
                    let link = via.link(cat)?;
                    return Some(ItemRef::Link(LinkRecord::of(cat, link)));
                }
                return None;
            }
            let offer = c.current()?;
            Some(ItemRef::Id(ItemKind::Offer, cat.offer(offer).id.clone()))
        }
        Screen::Bodies => {
            let b = &state.bodies;
            if b.focus == BodiesPane::Detail {
                match b.rows.get(b.detail.selected) {
                    Some(Row::Centre(c)) => {
                        return Some(ItemRef::Id(ItemKind::Centre, cat.centre(*c).id.clone()));
                    }
                    Some(Row::Offer(o)) => {
                        return Some(ItemRef::Id(ItemKind::Offer, cat.offer(*o).id.clone()));
                    }
                    _ => {}
                }
            }
            let agreement = |a| ItemRef::Id(ItemKind::Agreement, cat.agreement(a).id.clone());
            if b.focus == BodiesPane::Agreements {
                return state
                    .data
                    .agreements_order
                    .get(b.agreements.selected)
                    .map(|a| agreement(*a));
            }
            match b.shown? {
                Shown::Agreement(a) => Some(agreement(a)),
                Shown::Body(p) => Some(ItemRef::Id(ItemKind::Provider, cat.provider(p).id.clone())),
            }
        }
        Screen::Planner => None,
    }
}

/// A new item of the kind the screen shows, filled with what the
/// selection says: an offer of the body of the offer shown; a body, a
/// centre of the body shown, an agreement.
fn new_draft(state: &AppState) -> Option<Draft> {
    let cat = &state.data.cat;
    match state.screen {
        Screen::Catalogue => {
            let mut draft = Draft::empty(ItemKind::Offer);
            if let Some(o) = state.catalogue.current() {
                let provider = cat.provider(cat.offer(o).provider).id.clone();
                set(&mut draft, "provider", provider);
            }
            Some(draft)
        }
        Screen::Bodies => {
            let b = &state.bodies;
            Some(match (b.focus, b.shown) {
                (BodiesPane::Bodies, _) => Draft::empty(ItemKind::Provider),
                (BodiesPane::Detail, Some(Shown::Body(p))) => {
                    let mut draft = Draft::empty(ItemKind::Centre);
                    set(&mut draft, "provider", cat.provider(p).id.clone());
                    draft
                }
                _ => Draft::empty(ItemKind::Agreement),
            })
        }
        Screen::Planner => None,
    }
}

/// Sets a field of one line by name.
pub fn set(draft: &mut Draft, name: &str, text: String) {
    if let Some(i) = fields(draft.kind).iter().position(|f| f.name == name) {
        draft.slots[i] = Slot::Text(text);
    }
}

/// A new passerelle from the offer shown to `to`: a bridge between two
/// bodies, backed by an agreement between them when there is one, else
/// a progression.
pub fn new_link(state: &AppState, to: &str) -> Option<Draft> {
    let cat = &state.data.cat;
    let from = state.catalogue.current()?;
    let to_ix = cat.lookup.offer(to)?;
    let (a, b) = (cat.offer(from).provider, cat.offer(to_ix).provider);
    let mut draft = Draft::of(&Record::Link(LinkRecord {
        from: cat.offer(from).id.clone(),
        to: to.to_owned(),
        kind: crate::model::LinkKind::Progression,
        agreement: None,
        credit_hours: None,
        note: None,
    }));
    if a != b {
        set(&mut draft, "kind", LINK_KINDS[1].to_owned());
        let covering = cat
            .agreements
            .iter()
            .find(|ag| ag.parties.contains(&a) && ag.parties.contains(&b));
        if let Some(ag) = covering {
            set(&mut draft, "agreement", ag.id.clone());
        }
    }
    Some(draft)
}
