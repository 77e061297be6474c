//! The planner's state: the request being built in the form, the
//! pathways found for it, the picker or dialog open over it, and the saved
//! plans.

mod compare;
pub mod dialog;
pub mod draft;
pub mod picker;

use std::path::PathBuf;

use crate::model::Date;
use crate::route::{NoRoute, Request, Route};

pub use compare::best;
pub use dialog::{Dialog, DialogKind};
pub use draft::{Draft, FORM, Field, FormRow, Missing, Part};
pub use picker::{PickFor, PickKind, PickerState};

use super::Cursor;

/// A pane of the planner.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum PlannerPane {
    /// The request.
    #[default]
    Form,
    /// The pathways found, side by side.
    Alternatives,
    /// The steps of the pathway selected, and why each is possible.
    Steps,
    /// The pathway selected month by month.
    Timeline,
}

/// A pathway found, or the one a plan saved.
#[derive(Clone, Debug, PartialEq)]
pub struct Alternative {
    pub route: Route,
    /// The pathway the plan opened had saved (evaluated on today's
    /// catalogue), rather than one found now.
    pub saved: bool,
}

/// What the last search found.
#[derive(Clone, Debug, PartialEq)]
pub struct Results {
    /// The request as it was run.
    pub request: Request,
    pub alternatives: Vec<Alternative>,
    /// Why there is none, when there is none.
    pub none: Option<NoRoute>,
    /// The pathway selected.
    pub selected: usize,
    /// The step selected in the pathway, and the first line shown of the
    /// steps pane.
    pub step: usize,
    pub steps_scroll: usize,
    /// The plan these results came from, when one was opened.
    pub plan: Option<Opened>,
}

/// A plan opened (or just saved): what saving it again keeps, and what
/// changed since it was saved, in words ready to show.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Opened {
    pub name: String,
    pub person: String,
    pub note: String,
    pub changes: Vec<String>,
}

impl Results {
    /// The pathway selected.
    pub fn route(&self) -> Option<&Route> {
        self.alternatives.get(self.selected).map(|a| &a.route)
    }

    /// The fields of the request to change when there is no pathway,
    /// the one to look at first.
    pub fn to_relax(&self) -> Vec<Field> {
        let kinds = match &self.none {
            None => return Vec::new(),
            Some(NoRoute::StartExcluded(by) | NoRoute::CutBy(by)) => by.clone(),
            Some(NoRoute::StartsExcluded | NoRoute::TargetExcluded) => {
                self.request.constraints.kinds()
            }
            Some(NoRoute::NoSessionLeft) => return vec![Field::Criterion, Field::StartDate],
            Some(NoRoute::NoStart) => return vec![Field::Holding],
            Some(NoRoute::NoTarget | NoRoute::Unreachable) => return vec![Field::Target],
        };
        kinds.into_iter().map(Field::of_constraint).collect()
    }
}

/// A line for the person: what just happened, or what went wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Message {
    Info(String),
    Error(String),
}

/// A saved plan as the list shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlanEntry {
    pub name: String,
    pub person: String,
    pub saved: String,
    pub steps: usize,
    /// Why the file could not be read, if it could not.
    pub error: Option<String>,
}

/// The list of saved plans.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PlansList {
    pub entries: Vec<PlanEntry>,
    pub cursor: Cursor,
    /// Why the directory could not be listed, if it could not.
    pub error: Option<String>,
}

impl PlansList {
    /// The plan selected.
    pub fn selected(&self) -> Option<&PlanEntry> {
        self.entries.get(self.cursor.selected)
    }
}

#[derive(Debug)]
pub struct PlannerState {
    pub focus: PlannerPane,
    /// The pane shown under the pathways when there is no room for both
    /// steps and timeline: [`PlannerPane::Steps`] or
    /// [`PlannerPane::Timeline`].
    pub side: PlannerPane,
    pub draft: Draft,
    /// Over [`FORM`].
    pub form: Cursor,
    pub results: Option<Results>,
    pub picker: Option<PickerState>,
    pub dialog: Option<Dialog>,
    pub plans: PlansList,
    pub message: Option<Message>,
    /// Where plans are kept; none when there is no home directory to keep
    /// them in.
    pub plans_dir: Option<PathBuf>,
}

impl PlannerState {
    pub fn new(today: Date, plans_dir: Option<PathBuf>) -> Self {
        Self {
            focus: PlannerPane::Form,
            side: PlannerPane::Steps,
            draft: Draft::new(today),
            form: Cursor {
                selected: draft::row_of(Field::From),
                offset: 0,
            },
            results: None,
            picker: None,
            dialog: None,
            plans: PlansList::default(),
            message: None,
            plans_dir,
        }
    }

    /// The field selected in the form.
    pub fn field(&self) -> Option<Field> {
        FORM.get(self.form.selected).and_then(|r| r.field())
    }

    /// Selects a field of the form.
    pub fn select_field(&mut self, field: Field) {
        self.form.selected = draft::row_of(field);
    }

    /// Whether the form no longer asks what the results answer.
    pub fn stale(&self) -> bool {
        self.results
            .as_ref()
            .is_some_and(|r| self.draft.request().ok().as_ref() != Some(&r.request))
    }

    /// Whether there are pathways to show.
    pub fn has_routes(&self) -> bool {
        self.results
            .as_ref()
            .is_some_and(|r| !r.alternatives.is_empty())
    }
}
