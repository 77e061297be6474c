//! Les images en français.

use super::PicturesStrings;
use crate::lang::group_thousands;
use crate::picture::neighbourhood::Kind;

fn n(count: usize) -> String {
    group_thousands(count as u64, "\u{202f}")
}

pub static STRINGS: PicturesStrings = PicturesStrings {
    graph_title: |title, depth, max| {
        format!("Graphe autour de « {title} » · profondeur {depth} sur {max}")
    },
    column: |distance, count| {
        let steps = distance.unsigned_abs();
        match (distance < 0, steps) {
            (true, 1) => format!("Y mènent ({})", n(count)),
            (true, _) => format!("{steps} étapes avant ({})", n(count)),
            (false, 1) => format!("Mène à ({})", n(count)),
            (false, _) => format!("{steps} étapes après ({})", n(count)),
        }
    },
    centre: "Centre",
    nothing_leads_here: "rien n'y mène",
    leads_nowhere: "ne mène à rien",
    above: |count| format!("↑ {} de plus", n(count)),
    below: |count| format!("↓ {} de plus", n(count)),
    hidden_left: |count| format!("◀ {count} col."),
    hidden_right: |count| format!("{count} col. ▶"),
    kind: |k| match k {
        Kind::Progression => "progression",
        Kind::Bridge => "passerelle",
        Kind::Equivalence => "équivalence",
        Kind::Inferred => "déduite",
    },
    seam: "rupture",
    map_title: "Carte des centres",
    map_of: |title| format!("Carte · « {title} »"),
    map_route: |steps| format!("Carte du parcours · {steps} étapes"),
    places: "Lieux",
    steps: "Étapes",
    offers_at: |count| {
        if count == 1 {
            "1 formation".to_owned()
        } else {
            format!("{} formations", n(count))
        }
    },
    far: "Hors carte",
    no_place: "formation à distance : aucun lieu sur la carte",
    crosses: "passage de frontière",
    route_step: "étape",
    offers_here: "formations du lieu",
    selection: "sélection",
    hint_recentre: "Recentrer",
    hint_close: "Fermer",
};
