//! Editing's words in French.

use super::EditStrings;
use crate::edit::{Action as Did, Conflict, Effect, ItemKind, Summary};
use crate::tui::app::edit::Notice;
use crate::tui::app::edit::draft::Bad;
use crate::tui::app::edit::overlay::{ChooseFor, InputFor};
use crate::tui::app::edit::schema::Shape;

pub static STRINGS: EditStrings = EditStrings {
    problems_title: |n| {
        format!(
            "{n} erreur{s} dans les fichiers — dernier catalogue valide affiché",
            s = if n == 1 { "" } else { "s" }
        )
    },
    more: |n| format!("… {n} de plus"),
    reloading: "rechargement…",
    notice,
    kind,
    form_title: |k, name| match name {
        Some(name) => format!("{} {name}", capital(kind(k))),
        None => format!("{} {}", new_word(k), kind(k)),
    },
    checking: "vérification…",
    unsaved: |n| {
        let s = if n == 1 { "" } else { "s" };
        format!("● {n} fichier{s} non enregistré{s}")
    },
    bad: |b| match b {
        Bad::NotANumber(t) => format!("« {t} » n’est pas un nombre"),
        Bad::NotWhole(t) => format!("« {t} » n’est pas un nombre entier"),
        Bad::Required => "obligatoire : donnez une valeur".to_owned(),
        Bad::Other(why) => why.clone(),
    },
    hint,
    add_entry: "+ ajouter (Entrée)",
    file: "fichier",
    home_file: "celui de son organisme",
    new_file: "un nouveau fichier…",
    create: "Créer",
    ready: "Aucun problème : Entrée sur « Créer » le crée.",
    typing: "Entrée la garde, Tab : champ suivant, Échap la laisse comme avant.",
    delete_title: |k, name| format!("Supprimer {}{} {name} ?", article(k), kind(k)),
    referrers: |n| {
        if n == 1 {
            "1 élément s’y réfère ; la suppression lui fait ceci :".to_owned()
        } else {
            format!("{n} éléments s’y réfèrent ; la suppression leur fait ceci :")
        }
    },
    no_referrers: "Rien ne s’y réfère.",
    effect: |e| match e {
        Effect::Deleted { field } => format!("supprimé aussi (son champ {field})"),
        Effect::Changed { fields } => fields
            .iter()
            .map(|(field, ids)| {
                if ids.is_empty() {
                    format!("{field} vidé")
                } else {
                    format!("{} retiré(s) de {field}", ids.join(", "))
                }
            })
            .collect::<Vec<_>>()
            .join(" ; "),
    },
    delete_question: "Supprimer ? Une seule annulation rétablit le tout.",
    quit_title: "Modifications non enregistrées",
    quit_text: |files| format!("Pas encore enregistré : {}.", files.join(", ")),
    quit_choices: [
        "Enregistrer, puis quitter",
        "Abandonner les modifications et quitter",
        "Rester : continuer à modifier",
    ],
    quit_letters: ['e', 'a', 'r'],
    conflict_title: "Modifié sur le disque",
    conflict_text: "Un autre programme a modifié ces fichiers depuis que parcours les a lus, et ils ont des modifications non enregistrées : parcours n’écrit rien par-dessus.",
    conflict_kind: |c| match c {
        Conflict::Deleted => "supprimé",
        Conflict::Changed { .. } => "modifié",
        Conflict::Appeared => "créé entre-temps",
    },
    conflict_choices: [
        "Les recharger depuis le disque (leurs modifications sont perdues)",
        "Enregistrer ma version ailleurs…",
        "Continuer à modifier (l’enregistrement s’arrêtera encore ici)",
    ],
    yes_reload: "Oui, recharger",
    keep: "Garder",
    conflict_letters: ['r', 'e', 'c'],
    saved_as: |path| format!("votre version écrite dans {path}"),
    reload_confirm: |files| {
        format!(
            "Recharger {} depuis le disque ? Vos modifications non enregistrées y seront perdues.",
            files.join(", ")
        )
    },
    input_title: |p| match p {
        InputFor::SaveAs(_) => "Enregistrer ma version sous",
        InputFor::Init => "L’exemple est en lecture seule",
        InputFor::NewFile => "Un nouveau fichier",
    },
    input_text: |p| {
        match p {
        InputFor::SaveAs(_) => "Le chemin où écrire votre version, pour comparer ou fusionner à la main (pas un .json du dossier du catalogue) :".to_owned(),
        InputFor::Init => "L’exemple intégré à parcours ne peut pas être modifié. L’écrire en fichiers modifiables (ce que fait `parcours init`) dans ce dossier, puis modifier ceux-ci :".to_owned(),
        InputFor::NewFile => "Le nom du nouveau fichier, dans le dossier du catalogue (finit par .json) :".to_owned(),
    }
    },
    error_title: "Non enregistré",
    edits_kept: "Vos modifications sont gardées en mémoire, et le fichier sur le disque est intact.",
    chooser_title: |purpose, k| match purpose {
        ChooseFor::Field(_) => format!("Choisir : {}", kind(k)),
        ChooseFor::Edit => "Modifier un élément".to_owned(),
        ChooseFor::LinkTo => "Nouvelle passerelle : l’offre où elle mène".to_owned(),
    },
    new_item: |k| format!("+ {} {}", new_word(k), kind(k)),
};

fn kind(k: ItemKind) -> &'static str {
    match k {
        ItemKind::Provider => "organisme",
        ItemKind::Centre => "centre",
        ItemKind::Agreement => "convention",
        ItemKind::Competence => "compétence",
        ItemKind::Occupation => "métier",
        ItemKind::Offer => "offre",
        ItemKind::Link => "passerelle",
    }
}

