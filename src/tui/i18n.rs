//! Every word the interface shows, in French and in English: one
//! [`Strings`] per language, in `i18n/fr.rs` and `i18n/en.rs`.
//!
//! Words that come from the catalogue (titles, names) are shown as
//! written; the catalogue's own vocabulary (sectors, audiences, modalities,
//! kinds of body, language and country codes) is translated where it is
//! known and shown as written otherwise.

pub mod edit;
mod en;
mod fr;
pub mod loading;
pub mod pictures;
pub mod planner;

pub use edit::EditStrings;
pub use loading::LoadingStrings;
pub use pictures::PicturesStrings;
pub use planner::PlannerStrings;

use super::action::Action;
use super::keymap::KeyNames;
pub use crate::lang::{Lang, group_thousands};
use crate::model::{Date, LinkKind, Modality};

impl Lang {
    /// The strings of this language.
    pub fn strings(self) -> &'static Strings {
        match self {
            Self::Fr => &fr::STRINGS,
            Self::En => &en::STRINGS,
        }
    }
}

/// The words and phrasings of one language.
#[allow(clippy::struct_field_names)]
pub struct Strings {
    pub lang: Lang,
    // Header and tabs.
    pub sample_name: &'static str,
    /// What follows a label: " : " in French, ": " in English.
    pub colon: &'static str,
    /// "217 offres", "12 organismes", "255 passerelles", "17 conventions":
    /// the header shows as many as fit, from the first.
    pub counts: fn(offers: usize, bodies: usize, links: usize, agreements: usize) -> [String; 4],
    pub tabs: [&'static str; 3],
    pub filters: &'static str,
    pub no_filter: &'static str,
    pub search: &'static str,
    pub sort: &'static str,
    /// Sort keys: title, hours, level, body, city.
    pub sort_keys: [&'static str; 5],
    pub levels: fn(min: u8, max: u8) -> String,
    /// "12 sur 217"
    pub shown_of: fn(shown: usize, total: usize) -> String,
    // The offer list.
    pub offers: &'static str,
    /// Column names: title, body, city, hours, level, modality.
    pub columns: [&'static str; 6],
    pub distance: &'static str,
    pub no_match: &'static str,
    pub way: &'static str,
    // The detail pane.
    pub detail: &'static str,
    pub body: &'static str,
    pub centre: &'static str,
    pub sector: &'static str,
    pub level: &'static str,
    pub duration: &'static str,
    pub modality_label: &'static str,
    pub languages: &'static str,
    pub audiences: &'static str,
    pub cost: &'static str,
    pub certification: &'static str,
    pub badge: &'static str,
    pub sessions: &'static str,
    pub requires: &'static str,
    pub grants: &'static str,
    pub prepares: &'static str,
    pub description: &'static str,
    pub url: &'static str,
    pub source: &'static str,
    pub level_text: fn(u8) -> String,
    pub duration_text: fn(hours: &str, weeks: Option<u32>) -> String,
    pub open_entry: &'static str,
    pub next_session: &'static str,
    pub past_session: &'static str,
    pub date: fn(Date) -> String,
    /// Hours as this language writes numbers (`1 250`, `1,250`).
    pub hours: fn(f64) -> String,
    /// Hours with their unit: "1 250 h".
    pub hours_unit: fn(f64) -> String,
    pub euros: fn(f64) -> String,
    pub session: fn(start: &str, end: &str) -> String,
    pub none: &'static str,
    pub distance_learning: &'static str,
    // The passerelles pane.
    pub links: &'static str,
    pub leads_to: &'static str,
    pub comes_from: &'static str,
    pub unlocks: &'static str,
    pub leads_here: &'static str,
    /// What "unlocks" and "leads here" look at: routes of at most so many
    /// offers (this one included), as `parcours reach` counts them.
    pub reach_scope: fn(max_steps: usize) -> String,
    pub inferred: &'static str,
    pub credit: fn(credit: &str, of: &str) -> String,
    pub agreement: &'static str,
    /// "repose sur", before the competences an inferred link rests on.
    pub rests_on: &'static str,
    /// "⚠ rupture : de Le Forem à Cnam Grand Est, …"
    pub seam: fn(from: &str, to: &str) -> String,
    /// The hours of the cheapest route and the offers in it.
    pub reached: fn(hours: &str, steps: usize) -> String,
    pub more: fn(usize) -> String,
    pub note: &'static str,
    pub to_do: fn(hours: &str) -> String,
    // Bodies and agreements.
    pub bodies: &'static str,
    pub agreements: &'static str,
    pub country: &'static str,
    pub kind: &'static str,
    pub region: &'static str,
    pub centres: &'static str,
    pub parties: &'static str,
    pub programme: &'static str,
    pub signed: &'static str,
    pub until: &'static str,
    pub backed_links: &'static str,
    // The planner.
    pub planner: &'static PlannerStrings,
    // The graph and the map.
    pub pictures: &'static PicturesStrings,
    pub edit: &'static EditStrings,
    // Starting up, and work under way.
    pub loading: &'static LoadingStrings,
    // Help, footer, popups.
    pub help_title: &'static str,
    /// The contexts of the key map, in the order of `Context::ALL`.
    pub contexts: [&'static str; 10],
    pub filter_categories: [&'static str; 8],
    /// On stderr when the catalogue has errors: the source, the count.
    pub catalogue_errors: fn(source: &str, errors: usize) -> String,
    /// On stderr when the output is not a terminal.
    pub not_a_terminal: &'static str,
    pub too_small: fn(width: u16, height: u16, min_width: u16, min_height: u16) -> String,
    pub keys: KeyNames,
    /// What an action does: a word or two for the footer, a sentence for
    /// the help.
    pub action: fn(Action) -> (&'static str, &'static str),
    pub modality: fn(Modality) -> &'static str,
    pub link_kind: fn(LinkKind) -> &'static str,
    /// The catalogue's vocabulary, where known.
    pub sector_name: fn(&str) -> Option<&'static str>,
    pub audience_name: fn(&str) -> Option<&'static str>,
    pub body_kind: fn(&str) -> Option<&'static str>,
    pub language_name: fn(&str) -> Option<&'static str>,
    pub country_name: fn(&str) -> Option<&'static str>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_action_is_described_in_both_languages() {
        for lang in [Lang::Fr, Lang::En] {
            let s = lang.strings();
            assert_eq!(s.lang, lang);
            for action in Action::BINDABLE {
                let (short, long) = (s.action)(action);
                assert!(!short.is_empty() && !long.is_empty(), "{action:?}");
                assert!(short.chars().count() <= 14, "{action:?}: {short}");
            }
        }
    }

    #[test]
    fn help_sentences_fit_the_help() {
        use crate::tui::keymap::{Context, KeyMap};
        // The help is 78 columns wide: borders, then 24 for the keys.
        let room = 78 - 2 - 24;
        let map = KeyMap::defaults();
        for lang in [Lang::Fr, Lang::En] {
            let s = lang.strings();
            for context in Context::ALL {
                for (action, _) in map.bindings(context) {
                    let long = (s.planner.help)(context, action).unwrap_or((s.action)(action).1);
                    assert!(
                        crate::tui::text::width(long) <= room,
                        "{lang:?} {context:?} {action:?}: {long}"
                    );
                }
            }
            for short in [
                s.planner.hint_change,
                s.planner.hint_next_pathway,
                s.planner.hint_next_kind,
                s.planner.yes_delete,
                s.planner.no,
            ] {
                assert!(short.chars().count() <= 14, "{short}");
            }
        }
    }
}
