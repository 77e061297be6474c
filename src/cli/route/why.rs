//! Why a request has no route, in words.

use crate::model::Catalogue;
use crate::route::{ConstraintKind, NoRoute, Request, Start, Target};

/// Why there is no pathway, in words.
pub(crate) fn why_none(cat: &Catalogue, request: &Request, why: &NoRoute) -> String {
    let target = match request.target {
        Target::Offer(o) => format!("offer {}", cat.offer(o).id),
        Target::Occupation(o) => format!("occupation {}", cat.occupation(o).id),
        Target::Competence(c) => format!("competence {}", cat.competence(c).id),
    };
    let start = match &request.start {
        Start::From(o) => format!("offer {}", cat.offer(*o).id),
        Start::Holding(_) => "the competences held".to_owned(),
    };
    let options = |kinds: &[ConstraintKind]| {
        kinds
            .iter()
            .map(|k| k.option())
            .collect::<Vec<_>>()
            .join(", ")
    };
    match why {
        NoRoute::NoStart => "the competences held meet the requirements of no offer".to_owned(),
        NoRoute::NoTarget => format!("no offer leads to {target}"),
        NoRoute::Unreachable => format!(
            "{target} cannot be reached from {start} at all: no link or inferred progression leads there"
        ),
        NoRoute::StartExcluded(by) => format!("{start} is excluded by {}", options(by)),
        NoRoute::StartsExcluded => {
            "every offer a route could start with is excluded by the constraints".to_owned()
        }
        NoRoute::TargetExcluded => match request.target {
            Target::Offer(_) => format!("{target} is excluded by the constraints"),
            _ => format!("every offer that leads to {target} is excluded by the constraints"),
        },
        NoRoute::CutBy(by) if by.is_empty() => {
            "pathways exist, but the constraints together cut them all; relax several of them"
                .to_owned()
        }
        NoRoute::CutBy(by) => format!(
            "pathways exist, but the constraints cut them all; relaxing {} alone gives one",
            options(by).replace(", ", " or ")
        ),
        NoRoute::NoSessionLeft => format!(
            "pathways exist, but each meets an offer with no session left after the day it would be ready (starting {}); try --by hours, or an earlier --start",
            request.start_date
        ),
    }
}
