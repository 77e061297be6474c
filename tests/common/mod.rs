//! A test oracle for routing, written from DESIGN.md ("Data format", "The
//! pathway graph", "Routes") and not from the engine's code: random small
//! catalogues, their JSON, and a brute force over every simple path.
//!
//! Dates are day numbers since 1970-01-01, computed here independently.

// An oracle written to be read beside DESIGN.md, not to be fast or terse.
#![allow(
    clippy::cast_possible_truncation,
    clippy::cast_possible_wrap,
    clippy::cast_precision_loss,
    clippy::collapsible_if,
    clippy::float_cmp,
    clippy::index_refutable_slice,
    clippy::many_single_char_names,
    clippy::too_many_lines
)]
#![allow(dead_code)]

use std::cmp::Ordering;
use std::collections::HashMap;

use parcours::graph::{EdgeKind, PathwayGraph};
use parcours::load::{Source, load};
use parcours::model::{Catalogue, Date, Modality};
use parcours::route::{Constraints, Criterion, Request, Route, Start, Target, find};
use proptest::prelude::*;
use proptest::sample::Index;
use serde_json::{Value, json};

// ---------------------------------------------------------------- dates

fn is_leap(y: i32) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

fn month_len(y: i32, m: u32) -> i32 {
    match m {
        2 if is_leap(y) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Day number of a date (from 1970-01-01), by plain counting.
pub fn day_of(y: i32, m: u32, d: u32) -> i32 {
    let mut days = 0;
    for year in 1970..y {
        days += if is_leap(year) { 366 } else { 365 };
    }
    for month in 1..m {
        days += month_len(y, month);
    }
    days + d as i32 - 1
}

/// `YYYY-MM-DD` of a day number (from 1970-01-01 on).
pub fn ymd(mut days: i32) -> String {
    let mut y = 1970;
    loop {
        let len = if is_leap(y) { 366 } else { 365 };
        if days < len {
            break;
        }
        days -= len;
        y += 1;
    }
    let mut m = 1;
    while days >= month_len(y, m) {
        days -= month_len(y, m);
        m += 1;
    }
    format!("{y:04}-{m:02}-{:02}", days + 1)
}

/// Day number of `YYYY-MM-DD`.
pub fn day(text: &str) -> i32 {
    let y = text[0..4].parse().unwrap();
    let m = text[5..7].parse().unwrap();
    let d = text[8..10].parse().unwrap();
    day_of(y, m, d)
}

pub fn engine_date(d: i32) -> Date {
    Date::parse(&ymd(d)).unwrap()
}

pub fn from_engine_date(d: Date) -> i32 {
    day(&d.to_string())
}

// ---------------------------------------------------------------- spec

pub const COUNTRIES: [&str; 4] = ["FR", "BE", "LU", "DE"];
pub const MODALITIES: [&str; 4] = ["onsite", "distance", "hybrid", "work_based"];
pub const LANGUAGES: [&str; 4] = ["fr", "en", "de", "nl"];
pub const AUDIENCES: [&str; 4] = ["job_seekers", "employees", "students", "young_people"];
pub const KINDS: [&str; 3] = ["progression", "bridge", "equivalence"];

#[derive(Clone, Debug)]
pub struct CentreSpec {
    pub country: Option<usize>,
    pub lat: f64,
    pub lon: f64,
}

#[derive(Clone, Debug)]
pub struct ProviderSpec {
    pub country: usize,
    pub centres: Vec<CentreSpec>,
}

#[derive(Clone, Debug, Default)]
pub struct OfferSpec {
    pub provider: usize,
    /// A centre of the provider, by its position among the provider's.
    pub centre: Option<usize>,
    pub level: Option<u8>,
    pub hours: f64,
    pub modality: Option<usize>,
    pub languages: Vec<usize>,
    pub audiences: Vec<usize>,
    pub cost: Option<f64>,
    pub requires: Vec<usize>,
    pub grants: Vec<usize>,
    pub prepares: Vec<usize>,
    /// (start, end) day numbers.
    pub sessions: Vec<(i32, i32)>,
    pub weeks: Option<u32>,
}

#[derive(Clone, Debug)]
pub struct LinkSpec {
    pub from: usize,
    pub to: usize,
    /// 0 progression, 1 bridge, 2 equivalence.
    pub kind: usize,
    pub agreement: Option<usize>,
    pub credit: Option<f64>,
}

#[derive(Clone, Debug)]
pub struct Spec {
    pub providers: Vec<ProviderSpec>,
    /// Parties of each agreement (provider positions, ≥ 2 distinct).
    pub agreements: Vec<Vec<usize>>,
    pub competences: usize,
    pub occupations: usize,
    pub offers: Vec<OfferSpec>,
    pub links: Vec<LinkSpec>,
}

#[derive(Clone, Debug)]
pub enum RStart {
    From(usize),
    Holding(Vec<usize>),
}

#[derive(Clone, Copy, Debug)]
pub enum RTarget {
    Offer(usize),
    Occupation(usize),
    Competence(usize),
}

#[derive(Clone, Debug, Default)]
pub struct RCons {
    pub avoid: Vec<usize>,
    pub only: Vec<usize>,
    pub modalities: Vec<usize>,
    pub audiences: Vec<usize>,
    pub countries: Vec<usize>,
    pub languages: Vec<usize>,
    pub max_level: Option<u8>,
}

pub const CRITERIA: [&str; 6] = ["hours", "seams", "steps", "cost", "distance", "finish"];

#[derive(Clone, Debug)]
pub struct Req {
    pub start: RStart,
    pub target: RTarget,
    /// Position in [`CRITERIA`].
    pub criterion: usize,
    pub k: usize,
    pub start_day: i32,
    pub cons: RCons,
}

impl Req {
    pub fn criterion_name(&self) -> &'static str {
        CRITERIA[self.criterion]
    }
}

// ---------------------------------------------------------------- JSON

fn fmt_date(d: i32) -> String {
    ymd(d)
}

impl Spec {
    pub fn json(&self) -> Value {
        let providers: Vec<Value> = self
            .providers
            .iter()
            .enumerate()
            .map(|(p, pr)| {
                let centres: Vec<Value> = pr
                    .centres
                    .iter()
                    .enumerate()
                    .map(|(c, ce)| {
                        let mut v = json!({
                            "id": format!("p{p}-c{c}"), "name": format!("Centre {p} {c}"),
                            "city": "Ville", "lat": ce.lat, "lon": ce.lon
                        });
                        if let Some(cc) = ce.country {
                            v["country"] = json!(COUNTRIES[cc]);
                        }
                        v
                    })
                    .collect();
                json!({"id": format!("p{p}"), "name": format!("Provider {p}"),
                       "country": COUNTRIES[pr.country], "centres": centres})
            })
            .collect();
        let agreements: Vec<Value> = self
            .agreements
            .iter()
            .enumerate()
            .map(|(a, parties)| {
                json!({"id": format!("a{a}"), "title": format!("Agreement {a}"),
                       "parties": parties.iter().map(|p| format!("p{p}")).collect::<Vec<_>>()})
            })
            .collect();
        let competences: Vec<Value> = (0..self.competences)
            .map(|c| json!({"id": format!("c{c}"), "label": format!("Competence {c}")}))
            .collect();
        let occupations: Vec<Value> = (0..self.occupations)
            .map(|o| json!({"id": format!("o{o}"), "label": format!("Occupation {o}")}))
            .collect();
        let offers: Vec<Value> = self
            .offers
            .iter()
            .enumerate()
            .map(|(i, o)| {
                let mut v = json!({
                    "id": format!("x{i}"), "provider": format!("p{}", o.provider),
                    "title": format!("Offer {i}"), "hours": o.hours,
                    "requires": o.requires.iter().map(|c| format!("c{c}")).collect::<Vec<_>>(),
                    "grants": o.grants.iter().map(|c| format!("c{c}")).collect::<Vec<_>>(),
                    "prepares": o.prepares.iter().map(|c| format!("o{c}")).collect::<Vec<_>>(),
                });
                if let Some(c) = o.centre {
                    v["centre"] = json!(format!("p{}-c{c}", o.provider));
                }
                if let Some(l) = o.level {
                    v["level"] = json!(l);
                }
                if let Some(m) = o.modality {
                    v["modality"] = json!(MODALITIES[m]);
                }
                if !o.languages.is_empty() {
                    v["languages"] = json!(
                        o.languages
                            .iter()
                            .map(|&l| LANGUAGES[l])
                            .collect::<Vec<_>>()
                    );
                }
                if !o.audiences.is_empty() {
                    v["audiences"] = json!(
                        o.audiences
                            .iter()
                            .map(|&l| AUDIENCES[l])
                            .collect::<Vec<_>>()
                    );
                }
                if let Some(c) = o.cost {
                    v["cost_eur"] = json!(c);
                }
                if !o.sessions.is_empty() {
                    v["sessions"] = json!(
                        o.sessions
                            .iter()
                            .map(|&(s, e)| json!({"start": fmt_date(s), "end": fmt_date(e)}))
                            .collect::<Vec<_>>()
                    );
                }
                if let Some(w) = o.weeks {
                    v["weeks"] = json!(w);
                }
                v
            })
            .collect();
        let links: Vec<Value> = self
            .links
            .iter()
            .map(|l| {
                let mut v = json!({"from": format!("x{}", l.from), "to": format!("x{}", l.to),
                                   "kind": KINDS[l.kind]});
                if let Some(a) = l.agreement {
                    v["agreement"] = json!(format!("a{a}"));
                }
                if let Some(c) = l.credit {
                    v["credit_hours"] = json!(c);
                }
                v
            })
            .collect();
        json!({"format": "parcours/1", "providers": providers, "agreements": agreements,
               "competences": competences, "occupations": occupations,
               "offers": offers, "links": links})
    }

    pub fn json_text(&self) -> String {
        serde_json::to_string(&self.json()).unwrap()
    }
}

/// Loads a catalogue from JSON text, panicking with the diagnostics if it
/// does not load.
pub fn load_text(text: &str) -> Catalogue {
    let loaded = load(&Source::Memory(vec![(
        "cat.json".to_owned(),
        text.as_bytes().to_vec(),
    )]));
    match loaded.catalogue {
        Some(c) => c,
        None => panic!(
            "catalogue does not load: {:?}\n{text}",
            loaded.diagnostics.errors
        ),
    }
}

// ---------------------------------------------------------------- oracle

/// One way to enter an offer from another.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Alt {
    pub step_hours: f64,
    pub seam: bool,
}

