//! The routing rules of DESIGN.md ("The pathway graph", "Routes") applied
//! to a [`Spec`] directly: the ways between offers, the constraints, the
//! finish-date rules and the figures of a route.

use std::cmp::Ordering;

use super::spec::{CRITERIA, RCons, RStart, RTarget, Req, Spec};

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
