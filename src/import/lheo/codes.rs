//! LHÉO code lists as parcours values: levels (`dict-niveaux`), publics
//! (`code-public-vise`, Formacode V10 publics), NSF specialities as
//! sectors, and teaching modes (`dict-modalites-enseignement`).

use crate::model::Modality;

/// What a `code-niveau-sortie` says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Level {
    /// An EQF level.
    Eqf(u8),
    /// 0 (not communicated) or 1 (no specific level): nothing to keep.
    None,
    /// Not a code of `dict-niveaux`.
    Unknown,
}

/// The EQF level of a `dict-niveaux` code. The French levels of the 1969
/// table the codes name (VI to I) are matched to EQF as the 2019 national
/// framework matches its levels 1 to 7.
pub fn level(code: &str) -> Level {
    match code.trim() {
        "0" | "1" => Level::None,
        "2" => Level::Eqf(1), // niveau VI: illettrisme, analphabétisme
        "3" => Level::Eqf(2), // niveau V bis: préqualification
        "4" => Level::Eqf(3), // niveau V: CAP, BEP
        "5" => Level::Eqf(4), // niveau IV: baccalauréat, BP, BT
        "6" => Level::Eqf(5), // niveau III: BTS, DUT
        "7" => Level::Eqf(6), // niveau II: licence, maîtrise
        "8" => Level::Eqf(7), // niveau I: above the maîtrise
        _ => Level::Unknown,
    }
}

/// The parcours audiences of a public (a Formacode V10 "public visé"
/// code), and its label; `None` for a code not in the list.
pub fn public(code: &str) -> Option<(&'static [&'static str], &'static str)> {
    const JOB_SEEKERS: &[&str] = &["job_seekers"];
    const EMPLOYEES: &[&str] = &["employees"];
    const NONE: &[&str] = &[];
    Some(match code.trim() {
        "80001" => (JOB_SEEKERS, "Public sans emploi"),
        "80003" => (JOB_SEEKERS, "Demandeur d'emploi plus de 26 ans"),
        "80004" => (JOB_SEEKERS, "Cadre demandeur d'emploi"),
        "80005" => (JOB_SEEKERS, "Bénéficiaire du revenu de solidarité active"),
        "80006" => (JOB_SEEKERS, "Demandeur d'emploi"),
        "80007" => (JOB_SEEKERS, "Demandeur d'emploi longue durée"),
        "80008" => (JOB_SEEKERS, "Licencié pour motif économique"),
        "80009" => (
            &["job_seekers", "young_people"],
            "Demandeur d'emploi moins de 26 ans",
        ),
        "80015" => (JOB_SEEKERS, "Bénéficiaire allocation solidarité spécifique"),
        "80019" => (JOB_SEEKERS, "Bénéficiaire allocation retour à l'emploi"),
        "80023" => (JOB_SEEKERS, "Demandeur d'emploi dans le cadre du CIF"),
        "80026" => (JOB_SEEKERS, "Demandeur d'emploi dans le cadre du DIF"),
        "80098" => (&["young_people"], "Jeune (dans le cadre du plan jeune)"),
        "81024" => (&["young_people"], "Jeune"),
        "81042" => (&["refugees"], "Réfugié"),
        "81061" => (&["students"], "Public de la formation initiale"),
        "82027" => (
            &["apprentices"],
            "Public dans le cadre du contrat d'apprentissage",
        ),
        "82029" => (
            &["apprentices"],
            "Public dans le cadre du contrat de professionnalisation",
        ),
        "82044" => (EMPLOYEES, "Salarié"),
        "82045" => (EMPLOYEES, "Salarié en reconversion"),
        "82046" => (EMPLOYEES, "Salarié de l'artisanat"),
        "82047" => (EMPLOYEES, "Salarié en contrat aidé"),
        "82055" => (EMPLOYEES, "Agent de la fonction publique"),
        "82058" => (EMPLOYEES, "Public en emploi"),
        "82065" => (EMPLOYEES, "Salarié dans le cadre du plan de formation"),
        "82066" => (EMPLOYEES, "Salarié dans le cadre du CIF"),
        "82070" => (EMPLOYEES, "Agent de la fonction publique d'Etat"),
        "82071" => (EMPLOYEES, "Agent de la fonction publique hospitalière"),
        "82072" => (EMPLOYEES, "Salarié dans le cadre du DIF"),
        "82073" => (EMPLOYEES, "Salarié en période de professionnalisation"),
        "82074" => (EMPLOYEES, "Agent de la fonction publique territoriale"),
        "83056" => (&["job_seekers", "employees"], "Tout public"),
        // Known publics that no parcours audience stands for: reported.
        "80010" => (NONE, "Militaire en reconversion"),
        "81013" => (NONE, "Public sous main de justice"),
        "81014" => (NONE, "Élu"),
        "81018" => (NONE, "Femme"),
        "81019" => (NONE, "Public en situation d'illettrisme"),
        "81020" => (NONE, "Handicapé"),
        "81021" => (NONE, "Public analphabète"),
        "81022" => (NONE, "Immigré"),
        "81050" => (NONE, "Particulier, individuel"),
        "81060" => (NONE, "Conjoint collaborateur d'artisan"),
        "81062" => (NONE, "Conjoint collaborateur d'exploitant agricole"),
        "81069" => (NONE, "Bénévole"),
        "81099" => (NONE, "Autre public"),
        "82004" => (NONE, "Artisan"),
        "82009" => (NONE, "Commerçant"),
        "82016" => (NONE, "Formateur, enseignant"),
        "82017" => (NONE, "Exploitant agricole, salarié agricole"),
        "82038" => (NONE, "Profession libérale"),
        "82043" => (NONE, "Représentant du personnel"),
        "82067" => (NONE, "Membre du CHSCT"),
        "82068" => (NONE, "Membre du CE"),
        _ => return None,
    })
}

