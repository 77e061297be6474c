//! L'interface en français.

use super::{Strings, group_thousands};
use crate::model::{LinkKind, Modality};
use crate::tui::action::Action;
use crate::tui::keymap::KeyNames;

fn n(count: usize) -> String {
    group_thousands(count as u64, "\u{a0}")
}

fn plural(count: usize, one: &str, many: &str) -> String {
    format!("{} {}", n(count), if count > 1 { many } else { one })
}

pub static STRINGS: Strings = Strings {
    lang: super::Lang::Fr,
    colon: " : ",
    sample_name: "catalogue d'exemple (illustratif)",
    counts: |offers, bodies, links, agreements| {
        [
            plural(offers, "offre", "offres"),
            plural(bodies, "organisme", "organismes"),
            plural(links, "passerelle", "passerelles"),
            plural(agreements, "convention", "conventions"),
        ]
    },
    tabs: ["Catalogue", "Organismes et conventions", "Planificateur"],
    filters: "Filtres",
    no_filter: "aucun",
    search: "Recherche",
    sort: "Tri",
    sort_keys: ["titre", "durée", "niveau", "organisme", "ville"],
    levels: |min, max| {
        if min == max {
            format!("niveau {min}")
        } else {
            format!("niveaux {min}–{max}")
        }
    },
    shown_of: |shown, total| format!("{} sur {}", n(shown), n(total)),
    offers: "Offres",
    columns: ["Titre", "Organisme", "Ville", "Durée", "Niv.", "Modalité"],
    distance: "à distance",
    no_match: "Aucune offre ne correspond à la recherche et aux filtres.",
    way: "Chemin",
    detail: "Détail",
    body: "Organisme",
    centre: "Centre",
    sector: "Secteur",
    level: "Niveau",
    duration: "Durée",
    modality_label: "Modalité",
    languages: "Langues",
    audiences: "Publics",
    cost: "Coût",
    certification: "Certification",
    badge: "Badge",
    sessions: "Sessions",
    requires: "Prérequis",
    grants: "Acquis",
    prepares: "Métiers",
    description: "Description",
    url: "Site",
    source: "Fichier",
    level_text: |level| format!("{level} (cadre européen des certifications)"),
    duration_text: |hours, weeks| match weeks {
        Some(w) => format!("{hours} h · {w} semaine{}", if w > 1 { "s" } else { "" }),
        None => format!("{hours} h"),
    },
    open_entry: "entrée permanente, sans session fixe",
    next_session: "prochaine",
    past_session: "passée",
    date: |date| {
        let (y, m, d) = date.ymd();
        format!("{d:02}/{m:02}/{y:04}")
    },
    hours,
    hours_unit: |h| format!("{} h", hours(h)),
    euros: |e| {
        if e == 0.0 {
            "gratuit".to_owned()
        } else {
            format!("{} €", hours(e))
        }
    },
    session: |start, end| format!("du {start} au {end}"),
    none: "—",
    distance_learning: "formation à distance",
    links: "Passerelles",
    leads_to: "Mène à",
    comes_from: "Vient de",
    unlocks: "Ouvre ensuite",
    leads_here: "Y mènent",
    reach_scope: |steps| format!("parcours de {steps} formations au plus"),
    inferred: "déduite",
    credit: |credit, of| format!("{credit} h reconnues sur {of}"),
    agreement: "Convention",
    rests_on: "repose sur",
    seam: |from, to| {
        format!(
            "⚠ rupture : de {from} à {to}, aucune convention ne couvre ce changement d'organisme"
        )
    },
    reached: |hours, steps| format!("{hours} h · {steps} formations"),
    more: |count| format!("… et {} de plus", n(count)),
    note: "Note",
    to_do: |hours| format!("reste {hours} h"),
    bodies: "Organismes",
    agreements: "Conventions",
    country: "Pays",
    kind: "Type",
    region: "Région",
    centres: "Centres",
    parties: "Signataires",
    programme: "Programme",
    signed: "Signée le",
    until: "Jusqu'au",
    backed_links: "Passerelles appuyées",
    planner: &super::planner::fr::STRINGS,
    pictures: &super::pictures::fr::STRINGS,
    edit: &super::edit::fr::STRINGS,
    loading: &super::loading::FR,
    help_title: "Aide — les touches",
    contexts: [
        "Navigation",
        "Recherche",
        "Filtres",
        "Planificateur (en plus de la navigation)",
        "Choix dans une liste",
        "Saisie",
        "Plans enregistrés",
        "Confirmation",
        "Formulaire de modification",
        "Aide",
    ],
    filter_categories: [
        "Organisme",
        "Secteur",
        "Niveau minimum",
        "Niveau maximum",
        "Modalité",
        "Public",
        "Pays",
        "Langue",
    ],
    catalogue_errors: |source, errors| {
        format!(
            "le catalogue {source} contient {errors} erreur{} : corrigez-l{} (voir `parcours validate`) \
             puis relancez parcours",
            if errors > 1 { "s" } else { "" },
            if errors > 1 { "es" } else { "a" },
        )
    },
    not_a_terminal: "l'interface a besoin d'un terminal, et la sortie n'en est pas un : lancez \
                     parcours dans un terminal, ou utilisez une commande (parcours --help)",
    too_small: |w, h, min_w, min_h| {
        format!(
            "Fenêtre trop petite ({w}×{h}) : parcours a besoin d'au moins {min_w}×{min_h}. \
             Agrandissez-la, ou appuyez sur q pour quitter."
        )
    },
    keys: KeyNames {
        enter: "Entrée",
        esc: "Échap",
        backspace: "⌫",
        tab: "Tab",
        backtab: "Maj+Tab",
        space: "Espace",
        home: "Début",
        end: "Fin",
        page_up: "PgPréc",
        page_down: "PgSuiv",
        delete: "Suppr",
        insert: "Inser",
        ctrl: "Ctrl",
        alt: "Alt",
    },
    action,
    modality: |m| match m {
        Modality::Onsite => "présentiel",
        Modality::Distance => "à distance",
        Modality::Hybrid => "hybride",
        Modality::WorkBased => "alternance",
    },
    link_kind: |k| match k {
        LinkKind::Progression => "progression",
        LinkKind::Bridge => "passerelle",
        LinkKind::Equivalence => "équivalence",
    },
    sector_name: |s| {
        Some(match s {
            "agrifood" | "agri_food" => "agroalimentaire",
            "care" => "aide et soin aux personnes",
            "construction" => "construction",
            "digital" => "numérique",
            "hospitality" => "hôtellerie-restauration",
            "languages" => "langues",
            "logistics" => "logistique",
            "maintenance" | "industrial_maintenance" => "maintenance",
            "metal" => "métallurgie",
            "tertiary" => "tertiaire",
            "textile" => "textile",
            "training" => "formation",
            "energy" => "énergie",
            "transport" => "transport",
            // Secteurs que donne un import LHÉO (groupes NSF).
            "general" => "formation générale",
            "arts" => "arts et artisanat",
            "industry" => "industrie",
            "agriculture" => "agriculture",
            "electricity" => "électricité et électronique",
            "communication" => "communication",
            "sport_and_leisure" => "sport et loisirs",
            "public_services" => "services publics",
            "environment" => "environnement",
            "security" => "sécurité",
            "personal_development" => "développement personnel",
            _ => return None,
        })
    },
    audience_name: |a| {
        Some(match a {
            "job_seekers" => "demandeurs d'emploi",
            "employees" => "salariés",
            "students" => "étudiants",
            "young_people" => "jeunes",
            "refugees" => "réfugiés",
            "apprentices" => "apprentis",
            _ => return None,
        })
    },
    body_kind: |k| {
        Some(match k {
            "training_body" => "organisme de formation",
            "higher_education" => "enseignement supérieur",
            "validation_body" => "validation des compétences",
            "public_employment_service" => "service public de l'emploi",
            "adult_education" => "enseignement pour adultes",
            "competence_centre" => "centre de compétence",
            _ => return None,
        })
    },
    language_name: |l| {
        Some(match l {
            "fr" => "français",
            "nl" => "néerlandais",
            "de" => "allemand",
            "en" => "anglais",
            "pt" => "portugais",
            "lb" => "luxembourgeois",
            "es" => "espagnol",
            "it" => "italien",
            _ => return None,
        })
    },
    country_name: |c| {
        Some(match c {
            "FR" => "France",
            "BE" => "Belgique",
            "LU" => "Luxembourg",
            "NL" => "Pays-Bas",
            "DE" => "Allemagne",
            "PT" => "Portugal",
            "ES" => "Espagne",
            "IT" => "Italie",
            _ => return None,
        })
    },
};

