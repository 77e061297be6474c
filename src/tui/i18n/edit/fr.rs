//! Editing's words in French.

use super::EditStrings;
use crate::tui::app::edit::Notice;

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
};

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
    }
}