/// The parcours sector of an NSF speciality (its first three digits; a
/// letter after them, the function, does not change the sector).
pub fn sector(nsf: &str) -> Option<&'static str> {
    let group: u16 = nsf.trim().get(..3)?.parse().ok()?;
    Some(match group {
        100..=128 => "general",
        131 | 135 | 136 => "languages",
        130..=134 => "arts",
        200 | 201 | 220 | 222 | 224..=226 => "industry",
        210..=214 => "agriculture",
        221 => "agrifood",
        223 | 251 | 254 => "metal",
        227 => "energy",
        230..=234 => "construction",
        240..=243 => "textile",
        250 | 252 | 253 => "maintenance",
        255 => "electricity",
        300 | 310 | 312..=315 | 324 | 325 => "tertiary",
        311 => "logistics",
        320..=323 => "communication",
        326 => "digital",
        330..=332 | 336 => "care",
        333 => "training",
        334 => "hospitality",
        335 | 411 | 421 => "sport_and_leisure",
        340..=342 | 345 | 346 => "public_services",
        343 => "environment",
        344 => "security",
        410 | 412..=415 | 422 | 423 => "personal_development",
        _ => return None,
    })
}

/// The modality of a `modalites-enseignement` code.
pub fn teaching(code: &str) -> Option<Modality> {
    match code.trim() {
        "0" => Some(Modality::Onsite),
        "1" => Some(Modality::Hybrid),
        "2" => Some(Modality::Distance),
        _ => None,
    }
}

/// What a `modalites-alternance` text says about work-based learning.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Alternance {
    /// Empty, or a "no" ("Non", "Sans objet", "Aucune", "-").
    No,
    /// Names an apprenticeship or a professionalisation contract, or
    /// alternance itself.
    WorkBased,
    /// Something else, such as the dates of an internship.
    Other,
}

/// Reads a `modalites-alternance` text (free text in LHÉO).
pub fn alternance(text: &str) -> Alternance {
    let t = deunicode::deunicode(text).to_ascii_lowercase();
    let t = t.trim().trim_end_matches('.');
    if matches!(
        t,
        "" | "-"
            | "0"
            | "non"
            | "aucun"
            | "aucune"
            | "neant"
            | "sans objet"
            | "non concerne"
            | "nc"
            | "pas d'alternance"
    ) {
        return Alternance::No;
    }
    let work_based = [
        "alternance",
        "apprenti",
        "contrat de professionnalisation",
        "contrat pro",
    ];
    if t.starts_with("pas d") || t.starts_with("sans alternance") {
        Alternance::No
    } else if work_based.iter().any(|w| t.contains(w)) {
        Alternance::WorkBased
    } else {
        Alternance::Other
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn levels_follow_the_french_framework() {
        assert_eq!(level("4"), Level::Eqf(3));
        assert_eq!(level(" 8 "), Level::Eqf(7));
        assert_eq!(level("0"), Level::None);
        assert_eq!(level("9"), Level::Unknown);
    }

    #[test]
    fn publics_give_audiences_or_are_known_without_one() {
        assert_eq!(public("80006").unwrap().0, ["job_seekers"]);
        assert_eq!(public("83056").unwrap().0, ["job_seekers", "employees"]);
        assert_eq!(public("81020").unwrap(), (&[][..], "Handicapé"));
        assert_eq!(public("12345"), None);
    }

    #[test]
    fn nsf_groups_become_sectors() {
        assert_eq!(sector("254"), Some("metal"));
        assert_eq!(sector("254s"), Some("metal"));
        assert_eq!(sector("136"), Some("languages"));
        assert_eq!(sector("132"), Some("arts"));
        assert_eq!(sector("326n"), Some("digital"));
        assert_eq!(sector("999"), None);
        assert_eq!(sector("2"), None);
    }

    #[test]
    fn alternance_texts() {
        assert_eq!(alternance("Non."), Alternance::No);
        assert_eq!(alternance("Sans objet"), Alternance::No);
        assert_eq!(alternance("Pas d'alternance prévue"), Alternance::No);
        assert_eq!(
            alternance("Formation en alternance : 2 jours en centre"),
            Alternance::WorkBased
        );
        assert_eq!(alternance("Contrat d'apprentissage"), Alternance::WorkBased);
        assert_eq!(
            alternance("Stage en entreprise de juin à août"),
            Alternance::Other
        );
    }
}
