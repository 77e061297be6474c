//! Random small catalogues and requests, as proptest strategies. Positions
//! are drawn as [`Index`]es and made valid by [`super::generated`].

use proptest::prelude::*;
use proptest::sample::Index;

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
