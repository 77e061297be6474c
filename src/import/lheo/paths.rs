//! Which LHÉO elements parcours reads, by their path inside `<formation>`.
//!
//! Every element is one of three things: a container on the way to values
//! parcours reads (some open a new record), a value parcours reads, or
//! something parcours has no place for, which the import reports.

/// A record opened by a container element.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Opens {
    Nothing,
    Certification,
    Action,
    Place,
    Session,
    Responsible,
    Trainer,
}

/// A value parcours reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    Title,
    Objective,
    Content,
    Nsf,
    Rome,
    Rncp,
    Rs,
    Certifinfo,
    Level,
    FormationUrl,
    Module,
    SubModule,
    Prerequisite,
    BodySiret,
    BodyName,
    BodyLegalName,
    BodyUrl,
    BodyCountry,
    TrainerSiret,
    TrainerName,
    Public,
    Alternance,
    Teaching,
    Entry,
    ActionUrl,
    Language,
    PriceTotal,
    PriceHour,
    HoursCentre,
    HoursCompany,
    HoursTotal,
    PlaceName,
    PlacePostcode,
    PlaceCity,
    PlaceCountry,
    Latitude,
    Longitude,
    SessionStart,
    SessionEnd,
}

/// What an element is to parcours.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Node {
    Container(Opens),
    Value(Field),
    Unmapped,
}

/// What the element at `path` (the names below `<formation>`, the element
/// itself last) is.
pub fn classify(path: &[&str]) -> Node {
    use Field as F;
    use Node::{Container as C, Value as V};
    match path {
        ["action", rest @ ..] => action(rest),
        ["organisme-formation-responsable", rest @ ..] => responsible(rest),
        ["domaine-formation" | "url-formation" | "sous-modules" | "modules-prerequis"]
        | ["sous-modules", "sous-module"] => C(Opens::Nothing),
        ["certification"] => C(Opens::Certification),
        ["intitule-formation"] => V(F::Title),
        ["objectif-formation"] => V(F::Objective),
        ["contenu-formation"] => V(F::Content),
        ["domaine-formation", "code-NSF"] => V(F::Nsf),
        ["domaine-formation", "code-ROME"] => V(F::Rome),
        ["certification", "code-RNCP"] => V(F::Rncp),
        ["certification", "code-RS"] => V(F::Rs),
        ["certification", "code-CERTIFINFO"] => V(F::Certifinfo),
        ["code-niveau-sortie"] => V(F::Level),
        ["url-formation", "urlweb"] => V(F::FormationUrl),
        ["identifiant-module"] => V(F::Module),
        ["sous-modules", "sous-module", "reference-module"] => V(F::SubModule),
        ["modules-prerequis", "reference-module"] => V(F::Prerequisite),
        _ => Node::Unmapped,
    }
}

fn action(path: &[&str]) -> Node {
    use Field as F;
    use Node::{Container as C, Value as V};
    match path {
        [] => C(Opens::Action),
        ["lieu-de-formation"] => C(Opens::Place),
        ["lieu-de-formation", "coordonnees", rest @ ..] => place(rest),
        ["session"] => C(Opens::Session),
        ["session", "periode"] | ["url-action"] | ["organisme-formateur", "SIRET-formateur"] => {
            C(Opens::Nothing)
        }
        ["session", "periode", "debut"] => V(F::SessionStart),
        ["session", "periode", "fin"] => V(F::SessionEnd),
        ["organisme-formateur"] => C(Opens::Trainer),
        ["organisme-formateur", "SIRET-formateur", "SIRET"] => V(F::TrainerSiret),
        ["organisme-formateur", "raison-sociale-formateur"] => V(F::TrainerName),
        ["code-public-vise"] => V(F::Public),
        ["modalites-alternance"] => V(F::Alternance),
        ["modalites-enseignement"] => V(F::Teaching),
        ["modalites-entrees-sorties"] => V(F::Entry),
        ["url-action", "urlweb"] => V(F::ActionUrl),
        ["langue-formation"] => V(F::Language),
        ["prix-total-TTC"] => V(F::PriceTotal),
        ["prix-horaire-TTC"] => V(F::PriceHour),
        ["nombre-heures-centre"] => V(F::HoursCentre),
        ["nombre-heures-entreprise"] => V(F::HoursCompany),
        ["nombre-heures-total"] => V(F::HoursTotal),
        _ => Node::Unmapped,
    }
}

/// Inside `lieu-de-formation/coordonnees`.
fn place(path: &[&str]) -> Node {
    use Field as F;
    use Node::{Container as C, Value as V};
    match path {
        [] | ["adresse"] | ["adresse", "geolocalisation"] => C(Opens::Nothing),
        ["adresse", "denomination"] => V(F::PlaceName),
        ["adresse", "codepostal"] => V(F::PlacePostcode),
        ["adresse", "ville"] => V(F::PlaceCity),
        ["adresse", "pays"] => V(F::PlaceCountry),
        ["adresse", "geolocalisation", "latitude"] => V(F::Latitude),
        ["adresse", "geolocalisation", "longitude"] => V(F::Longitude),
        _ => Node::Unmapped,
    }
}

/// Inside `organisme-formation-responsable`.
fn responsible(path: &[&str]) -> Node {
    use Field as F;
    use Node::{Container as C, Value as V};
    match path {
        [] => C(Opens::Responsible),
        ["SIRET-organisme-formation" | "coordonnees-organisme"]
        | ["coordonnees-organisme", "coordonnees"]
        | ["coordonnees-organisme", "coordonnees", "web" | "adresse"] => C(Opens::Nothing),
        ["SIRET-organisme-formation", "SIRET"] => V(F::BodySiret),
        ["nom-organisme"] => V(F::BodyName),
        ["raison-sociale"] => V(F::BodyLegalName),
        ["coordonnees-organisme", "coordonnees", "web", "urlweb"] => V(F::BodyUrl),
        ["coordonnees-organisme", "coordonnees", "adresse", "pays"] => V(F::BodyCountry),
        _ => Node::Unmapped,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_containers_and_the_rest() {
        assert_eq!(classify(&["intitule-formation"]), Node::Value(Field::Title));
        assert_eq!(classify(&["action"]), Node::Container(Opens::Action));
        assert_eq!(
            classify(&[
                "action",
                "lieu-de-formation",
                "coordonnees",
                "adresse",
                "geolocalisation",
                "latitude"
            ]),
            Node::Value(Field::Latitude)
        );
        assert_eq!(
            classify(&[
                "organisme-formation-responsable",
                "SIRET-organisme-formation",
                "SIRET"
            ]),
            Node::Value(Field::BodySiret)
        );
        assert_eq!(classify(&["action", "rythme-formation"]), Node::Unmapped);
        assert_eq!(
            classify(&["domaine-formation", "code-FORMACODE"]),
            Node::Unmapped
        );
        assert_eq!(classify(&["intitule-formation", "b"]), Node::Unmapped);
    }
}