pub struct Oracle<'s> {
    pub spec: &'s Spec,
    /// alts[a][b]: the ways to go from a to b (deduplicated).
    pub alts: Vec<Vec<Vec<Alt>>>,
}

fn subset(a: &[usize], b: &[usize]) -> bool {
    a.iter().all(|x| b.contains(x))
}

impl<'s> Oracle<'s> {
    pub fn new(spec: &'s Spec) -> Self {
        let n = spec.offers.len();
        let covered = |pa: usize, pb: usize| {
            spec.agreements
                .iter()
                .any(|parties| parties.contains(&pa) && parties.contains(&pb))
        };
        let seam = |a: usize, b: usize, named: bool| {
            let (pa, pb) = (spec.offers[a].provider, spec.offers[b].provider);
            pa != pb && !named && !covered(pa, pb)
        };
        let mut alts = vec![vec![Vec::<Alt>::new(); n]; n];
        let mut explicit = vec![vec![false; n]; n];
        for l in &spec.links {
            let named = l.agreement.is_some();
            let mut add = |a: usize, b: usize, credit: f64| {
                let h = spec.offers[b].hours;
                let alt = Alt {
                    step_hours: (h - credit).max(0.0),
                    seam: seam(a, b, named),
                };
                explicit[a][b] = true;
                if !alts[a][b].contains(&alt) {
                    alts[a][b].push(alt);
                }
            };
            match l.kind {
                0 | 1 => add(l.from, l.to, l.credit.unwrap_or(0.0)),
                _ => {
                    add(l.from, l.to, spec.offers[l.to].hours);
                    add(l.to, l.from, spec.offers[l.from].hours);
                }
            }
        }
        for a in 0..n {
            for b in 0..n {
                let req = &spec.offers[b].requires;
                if a != b
                    && !explicit[a][b]
                    && !req.is_empty()
                    && subset(req, &spec.offers[a].grants)
                {
                    alts[a][b].push(Alt {
                        step_hours: spec.offers[b].hours,
                        seam: seam(a, b, false),
                    });
                }
            }
        }
        Self { spec, alts }
    }

