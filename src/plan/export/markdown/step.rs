//! One step of the Markdown letter: where, when, how long, and why it
//! follows the step before.

use std::fmt::Write as _;

use super::super::StepView;
use super::{Letter, esc};
use crate::model::{LinkKind, OfferIx};
use crate::route::reasons::Why;

impl Letter<'_, '_> {
    /// Writes step `i` (from 0) of `steps`.
    pub(super) fn step(&mut self, steps: &[StepView], i: usize) {
        let w = self.w;
        let view = &steps[i];
        let heading = w.colon(&w.pick(format!("Étape {}", i + 1), format!("Step {}", i + 1)));
        let Some(offer) = view.offer else {
            let gone = w.pick(
                "Cette formation n'est plus au catalogue.",
                "This course is no longer in the catalogue.",
            );
            self.line(format_args!("### {heading}{}\n\n- {gone}\n", esc(view.id)));
            return;
        };
        let o = self.ev.cat.offer(offer);
        self.line(format_args!("### {heading}{}\n", esc(&o.title)));
        let (city, country) = self.ev.place(offer);
        let place = city.map_or_else(
            || w.pick("à distance", "distance learning").to_owned(),
            |c| w.pick(format!("à {}", esc(c)), esc(c)),
        );
        let body = self.body(offer);
        self.item(
            ("Organisme", "Body"),
            format_args!("{body}, {place} ({})", w.country(country)),
        );
        if let Some(how) = w.modality(o.modality()) {
            self.item(("Forme", "Format"), how);
        }
        if let Some(dates) = self.dates(steps, i, offer) {
            self.item(("Dates", "Dates"), dates);
        }
        self.item(("Durée", "Duration"), self.duration(view, o.hours, i));
        if let Some(title) = o.certification.as_ref().and_then(|c| c.title.as_deref()) {
            self.item(("Certification visée", "Qualification"), esc(title));
        }
        let why = match &view.why {
            Some(why) => Some(self.reason(why, i)),
            None if i == 0 && view.step.is_some() => Some(self.first_reason(offer)),
            None => None,
        };
        if let Some(why) = why {
            self.item(("Pourquoi cette étape", "Why this step"), why);
        }
        if let Some((from, to)) = view.why.as_ref().and_then(|why| why.seam) {
            let cat = self.ev.cat;
            let (was, now) = (esc(&cat.provider(from).name), esc(&cat.provider(to).name));
            self.item(
                ("À savoir", "Good to know"),
                w.pick(
                    format!(
                        "aucune convention entre {was} et {now} ne couvre ce changement \
                         d'organisme. Demandez à {now} si ce que vous avez appris à l'étape {i} \
                         peut être reconnu, et comment vous inscrire."
                    ),
                    format!(
                        "no agreement between {was} and {now} covers this change of body. \
                         Ask {now} whether what you learnt in step {i} can be recognised, and \
                         how to enrol."
                    ),
                ),
            );
        }
        self.line("");
    }

    /// When step `i` is taken; None when the route cannot be followed, or
    /// when the step has nothing to attend.
    fn dates(&self, steps: &[StepView], i: usize, offer: OfferIx) -> Option<String> {
        let w = self.w;
        let step = steps[i].step?;
        let previous = i.checked_sub(1).and_then(|p| steps[p].step);
        match (step.start, step.end) {
            // Nothing to attend: the duration says why.
            _ if i > 0 && step.hours <= 0.0 => None,
            (Some(start), Some(end)) => {
                let (from, to) = (w.date(start), w.date(end));
                let mut text = if start == end {
                    w.pick(format!("le {from}"), format!("on {from}"))
                } else {
                    w.pick(format!("du {from} au {to}"), format!("{from} to {to}"))
                };
                let wait = previous.and_then(|p| p.end).and_then(|before| {
                    w.wait(start.days_since_epoch() - before.days_since_epoch() - 1, i)
                });
                if let Some(wait) = wait {
                    let _ = write!(text, ", {wait}");
                }
                Some(text)
            }
            _ if previous.is_some_and(|p| p.end.is_none()) => Some(w.pick(
                format!("à fixer, après l'étape {i}"),
                format!("to be set, after step {i}"),
            )),
            _ => {
                let body = self.body(offer);
                Some(w.pick(
                    format!(
                        "aucune session n'est programmée à ce jour pour les dates de votre \
                         parcours : renseignez-vous auprès de {body}"
                    ),
                    format!(
                        "no session is scheduled yet for the dates of your pathway: ask {body}"
                    ),
                ))
            }
        }
    }

