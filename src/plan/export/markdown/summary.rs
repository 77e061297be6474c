//! The pathway in brief, or why it can no longer be followed.

use super::Letter;
use super::esc;
use crate::plan::Change;
use crate::route::Route;

/// The step numbers (from 1) of a route's steps for which `pred` holds.
fn numbers(route: &Route, pred: impl Fn(usize) -> bool) -> Vec<String> {
    (0..route.steps.len())
        .filter(|i| pred(*i))
        .map(|i| (i + 1).to_string())
        .collect()
}

impl Letter<'_, '_> {
    pub(super) fn summary(&mut self, route: &Route) {
        let w = self.w;
        self.line(format_args!("## {}\n", w.pick("En bref", "In brief")));
        let credit: f64 = route
            .steps
            .iter()
            .filter_map(|s| s.via.map(|via| via.credit(self.ev.cat, s.offer)))
            .sum();
        let recognised = if credit > 0.0 {
            let hours = w.hours(credit);
            w.pick(
                format!(" ({hours} déjà reconnues)"),
                format!(" ({hours} already recognised)"),
            )
        } else {
            String::new()
        };
        let hours = w.hours(route.hours);
        self.line(format_args!(
            "- {}, {}{recognised}",
            w.count(route.steps.len(), ("étape", "étapes"), ("step", "steps")),
            w.pick(
                format!("{hours} de formation à suivre"),
                format!("{hours} of training to attend")
            ),
        ));
        let begin = route.steps.first().and_then(|s| s.start);
        if let (Some(begin), Some(end)) = (begin, route.finish) {
            let (from, to) = (w.date(begin), w.date(end));
            self.line(format_args!(
                "- {}",
                w.pick(format!("Du {from} au {to}"), format!("From {from} to {to}"))
            ));
        } else {
            let n = route
                .steps
                .iter()
                .position(|s| s.start.is_none())
                .map_or(1, |i| i + 1);
            self.item(
                ("Fin", "End"),
                w.pick(
                    format!(
                        "impossible à prévoir pour le moment, l'étape {n} n'a plus de session programmée"
                    ),
                    format!("cannot be foreseen for now, step {n} has no session scheduled"),
                ),
            );
        }
        self.places(route);
        if route.cost_eur > 0.0 {
            self.item(
                (
                    "Coût indiqué par les organismes",
                    "Cost given by the bodies",
                ),
                w.euros(route.cost_eur),
            );
        } else {
            self.item(("Coût", "Cost"), w.pick("gratuit", "free"));
        }
        let seams = numbers(route, |i| route.steps[i].seam);
        if !seams.is_empty() {
            let n = seams.len();
            let changes = w.count(
                n,
                ("changement d'organisme", "changements d'organisme"),
                ("change of body", "changes of body"),
            );
            let at = w.noun(n, ("à l'étape", "aux étapes"), ("at step", "at steps"));
            let without = w.pick("sans convention,", "without an agreement,");
            let below = w.pick("(voir plus bas)", "(see below)");
            self.item(
                ("À vérifier", "To check"),
                format_args!("{changes} {without} {at} {} {below}", w.and_list(&seams)),
            );
        }
        self.line("");
    }

    /// The bodies, the countries and the border crossings of a route.
    fn places(&mut self, route: &Route) {
        let w = self.w;
        let mut bodies: Vec<String> = Vec::new();
        let mut countries: Vec<String> = Vec::new();
        for s in &route.steps {
            let name = self.body(s.offer);
            if !bodies.contains(&name) {
                bodies.push(name);
            }
            let country = w.country(self.ev.place(s.offer).1);
            if !countries.contains(&country) {
                countries.push(country);
            }
        }
        let country = |i: usize| self.ev.place(route.steps[i].offer).1;
        let borders = numbers(route, |i| i > 0 && country(i - 1) != country(i));
        let label = w.noun(
            bodies.len(),
            ("Organisme", "Organismes"),
            ("Body", "Bodies"),
        );
        self.line(format_args!("- {}{}", w.colon(label), w.and_list(&bodies)));
        let n = countries.len();
        let label = w.colon(w.noun(n, ("Pays", "Pays"), ("Country", "Countries")));
        let places = w.and_list(&countries);
        if borders.is_empty() {
            self.line(format_args!("- {label}{places}"));
        } else {
            let b = borders.len();
            self.line(format_args!(
                "- {label}{places}, {} {} ({} {})",
                w.pick("avec", "with"),
                w.count(
                    b,
                    ("passage de frontière", "passages de frontière"),
                    ("border crossing", "border crossings")
                ),
                w.noun(b, ("étape", "étapes"), ("step", "steps")),
                w.and_list(&borders)
            ));
        }
    }

    pub(super) fn cannot_follow(&mut self) {
        let w = self.w;
        let route = &self.ev.plan.route;
        let number = |id: &str| route.iter().position(|r| r == id).map_or(0, |i| i + 1);
        let reasons: Vec<String> = self
            .ev
            .changes
            .iter()
            .filter_map(|c| match c {
                Change::OfferGone { id } => {
                    let (n, id) = (number(id), esc(id));
                    Some(w.pick(
                        format!("la formation de l'étape {n} ({id}) n'est plus au catalogue"),
                        format!("the course of step {n} ({id}) is no longer in the catalogue"),
                    ))
                }
                Change::LinkGone { from, .. } => {
                    let n = number(from);
                    Some(w.pick(
                        format!(
                            "le passage de l'étape {n} à l'étape {} n'est plus possible",
                            n + 1
                        ),
                        format!("step {} no longer follows from step {n}", n + 1),
                    ))
                }
                _ => None,
            })
            .collect();
        let warning = w.pick(
            "**Attention :** ce parcours ne peut plus être suivi tel quel :",
            "**Please note:** this pathway can no longer be followed as it stands:",
        );
        let talk = w.pick(
            "Parlez-en avec votre conseiller ou conseillère.",
            "Talk it over with your adviser.",
        );
        self.line(format_args!("{warning} {}. {talk}\n", reasons.join(" ; ")));
    }
}
