//! The request as the person builds it in the form: each part may still
//! be missing, and the form's rows say where each part is edited.

use crate::model::{CompetenceIx, Date, OfferIx};
use crate::route::{ConstraintKind, Constraints, Criterion, Request, Start, Target};

/// The most pathways the form asks for.
pub const MAX_K: usize = 9;
/// Pathways asked for unless the person changes it.
pub const DEFAULT_K: usize = 3;

/// A request in the making.
#[derive(Clone, Debug, PartialEq)]
pub struct Draft {
    /// The course the person took; when set, `holding` is empty.
    pub from: Option<OfferIx>,
    /// The competences the person holds; when not empty, `from` is none.
    pub holding: Vec<CompetenceIx>,
    pub target: Option<Target>,
    pub criterion: Criterion,
    pub k: usize,
    pub start_date: Date,
    pub constraints: Constraints,
}

/// What a draft lacks to be run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Missing {
    Start,
    Target,
}

impl Draft {
    /// An empty request, ready on `today`.
    pub fn new(today: Date) -> Self {
        Self {
            from: None,
            holding: Vec::new(),
            target: None,
            criterion: Criterion::default(),
            k: DEFAULT_K,
            start_date: today,
            constraints: Constraints::default(),
        }
    }

    /// The draft of a request that was run (or rebuilt from a plan).
    pub fn of_request(request: &Request) -> Self {
        let (from, holding) = match &request.start {
            Start::From(o) => (Some(*o), Vec::new()),
            Start::Holding(held) => (None, held.clone()),
        };
        Self {
            from,
            holding,
            target: Some(request.target),
            criterion: request.criterion,
            k: request.k.clamp(1, MAX_K),
            start_date: request.start_date,
            constraints: request.constraints.clone(),
        }
    }

    /// The request to run, or what it lacks first.
    pub fn request(&self) -> Result<Request, Missing> {
        let start = match (self.from, self.holding.is_empty()) {
            (Some(offer), _) => Start::From(offer),
            (None, false) => Start::Holding(self.holding.clone()),
            (None, true) => return Err(Missing::Start),
        };
        let target = self.target.ok_or(Missing::Target)?;
        Ok(Request {
            start,
            target,
            criterion: self.criterion,
            k: self.k,
            start_date: self.start_date,
            constraints: self.constraints.clone(),
        })
    }

    /// Starts from an offer; the competences held are forgotten.
    pub fn start_from(&mut self, offer: OfferIx) {
        self.from = Some(offer);
        self.holding.clear();
    }

    /// Starts from competences held; the offer is forgotten.
    pub fn start_holding(&mut self, held: Vec<CompetenceIx>) {
        self.holding = held;
        if !self.holding.is_empty() {
            self.from = None;
        }
    }
}

/// A part of the form, under its heading.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    Start,
    Goal,
    Constraints,
}

/// A field of the form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    From,
    Holding,
    Target,
    Criterion,
    K,
    StartDate,
    Avoid,
    Only,
    Modalities,
    Audiences,
    Countries,
    Languages,
    MaxLevel,
    /// The button that runs the search.
    Run,
}

impl Field {
    /// The form's field for a constraint.
    pub fn of_constraint(kind: ConstraintKind) -> Self {
        match kind {
            ConstraintKind::AvoidProvider => Self::Avoid,
            ConstraintKind::OnlyProvider => Self::Only,
            ConstraintKind::Modality => Self::Modalities,
            ConstraintKind::Audience => Self::Audiences,
            ConstraintKind::Country => Self::Countries,
            ConstraintKind::Language => Self::Languages,
            ConstraintKind::MaxLevel => Self::MaxLevel,
        }
    }

    /// Whether its value moves with ◂ ▸ (the arrows) rather than in a
    /// picker or a dialog.
    pub fn cycles(self) -> bool {
        matches!(
            self,
            Self::Criterion | Self::K | Self::StartDate | Self::MaxLevel
        )
    }
}

/// A line of the form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FormRow {
    Heading(Part),
    Field(Field),
}

