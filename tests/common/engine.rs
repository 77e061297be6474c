//! The engine seen through a [`Spec`]: requests made from positions, and
//! its routes checked step by step against an evaluation of the oracle.

use parcours::graph::{EdgeKind, PathwayGraph};
use parcours::model::{Catalogue, Date, Modality};
use parcours::route::{Constraints, Criterion, Request, Route, Start, Target, find};
use serde_json::json;

use super::dates::{engine_date, from_engine_date, ymd};
use super::oracle::{OEval, approx};
use super::spec::{
    AUDIENCES, COUNTRIES, CRITERIA, LANGUAGES, MODALITIES, RStart, RTarget, Req, Spec, load_text,
};

pub struct Engine {
    pub cat: Catalogue,
    pub graph: PathwayGraph,
}

impl Engine {
    pub fn new(spec: &Spec) -> Self {
        let cat = load_text(&spec.json_text());
        let graph = PathwayGraph::new(&cat);
        Self { cat, graph }
    }

    pub fn request(&self, req: &Req) -> Request {
        let l = &self.cat.lookup;
        let offer = |i: usize| l.offer(&format!("x{i}")).unwrap();
        let provider = |i: usize| l.provider(&format!("p{i}")).unwrap();
        let competence = |i: usize| l.competence(&format!("c{i}")).unwrap();
        let modality =
            |i: usize| -> Modality { serde_json::from_value(json!(MODALITIES[i])).unwrap() };
        Request {
            start: match &req.start {
                RStart::From(o) => Start::From(offer(*o)),
                RStart::Holding(cs) => Start::Holding(cs.iter().map(|&c| competence(c)).collect()),
            },
            target: match req.target {
                RTarget::Offer(o) => Target::Offer(offer(o)),
                RTarget::Occupation(o) => {
                    Target::Occupation(l.occupation(&format!("o{o}")).unwrap())
                }
                RTarget::Competence(c) => Target::Competence(competence(c)),
            },
            criterion: req.criterion_name().parse::<Criterion>().unwrap(),
            k: req.k,
            start_date: engine_date(req.start_day),
            constraints: Constraints {
                avoid_providers: req.cons.avoid.iter().map(|&p| provider(p)).collect(),
                only_providers: req.cons.only.iter().map(|&p| provider(p)).collect(),
                modalities: req.cons.modalities.iter().map(|&m| modality(m)).collect(),
                audiences: req
                    .cons
                    .audiences
                    .iter()
                    .map(|&a| AUDIENCES[a].to_owned())
                    .collect(),
                countries: req
                    .cons
                    .countries
                    .iter()
                    .map(|&c| COUNTRIES[c].to_owned())
                    .collect(),
                languages: req
                    .cons
                    .languages
                    .iter()
                    .map(|&c| LANGUAGES[c].to_owned())
                    .collect(),
                max_level: req.cons.max_level,
            },
        }
    }

    pub fn find(&self, req: &Req) -> Vec<Route> {
        find(&self.cat, &self.graph, &self.request(req))
    }

    /// My position of an engine offer (ids are `x{n}`).
    pub fn mine(&self, ix: parcours::model::OfferIx) -> usize {
        self.cat.offer(ix).id[1..].parse().unwrap()
    }

    pub fn offers(&self, route: &Route) -> Vec<usize> {
        route.offers().into_iter().map(|o| self.mine(o)).collect()
    }
}

