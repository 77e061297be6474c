//! The words of the Markdown export, in French and in English, for a job
//! seeker who has never seen parcours: plain sentences, dates and numbers
//! as each language writes them. Catalogue text arrives here already
//! escaped.

use crate::lang::{Lang, group_thousands};
use crate::model::{Date, Modality};

const MOIS: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];

/// The phrasing of one language.
#[derive(Clone, Copy, Debug)]
pub struct Words(pub Lang);

impl Words {
    /// The French or the English text.
    pub fn pick<T>(self, fr: T, en: T) -> T {
        match self.0 {
            Lang::Fr => fr,
            Lang::En => en,
        }
    }

    /// "7 décembre 2026", "1er mars 2027"; "7 December 2026".
    pub fn date(self, date: Date) -> String {
        let (y, m, d) = date.ymd();
        let m = m as usize - 1;
        match self.0 {
            Lang::Fr if d == 1 => format!("1er {} {y}", MOIS[m]),
            Lang::Fr => format!("{d} {} {y}", MOIS[m]),
            Lang::En => format!("{d} {} {y}", date.month_name()),
        }
    }

    /// "1 250" (no-break space), "12,5"; "1,250", "12.5".
    pub fn number(self, x: f64) -> String {
        // Tenths at most: 12.96 h reads 13, not 12.10.
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        let tenths = (x.abs() * 10.0).round() as u64;
        let grouped = group_thousands(tenths / 10, self.pick("\u{a0}", ","));
        match tenths % 10 {
            0 => grouped,
            d => format!("{grouped}{}{d}", self.pick(",", ".")),
        }
    }

    /// "1 250 heures", "1 heure"; "1,250 hours".
    pub fn hours(self, x: f64) -> String {
        let unit = match (self.0, x <= 1.0) {
            (Lang::Fr, true) => "heure",
            (Lang::Fr, false) => "heures",
            (Lang::En, true) if (x - 1.0).abs() < f64::EPSILON => "hour",
            (Lang::En, _) => "hours",
        };
        format!("{} {unit}", self.number(x))
    }

    /// "2 100 €"; "€2,100".
    pub fn euros(self, x: f64) -> String {
        let rounded = x.round();
        match self.0 {
            Lang::Fr => format!("{}\u{a0}€", self.number(rounded)),
            Lang::En => format!("€{}", self.number(rounded)),
        }
    }

    /// "3 étapes", "1 étape".
    pub fn count(self, n: usize, fr: (&str, &str), en: (&str, &str)) -> String {
        format!("{n} {}", self.noun(n, fr, en))
    }

    /// The singular or the plural, as `n` asks.
    pub fn noun<'a>(self, n: usize, fr: (&'a str, &'a str), en: (&'a str, &'a str)) -> &'a str {
        let (one, many) = self.pick(fr, en);
        if n == 1 { one } else { many }
    }

    /// A label and its colon: "Durée : "; "Duration: ".
    pub fn label(self, fr: &str, en: &str) -> String {
        self.colon(self.pick(fr, en))
    }

    /// A label of this language and its colon, with a space before it in
    /// French.
    pub fn colon(self, label: &str) -> String {
        match self.0 {
            Lang::Fr => format!("{label} : "),
            Lang::En => format!("{label}: "),
        }
    }

    /// A country's name, or its code when unknown.
    pub fn country(self, code: &str) -> String {
        (self.0.strings().country_name)(code).map_or_else(|| code.to_owned(), str::to_owned)
    }

    /// How a course is taught, when it is not plainly on site.
    pub fn modality(self, m: Modality) -> Option<&'static str> {
        match m {
            Modality::Onsite => None,
            Modality::Distance => Some(self.pick("à distance", "distance learning")),
            Modality::Hybrid => Some(self.pick(
                "en partie à distance, en partie sur place",
                "partly distance learning, partly on site",
            )),
            Modality::WorkBased => Some(self.pick(
                "en alternance, en entreprise et en centre",
                "work-based, in a company and at the centre",
            )),
        }
    }

    /// A list as a sentence: "A, B et C"; "A, B and C".
    pub fn and_list(self, items: &[String]) -> String {
        match items {
            [] => String::new(),
            [one] => one.clone(),
            [head @ .., last] => format!("{} {} {last}", head.join(", "), self.pick("et", "and")),
        }
    }

    /// The wait between two steps, when it is worth saying (two weeks or
    /// more): "7 mois après la fin de l'étape 1".
    pub fn wait(self, days: i32, previous: usize) -> Option<String> {
        if days < 14 {
            return None;
        }
        // Months of 30.4 days, rounded: what people say of a wait.
        let months = (f64::from(days) / 30.44).round();
        let span = if days < 60 {
            self.count(
                usize::try_from(days / 7).unwrap_or(0),
                ("semaine", "semaines"),
                ("week", "weeks"),
            )
        } else {
            #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
            let months = months as usize;
            self.count(months, ("mois", "mois"), ("month", "months"))
        };
        Some(self.pick(
            format!("{span} après la fin de l'étape {previous}"),
            format!("{span} after step {previous} ends"),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_and_numbers_read_as_each_language_writes_them() {
        let (fr, en) = (Words(Lang::Fr), Words(Lang::En));
        let d = Date::parse("2027-03-01").unwrap();
        assert_eq!(fr.date(d), "1er mars 2027");
        assert_eq!(en.date(d), "1 March 2027");
        assert_eq!(fr.hours(1250.0), "1\u{a0}250 heures");
        assert_eq!(en.hours(1250.0), "1,250 hours");
        assert_eq!(fr.hours(1.0), "1 heure");
        assert_eq!(fr.hours(0.0), "0 heure");
        assert_eq!(en.hours(0.5), "0.5 hours");
        assert_eq!(fr.number(12.5), "12,5");
        assert_eq!(en.number(12.96), "13");
        assert_eq!(fr.euros(2100.0), "2\u{a0}100\u{a0}€");
        assert_eq!(en.euros(2100.0), "€2,100");
        assert_eq!(
            fr.and_list(&["A".into(), "B".into(), "C".into()]),
            "A, B et C"
        );
    }

    #[test]
    fn waits_are_said_in_weeks_then_months() {
        let fr = Words(Lang::Fr);
        assert_eq!(fr.wait(10, 1), None);
        assert_eq!(
            fr.wait(21, 1).unwrap(),
            "3 semaines après la fin de l'étape 1"
        );
        assert_eq!(fr.wait(212, 2).unwrap(), "7 mois après la fin de l'étape 2");
        assert_eq!(
            Words(Lang::En).wait(31, 1).unwrap(),
            "4 weeks after step 1 ends"
        );
    }
}
