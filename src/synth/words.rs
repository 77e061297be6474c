//! The words of a synthetic catalogue: sectors and what they teach, names
//! of bodies, programmes, notes.

use super::places::{Lang, Zone};

pub use super::sectors::SECTORS;

/// What a course is called at an EQF level (2–7), or as a short module.
pub fn title_prefix(lang: Lang, level: u8, short: bool) -> &'static str {
    let (module, by_level) = match lang {
        Lang::Fr => (
            "Module court",
            [
                "Formation qualifiante",
                "Titre professionnel",
                "Titre professionnel",
                "Formation Bac+2",
                "Licence professionnelle",
                "Master",
            ],
        ),
        Lang::Nl => (
            "Korte module",
            [
                "Basisopleiding",
                "Opleiding",
                "Opleiding",
                "Graduaat",
                "Bachelor",
                "Master",
            ],
        ),
        Lang::Pt => (
            "Formação modular",
            [
                "Curso de iniciação",
                "Curso profissional",
                "Curso profissional",
                "CTeSP",
                "Licenciatura",
                "Mestrado",
            ],
        ),
    };
    if short {
        module
    } else {
        by_level[usize::from(level.clamp(2, 7) - 2)]
    }
}

/// The kinds of bodies, and the format's name for each.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BodyKind {
    TrainingBody,
    PublicEmploymentService,
    SchoolNetwork,
    University,
}

impl BodyKind {
    pub const ALL: [Self; 4] = [
        Self::TrainingBody,
        Self::PublicEmploymentService,
        Self::SchoolNetwork,
        Self::University,
    ];
    pub const WEIGHTS: [u32; 4] = [55, 15, 20, 10];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::TrainingBody => "training_body",
            Self::PublicEmploymentService => "public_employment_service",
            Self::SchoolNetwork => "school_network",
            Self::University => "university",
        }
    }

    /// How many offers, out of 100, are at each EQF level 2–7.
    pub fn levels(self) -> [u32; 6] {
        match self {
            Self::TrainingBody => [15, 30, 25, 18, 9, 3],
            Self::PublicEmploymentService => [25, 35, 25, 10, 5, 0],
            Self::SchoolNetwork => [20, 35, 30, 15, 0, 0],
            Self::University => [0, 0, 5, 20, 45, 30],
        }
    }

    /// How many offers a body of this kind has, relative to the others.
    pub fn size(self) -> u32 {
        match self {
            Self::PublicEmploymentService => 20,
            Self::TrainingBody | Self::University => 10,
            Self::SchoolNetwork => 8,
        }
    }

    /// Patterns for a body's name; `{}` stands for its home city.
    pub fn names(self, zone: Zone) -> &'static [&'static str] {
        use Zone::{
            Bruxelles, GrandEst, HautsDeFrance, Luxembourg, Nederland, Portugal, Vlaanderen,
            Wallonie,
        };
        match (self, zone) {
            (Self::PublicEmploymentService, GrandEst | HautsDeFrance) => &["France Travail {}"],
            (Self::PublicEmploymentService, Wallonie) => &["Le Forem {}"],
            (Self::PublicEmploymentService, Bruxelles) => &["Bruxelles Formation {}"],
            (Self::PublicEmploymentService, Vlaanderen) => &["VDAB {}"],
            (Self::PublicEmploymentService, Luxembourg) => &["ADEM {}"],
            (Self::PublicEmploymentService, Portugal) => &["IEFP {}"],
            (Self::PublicEmploymentService, Nederland) => &["UWV {}"],
            (Self::TrainingBody, GrandEst | HautsDeFrance) => &[
                "Centre de formation {}",
                "Institut régional de formation {}",
                "Campus des métiers {}",
                "Espace formation {}",
            ],
            (Self::TrainingBody, Wallonie | Bruxelles) => &[
                "Centre de compétence {}",
                "IFAPME {}",
                "Centre de formation {}",
            ],
            (Self::TrainingBody, Vlaanderen) => &["Opleidingscentrum {}", "Syntra {}"],
            (Self::TrainingBody, Luxembourg) => &[
                "Institut de formation sectoriel {}",
                "Centre de formation {}",
            ],
            (Self::TrainingBody, Portugal) => &["Centro de Formação Profissional de {}"],
            (Self::TrainingBody, Nederland) => &["Opleidingscentrum {}", "Vakschool {}"],
            (Self::SchoolNetwork, GrandEst | HautsDeFrance) => {
                &["GRETA {}", "Lycée des métiers {}"]
            }
            (Self::SchoolNetwork, Wallonie | Bruxelles) => {
                &["Promotion sociale {}", "Institut technique {}"]
            }
            (Self::SchoolNetwork, Vlaanderen) => &["CVO {}"],
            (Self::SchoolNetwork, Luxembourg) => &["Lycée technique {}"],
            (Self::SchoolNetwork, Portugal) => &["Escola Profissional de {}"],
            (Self::SchoolNetwork, Nederland) => &["ROC {}"],
            (Self::University, GrandEst | HautsDeFrance) => &["Université de {}", "Cnam {}"],
            (Self::University, Wallonie | Bruxelles) => &["Université de {}", "Haute École de {}"],
            (Self::University, Vlaanderen | Nederland) => &["Hogeschool {}", "Universiteit {}"],
            (Self::University, Luxembourg) => &["Université du Luxembourg – {}"],
            (Self::University, Portugal) => &["Universidade de {}", "Instituto Politécnico de {}"],
        }
    }
}

/// The programme an agreement between these zones most likely belongs to.
pub fn programme(zones: &[Zone], draw: usize) -> Option<&'static str> {
    use Zone::{
        Bruxelles, GrandEst, HautsDeFrance, Luxembourg, Nederland, Portugal, Vlaanderen, Wallonie,
    };
    let has = |z: Zone| zones.contains(&z);
    let all_in = |set: &[Zone]| zones.iter().all(|z| set.contains(z));
    let one_country = zones.iter().all(|z| z.country() == zones[0].country());
    if one_country {
        return [Some("Contrat régional"), None, None][draw % 3];
    }
    if has(Portugal) {
        return Some("Erasmus+");
    }
    if all_in(&[GrandEst, Luxembourg, Wallonie]) {
        return Some("Interreg VI Grande Région");
    }
    if all_in(&[HautsDeFrance, GrandEst, Wallonie, Bruxelles, Vlaanderen]) {
        return Some("Interreg VI France-Wallonie-Vlaanderen");
    }
    if all_in(&[Vlaanderen, Nederland]) {
        return Some("Interreg VI Vlaanderen-Nederland");
    }
    if all_in(&[Wallonie, Vlaanderen, Nederland]) {
        return Some("Interreg VI Euregio Meuse-Rhin");
    }
    [Some("Erasmus+"), None][draw % 2]
}

/// What an agreement covers.
pub const AGREEMENT_NOTES: [&str; 5] = [
    "accueil, orientation",
    "reconnaissance mutuelle des acquis",
    "passerelles entre formations",
    "mobilité des stagiaires",
    "plateaux techniques partagés",
];

/// Why a bridge is there.
pub const BRIDGE_NOTES: [&str; 4] = [
    "modules 1–2 reconnus",
    "positionnement à l'entrée",
    "passerelle prévue par la convention",
    "entrée sur dossier",
];

/// Audiences, each with the chance (in %) that an offer lists it.
pub const AUDIENCES: [(&str, u32); 5] = [
    ("job_seekers", 80),
    ("employees", 45),
    ("students", 25),
    ("young_people", 25),
    ("refugees", 8),
];