impl FormRow {
    pub fn field(self) -> Option<Field> {
        match self {
            Self::Field(f) => Some(f),
            Self::Heading(_) => None,
        }
    }
}

/// The form, top to bottom.
pub const FORM: [FormRow; 17] = [
    FormRow::Heading(Part::Start),
    FormRow::Field(Field::From),
    FormRow::Field(Field::Holding),
    FormRow::Field(Field::StartDate),
    FormRow::Heading(Part::Goal),
    FormRow::Field(Field::Target),
    FormRow::Field(Field::Criterion),
    FormRow::Field(Field::K),
    FormRow::Heading(Part::Constraints),
    FormRow::Field(Field::Avoid),
    FormRow::Field(Field::Only),
    FormRow::Field(Field::Modalities),
    FormRow::Field(Field::Audiences),
    FormRow::Field(Field::Countries),
    FormRow::Field(Field::Languages),
    FormRow::Field(Field::MaxLevel),
    FormRow::Field(Field::Run),
];

/// The row of a field in [`FORM`].
pub fn row_of(field: Field) -> usize {
    FORM.iter()
        .position(|r| *r == FormRow::Field(field))
        .unwrap_or(0)
}

/// A date moved by whole months, the day kept where the month has it
/// (31 January + 1 month is 28 or 29 February).
pub fn add_months(date: Date, months: i32) -> Date {
    let (y, m, d) = date.ymd();
    let m0 = i32::try_from(m).unwrap_or(1) - 1 + months;
    let year = y + m0.div_euclid(12);
    let month = u32::try_from(m0.rem_euclid(12) + 1).unwrap_or(1);
    (1..=d)
        .rev()
        .find_map(|day| Date::from_ymd(year, month, day).ok())
        .unwrap_or(date)
}

/// Reads a date as a person types it: `2027-01-15`, or `15/01/2027`.
pub fn parse_date(text: &str) -> Option<Date> {
    let text = text.trim();
    if let Ok(date) = Date::parse(text) {
        return Some(date);
    }
    let parts: Vec<&str> = text.split(['/', '.']).collect();
    let [d, m, y] = parts.as_slice() else {
        return None;
    };
    let num = |s: &str| s.trim().parse::<u32>().ok();
    let year = i32::try_from(num(y)?).ok().filter(|y| *y >= 1000)?;
    Date::from_ymd(year, num(m)?, num(d)?).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> Date {
        Date::parse(text).unwrap()
    }

    #[test]
    fn months_move_and_keep_the_day_where_they_can() {
        assert_eq!(add_months(date("2027-01-31"), 1), date("2027-02-28"));
        assert_eq!(add_months(date("2028-01-31"), 1), date("2028-02-29"));
        assert_eq!(add_months(date("2027-01-15"), -1), date("2026-12-15"));
        assert_eq!(add_months(date("2027-12-01"), 13), date("2029-01-01"));
    }

    #[test]
    fn dates_are_read_both_ways() {
        assert_eq!(parse_date(" 2027-03-01 "), Some(date("2027-03-01")));
        assert_eq!(parse_date("1/3/2027"), Some(date("2027-03-01")));
        assert_eq!(parse_date("31/02/2027"), None);
        assert_eq!(parse_date("demain"), None);
        assert_eq!(parse_date("1/3/27"), None);
    }

    #[test]
    fn a_draft_needs_a_start_and_a_target() {
        let mut d = Draft::new(date("2026-11-22"));
        assert_eq!(d.request(), Err(Missing::Start));
        d.start_holding(vec![CompetenceIx::new(1)]);
        assert_eq!(d.request(), Err(Missing::Target));
        d.target = Some(Target::Offer(OfferIx::new(3)));
        let r = d.request().unwrap();
        assert_eq!(r.start, Start::Holding(vec![CompetenceIx::new(1)]));
        assert_eq!(Draft::of_request(&r), d);
        d.start_from(OfferIx::new(2));
        assert!(d.holding.is_empty());
        assert_eq!(d.request().unwrap().start, Start::From(OfferIx::new(2)));
    }
}