/// Whether the engine's figures for a route are those of one evaluation.
pub fn same_figures(engine: &Engine, route: &Route, e: &OEval) -> Result<(), String> {
    let mut problems = Vec::new();
    if route.steps.len() != e.steps.len() {
        return Err(format!(
            "{} steps, expected {}",
            route.steps.len(),
            e.steps.len()
        ));
    }
    for (i, (s, o)) in route.steps.iter().zip(&e.steps).enumerate() {
        let id = &engine.cat.offer(s.offer).id;
        if engine.mine(s.offer) != o.offer {
            problems.push(format!("step {i}: offer {id}, expected x{}", o.offer));
        }
        if !approx(s.hours, o.hours) {
            problems.push(format!(
                "step {i} ({id}): hours {}, expected {}",
                s.hours, o.hours
            ));
        }
        if s.seam != o.seam {
            problems.push(format!(
                "step {i} ({id}): seam {}, expected {}",
                s.seam, o.seam
            ));
        }
        if !approx(s.cost_eur, o.cost) {
            problems.push(format!(
                "step {i} ({id}): cost {}, expected {}",
                s.cost_eur, o.cost
            ));
        }
        if !approx(s.km, o.km) {
            problems.push(format!("step {i} ({id}): km {}, expected {}", s.km, o.km));
        }
        let d = |x: Option<Date>| x.map(|d| d.to_string());
        let m = |x: Option<i32>| x.map(ymd);
        if d(s.start) != m(o.start) || d(s.end) != m(o.end) {
            problems.push(format!(
                "step {i} ({id}): dates {:?}..{:?}, expected {:?}..{:?}",
                d(s.start),
                d(s.end),
                m(o.start),
                m(o.end)
            ));
        }
        match (i, &s.via) {
            (0, None) => {}
            (0, Some(_)) => problems.push("first step has a via".into()),
            (_, None) => problems.push(format!("step {i} has no via")),
            (_, Some(v)) => {
                if !approx(v.step_hours, s.hours) || v.seam != s.seam {
                    problems.push(format!("step {i}: via {v:?} disagrees with the step"));
                }
                let from = engine.cat.offer(route.steps[i - 1].offer).id.clone();
                let to = id.clone();
                let to_hours = engine.cat.offer(s.offer).hours;
                let explicit = |a: &str, b: &str| {
                    engine.cat.links.iter().any(|link| {
                        let (lf, lt) = (
                            &engine.cat.offer(link.from).id,
                            &engine.cat.offer(link.to).id,
                        );
                        (lf == a && lt == b)
                            || (link.kind == parcours::model::LinkKind::Equivalence
                                && lf == b
                                && lt == a)
                    })
                };
                match v.kind() {
                    EdgeKind::Link(l) => {
                        let link = &engine.cat.links[l as usize];
                        let (lf, lt) = (
                            &engine.cat.offer(link.from).id,
                            &engine.cat.offer(link.to).id,
                        );
                        let equivalence = link.kind == parcours::model::LinkKind::Equivalence;
                        let joins =
                            (*lf == from && *lt == to) || (equivalence && *lf == to && *lt == from);
                        if !joins {
                            problems.push(format!(
                                "step {i}: via link {lf}->{lt} does not join {from}->{to}"
                            ));
                        }
                        let credit = if equivalence {
                            to_hours
                        } else {
                            link.credit_hours.unwrap_or(0.0)
                        };
                        if !approx(s.hours, (to_hours - credit).max(0.0)) {
                            problems.push(format!(
                                "step {i}: {} hours through link {lf}->{lt} crediting {credit} of {to_hours}",
                                s.hours
                            ));
                        }
                    }
                    EdgeKind::Inferred => {
                        if explicit(&from, &to) {
                            problems.push(format!(
                                "step {i}: inferred edge {from}->{to} although a link joins them"
                            ));
                        }
                        if !approx(s.hours, to_hours) {
                            problems.push(format!(
                                "step {i}: inferred edge with {} hours of {to_hours}",
                                s.hours
                            ));
                        }
                    }
                }
            }
        }
    }
    if !approx(route.hours, e.hours) {
        problems.push(format!("total hours {}, expected {}", route.hours, e.hours));
    }
    if route.seams != e.seams {
        problems.push(format!("total seams {}, expected {}", route.seams, e.seams));
    }
    if !approx(route.cost_eur, e.cost) {
        problems.push(format!(
            "total cost {}, expected {}",
            route.cost_eur, e.cost
        ));
    }
    if !approx(route.distance_km, e.km) {
        problems.push(format!("total km {}, expected {}", route.distance_km, e.km));
    }
    if route.finish.map(|d| d.to_string()) != e.finish.map(ymd) {
        problems.push(format!(
            "finish {:?}, expected {:?}",
            route.finish.map(|d| d.to_string()),
            e.finish.map(ymd)
        ));
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("; "))
    }
}

/// The tuple the engine's reported totals give.
pub fn route_tuple(route: &Route, crit: usize) -> Option<Vec<f64>> {
    let (h, s, n) = (route.hours, route.seams as f64, route.steps.len() as f64);
    Some(match CRITERIA[crit] {
        "hours" => vec![h, s, n],
        "seams" => vec![s, h],
        "steps" => vec![n, h],
        "cost" => vec![route.cost_eur, h],
        "distance" => vec![route.distance_km, h],
        _ => vec![f64::from(from_engine_date(route.finish?)), h],
    })
}