    pub fn country(&self, o: usize) -> usize {
        let offer = &self.spec.offers[o];
        let provider = &self.spec.providers[offer.provider];
        match offer.centre {
            Some(c) => provider.centres[c].country.unwrap_or(provider.country),
            None => provider.country,
        }
    }

    pub fn allowed(&self, cons: &RCons, o: usize) -> bool {
        let offer = &self.spec.offers[o];
        let listed_ok = |wanted: &[usize], listed: &[usize]| {
            wanted.is_empty() || listed.is_empty() || listed.iter().any(|x| wanted.contains(x))
        };
        !cons.avoid.contains(&offer.provider)
            && (cons.only.is_empty() || cons.only.contains(&offer.provider))
            && (cons.modalities.is_empty()
                || cons.modalities.contains(&offer.modality.unwrap_or(0)))
            && listed_ok(&cons.audiences, &offer.audiences)
            && (cons.countries.is_empty() || cons.countries.contains(&self.country(o)))
            && listed_ok(&cons.languages, &offer.languages)
            && match (cons.max_level, offer.level) {
                (Some(max), Some(l)) => l <= max,
                _ => true,
            }
    }

    pub fn is_start(&self, req: &Req, o: usize) -> bool {
        self.allowed(&req.cons, o)
            && match &req.start {
                RStart::From(f) => *f == o,
                RStart::Holding(held) => subset(&self.spec.offers[o].requires, held),
            }
    }

    pub fn is_target(&self, req: &Req, o: usize) -> bool {
        self.allowed(&req.cons, o)
            && match req.target {
                RTarget::Offer(t) => t == o,
                RTarget::Occupation(oc) => self.spec.offers[o].prepares.contains(&oc),
                RTarget::Competence(c) => self.spec.offers[o].grants.contains(&c),
            }
    }

    fn position(&self, o: usize) -> Option<(f64, f64)> {
        let offer = &self.spec.offers[o];
        offer.centre.map(|c| {
            let ce = &self.spec.providers[offer.provider].centres[c];
            (ce.lat, ce.lon)
        })
    }

    pub fn km(&self, a: usize, b: usize) -> f64 {
        match (self.position(a), self.position(b)) {
            (Some((la1, lo1)), Some((la2, lo2))) => {
                let (la1, lo1, la2, lo2) = (
                    la1.to_radians(),
                    lo1.to_radians(),
                    la2.to_radians(),
                    lo2.to_radians(),
                );
                let h = ((la2 - la1) / 2.0).sin().powi(2)
                    + la1.cos() * la2.cos() * ((lo2 - lo1) / 2.0).sin().powi(2);
                2.0 * 6371.0 * h.sqrt().asin()
            }
            _ => 0.0,
        }
    }

    /// When an offer is taken: (start, end), or none when no session is left.
    pub fn take(
        &self,
        o: usize,
        step_hours: f64,
        previous_end: i32,
        first: bool,
    ) -> Option<(i32, i32)> {
        if !first && step_hours == 0.0 {
            return Some((previous_end, previous_end));
        }
        let ready = previous_end + 1;
        let offer = &self.spec.offers[o];
        if offer.sessions.is_empty() {
            let weeks = match offer.weeks {
                Some(w) => w as i32,
                None => (step_hours / 35.0).ceil() as i32,
            };
            Some((ready, ready + 7 * weeks - 1))
        } else {
            offer
                .sessions
                .iter()
                .filter(|s| s.0 >= ready)
                .min_by_key(|s| s.0)
                .copied()
        }
    }

