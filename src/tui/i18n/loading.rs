//! The words of starting up (the loading screen, a catalogue's errors)
//! and of work under way, in French and English.

use super::group_thousands;

/// Starting up and work under way, in one language.
pub struct LoadingStrings {
    pub title: &'static str,
    /// The stages, in the order of `Stage::ALL`.
    pub stages: [&'static str; 5],
    /// "612 / 1 160 Mo": megabytes done of the total.
    pub megabytes: fn(done: u64, total: u64) -> String,
    /// "12 s": time since starting.
    pub seconds: fn(u64) -> String,
    /// The errors screen's title: "Le catalogue a 3 erreurs".
    pub failed: fn(errors: usize) -> String,
    /// Under it: what to do.
    pub failed_hint: &'static str,
    /// The errors pane's title.
    pub errors: &'static str,
    /// In the list's title while a worker searches.
    pub searching: &'static str,
}

fn megabytes(bytes: u64, separator: &str) -> String {
    group_thousands(bytes.div_ceil(1_000_000), separator)
}

pub static FR: LoadingStrings = LoadingStrings {
    title: "Chargement du catalogue",
    stages: [
        "Lecture des fichiers",
        "Vérification des règles",
        "Graphe des passerelles",
        "Index de recherche",
        "Tris des listes",
    ],
    megabytes: |done, total| {
        format!(
            "{} / {} Mo",
            megabytes(done, "\u{a0}"),
            megabytes(total, "\u{a0}")
        )
    },
    seconds: |s| format!("{s}\u{a0}s"),
    failed: |errors| match errors {
        1 => "Le catalogue a 1 erreur".to_owned(),
        n => format!("Le catalogue a {n} erreurs"),
    },
    failed_hint: "Corrigez-les (voir `parcours validate`), puis relancez parcours. \
                  En quittant, elles restent écrites dans le terminal.",
    errors: "Problèmes",
    searching: "recherche…",
};

pub static EN: LoadingStrings = LoadingStrings {
    title: "Loading the catalogue",
    stages: [
        "Reading the files",
        "Checking every rule",
        "Pathway graph",
        "Search index",
        "Sorting the lists",
    ],
    megabytes: |done, total| format!("{} / {} MB", megabytes(done, ","), megabytes(total, ",")),
    seconds: |s| format!("{s} s"),
    failed: |errors| match errors {
        1 => "The catalogue has 1 error".to_owned(),
        n => format!("The catalogue has {n} errors"),
    },
    failed_hint: "Fix them (see `parcours validate`), then start parcours again. \
                  When you quit, they stay written in the terminal.",
    errors: "Problems",
    searching: "searching…",
};