fn action(a: Action) -> (&'static str, &'static str) {
    match a {
        Action::Quit => ("Quitter", "Quitter parcours"),
        Action::ShowHelp => ("Aide", "Afficher toutes les touches"),
        Action::ClosePopup => ("Fermer", "Fermer la fenêtre"),
        Action::NextScreen => ("Écran suiv.", "Écran suivant"),
        Action::PrevScreen => ("Écran préc.", "Écran précédent"),
        Action::ShowCatalogue => ("Catalogue", "Écran Catalogue"),
        Action::ShowBodies => ("Organismes", "Écran Organismes et conventions"),
        Action::ShowPlanner => ("Planificateur", "Écran Planificateur"),
        Action::FocusNextPane => ("Volet suiv.", "Volet suivant"),
        Action::FocusPrevPane => ("Volet préc.", "Volet précédent"),
        Action::FocusDetail => ("Détail", "Afficher le détail de l'offre"),
        Action::FocusLinks => ("Passerelles", "Afficher les passerelles de l'offre"),
        Action::SelectNext => ("Suivant", "Ligne suivante"),
        Action::SelectPrev => ("Précédent", "Ligne précédente"),
        Action::SelectFirst => ("Début", "Première ligne"),
        Action::SelectLast => ("Fin", "Dernière ligne"),
        Action::PageDown => ("Page suiv.", "Page suivante"),
        Action::PageUp => ("Page préc.", "Page précédente"),
        Action::FollowLink => ("Suivre", "Ouvrir l'offre, suivre la passerelle"),
        Action::GoBack => ("Retour", "Revenir en arrière sur le chemin suivi"),
        Action::OpenSearch => ("Chercher", "Chercher dans le catalogue en tapant"),
        Action::ConfirmSearch => ("Valider", "Garder la recherche et revenir à la liste"),
        Action::ClearSearch => ("Effacer", "Effacer la recherche"),
        Action::DeleteChar => ("Effacer car.", "Effacer le dernier caractère"),
        Action::OpenFilters => ("Filtres", "Filtrer les offres"),
        Action::ToggleFilter => ("Cocher", "Activer ou retirer ce filtre"),
        Action::DecreaseFilter => ("Baisser", "Baisser le niveau"),
        Action::IncreaseFilter => ("Monter", "Monter le niveau"),
        Action::ClearFilters => ("Tout effacer", "Retirer tous les filtres"),
        Action::CycleSort => ("Trier", "Trier selon la colonne suivante"),
        Action::ReverseSort => ("Inverser", "Inverser l'ordre du tri"),
        Action::PlanFromOffer => (
            "Départ ici",
            "Planifier un parcours depuis l'offre sélectionnée",
        ),
        Action::PlanToOffer => (
            "Objectif ici",
            "Planifier un parcours vers l'offre sélectionnée",
        ),
        Action::RunPlan => ("Chercher", "Chercher les parcours de la demande"),
        Action::PrevValue => ("Précédent", "Valeur, parcours ou type d'objectif précédent"),
        Action::NextValue => ("Suivant", "Valeur, parcours ou type d'objectif suivant"),
        Action::ClearValue => ("Vider", "Vider la ligne de la demande"),
        Action::SavePlan => (
            "Enregistrer",
            "Enregistrer le parcours sélectionné comme plan",
        ),
        Action::OpenPlans => ("Plans", "Les plans enregistrés"),
        Action::OpenPlan => (
            "Ouvrir",
            "Ouvrir le plan, recalculé sur le catalogue du jour",
        ),
        Action::RenamePlan => ("Renommer", "Renommer le plan"),
        Action::DeletePlan => ("Supprimer", "Supprimer le plan (après confirmation)"),
        Action::ExportPlan => ("Exporter", "Exporter le plan (Markdown, CSV ou JSON)"),
        Action::Choose => (
            "Choisir",
            "Choisir la ligne sélectionnée (ou celles cochées)",
        ),
        Action::ToggleMark => ("Cocher", "Cocher ou décocher la ligne sélectionnée"),
        Action::NextField => ("Champ suivant", "Champ suivant"),
        Action::PrevField => ("Champ préc.", "Champ précédent"),
        Action::Confirm => ("Valider", "Valider"),
        Action::ShowGraph => (
            "Graphe",
            "Graphe de l'offre ; Entrée recentre, Échap revient",
        ),
        Action::ShowMap => ("Carte", "Carte des centres, de l'offre, du parcours"),
        Action::IncreaseDepth => ("Plus loin", "Graphe : un pas de plus autour du centre"),
        Action::DecreaseDepth => ("Moins loin", "Graphe : un pas de moins autour du centre"),
        Action::OpenEditor => (
            "Éditeur",
            "Ouvrir l’élément dans $EDITOR à sa ligne, recharger",
        ),
        Action::EditItem
        | Action::NewItem
        | Action::DeleteItem
        | Action::AddLink
        | Action::OpenItems
        | Action::Undo
        | Action::Redo
        | Action::SaveEdits => super::edit::fr::action(a),
        Action::InsertChar(_)
        | Action::Resize { .. }
        | Action::Click { .. }
        | Action::ScrollUp { .. }
        | Action::ScrollDown { .. } => ("", ""),
    }
}

/// Hours in French: thousands apart with a no-break space.
pub fn hours(h: f64) -> String {
    if h.fract() == 0.0 && (0.0..1e15).contains(&h) {
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)] // whole, small
        let whole = h as u64;
        group_thousands(whole, "\u{a0}")
    } else {
        format!("{h:.1}").replace('.', ",")
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn writes_dates_and_hours_the_french_way() {
        let date = crate::model::Date::parse("2027-01-04").unwrap();
        assert_eq!((super::STRINGS.date)(date), "04/01/2027");
        assert_eq!(super::hours(1250.0), "1\u{a0}250");
        assert_eq!(super::hours(12.5), "12,5");
    }
}