    /// The figures of a path entered through the given alternatives.
    pub fn eval(&self, path: &[usize], via: &[Alt], start_day: i32) -> OEval {
        let mut steps = Vec::with_capacity(path.len());
        let mut previous_end = Some(start_day - 1);
        let (mut hours, mut seams, mut cost, mut km) = (0.0, 0, 0.0, 0.0);
        for (i, &o) in path.iter().enumerate() {
            let offer = &self.spec.offers[o];
            let (h, seam) = if i == 0 {
                (offer.hours, false)
            } else {
                (via[i - 1].step_hours, via[i - 1].seam)
            };
            let c = offer.cost.unwrap_or(0.0) * h / offer.hours;
            let k = if i == 0 { 0.0 } else { self.km(path[i - 1], o) };
            let dates = previous_end.and_then(|pe| self.take(o, h, pe, i == 0));
            previous_end = dates.map(|d| d.1);
            hours += h;
            seams += usize::from(seam);
            cost += c;
            km += k;
            steps.push(OStep {
                offer: o,
                hours: h,
                seam,
                cost: c,
                km: k,
                start: dates.map(|d| d.0),
                end: dates.map(|d| d.1),
            });
        }
        OEval {
            steps,
            hours,
            seams,
            cost,
            km,
            finish: previous_end,
        }
    }

    /// Every evaluation of a path, one per choice of parallel edges.
    pub fn all_evals(&self, path: &[usize], start_day: i32) -> Vec<OEval> {
        let mut out = Vec::new();
        let mut chosen = Vec::new();
        self.choose(path, 1, &mut chosen, start_day, &mut out);
        out
    }

    fn choose(
        &self,
        path: &[usize],
        i: usize,
        chosen: &mut Vec<Alt>,
        start_day: i32,
        out: &mut Vec<OEval>,
    ) {
        if i == path.len() {
            out.push(self.eval(path, chosen, start_day));
            return;
        }
        for &alt in &self.alts[path[i - 1]][path[i]] {
            chosen.push(alt);
            self.choose(path, i + 1, chosen, start_day, out);
            chosen.pop();
        }
    }

    /// The best evaluation(s) of a path for a criterion: its best tuple and
    /// the evaluations that reach it (none when no choice is feasible).
    pub fn best_of_path(
        &self,
        path: &[usize],
        crit: usize,
        start_day: i32,
    ) -> Option<(Vec<f64>, Vec<OEval>)> {
        let evals = self.all_evals(path, start_day);
        let best = evals
            .iter()
            .filter_map(|e| e.tuple(crit))
            .min_by(|a, b| cmp_tuple(a, b))?;
        let optimal = evals
            .into_iter()
            .filter(|e| e.tuple(crit).is_some_and(|t| tuple_eq(&t, &best)))
            .collect();
        Some((best, optimal))
    }

    /// Every simple path from a start to a target through allowed offers,
    /// with its best tuple. `stop_at_target`: paths end at the first target.
    /// None when the search exceeds `budget` path extensions.
    pub fn brute(
        &self,
        req: &Req,
        stop_at_target: bool,
        budget: usize,
    ) -> Option<HashMap<Vec<usize>, Vec<f64>>> {
        let n = self.spec.offers.len();
        let allowed: Vec<bool> = (0..n).map(|o| self.allowed(&req.cons, o)).collect();
        let target: Vec<bool> = (0..n).map(|o| self.is_target(req, o)).collect();
        let mut found: HashMap<Vec<usize>, Vec<f64>> = HashMap::new();
        let mut work = 0usize;
        for s in (0..n).filter(|&o| self.is_start(req, o)) {
            let mut path = vec![s];
            let mut chosen = Vec::new();
            if !self.dfs(
                req,
                &allowed,
                &target,
                stop_at_target,
                &mut path,
                &mut chosen,
                &mut found,
                &mut work,
                budget,
            ) {
                return None;
            }
        }
        Some(found)
    }

    #[allow(clippy::too_many_arguments)]
    fn dfs(
        &self,
        req: &Req,
        allowed: &[bool],
        target: &[bool],
        stop: bool,
        path: &mut Vec<usize>,
        chosen: &mut Vec<Alt>,
        found: &mut HashMap<Vec<usize>, Vec<f64>>,
        work: &mut usize,
        budget: usize,
    ) -> bool {
        *work += 1;
        if *work > budget {
            return false;
        }
        let last = *path.last().unwrap();
        if target[last] {
            let e = self.eval(path, chosen, req.start_day);
            if let Some(t) = e.tuple(req.criterion) {
                match found.get_mut(path) {
                    Some(best) => {
                        if cmp_tuple(&t, best) == Ordering::Less {
                            *best = t;
                        }
                    }
                    None => {
                        found.insert(path.clone(), t);
                    }
                }
            }
            if stop {
                return true;
            }
        }
        for next in 0..allowed.len() {
            if !allowed[next] || path.contains(&next) {
                continue;
            }
            for &alt in &self.alts[last][next] {
                path.push(next);
                chosen.push(alt);
                let ok = self.dfs(
                    req, allowed, target, stop, path, chosen, found, work, budget,
                );
                path.pop();
                chosen.pop();
                if !ok {
                    return false;
                }
            }
        }
        true
    }
}

