//! The catalogue: providers and their centres, agreements, competences,
//! occupations, offers and links, with references resolved to indices.
//!
//! [`file`] holds the `parcours/1` records exactly as they are written in
//! JSON; the types here are what the rest of parcours works with once a
//! catalogue has been loaded and checked (see [`crate::load`]).

mod catalogue;
mod date;
pub mod file;
mod id;
pub(crate) mod id_index;
mod items;

pub use catalogue::{Catalogue, CoveredPairs, FileIx, Lookup, Origin, SourceFile};
pub use date::{Date, DateError};
pub use id::{AgreementIx, CentreIx, CompetenceIx, OccupationIx, OfferIx, ProviderIx, is_valid_id};
pub use items::{
    Agreement, Centre, Certification, Competence, Link, LinkKind, Modality, Occupation, Offer,
    Provider, Session,
};
