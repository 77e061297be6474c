//! The plan as a Markdown letter to the job seeker: who and when, the
//! goal, the pathway in brief, each step with its reasons, the
//! counsellor's note. It reads as well printed raw as rendered, and links
//! nothing outside.

mod step;
mod summary;

use std::fmt::Write as _;

use super::Evaluated;
use super::escape::{markdown as esc, markdown_line};
use super::words::Words;
use crate::model::{Date, OfferIx};
use crate::plan::PlanTarget;

pub(super) fn write(ev: &Evaluated, w: Words) -> String {
    let mut letter = Letter {
        ev,
        w,
        out: String::new(),
    };
    letter.header();
    letter.goal();
    match &ev.route {
        Some(route) => letter.summary(route),
        None => letter.cannot_follow(),
    }
    letter.steps();
    letter.note();
    letter.closing();
    letter.out
}

/// The letter being written.
struct Letter<'e, 'a> {
    ev: &'e Evaluated<'a>,
    w: Words,
    out: String,
}

impl Letter<'_, '_> {
    /// Adds one line.
    fn line(&mut self, text: impl std::fmt::Display) {
        let _ = writeln!(self.out, "{text}");
    }

    /// Adds one list item: a label and its text.
    fn item(&mut self, label: (&str, &str), text: impl std::fmt::Display) {
        let label = self.w.label(label.0, label.1);
        self.line(format_args!("- {label}{text}"));
    }

    /// Quotes a title as each language does.
    fn quoted(&self, text: &str) -> String {
        self.w.pick(
            format!("«\u{a0}{text}\u{a0}»"),
            format!("\u{201c}{text}\u{201d}"),
        )
    }

    /// A body's name, escaped.
    fn body(&self, offer: OfferIx) -> String {
        let cat = self.ev.cat;
        esc(&cat.provider(cat.offer(offer).provider).name)
    }

    /// "la formation « X » (Le Forem, Liège)".
    fn course(&self, id: &str) -> String {
        let w = self.w;
        let Some(offer) = self.ev.cat.lookup.offer(id) else {
            return w.pick(
                format!("la formation {} (plus au catalogue)", esc(id)),
                format!("the course {} (no longer in the catalogue)", esc(id)),
            );
        };
        let place = self
            .ev
            .place(offer)
            .0
            .map_or_else(|| w.pick("à distance", "distance learning").to_owned(), esc);
        let title = self.quoted(&esc(&self.ev.cat.offer(offer).title));
        let what = w.pick("la formation", "the course");
        format!("{what} {title} ({}, {place})", self.body(offer))
    }

    fn header(&mut self) {
        let plan = self.ev.plan;
        let title = self
            .w
            .pick("Votre parcours de formation", "Your training pathway");
        self.line(format_args!("# {title}\n"));
        self.item(("Plan", "Plan"), esc(&plan.name));
        if !plan.person.is_empty() {
            self.item(("Référence", "Reference"), esc(&plan.person));
        }
        if let Ok(saved) = Date::parse(&plan.saved) {
            let prepared = self.w.pick(
                "Préparé avec votre conseiller ou conseillère le",
                "Prepared with your adviser on",
            );
            self.line(format_args!("- {prepared} {}", self.w.date(saved)));
        }
        self.line("");
    }

    fn goal(&mut self) {
        let (w, cat) = (self.w, self.ev.cat);
        let request = &self.ev.plan.request;
        let labelled = |kind: &str, id: &str, label: Option<&str>| {
            let text = label.map_or_else(|| esc(id), |l| self.quoted(&esc(l)));
            format!("{kind} {text}")
        };
        let start = match &request.from {
            Some(id) => self.course(id),
            None if request.holding.is_empty() => w
                .pick("aucun prérequis", "no particular requirement")
                .to_owned(),
            None => {
                let labels: Vec<String> = request
                    .holding
                    .iter()
                    .map(|id| {
                        cat.lookup
                            .competence(id)
                            .map_or_else(|| esc(id), |c| esc(&cat.competence(c).label))
                    })
                    .collect();
                w.colon(w.pick(
                    "les compétences que vous avez déjà",
                    "the competences you already have",
                )) + &labels.join(" ; ")
            }
        };
        let target = match &request.target {
            PlanTarget::Offer(id) => self.course(id),
            PlanTarget::Occupation(id) => labelled(
                w.pick("le métier", "the occupation"),
                id,
                cat.lookup
                    .occupation(id)
                    .map(|o| cat.occupation(o).label.as_str()),
            ),
            PlanTarget::Competence(id) => labelled(
                w.pick("la compétence", "the competence"),
                id,
                cat.lookup
                    .competence(id)
                    .map(|c| cat.competence(c).label.as_str()),
            ),
        };
        self.line(format_args!(
            "## {}\n",
            w.pick("Votre objectif", "Your goal")
        ));
        self.item(("Point de départ", "Starting point"), start);
        self.item(("Objectif", "Goal"), target);
        self.line("");
    }

    fn steps(&mut self) {
        let title = self.w.pick("Les étapes", "The steps");
        self.line(format_args!("## {title}\n"));
        let steps = self.ev.steps();
        for i in 0..steps.len() {
            self.step(&steps, i);
        }
    }

    fn note(&mut self) {
        let note = &self.ev.plan.note;
        if note.trim().is_empty() {
            return;
        }
        let title = self.w.pick(
            "Note de votre conseiller ou conseillère",
            "A note from your adviser",
        );
        self.line(format_args!("## {title}\n"));
        for line in note.lines() {
            let line = markdown_line(line.trim_end());
            if line.is_empty() {
                self.line(">");
            } else {
                self.line(format_args!("> {line}"));
            }
        }
        self.line("");
    }

    fn closing(&mut self) {
        let today = self.w.date(self.ev.today);
        let done = self.w.pick(
            format!(
                "Document établi le {today} avec parcours, d'après le catalogue des formations \
                 de ce jour. Les dates, les places et les conditions d'entrée peuvent changer : \
                 vérifiez-les auprès de chaque organisme avant de vous inscrire."
            ),
            format!(
                "Written on {today} with parcours, from the catalogue of courses of that day. \
                 Dates, places and entry requirements can change: check them with each body \
                 before you enrol."
            ),
        );
        self.line(format_args!("---\n\n{done}"));
        if self.ev.is_sample() {
            let sample = self.w.pick(
                "Les formations, les sessions et les passerelles de ce document viennent du \
                 catalogue d'exemple de parcours : elles sont illustratives, ce ne sont pas de \
                 vraies offres.",
                "The courses, sessions and bridges in this document come from the sample \
                 catalogue of parcours: they are illustrative, not real offers.",
            );
            self.line(format_args!("\n{sample}"));
        }
    }
}