#[derive(Clone, Debug)]
pub struct OStep {
    pub offer: usize,
    pub hours: f64,
    pub seam: bool,
    pub cost: f64,
    pub km: f64,
    pub start: Option<i32>,
    pub end: Option<i32>,
}

#[derive(Clone, Debug)]
pub struct OEval {
    pub steps: Vec<OStep>,
    pub hours: f64,
    pub seams: usize,
    pub cost: f64,
    pub km: f64,
    pub finish: Option<i32>,
}

impl OEval {
    /// The figures a criterion compares, most important first; none when
    /// the criterion is `finish` and a step cannot be taken.
    pub fn tuple(&self, crit: usize) -> Option<Vec<f64>> {
        let (h, s, n) = (self.hours, self.seams as f64, self.steps.len() as f64);
        Some(match CRITERIA[crit] {
            "hours" => vec![h, s, n],
            "seams" => vec![s, h],
            "steps" => vec![n, h],
            "cost" => vec![self.cost, h],
            "distance" => vec![self.km, h],
            _ => vec![f64::from(self.finish?), h],
        })
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

pub fn approx(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}

pub fn tuple_eq(a: &[f64], b: &[f64]) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|(x, y)| approx(*x, *y))
}

/// Lexicographic order, figures within the tolerance counting as equal.
pub fn cmp_tuple(a: &[f64], b: &[f64]) -> Ordering {
    for (x, y) in a.iter().zip(b) {
        if !approx(*x, *y) {
            return x.partial_cmp(y).unwrap();
        }
    }
    Ordering::Equal
}

// ---------------------------------------------------------------- engine

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
                match v.kind {
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

/// Options of a comparison.
#[derive(Clone, Copy, Debug)]
pub struct Check {
    /// Whether routes end at the first target they reach.
    pub stop_at_target: bool,
    /// Whether to compare the k-best list (else only the best route).
    pub k_best: bool,
    pub budget: usize,
}

/// What one comparison did.
#[derive(Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Compared; that many brute-force paths.
    Compared(usize),
    /// The brute force was too big.
    Skipped,
}

/// Compares the engine with the oracle on one request (checks 1 to 4 of
/// the brief); an error says what differs.
pub fn compare(spec: &Spec, req: &Req, check: Check) -> Result<Outcome, String> {
    let oracle = Oracle::new(spec);
    let Some(brute) = oracle.brute(req, check.stop_at_target, check.budget) else {
        return Ok(Outcome::Skipped);
    };
    let engine = Engine::new(spec);
    let routes = engine.find(req);
    let crit = req.criterion;
    let ctx = || {
        let mut sorted: Vec<(&Vec<usize>, &Vec<f64>)> = brute.iter().collect();
        sorted.sort_by(|a, b| cmp_tuple(a.1, b.1).then(a.0.cmp(b.0)));
        sorted.truncate(8);
        format!(
            "\n  catalogue: {}\n  request: {req:?}\n  engine: {:?}\n  brute force (best 8 of {}): {:?}",
            spec.json_text(),
            routes
                .iter()
                .map(|r| (engine.offers(r), route_tuple(r, crit)))
                .collect::<Vec<_>>(),
            brute.len(),
            sorted
        )
    };
    if brute.is_empty() {
        if routes.is_empty() {
            return Ok(Outcome::Compared(0));
        }
        return Err(format!("engine found routes, brute force none{}", ctx()));
    }
    if routes.is_empty() {
        return Err(format!(
            "engine found no route, brute force {}{}",
            brute.len(),
            ctx()
        ));
    }
    let mut sorted: Vec<&Vec<f64>> = brute.values().collect();
    sorted.sort_by(|a, b| cmp_tuple(a, b));
    let want = if check.k_best {
        req.k.min(brute.len())
    } else {
        1
    };
    if check.k_best && routes.len() != want {
        return Err(format!(
            "engine returned {} routes, expected {want}{}",
            routes.len(),
            ctx()
        ));
    }
    if routes.len() > req.k {
        return Err(format!(
            "engine returned {} routes for k = {}{}",
            routes.len(),
            req.k,
            ctx()
        ));
    }
    let mut seqs: Vec<Vec<usize>> = Vec::new();
    let mut prev: Option<Vec<f64>> = None;
    for (r, route) in routes.iter().enumerate().take(want) {
        let seq = engine.offers(route);
        // Check 2: a valid simple path from a start to a target.
        let mut distinct = seq.clone();
        distinct.sort_unstable();
        distinct.dedup();
        if distinct.len() != seq.len() {
            return Err(format!("route {r} {seq:?} repeats an offer{}", ctx()));
        }
        if !oracle.is_start(req, seq[0]) {
            return Err(format!(
                "route {r} {seq:?} does not begin at a valid start{}",
                ctx()
            ));
        }
        if !oracle.is_target(req, *seq.last().unwrap()) {
            return Err(format!(
                "route {r} {seq:?} does not end at a target{}",
                ctx()
            ));
        }
        if let Some(&o) = seq.iter().find(|&&o| !oracle.allowed(&req.cons, o)) {
            return Err(format!(
                "route {r} {seq:?} uses x{o}, which the constraints remove{}",
                ctx()
            ));
        }
        if let Some(w) = seq.windows(2).find(|w| oracle.alts[w[0]][w[1]].is_empty()) {
            return Err(format!(
                "route {r} {seq:?}: no edge x{} -> x{}{}",
                w[0],
                w[1],
                ctx()
            ));
        }
        if seqs.contains(&seq) {
            return Err(format!("route {r} {seq:?} returned twice{}", ctx()));
        }
        // Check 4: figures of the route are those of an optimal evaluation.
        let Some((mine, optimal)) = oracle.best_of_path(&seq, crit, req.start_day) else {
            return Err(format!(
                "route {r} {seq:?} cannot be taken (finish){}",
                ctx()
            ));
        };
        if let Err(why) = optimal
            .iter()
            .map(|e| same_figures(&engine, route, e))
            .find(Result::is_ok)
            .unwrap_or_else(|| same_figures(&engine, route, &optimal[0]))
        {
            return Err(format!("route {r} {seq:?}: {why}{}", ctx()));
        }
        let reported = route_tuple(route, crit);
        if !reported.as_ref().is_some_and(|t| tuple_eq(t, &mine)) {
            return Err(format!(
                "route {r} {seq:?}: engine totals give {reported:?}, oracle {mine:?}{}",
                ctx()
            ));
        }
        // Checks 1 and 3: the best tuples, in order.
        if !tuple_eq(&mine, sorted[r]) {
            return Err(format!(
                "route {r} {seq:?} has tuple {mine:?}, the {r}-th best is {:?}{}",
                sorted[r],
                ctx()
            ));
        }
        if let Some(p) = &prev {
            if cmp_tuple(p, &mine) == Ordering::Greater {
                return Err(format!("route {r} is better than route {}{}", r - 1, ctx()));
            }
        }
        prev = Some(mine);
        seqs.push(seq);
    }
    Ok(Outcome::Compared(brute.len()))
}