    /// The hours to attend, and those recognised from step `i` (from 1).
    fn duration(&self, view: &StepView, total: f64, i: usize) -> String {
        let w = self.w;
        let credit = view.why.as_ref().map_or(0.0, |why| why.credit_hours);
        let to_do = view.step.map_or(total, |step| step.hours);
        if credit <= 0.0 {
            return w.hours(to_do);
        }
        let (recognised, of) = (w.hours(credit), w.number(total));
        if to_do <= 0.0 {
            let all = w.hours(total);
            w.pick(
                format!(
                    "aucune heure à suivre : ses {all} vous sont reconnues grâce à l'étape {i}"
                ),
                format!("nothing to attend: all its {all} are recognised from step {i}"),
            )
        } else {
            let hours = w.hours(to_do);
            w.pick(
                format!("{hours} ({recognised} sur {of} vous sont reconnues grâce à l'étape {i})"),
                format!("{hours} ({recognised} of its {of} are recognised from step {i})"),
            )
        }
    }

    /// Why the first step is where the pathway begins.
    fn first_reason(&self, offer: OfferIx) -> String {
        let w = self.w;
        let cat = self.ev.cat;
        if self.ev.plan.request.from.is_some() {
            return w
                .pick("c'est votre point de départ.", "it is your starting point.")
                .to_owned();
        }
        let requires: Vec<String> = cat
            .offer(offer)
            .requires
            .iter()
            .map(|c| esc(&cat.competence(*c).label))
            .collect();
        if requires.is_empty() {
            return w
                .pick(
                    "elle ne demande aucun prérequis.",
                    "it has no entry requirement.",
                )
                .to_owned();
        }
        let list = w.and_list(&requires);
        w.pick(
            format!("vous avez déjà ce qu'il faut pour y entrer : {list}."),
            format!("you already have what it requires: {list}."),
        )
    }

    /// Why a step follows step `i` (from 1), as a sentence.
    fn reason(&self, why: &Why, i: usize) -> String {
        let w = self.w;
        let cat = self.ev.cat;
        let mut text = match why.link {
            Some(LinkKind::Progression) => w.pick(
                format!("c'est la suite prévue de l'étape {i}"),
                format!("it is the planned next step after step {i}"),
            ),
            Some(LinkKind::Bridge) => w.pick(
                format!("une passerelle mène de l'étape {i} à cette formation"),
                format!("a bridge leads from step {i} to this course"),
            ),
            Some(LinkKind::Equivalence) => w.pick(
                format!("elle est reconnue équivalente à l'étape {i}"),
                format!("it is recognised as equivalent to step {i}"),
            ),
            None => {
                let labels: Vec<String> = why
                    .competences
                    .iter()
                    .map(|c| esc(&cat.competence(*c).label))
                    .collect();
                let labels = w.and_list(&labels);
                w.pick(
                    format!("l'étape {i} vous apporte ce qu'il faut pour y entrer : {labels}"),
                    format!("step {i} gives you what it requires: {labels}"),
                )
            }
        };
        if let Some(agreement) = why.agreement {
            let agreement = cat.agreement(agreement);
            let title = esc(&agreement.title);
            let _ = write!(text, " ({}{title}", w.label("accord", "agreement"));
            if let Some(p) = &agreement.programme {
                let p = esc(p);
                text.push_str(&w.pick(format!(", programme {p}"), format!(", {p} programme")));
            }
            text.push(')');
        }
        if let Some(note) = &why.note {
            let _ = write!(text, ". {}{}", w.label("Précision", "Note"), esc(note));
        }
        if !text.ends_with(['.', '!', '?']) {
            text.push('.');
        }
        text
    }
}
