//! The few words a DOT picture says besides the catalogue's own, in
//! French and in English.

use crate::lang::{Lang, group_thousands};
use crate::picture::neighbourhood::Kind;

/// The words of one language.
pub struct Words {
    /// The caption of the whole graph, of a neighbourhood, of routes.
    pub whole: fn(offers: usize) -> String,
    pub around: fn(title: &str, depth: usize) -> String,
    pub routes: fn(count: usize) -> String,
    pub kind: fn(Kind) -> &'static str,
    pub seam: &'static str,
    pub legend: &'static str,
    /// Hours with their unit: "1 250 h".
    pub hours: fn(f64) -> String,
    /// "120 h recognised"
    pub credit: fn(hours: &str) -> String,
    /// "route 2, step 3"
    pub step: fn(route: usize, step: usize, routes: usize) -> String,
}

/// Whole hours grouped by thousands; anything else with one decimal.
fn hours(h: f64, separator: &str, point: &str) -> String {
    if h.fract() == 0.0 && (0.0..1e15).contains(&h) {
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)] // whole, small
        let whole = h as u64;
        format!("{} h", group_thousands(whole, separator))
    } else {
        format!("{h:.1} h").replace('.', point)
    }
}

impl Words {
    pub const FR: Self = Self {
        whole: |n| format!("Toutes les passerelles ({n} formations)"),
        around: |title, depth| format!("Autour de « {title} » (profondeur {depth})"),
        routes: |n| {
            if n == 1 {
                "Parcours".to_owned()
            } else {
                format!("{n} parcours")
            }
        },
        kind: |k| match k {
            Kind::Progression => "progression",
            Kind::Bridge => "passerelle",
            Kind::Equivalence => "équivalence",
            Kind::Inferred => "déduite des compétences",
        },
        seam: "⚠ rupture : aucune convention",
        legend: "Légende",
        hours: |h| hours(h, "\u{202f}", ","),
        credit: |h| format!("{h} reconnues"),
        step: |route, step, routes| {
            if routes > 1 {
                format!("parcours {route}, étape {step}")
            } else {
                format!("étape {step}")
            }
        },
    };

    pub const EN: Self = Self {
        whole: |n| format!("Every link ({n} offers)"),
        around: |title, depth| format!("Around “{title}” (depth {depth})"),
        routes: |n| {
            if n == 1 {
                "Pathway".to_owned()
            } else {
                format!("{n} pathways")
            }
        },
        kind: |k| match k {
            Kind::Progression => "progression",
            Kind::Bridge => "bridge",
            Kind::Equivalence => "equivalence",
            Kind::Inferred => "inferred from competences",
        },
        seam: "⚠ seam: no agreement",
        legend: "Legend",
        hours: |h| hours(h, ",", "."),
        credit: |h| format!("{h} recognised"),
        step: |route, step, routes| {
            if routes > 1 {
                format!("pathway {route}, step {step}")
            } else {
                format!("step {step}")
            }
        },
    };

    /// The words of a language.
    pub fn of(lang: Lang) -> &'static Self {
        match lang {
            Lang::Fr => &Self::FR,
            Lang::En => &Self::EN,
        }
    }
}
