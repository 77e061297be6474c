//! Le planificateur en français.

use super::PlannerStrings;
use crate::route::{ConstraintKind, Criterion};
use crate::tui::action::Action;
use crate::tui::app::planner::{Field, Part, PickFor, PickKind};
use crate::tui::keymap::Context;

fn months(count: i32) -> String {
    format!("{count} mois")
}

pub static STRINGS: PlannerStrings = PlannerStrings {
    form: "Demande",
    part: |part| match part {
        Part::Start => "Départ",
        Part::Goal => "Objectif",
        Part::Constraints => "Contraintes",
    },
    field: |field| match field {
        Field::From => "Formation suivie",
        Field::Holding => "ou compétences acquises",
        Field::Target => "Vers",
        Field::Criterion => "Le meilleur",
        Field::K => "Parcours à comparer",
        Field::StartDate => "Disponible à partir du",
        Field::Avoid => "Sans les organismes",
        Field::Only => "Seulement les organismes",
        Field::Modalities => "Modalités",
        Field::Audiences => "Public",
        Field::Countries => "Pays",
        Field::Languages => "Langues",
        Field::MaxLevel => "Niveau maximal",
        Field::Run => "▶ Chercher les parcours",
    },
    unset: |field| match field {
        Field::From | Field::Holding | Field::Target => "à choisir ({choose})",
        Field::Avoid | Field::MaxLevel => "aucun",
        Field::Modalities | Field::Languages => "toutes",
        _ => "tous",
    },
    criterion: |c| match c {
        Criterion::Hours => "le moins d'heures",
        Criterion::Seams => "le moins de ruptures",
        Criterion::Steps => "le moins d'étapes",
        Criterion::Cost => "le moins cher",
        Criterion::Distance => "le moins de kilomètres",
        Criterion::Finish => "la fin la plus proche",
    },
    kind: |kind| match kind {
        PickKind::Offer => "formation",
        PickKind::Occupation => "métier",
        PickKind::Competence => "compétence",
        PickKind::Body => "organisme",
        PickKind::Modality => "modalité",
        PickKind::Audience => "public",
        PickKind::Country => "pays",
        PickKind::Language => "langue",
    },
    named: |kind, name| match kind {
        PickKind::Occupation | PickKind::Body | PickKind::Audience | PickKind::Country => {
            format!("le {} « {name} »", (STRINGS.kind)(kind))
        }
        _ => format!("la {} « {name} »", (STRINGS.kind)(kind)),
    },
    constraint: |kind| match kind {
        ConstraintKind::AvoidProvider => "Sans les organismes",
        ConstraintKind::OnlyProvider => "Seulement les organismes",
        ConstraintKind::Modality => "Modalités",
        ConstraintKind::Audience => "Public",
        ConstraintKind::Country => "Pays",
        ConstraintKind::Language => "Langues",
        ConstraintKind::MaxLevel => "Niveau maximal",
    },
    competences: |n| {
        if n > 1 {
            format!("{n} compétences acquises")
        } else {
            format!("{n} compétence acquise")
        }
    },
    found: |count, criterion| match count {
        1 => format!("1 parcours trouvé, {criterion}"),
        n => format!("{n} parcours trouvés, le meilleur d'abord : {criterion}"),
    },
    none_found: "Aucun parcours : voyez pourquoi, et la contrainte à assouplir.",
    missing_start: "Choisissez d'abord le départ : une formation suivie, ou les compétences acquises.",
    missing_target: "Choisissez l'objectif : un métier, une formation ou une compétence.",
    stale: "La demande a changé depuis la recherche : {run} pour chercher à nouveau.",
    see_results: "{tab} pour voir les parcours.",
    searching: "Recherche des parcours en cours… {back} pour l'arrêter.",
    opening: |name| format!("Ouverture du plan « {name} » en cours… {{back}} pour l'arrêter."),
    search_stopped: "Recherche arrêtée.",
    request_ids_gone: |ids| {
        format!("Le catalogue a changé ; n'y sont plus : {ids}. La demande garde le reste.")
    },
    opening_stopped: |name| format!("Ouverture du plan « {name} » arrêtée."),
    ready_hint: "La demande est complète : {run} pour chercher les parcours.",
    start_hint: "Choisissez le départ et l'objectif ({choose}), puis {run} pour chercher.",
    from_set: |title| format!("Départ : {title}. Choisissez maintenant l'objectif ({{choose}})."),
    to_set: |title| format!("Objectif : {title}. Choisissez maintenant le départ ({{choose}})."),
    ready: |title| format!("{title} est dans la demande : {{run}} pour chercher les parcours."),
    opened: |name, changes| match changes {
        0 => format!("Plan « {name} » ouvert : rien n'a changé depuis son enregistrement."),
        1 => format!("Plan « {name} » ouvert : 1 changement depuis son enregistrement."),
        n => format!("Plan « {name} » ouvert : {n} changements depuis son enregistrement."),
    },
    welcome_title: "Parcours",
    welcome: &[
        "Avec la personne accompagnée : d'où elle part (une formation suivie, ou les \
         compétences qu'elle a acquises) et où elle veut aller (un métier, une formation \
         ou une compétence).",
        "Choisissez le départ et l'objectif dans la demande ({choose} sur la ligne), le \
         critère qui compte le plus, et les contraintes éventuelles, puis {run} pour chercher.",
        "Depuis le catalogue, {from} part de la formation sélectionnée et {to} en fait l'objectif.",
        "Les parcours trouvés s'affichent ici côte à côte, avec chaque étape, ce qui la \
         rend possible et son calendrier ; {save} enregistre le parcours choisi, {plans} ouvre les \
         plans enregistrés.",
    ],
    alternatives: "Parcours",
    columns: [
        "#",
        "Heures",
        "Rupt.",
        "Étapes",
        "Coût",
        "km",
        "Fin",
        "Organismes",
    ],
    saved_route: "plan",
    best: "★ le meilleur de la colonne",
    no_session: "sans session",
    steps: "Étapes",
    start_step: "point de départ",
    held_step: "accessible avec les compétences acquises",
    on_day: |date| format!("le {date}"),
    wait: |days| match days {
        1 => "attente 1 jour".to_owned(),
        2..14 => format!("attente {days} jours"),
        14..60 => format!("attente {} semaines", (days + 3) / 7),
        _ => format!("attente {}", months((days * 12 + 182) / 365)),
    },
    granted_by: |step| format!("acquises à l'étape {step}"),
    open_offer: "{choose} ouvre la formation",
    timeline: "Calendrier",
    span: |from, to, count| format!("{from} → {to} · {}", months(count)),
    months: [
        "janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.",
        "déc.",
    ],
    month_letters: ["J", "F", "M", "A", "M", "J", "J", "A", "S", "O", "N", "D"],
    legend: "█ formation   · attente",
    legend_whole: "◆ reconnue, rien à refaire",
    no_route: "Aucun parcours",
    why_no_start: "Les compétences acquises ne donnent accès à aucune formation du catalogue.",
    why_no_target: |target| format!("Aucune formation du catalogue ne mène vers {target}."),
    why_unreachable: |start, target| {
        format!(
            "Aucune passerelle ni progression ne mène depuis {start} vers {target}, même sans \
             aucune contrainte."
        )
    },
    why_start_excluded: |start, by| format!("Le départ, {start}, est lui-même exclu par : {by}."),
    why_starts_excluded: "Toutes les formations par lesquelles le parcours pourrait commencer \
                          sont exclues par les contraintes.",
    why_target_excluded: |target, one| {
        if one {
            format!("L'objectif, {target}, est exclu par les contraintes.")
        } else {
            format!(
                "Toutes les formations qui mènent vers {target} sont exclues par les contraintes."
            )
        }
    },
    why_cut: "Des parcours existent, mais les contraintes les coupent tous.",
    why_no_session: |date| {
        format!(
            "Des parcours existent, mais chacun passe par une formation qui n'a plus de session \
             une fois la personne prête (disponible à partir du {date})."
        )
    },
    try_no_start: "À essayer : ajouter des compétences acquises, ou partir d'une formation suivie.",
    try_other_goal: "À essayer : un autre objectif, par exemple le métier plutôt qu'une formation précise.",
    try_other_ends: "À essayer : un autre départ ou un autre objectif.",
    try_relax: |by, count| {
        if count > 1 {
            format!("À assouplir : {by}. Retirer une seule de ces contraintes suffit.")
        } else {
            format!("À assouplir : {by}.")
        }
    },
    try_relax_several: "À assouplir : il faut retirer plusieurs contraintes à la fois.",
    try_no_session: "À essayer : classer par heures plutôt que par la fin la plus proche, ou \
                     une date de disponibilité plus tôt.",
    relax_hint: "{choose} va à la ligne de la demande à changer ; {clear} la vide.",
    help: |context, action| {
        Some(match (context, action) {
            (Context::Planner, Action::GoBack) => "Revenir à la demande",
            (Context::Planner, Action::PrevValue) => {
                "Valeur précédente de la ligne ; parcours précédent"
            }
            (Context::Planner, Action::NextValue) => {
                "Valeur suivante de la ligne ; parcours suivant"
            }
            (Context::Planner, Action::Choose) => "Choisir pour la ligne ; ouvrir la formation",
            (Context::Planner, Action::ExportPlan) => "Exporter le plan ouvert",
            (Context::Picker, Action::PrevValue) => "Type d'objectif précédent",
            (Context::Picker, Action::NextValue) => "Type d'objectif suivant",
            (Context::Picker, Action::ClosePopup) => "Fermer sans choisir",
            (Context::Input, Action::ClosePopup) => "Fermer sans rien changer",
            (Context::Plans, Action::ClosePopup) => "Fermer la liste",
            (Context::Confirm, Action::Confirm) => "Oui",
            (Context::Confirm, Action::ClosePopup) => "Non",
            _ => return None,
        })
    },
    hint_change: "Changer",
    hint_next_pathway: "Parcours suiv.",
    hint_next_kind: "Type suivant",
    yes_delete: "Oui, supprimer",
    no: "Non",
    picker_title: |purpose| match purpose {
        PickFor::From => "Formation suivie",
        PickFor::Holding => "Compétences acquises",
        PickFor::Target => "Objectif",
        PickFor::Avoid => "Organismes à éviter",
        PickFor::Only => "Seulement ces organismes",
        PickFor::Modalities => "Modalités acceptées",
        PickFor::Audiences => "Public",
        PickFor::Countries => "Pays acceptés",
        PickFor::Languages => "Langues acceptées",
    },
    find: "Chercher",
    ticked: |n| match n {
        0 => "aucune cochée".to_owned(),
        1 => "1 cochée".to_owned(),
        n => format!("{n} cochées"),
    },
    nothing_found: "Rien ne correspond : effacez une lettre ou deux ({erase}).",
    save_title: "Enregistrer le plan",
    rename_title: "Renommer le plan",
    export_title: "Exporter le plan",
    date_title: "Disponible à partir du",
    delete_title: "Supprimer le plan",
    name: "Nom du plan",
    person: "Personne (réf.)",
    note: "Note",
    file: "Fichier",
    date: "Date",
    export_hint: "Le format suit l'extension : .md (à remettre à la personne), .csv (tableur) \
                  ou .json. Un nom sans dossier va dans le dossier des plans.",
    date_hint: "Sous la forme JJ/MM/AAAA ou AAAA-MM-JJ.",
    delete_question: |name| format!("Supprimer le plan « {name} » ? Son fichier sera effacé."),
    name_needed: "Donnez un nom au plan (par exemple le nom de la personne et l'objectif).",
    bad_date: "Date illisible : écrivez-la JJ/MM/AAAA (22/11/2026) ou AAAA-MM-JJ.",
    plans_title: "Plans enregistrés",
    no_plans: |dir| {
        format!(
            "Aucun plan enregistré pour l'instant dans {dir}. Cherchez des parcours, puis {{save}} \
             pour enregistrer celui qui est choisi."
        )
    },
    no_plans_dir: "Aucun dossier pour les plans : définissez PARCOURS_PLANS, ou un dossier \
                   personnel (HOME).",
    plan_line: |steps, saved| {
        if steps > 1 {
            format!("{steps} étapes · enregistré le {saved}")
        } else {
            format!("{steps} étape · enregistré le {saved}")
        }
    },
    unreadable: "illisible :",
    nothing_to_save: "Rien à enregistrer : cherchez d'abord des parcours ({run}), puis choisissez-en un.",
    saved: |name, path| format!("Plan « {name} » enregistré : {path}"),
    renamed: |old, new| format!("Plan « {old} » renommé « {new} »."),
    deleted: |name| format!("Plan « {name} » supprimé."),
    exported: |path| format!("Plan exporté : {path}"),
    save_first: "Enregistrez d'abord le plan ({save}), puis exportez-le ({export}) ; ou exportez-le depuis \
                 la liste des plans ({plans}).",
    unknown_format: "Extension inconnue : le fichier doit finir par .md, .csv ou .json.",
    plan_exists: |name| format!("Un plan s'appelle déjà « {name} » : choisissez un autre nom."),
    plan_not_found: |name| format!("Aucun plan ne s'appelle « {name} » (supprimé entre-temps ?)."),
    replace: |name| {
        format!(
            "Un plan s'appelle déjà « {name} » : {{confirm}} encore pour le remplacer, ou changez le nom."
        )
    },
    changes: "Depuis l'enregistrement",
    offer_gone: |id| format!("la formation {id} n'est plus au catalogue"),
    link_gone: |from, to| format!("plus de passerelle de {from} à {to}"),
    session_passed: |offer, start| format!("la session de {offer} du {start} est passée"),
    no_session_left: |offer| format!("{offer} n'a plus de session à venir"),
    better_route: |was, now| format!("un meilleur parcours existe : {now} (le plan : {was})"),
    totals_changed: |was, now| {
        format!("les chiffres du parcours ont changé : {now} (avant : {was})")
    },
    ids_gone: |ids| format!("la demande cite ce qui n'est plus au catalogue : {ids}"),
};