// ---------------------------------------------------------------- generation

#[derive(Clone, Debug)]
pub struct GCentre {
    pub lat: f64,
    pub lon: f64,
    pub country: Option<usize>,
}

#[derive(Clone, Debug)]
pub struct GProvider {
    pub country: usize,
    pub centres: Vec<GCentre>,
}

#[derive(Clone, Debug)]
pub struct GOffer {
    pub provider: Index,
    pub centre: Option<Index>,
    pub level: Option<u8>,
    pub hours: u32,
    pub half: bool,
    pub modality: Option<usize>,
    pub languages: Vec<usize>,
    pub audiences: Vec<usize>,
    pub cost: Option<u32>,
    pub requires: Vec<Index>,
    pub grants: Vec<Index>,
    pub prepares: Vec<Index>,
    /// (day of 2027, length in days)
    pub sessions: Vec<(u16, u16)>,
    pub weeks: Option<u32>,
}

#[derive(Clone, Debug)]
pub enum GEnds {
    Fresh(Index, Index),
    /// Parallel to an earlier link.
    Same(Index),
    /// Against an earlier link.
    Reverse(Index),
}

#[derive(Clone, Debug)]
pub enum GCredit {
    Full,
    Percent(u8),
}

#[derive(Clone, Debug)]
pub struct GLink {
    pub ends: GEnds,
    pub kind: usize,
    pub agreement: Option<Index>,
    pub credit: Option<GCredit>,
}

#[derive(Clone, Debug)]
pub struct GCat {
    pub providers: Vec<GProvider>,
    pub agreements: Vec<Vec<Index>>,
    pub competences: usize,
    pub occupations: usize,
    pub offers: Vec<GOffer>,
    pub links: Vec<GLink>,
}

#[derive(Clone, Debug)]
pub enum GStart {
    From(Index),
    Holding(Vec<Index>),
}

#[derive(Clone, Debug)]
pub enum GTarget {
    Offer(Index),
    Occupation(Index),
    Competence(Index),
}

#[derive(Clone, Debug)]
pub struct GReq {
    pub start: GStart,
    pub target: GTarget,
    pub criterion: usize,
    pub k: usize,
    pub start_day: u16,
    pub cons: Option<GCons>,
}

#[derive(Clone, Debug)]
pub struct GCons {
    pub avoid: Vec<Index>,
    pub only: Vec<Index>,
    pub modalities: Vec<usize>,
    pub audiences: Vec<usize>,
    pub countries: Vec<usize>,
    pub languages: Vec<usize>,
    pub max_level: Option<u8>,
}

/// How sessions may overlap.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sessions {
    /// As generated: a later session may end before an earlier one.
    Any,
    /// A session starting later never ends earlier (so a later ready date
    /// never gives an earlier end).
    Ordered,
}

fn small_list<T: std::fmt::Debug + Clone + 'static>(
    s: impl Strategy<Value = T> + 'static,
    max: usize,
) -> BoxedStrategy<Vec<T>> {
    prop::collection::vec(s, 0..=max).boxed()
}

pub fn centre_strategy() -> impl Strategy<Value = GCentre> {
    (
        43.0f64..53.0,
        -2.0f64..10.0,
        prop::option::weighted(0.2, 0usize..4),
    )
        .prop_map(|(lat, lon, country)| GCentre { lat, lon, country })
}

