//! What an edit works on: one item as written in a file ([`Record`]), and
//! where it sits ([`Address`]).

use crate::model::file::{
    AgreementRecord, CentreRecord, CompetenceRecord, LinkRecord, OccupationRecord, OfferRecord,
    ProviderRecord,
};

/// The kinds of items a catalogue holds: the loader's own, so that an
/// edit and a diagnostic name a kind the same way.
pub use crate::load::ItemKind;

/// A file of the document. Ids are never reused, and stay valid when a
/// new file is added (a file's place in the catalogue's load order may
/// change; see [`super::Document::file_of`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct FileId(pub(crate) usize);

impl FileId {
    /// The id as a number, for display or as a key.
    pub fn index(self) -> usize {
        self.0
    }
}

/// Where an item is in its file: its section and its index there. A
/// centre is inside its provider.
///
/// Indices move when an item before them is created or deleted: find an
/// item again by id after each edit ([`super::Document::find`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Slot {
    Provider(usize),
    Centre { provider: usize, centre: usize },
    Agreement(usize),
    Competence(usize),
    Occupation(usize),
    Offer(usize),
    Link(usize),
}

impl Slot {
    /// The kind of item that sits here.
    pub fn kind(self) -> ItemKind {
        match self {
            Self::Provider(_) => ItemKind::Provider,
            Self::Centre { .. } => ItemKind::Centre,
            Self::Agreement(_) => ItemKind::Agreement,
            Self::Competence(_) => ItemKind::Competence,
            Self::Occupation(_) => ItemKind::Occupation,
            Self::Offer(_) => ItemKind::Offer,
            Self::Link(_) => ItemKind::Link,
        }
    }

    /// The item's index in its list (a centre's among its provider's).
    pub fn index(self) -> usize {
        match self {
            Self::Provider(i)
            | Self::Agreement(i)
            | Self::Competence(i)
            | Self::Occupation(i)
            | Self::Offer(i)
            | Self::Link(i)
            | Self::Centre { centre: i, .. } => i,
        }
    }
}

/// An item's file and its place in that file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Address {
    pub file: FileId,
    pub slot: Slot,
}

/// A centre with the id of the provider it belongs to (in a file it is
/// written inside its provider).
#[derive(Clone, Debug, PartialEq)]
pub struct CentreOf {
    pub provider: String,
    pub centre: CentreRecord,
}

/// One item as it is written in a file, with references as ids.
///
/// A provider's record holds its centres: changing a provider with the
/// record [`super::Document::record`] gave keeps them as they were.
#[derive(Clone, Debug, PartialEq)]
#[allow(clippy::large_enum_variant)] // an offer is most of what is edited; boxing it would only add a step for callers
pub enum Record {
    Provider(ProviderRecord),
    Centre(CentreOf),
    Agreement(AgreementRecord),
    Competence(CompetenceRecord),
    Occupation(OccupationRecord),
    Offer(OfferRecord),
    Link(LinkRecord),
}

impl Record {
    /// The kind of item this is.
    pub fn kind(&self) -> ItemKind {
        match self {
            Self::Provider(_) => ItemKind::Provider,
            Self::Centre(_) => ItemKind::Centre,
            Self::Agreement(_) => ItemKind::Agreement,
            Self::Competence(_) => ItemKind::Competence,
            Self::Occupation(_) => ItemKind::Occupation,
            Self::Offer(_) => ItemKind::Offer,
            Self::Link(_) => ItemKind::Link,
        }
    }

    /// The item's id; a link, which has none, is named `FROM → TO (KIND)`.
    pub fn name(&self) -> String {
        match self {
            Self::Provider(p) => p.id.clone(),
            Self::Centre(c) => c.centre.id.clone(),
            Self::Agreement(a) => a.id.clone(),
            Self::Competence(c) => c.id.clone(),
            Self::Occupation(o) => o.id.clone(),
            Self::Offer(o) => o.id.clone(),
            Self::Link(l) => link_name(l),
        }
    }
}

/// How a link is named to a person: `FROM → TO (KIND)`.
pub fn link_name(link: &LinkRecord) -> String {
    format!("{} → {} ({})", link.from, link.to, link.kind.as_str())
}
