//! Why a step of a route is possible, as data: the link followed, the
//! agreement behind it, the hours recognised, the competences an inferred
//! step rests on, and the change of body no agreement covers. Each front
//! end (the command line, the interface, the exports) words it in its own
//! language.

use super::Route;
use crate::graph::Via;
use crate::model::{AgreementIx, Catalogue, CompetenceIx, LinkKind, OfferIx, ProviderIx};

/// Why one step follows the one before it.
#[derive(Clone, Debug, PartialEq)]
pub struct Why {
    /// The written link followed; None for an inferred progression.
    pub link: Option<LinkKind>,
    /// The agreement backing the link, if any.
    pub agreement: Option<AgreementIx>,
    /// The link's note, if any.
    pub note: Option<String>,
    /// Hours of this step's offer recognised from the previous one (0 if none).
    pub credit_hours: f64,
    /// For an inferred step: the competences this offer requires, all
    /// granted by the previous offer. Empty for written links.
    pub competences: Vec<CompetenceIx>,
    /// Set when the body changes and no agreement covers the change:
    /// (previous step's provider, this step's provider).
    pub seam: Option<(ProviderIx, ProviderIx)>,
}

/// Why step `i` of `route` is possible; None for the first step (i == 0).
///
/// # Panics
/// If `i` is not a step of the route.
pub fn why(cat: &Catalogue, route: &Route, i: usize) -> Option<Why> {
    let step = &route.steps[i];
    let via = step.via?;
    Some(of_edge(cat, route.steps[i - 1].offer, step.offer, &via))
}

/// Why a step through `via` from `from` to `to` is possible: for a step
/// of a route ([`why`]) and for an edge shown outside any route (the
/// interface's passerelles pane).
pub fn of_edge(cat: &Catalogue, from: OfferIx, to: OfferIx, via: &Via) -> Why {
    let link = via.link(cat);
    Why {
        link: link.map(|l| l.kind),
        agreement: link.and_then(|l| l.agreement),
        note: link.and_then(|l| l.note.clone()),
        credit_hours: via.credit(cat, to),
        // An inferred edge exists only where every requirement is granted
        // by the previous offer (DESIGN.md, "The pathway graph").
        competences: if link.is_none() {
            cat.offer(to).requires.clone()
        } else {
            Vec::new()
        },
        seam: via
            .seam
            .then(|| (cat.offer(from).provider, cat.offer(to).provider)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graph::PathwayGraph;
    use crate::load::{Source, load};
    use crate::model::Date;
    use crate::route::{Criterion, evaluate};

    fn sample() -> Catalogue {
        load(&Source::Sample).catalogue.expect("the sample loads")
    }

    fn route(cat: &Catalogue, ids: &[&str]) -> Route {
        let graph = PathwayGraph::new(cat);
        let offers: Vec<_> = ids.iter().map(|id| cat.lookup.offer(id).unwrap()).collect();
        evaluate(
            &graph,
            &offers,
            Criterion::Hours,
            Date::parse("2026-09-01").unwrap(),
        )
    }

    #[test]
    fn the_first_step_needs_no_reason() {
        let cat = sample();
        let r = route(&cat, &["afpa-metz-soudeur"]);
        assert_eq!(why(&cat, &r, 0), None);
    }

    #[test]
    fn a_written_link_gives_its_kind_agreement_note_and_credit() {
        let cat = sample();
        let (i, link) = cat
            .links
            .iter()
            .enumerate()
            .find(|(_, l)| l.agreement.is_some() && l.credit_hours.unwrap_or(0.0) > 0.0)
            .expect("the sample has a credited link with an agreement");
        let ids = [
            cat.offer(link.from).id.as_str(),
            cat.offer(link.to).id.as_str(),
        ];
        let r = route(&cat, &ids);
        let why = why(&cat, &r, 1).unwrap();
        // Parallel links may join the pair; the route follows one of them.
        let followed = r.steps[1].via.unwrap().link(&cat).unwrap();
        assert_eq!(why.link, Some(followed.kind));
        assert_eq!(why.agreement, followed.agreement);
        assert_eq!(why.note, followed.note);
        assert!(why.competences.is_empty());
        assert_eq!(why.seam, None, "an agreement covers link {i}");
        assert!(why.credit_hours > 0.0);
    }

    #[test]
    fn an_inferred_step_names_the_competences_and_a_seam_its_bodies() {
        let cat = sample();
        let r = route(
            &cat,
            &[
                "forem-liege-cariste",
                "forem-liege-gestionnaire-entrepot",
                "cnam-ge-metz-lp-logistique",
            ],
        );
        let inferred = (1..r.steps.len())
            .filter_map(|i| why(&cat, &r, i))
            .find(|w| w.link.is_none())
            .expect("an inferred step");
        assert!(!inferred.competences.is_empty());
        assert!(inferred.credit_hours.abs() < f64::EPSILON);
        let seam = (1..r.steps.len())
            .filter_map(|i| why(&cat, &r, i))
            .find_map(|w| w.seam)
            .expect("a seam");
        assert_eq!(cat.provider(seam.0).id, "forem");
        assert_eq!(cat.provider(seam.1).id, "cnam-grand-est");
    }
}