pub fn provider_strategy() -> impl Strategy<Value = GProvider> {
    (0usize..4, prop::collection::vec(centre_strategy(), 0..=2))
        .prop_map(|(country, centres)| GProvider { country, centres })
}

pub fn offer_strategy() -> impl Strategy<Value = GOffer> {
    let a = (
        any::<Index>(),
        prop::option::weighted(0.8, any::<Index>()),
        prop::option::weighted(0.5, 1u8..=8),
        10u32..=400,
        prop::bool::weighted(0.2),
        prop::option::weighted(0.5, 0usize..4),
        prop_oneof![3 => Just(vec![]), 1 => prop::collection::vec(0usize..4, 1..=2)],
        prop_oneof![3 => Just(vec![]), 1 => prop::collection::vec(0usize..4, 1..=2)],
    );
    let b = (
        prop::option::weighted(0.6, prop_oneof![Just(0u32), 1u32..3000]),
        prop_oneof![2 => Just(vec![]), 3 => prop::collection::vec(any::<Index>(), 1..=2)],
        small_list(any::<Index>(), 3),
        small_list(any::<Index>(), 2),
        prop_oneof![2 => Just(vec![]), 3 => prop::collection::vec((0u16..365, 0u16..200), 1..=3)],
        prop::option::weighted(0.4, 1u32..=20),
    );
    (a, b).prop_map(
        |(
            (provider, centre, level, hours, half, modality, languages, audiences),
            (cost, requires, grants, prepares, sessions, weeks),
        )| GOffer {
            provider,
            centre,
            level,
            hours,
            half,
            modality,
            languages,
            audiences,
            cost,
            requires,
            grants,
            prepares,
            sessions,
            weeks,
        },
    )
}

pub fn link_strategy() -> impl Strategy<Value = GLink> {
    (
        prop_oneof![
            4 => (any::<Index>(), any::<Index>()).prop_map(|(a, b)| GEnds::Fresh(a, b)),
            2 => any::<Index>().prop_map(GEnds::Same),
            1 => any::<Index>().prop_map(GEnds::Reverse),
        ],
        0usize..3,
        prop::option::weighted(0.3, any::<Index>()),
        prop::option::weighted(
            0.6,
            prop_oneof![1 => Just(GCredit::Full), 2 => (0u8..=100).prop_map(GCredit::Percent)],
        ),
    )
        .prop_map(|(ends, kind, agreement, credit)| GLink {
            ends,
            kind,
            agreement,
            credit,
        })
}

/// Catalogues of 2 to 12 offers, with up to 18 links.
pub fn cat_strategy() -> impl Strategy<Value = GCat> {
    cat_strategy_with(3..=6, 2..=12, 0..=18)
}

/// Fewer offers, more links and fewer competences: many paths.
pub fn dense_cat_strategy() -> impl Strategy<Value = GCat> {
    cat_strategy_with(3..=4, 3..=7, 6..=20)
}

pub fn cat_strategy_with(
    competences: std::ops::RangeInclusive<usize>,
    offers: std::ops::RangeInclusive<usize>,
    links: std::ops::RangeInclusive<usize>,
) -> impl Strategy<Value = GCat> {
    (
        prop::collection::vec(provider_strategy(), 1..=4),
        prop::collection::vec(prop::collection::vec(any::<Index>(), 2..=3), 0..=3),
        competences,
        1usize..=3,
        prop::collection::vec(offer_strategy(), offers),
        prop::collection::vec(link_strategy(), links),
    )
        .prop_map(
            |(providers, agreements, competences, occupations, offers, links)| GCat {
                providers,
                agreements,
                competences,
                occupations,
                offers,
                links,
            },
        )
}

pub fn cons_strategy() -> impl Strategy<Value = GCons> {
    (
        small_list(any::<Index>(), 1),
        prop_oneof![3 => Just(vec![]), 1 => prop::collection::vec(any::<Index>(), 1..=2)],
        prop_oneof![2 => Just(vec![]), 1 => prop::collection::vec(0usize..4, 1..=2)],
        prop_oneof![2 => Just(vec![]), 1 => prop::collection::vec(0usize..4, 1..=2)],
        prop_oneof![2 => Just(vec![]), 1 => prop::collection::vec(0usize..4, 1..=2)],
        prop_oneof![2 => Just(vec![]), 1 => prop::collection::vec(0usize..4, 1..=2)],
        prop::option::weighted(0.3, 1u8..=8),
    )
        .prop_map(
            |(avoid, only, modalities, audiences, countries, languages, max_level)| GCons {
                avoid,
                only,
                modalities,
                audiences,
                countries,
                languages,
                max_level,
            },
        )
}

pub fn req_strategy(criteria: Vec<usize>, max_k: usize) -> impl Strategy<Value = GReq> {
    (
        prop_oneof![
            1 => any::<Index>().prop_map(GStart::From),
            1 => prop::collection::vec(any::<Index>(), 0..=3).prop_map(GStart::Holding),
        ],
        prop_oneof![
            2 => any::<Index>().prop_map(GTarget::Offer),
            1 => any::<Index>().prop_map(GTarget::Occupation),
            1 => any::<Index>().prop_map(GTarget::Competence),
        ],
        prop::sample::select(criteria),
        1usize..=max_k,
        0u16..365,
        prop::option::weighted(0.4, cons_strategy()),
    )
        .prop_map(|(start, target, criterion, k, start_day, cons)| GReq {
            start,
            target,
            criterion,
            k,
            start_day,
            cons,
        })
}

