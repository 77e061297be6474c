//! Generated values made into a valid catalogue and request.

use super::dates::day_of;
use super::spec::{
    CentreSpec, LinkSpec, OfferSpec, ProviderSpec, RCons, RStart, RTarget, Req, Spec,
};
use super::strategies::{GCat, GCredit, GEnds, GReq, GStart, GTarget, Sessions};

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
