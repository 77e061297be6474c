//! The words of the graph and map views, in French (`pictures/fr.rs`)
//! and English (`pictures/en.rs`).

pub mod en;
pub mod fr;

use crate::picture::neighbourhood::Kind;

/// The pictures' words and phrasings in one language.
#[allow(clippy::struct_field_names)]
pub struct PicturesStrings {
    // The graph.
    /// "Graphe autour de « Soudeur » · profondeur 2 sur 3"
    pub graph_title: fn(title: &str, depth: usize, max: usize) -> String,
    /// A column's heading: how far from the centre, which way, how many.
    pub column: fn(distance: i32, count: usize) -> String,
    pub centre: &'static str,
    /// In the empty column beside the centre.
    pub nothing_leads_here: &'static str,
    pub leads_nowhere: &'static str,
    /// The counts of a cut column: "↑ 12 de plus".
    pub above: fn(usize) -> String,
    pub below: fn(usize) -> String,
    /// Columns left out for want of width: "◀ 2 colonnes".
    pub hidden_left: fn(usize) -> String,
    pub hidden_right: fn(usize) -> String,
    /// A kind of link, in a word or two for the legend.
    pub kind: fn(Kind) -> &'static str,
    pub seam: &'static str,
    // The map.
    pub map_title: &'static str,
    pub map_of: fn(title: &str) -> String,
    pub map_route: fn(steps: usize) -> String,
    pub places: &'static str,
    pub steps: &'static str,
    /// "12 formations"
    pub offers_at: fn(usize) -> String,
    /// Before the places the map leaves out.
    pub far: &'static str,
    /// An offer taught at a distance, which has no place on the map.
    pub no_place: &'static str,
    pub crosses: &'static str,
    pub route_step: &'static str,
    pub offers_here: &'static str,
    pub selection: &'static str,
    // Footer words where the action's own would mislead.
    pub hint_recentre: &'static str,
    pub hint_close: &'static str,
}

#[cfg(test)]
mod tests {
    use crate::tui::i18n::Lang;

    #[test]
    fn hints_fit_the_footer() {
        for lang in [Lang::Fr, Lang::En] {
            let s = lang.strings().pictures;
            for hint in [s.hint_recentre, s.hint_close] {
                assert!(hint.chars().count() <= 14, "{hint}");
            }
        }
    }
}
