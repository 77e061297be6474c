//! One `<formation>` as read from the file, before any mapping: the values
//! parcours uses, each with where it was found.

/// A value and the offset where its text starts (or where its element
/// starts, for an empty one), for error messages.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Val {
    pub text: String,
    pub at: u64,
}

/// A `<formation>`: one course of a body, run as one or more actions.
#[derive(Debug, Default)]
pub struct Formation {
    pub at: u64,
    pub numero: Option<String>,
    pub title: Option<Val>,
    pub objective: Option<Val>,
    pub content: Option<Val>,
    pub nsf: Vec<Val>,
    pub rome: Vec<Val>,
    pub certifications: Vec<Certification>,
    pub level: Option<Val>,
    pub urls: Vec<Val>,
    pub actions: Vec<Action>,
    pub responsible: Option<Body>,
    pub module: Option<Val>,
    pub sub_modules: Vec<Val>,
    pub prerequisites: Vec<Val>,
}

/// A `<certification>`: up to one code of each register.
#[derive(Debug, Default)]
pub struct Certification {
    pub rncp: Option<Val>,
    pub rs: Option<Val>,
    pub certifinfo: Option<Val>,
}

/// An `<action>`: the course at a place, with its sessions.
#[derive(Debug, Default)]
pub struct Action {
    pub at: u64,
    pub numero: Option<String>,
    pub publics: Vec<Val>,
    pub alternance: Option<Val>,
    pub teaching: Option<Val>,
    pub places: Vec<Place>,
    pub entry: Option<Val>,
    pub urls: Vec<Val>,
    pub sessions: Vec<Session>,
    pub language: Option<Val>,
    pub price_total: Option<Val>,
    pub price_hour: Option<Val>,
    pub hours_centre: Option<Val>,
    pub hours_company: Option<Val>,
    pub hours_total: Option<Val>,
    pub trainers: Vec<Body>,
}

/// A `<lieu-de-formation>` address.
#[derive(Debug, Default)]
pub struct Place {
    pub at: u64,
    pub name: Option<Val>,
    pub postcode: Option<Val>,
    pub city: Option<Val>,
    pub country: Option<Val>,
    pub lat: Option<Val>,
    pub lon: Option<Val>,
}

/// A `<session>` period.
#[derive(Debug, Default)]
pub struct Session {
    pub at: u64,
    pub start: Option<Val>,
    pub end: Option<Val>,
}

/// An `<organisme-formation-responsable>` or an `<organisme-formateur>`.
#[derive(Debug, Default)]
pub struct Body {
    pub at: u64,
    pub siret: Option<Val>,
    /// `nom-organisme`, or `raison-sociale-formateur` for a trainer.
    pub name: Option<Val>,
    /// `raison-sociale`: the legal name, used when there is no usual one.
    pub legal_name: Option<Val>,
    pub url: Option<Val>,
    pub country: Option<Val>,
}