fn feminine(k: ItemKind) -> bool {
    matches!(
        k,
        ItemKind::Agreement | ItemKind::Competence | ItemKind::Offer | ItemKind::Link
    )
}

/// "Nouvelle offre", "Nouvel organisme", "Nouveau centre".
fn new_word(k: ItemKind) -> &'static str {
    if feminine(k) {
        "Nouvelle"
    } else if starts_with_vowel(kind(k)) {
        "Nouvel"
    } else {
        "Nouveau"
    }
}

fn starts_with_vowel(word: &str) -> bool {
    word.starts_with(['a', 'e', 'é', 'i', 'o', 'u'])
}

/// "l’offre", "la passerelle", "le centre".
fn article(k: ItemKind) -> &'static str {
    if starts_with_vowel(kind(k)) {
        "l’"
    } else if feminine(k) {
        "la "
    } else {
        "le "
    }
}

fn capital(word: &str) -> String {
    let mut c = word.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

fn hint(shape: Shape, required: bool) -> String {
    let what = match shape {
        Shape::Text => "Texte.".to_owned(),
        Shape::Number => "Un nombre (87,5 ou 87.5).".to_owned(),
        Shape::Integer => "Un nombre entier.".to_owned(),
        Shape::Choice(words) => format!("L’un de : {} (← → pour changer).", words.join(", ")),
        Shape::Ref(k) => format!(
            "L’identifiant d’un(e) {} : Entrée pour le choisir.",
            kind(k)
        ),
        Shape::Refs(k) => format!(
            "Des identifiants ({}), séparés par des virgules : Entrée pour choisir (Tab coche).",
            kind(k)
        ),
        Shape::Words => "Des mots, séparés par des virgules.".to_owned(),
        Shape::Group(_) | Shape::Entries(_) => String::new(),
    };
    if required {
        format!("{what} Obligatoire.")
    } else {
        format!("{what} Facultatif : x le vide.")
    }
}

fn summary(s: &Summary) -> String {
    let e = if feminine(s.kind) { "e" } else { "" };
    let did = match s.action {
        Did::Create => format!("créé{e}"),
        Did::Change => format!("modifié{e}"),
        Did::Delete => format!("supprimé{e}"),
    };
    let others = match s.others {
        0 => String::new(),
        1 => " avec 1 autre élément".to_owned(),
        n => format!(" avec {n} autres éléments"),
    };
    format!("{} {} {did}{others}", capital(kind(s.kind)), s.name)
}

fn notice(n: &Notice) -> String {
    match n {
        Notice::Reloaded => "Les fichiers ont changé : catalogue rechargé.".to_owned(),
        Notice::SelectionGone => {
            "Les fichiers ont changé : catalogue rechargé ; l’offre affichée n’y est plus."
                .to_owned()
        }
        Notice::EditorFailed(why) => format!("L’éditeur a échoué : {why}"),
        Notice::NoFile => {
            "Exemple en lecture seule : `parcours init` le copie pour l’éditer.".to_owned()
        }
        Notice::WatchFailed(why) => {
            format!("Fichiers non surveillés ({why}) : les changements s’affichent après E.")
        }
        Notice::Edited(s) => format!("{}.", summary(s)),
        Notice::Undone(s) => format!("Annulé : {}.", summary(s)),
        Notice::Redone(s) => format!("Rétabli : {}.", summary(s)),
        Notice::NothingToUndo => "Rien à annuler.".to_owned(),
        Notice::NothingToRedo => "Rien à rétablir.".to_owned(),
        Notice::Saved(0) => "Enregistré : les fichiers avaient déjà ces modifications.".to_owned(),
        Notice::Saved(n) => {
            let s = if *n == 1 { "" } else { "s" };
            format!("{n} fichier{s} enregistré{s}.")
        }
        Notice::NothingToSave => "Rien à enregistrer.".to_owned(),
        Notice::SavedAs(path) => format!("Votre version a été écrite dans {path}."),
        Notice::Reverted(files) => format!("Relu depuis le disque : {}.", files.join(", ")),
        Notice::Inited(dir) => {
            format!("L’exemple a été écrit dans {dir} : vous modifiez ces fichiers.")
        }
        Notice::Refused(why) => format!("Non fait : {why}"),
        Notice::NothingToEdit => {
            "Rien à modifier ici : choisissez une offre, une passerelle, un organisme ou une convention."
                .to_owned()
        }
        Notice::Gone(k, name) => {
            format!("{} {name} n’est plus dans le catalogue.", capital(kind(*k)))
        }
    }
}

/// The words of editing's actions (help and footer).
pub fn action(a: crate::tui::action::Action) -> (&'static str, &'static str) {
    use crate::tui::action::Action;
    match a {
        Action::EditItem => ("Modifier", "Modifier l’élément choisi"),
        Action::NewItem => ("Nouveau", "Un nouvel élément du genre montré ici"),
        Action::DeleteItem => ("Supprimer", "Supprimer l’élément choisi (demande avant)"),
        Action::AddLink => ("+ passerelle", "Une passerelle depuis l’offre affichée"),
        Action::OpenItems => ("Éléments", "Conventions, compétences, métiers"),
        Action::Undo => ("Annuler", "Annuler la dernière modification"),
        Action::Redo => ("Rétablir", "Refaire la dernière modification annulée"),
        Action::SaveEdits => ("Enregistrer", "Enregistrer les modifications"),
        _ => ("", ""),
    }
}
