//! The pictures in English.

use super::PicturesStrings;
use crate::lang::group_thousands;
use crate::picture::neighbourhood::Kind;

fn n(count: usize) -> String {
    group_thousands(count as u64, ",")
}

pub static STRINGS: PicturesStrings = PicturesStrings {
    graph_title: |title, depth, max| format!("Graph around “{title}” · depth {depth} of {max}"),
    column: |distance, count| {
        let steps = distance.unsigned_abs();
        match (distance < 0, steps) {
            (true, 1) => format!("Leads here ({})", n(count)),
            (true, _) => format!("{steps} steps before ({})", n(count)),
            (false, 1) => format!("Leads to ({})", n(count)),
            (false, _) => format!("{steps} steps on ({})", n(count)),
        }
    },
    centre: "Centre",
    nothing_leads_here: "nothing leads here",
    leads_nowhere: "leads nowhere",
    above: |count| format!("↑ {} more", n(count)),
    below: |count| format!("↓ {} more", n(count)),
    hidden_left: |count| format!("◀ {count} col."),
    hidden_right: |count| format!("{count} col. ▶"),
    kind: |k| match k {
        Kind::Progression => "progression",
        Kind::Bridge => "bridge",
        Kind::Equivalence => "equivalence",
        Kind::Inferred => "inferred",
    },
    seam: "seam",
    map_title: "Map of the centres",
    map_of: |title| format!("Map · “{title}”"),
    map_route: |steps| format!("Map of the pathway · {steps} steps"),
    places: "Places",
    steps: "Steps",
    offers_at: |count| {
        if count == 1 {
            "1 offer".to_owned()
        } else {
            format!("{} offers", n(count))
        }
    },
    far: "Off the map",
    no_place: "distance learning: no place on the map",
    crosses: "crosses a border",
    route_step: "step",
    offers_here: "offers taught there",
    selection: "selected",
    hint_recentre: "Re-centre",
    hint_close: "Close",
};
