//! The bodies and agreements screen's state: two lists and the detail of
//! the item chosen in the last one used.

use crate::model::{AgreementIx, ProviderIx};

use super::Cursor;
use super::data::Data;
use super::rows::{self, Row};

/// A pane of the bodies and agreements screen.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum BodiesPane {
    #[default]
    Bodies,
    Agreements,
    Detail,
}

/// What the detail pane shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shown {
    Body(ProviderIx),
    Agreement(AgreementIx),
}

#[derive(Clone, Debug, Default)]
pub struct BodiesState {
    pub focus: BodiesPane,
    /// Over `Data::bodies_order`.
    pub bodies: Cursor,
    /// Over `Data::agreements_order`.
    pub agreements: Cursor,
    pub shown: Option<Shown>,
    pub rows: Vec<Row>,
    pub detail: Cursor,
}

impl BodiesState {
    pub fn new(data: &Data) -> Self {
        let mut state = Self::default();
        state.show_body(data);
        state
    }

    /// Shows the body selected in its list.
    pub fn show_body(&mut self, data: &Data) {
        let shown = data
            .bodies_order
            .get(self.bodies.selected)
            .map(|b| Shown::Body(*b));
        self.show(data, shown);
    }

    /// Shows the agreement selected in its list.
    pub fn show_agreement(&mut self, data: &Data) {
        let shown = data
            .agreements_order
            .get(self.agreements.selected)
            .map(|a| Shown::Agreement(*a));
        self.show(data, shown);
    }

    fn show(&mut self, data: &Data, shown: Option<Shown>) {
        if shown == self.shown {
            return;
        }
        self.shown = shown;
        self.rows = match shown {
            Some(Shown::Body(b)) => rows::body(data, b),
            Some(Shown::Agreement(a)) => rows::agreement(data, a),
            None => Vec::new(),
        };
        self.detail = Cursor {
            selected: rows::settle(&self.rows, 0),
            offset: 0,
        };
    }

    /// Selects a body in its list and shows it.
    pub fn select_body(&mut self, data: &Data, body: ProviderIx) {
        if let Some(at) = data.bodies_order.iter().position(|b| *b == body) {
            self.bodies.selected = at;
            self.show_body(data);
        }
    }

    /// Selects an agreement in its list and shows it.
    pub fn select_agreement(&mut self, data: &Data, agreement: AgreementIx) {
        if let Some(at) = data.agreements_order.iter().position(|a| *a == agreement) {
            self.agreements.selected = at;
            self.show_agreement(data);
        }
    }
}
