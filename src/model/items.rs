//! The items of a loaded catalogue, with references resolved to indices.

use serde::{Deserialize, Serialize};

use super::{AgreementIx, CentreIx, CompetenceIx, Date, OccupationIx, OfferIx, Origin, ProviderIx};

/// A training body: Afpa, Le Forem, a Cnam regional centre, …
#[derive(Clone, Debug, PartialEq)]
pub struct Provider {
    pub id: String,
    pub name: String,
    /// ISO 3166-1 alpha-2 code, as written (`FR`, `BE`).
    pub country: String,
    pub kind: Option<String>,
    pub region: Option<String>,
    pub url: Option<String>,
    pub centres: Vec<CentreIx>,
    pub origin: Origin,
}

impl Provider {
    /// The name without its long explanation: "Afpa" for "Afpa – Agence
    /// nationale pour la formation professionnelle des adultes". The
    /// interface's lists and the pictures' groups both name bodies so.
    pub fn short_name(&self) -> &str {
        self.name.split(" – ").next().unwrap_or(&self.name).trim()
    }
}

/// A place where a provider trains people.
#[derive(Clone, Debug, PartialEq)]
pub struct Centre {
    pub id: String,
    pub provider: ProviderIx,
    pub name: String,
    pub city: String,
    pub region: Option<String>,
    /// The country when it differs from the provider's, as written.
    pub country: Option<String>,
    pub lat: f64,
    pub lon: f64,
    pub origin: Origin,
}

/// A partnership agreement between providers, which backs bridges.
#[derive(Clone, Debug, PartialEq)]
pub struct Agreement {
    pub id: String,
    pub title: String,
    /// The providers that signed, in the order written, without repeats.
    pub parties: Vec<ProviderIx>,
    pub signed: Option<Date>,
    pub until: Option<Date>,
    pub programme: Option<String>,
    pub url: Option<String>,
    pub note: Option<String>,
    pub origin: Origin,
}

/// Something a person can do, which offers require or grant.
#[derive(Clone, Debug, PartialEq)]
pub struct Competence {
    pub id: String,
    pub label: String,
    pub esco: Option<String>,
    pub description: Option<String>,
    pub origin: Origin,
}

/// A trade that offers prepare for (with its ROME code in France).
#[derive(Clone, Debug, PartialEq)]
pub struct Occupation {
    pub id: String,
    pub label: String,
    pub rome: Option<String>,
    pub esco: Option<String>,
    pub origin: Origin,
}

/// How an offer is taught.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize, Serialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Modality {
    #[default]
    Onsite,
    Distance,
    Hybrid,
    WorkBased,
}

impl Modality {
    /// Every modality, in the order of the format's documentation.
    pub const ALL: [Self; 4] = [Self::Onsite, Self::Distance, Self::Hybrid, Self::WorkBased];

    /// The name used in files and on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Onsite => "onsite",
            Self::Distance => "distance",
            Self::Hybrid => "hybrid",
            Self::WorkBased => "work_based",
        }
    }
}

impl std::str::FromStr for Modality {
    type Err = String;

    /// A modality by its name in files and on the command line.
    fn from_str(name: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .into_iter()
            .find(|m| m.as_str() == name)
            .ok_or_else(|| {
                format!(
                    "unknown modality \"{name}\": expected onsite, distance, hybrid or work_based"
                )
            })
    }
}

/// The certification an offer leads to.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Certification {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
}

/// One run of an offer, from its first to its last day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Session {
    pub start: Date,
    pub end: Date,
}

/// A training offer: one course at one body, perhaps in one centre.
#[derive(Clone, Debug, PartialEq)]
pub struct Offer {
    pub id: String,
    pub provider: ProviderIx,
    /// None for distance learning.
    pub centre: Option<CentreIx>,
    pub title: String,
    pub sector: Option<String>,
    /// EQF level, 1–8.
    pub level: Option<u8>,
    pub hours: f64,
    /// As written; `None` reads as [`Modality::Onsite`].
    pub modality: Option<Modality>,
    pub languages: Vec<String>,
    pub audiences: Vec<String>,
    /// As written; `None` reads as 0.
    pub cost_eur: Option<f64>,
    pub requires: Vec<CompetenceIx>,
    pub grants: Vec<CompetenceIx>,
    pub prepares: Vec<OccupationIx>,
    pub certification: Option<Certification>,
    pub badge: Option<String>,
    pub sessions: Vec<Session>,
    pub weeks: Option<u32>,
    pub description: Option<String>,
    pub url: Option<String>,
    pub origin: Origin,
}

impl Offer {
    /// How the offer is taught, `onsite` unless the file says otherwise.
    pub fn modality(&self) -> Modality {
        self.modality.unwrap_or_default()
    }

    /// The price in euros, 0 unless the file says otherwise.
    pub fn cost(&self) -> f64 {
        self.cost_eur.unwrap_or(0.0)
    }
}

/// What a link between two offers means.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum LinkKind {
    /// The next course in a line of training.
    Progression,
    /// A passage from one body's course to another's, usually backed by an agreement.
    Bridge,
    /// Two courses recognised as the same: either one counts for the other.
    Equivalence,
}

impl LinkKind {
    /// Every kind, in the order of the format's documentation.
    pub const ALL: [Self; 3] = [Self::Progression, Self::Bridge, Self::Equivalence];

    /// The name used in files and on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Progression => "progression",
            Self::Bridge => "bridge",
            Self::Equivalence => "equivalence",
        }
    }
}

/// A link between two offers, written by a catalogue editor.
#[derive(Clone, Debug, PartialEq)]
pub struct Link {
    pub from: OfferIx,
    pub to: OfferIx,
    pub kind: LinkKind,
    pub agreement: Option<AgreementIx>,
    pub credit_hours: Option<f64>,
    pub note: Option<String>,
    pub origin: Origin,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn provider(name: &str) -> Provider {
        Provider {
            id: "p".to_owned(),
            name: name.to_owned(),
            country: "FR".to_owned(),
            kind: None,
            region: None,
            url: None,
            centres: Vec::new(),
            origin: Origin {
                file: crate::model::FileIx(0),
                line: 1,
                column: 1,
            },
        }
    }

    #[test]
    fn shortens_body_names() {
        assert_eq!(
            provider("Afpa – Agence nationale pour la formation professionnelle des adultes")
                .short_name(),
            "Afpa"
        );
        assert_eq!(provider("Le Forem").short_name(), "Le Forem");
    }
}