fn dedup(mut v: Vec<usize>) -> Vec<usize> {
    v.sort_unstable();
    v.dedup();
    v
}

impl GCat {
    /// A valid catalogue from the generated values.
    pub fn spec(&self, sessions: Sessions) -> Spec {
        let base = day_of(2027, 1, 1);
        let providers: Vec<ProviderSpec> = self
            .providers
            .iter()
            .map(|p| ProviderSpec {
                country: p.country,
                centres: p
                    .centres
                    .iter()
                    .map(|c| CentreSpec {
                        country: c.country,
                        lat: c.lat,
                        lon: c.lon,
                    })
                    .collect(),
            })
            .collect();
        let np = providers.len();
        let agreements: Vec<Vec<usize>> = self
            .agreements
            .iter()
            .map(|parties| dedup(parties.iter().map(|i| i.index(np)).collect()))
            .filter(|p| p.len() >= 2)
            .collect();
        let offers: Vec<OfferSpec> = self
            .offers
            .iter()
            .map(|o| {
                let provider = o.provider.index(np);
                let nc = providers[provider].centres.len();
                let mut s: Vec<(i32, i32)> = Vec::new();
                for &(start, len) in &o.sessions {
                    let start = base + i32::from(start);
                    if s.iter().all(|x| x.0 != start) {
                        s.push((start, start + i32::from(len)));
                    }
                }
                if sessions == Sessions::Ordered {
                    s.sort_unstable();
                    for i in 1..s.len() {
                        s[i].1 = s[i].1.max(s[i - 1].1);
                    }
                }
                OfferSpec {
                    provider,
                    centre: o.centre.filter(|_| nc > 0).map(|c| c.index(nc)),
                    level: o.level,
                    hours: f64::from(o.hours) + if o.half { 0.5 } else { 0.0 },
                    modality: o.modality,
                    languages: dedup(o.languages.clone()),
                    audiences: dedup(o.audiences.clone()),
                    cost: o.cost.map(f64::from),
                    requires: dedup(
                        o.requires
                            .iter()
                            .map(|i| i.index(self.competences))
                            .collect(),
                    ),
                    grants: dedup(o.grants.iter().map(|i| i.index(self.competences)).collect()),
                    prepares: dedup(
                        o.prepares
                            .iter()
                            .map(|i| i.index(self.occupations))
                            .collect(),
                    ),
                    sessions: s,
                    weeks: o.weeks,
                }
            })
            .collect();
        let n = offers.len();
        let mut links: Vec<LinkSpec> = Vec::new();
        for l in &self.links {
            let (from, to) = match &l.ends {
                GEnds::Fresh(a, b) => (a.index(n), b.index(n)),
                GEnds::Same(i) if !links.is_empty() => {
                    let e = &links[i.index(links.len())];
                    (e.from, e.to)
                }
                GEnds::Reverse(i) if !links.is_empty() => {
                    let e = &links[i.index(links.len())];
                    (e.to, e.from)
                }
                GEnds::Same(i) | GEnds::Reverse(i) => (i.index(n), (i.index(n) + 1) % n),
            };
            if from == to {
                continue;
            }
            let h = offers[to].hours;
            links.push(LinkSpec {
                from,
                to,
                kind: l.kind,
                agreement: if agreements.is_empty() {
                    None
                } else {
                    l.agreement.as_ref().map(|a| a.index(agreements.len()))
                },
                credit: l.credit.as_ref().map(|c| match c {
                    GCredit::Full => h,
                    GCredit::Percent(p) => (h * f64::from(*p) / 50.0).floor() / 2.0,
                }),
            });
        }
        Spec {
            providers,
            agreements,
            competences: self.competences,
            occupations: self.occupations,
            offers,
            links,
        }
    }
}

impl GReq {
    pub fn req(&self, spec: &Spec) -> Req {
        let n = spec.offers.len();
        let np = spec.providers.len();
        Req {
            start: match &self.start {
                GStart::From(i) => RStart::From(i.index(n)),
                GStart::Holding(cs) => RStart::Holding(dedup(
                    cs.iter().map(|c| c.index(spec.competences)).collect(),
                )),
            },
            target: match &self.target {
                GTarget::Offer(i) => RTarget::Offer(i.index(n)),
                GTarget::Occupation(i) => RTarget::Occupation(i.index(spec.occupations)),
                GTarget::Competence(i) => RTarget::Competence(i.index(spec.competences)),
            },
            criterion: self.criterion,
            k: self.k,
            start_day: day_of(2027, 1, 1) + i32::from(self.start_day),
            cons: self
                .cons
                .as_ref()
                .map(|c| RCons {
                    avoid: c.avoid.iter().map(|p| p.index(np)).collect(),
                    only: c.only.iter().map(|p| p.index(np)).collect(),
                    modalities: c.modalities.clone(),
                    audiences: c.audiences.clone(),
                    countries: c.countries.clone(),
                    languages: c.languages.clone(),
                    max_level: c.max_level,
                })
                .unwrap_or_default(),
        }
    }
}
