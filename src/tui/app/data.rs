//! What the interface knows of the catalogue and never changes: the
//! catalogue itself, its pathway graph, the search index, and orders and
//! groupings worked out once at start so that no keystroke pays for them.

use crate::graph::PathwayGraph;
use crate::model::{Catalogue, CompetenceIx, OccupationIx, OfferIx, ProviderIx};
use crate::search::fold;
use crate::tui::search::SearchIndex;

use super::filters::{FilterChoices, FilterRow};
use super::loading::Stage;

/// How offers can be ordered.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum SortKey {
    #[default]
    Title,
    Hours,
    Level,
    Body,
    City,
}

impl SortKey {
    pub const ALL: [Self; 5] = [
        Self::Title,
        Self::Hours,
        Self::Level,
        Self::Body,
        Self::City,
    ];

    pub fn index(self) -> usize {
        match self {
            Self::Title => 0,
            Self::Hours => 1,
            Self::Level => 2,
            Self::Body => 3,
            Self::City => 4,
        }
    }

    /// The next key, round the list.
    #[must_use]
    pub fn next(self) -> Self {
        Self::ALL[(self.index() + 1) % Self::ALL.len()]
    }
}

/// Where the catalogue came from, as the header names it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CatalogueName {
    /// The sample built into parcours.
    Sample,
    /// A file or directory, as given.
    Path(String),
}

/// The catalogue and everything derived from it once.
pub struct Data {
    pub cat: Catalogue,
    pub graph: PathwayGraph,
    pub index: SearchIndex,
    pub name: CatalogueName,
    /// Each body's name as lists show it: the part before " – ".
    pub short_names: Vec<String>,
    /// For each sort key, each offer's rank in that order.
    pub ranks: [Vec<u32>; 5],
    pub choices: FilterChoices,
    /// The filter menu's lines.
    pub filter_rows: Vec<FilterRow>,
    /// For each body, its offers in title order.
    pub offers_by_body: Vec<Vec<OfferIx>>,
    /// For each agreement, the links that name it.
    pub backed: Vec<Vec<u32>>,
    /// Bodies in name order; agreements in title order.
    pub bodies_order: Vec<ProviderIx>,
    pub agreements_order: Vec<crate::model::AgreementIx>,
    /// Every offer allowed, for routing searches that filter nothing.
    pub all_allowed: Vec<bool>,
    /// The planner's pickers: what each kind of item is searched by, and
    /// the order items are listed in before anything is typed.
    pub pickers: PickerIndex,
}

/// Search indices and orders for the planner's pickers, built once.
#[derive(Debug, Default)]
pub struct PickerIndex {
    /// Offers in title order.
    pub offers: Vec<OfferIx>,
    /// Competences by label, then label order.
    pub competences: SearchIndex,
    pub competences_order: Vec<CompetenceIx>,
    /// Occupations by label and ROME code, then label order.
    pub occupations: SearchIndex,
    pub occupations_order: Vec<OccupationIx>,
    /// Bodies by name, country and id.
    pub bodies: SearchIndex,
}

impl PickerIndex {
    fn new(cat: &Catalogue, offers: Vec<OfferIx>) -> Self {
        let competences = SearchIndex::of_fields(
            cat.competences.len(),
            cat.competences
                .iter()
                .map(|c| [c.label.as_str(), c.id.as_str(), ""]),
        );
        let mut competences_order: Vec<CompetenceIx> =
            (0..cat.competences.len()).map(CompetenceIx::new).collect();
        competences_order.sort_by_cached_key(|c| fold(&cat.competence(*c).label));
        let occupations = SearchIndex::of_fields(
            cat.occupations.len(),
            cat.occupations
                .iter()
                .map(|o| [o.label.as_str(), o.rome.as_deref().unwrap_or(""), ""]),
        );
        let mut occupations_order: Vec<OccupationIx> =
            (0..cat.occupations.len()).map(OccupationIx::new).collect();
        occupations_order.sort_by_cached_key(|o| fold(&cat.occupation(*o).label));
        let bodies = SearchIndex::of_fields(
            cat.providers.len(),
            cat.providers
                .iter()
                .map(|p| [p.name.as_str(), p.country.as_str(), p.id.as_str()]),
        );
        Self {
            offers,
            competences,
            competences_order,
            occupations,
            occupations_order,
            bodies,
        }
    }
}

impl Data {
    pub fn new(cat: Catalogue, name: CatalogueName) -> Self {
        Self::build(cat, name, |_| {})
    }

    /// [`Data::new`], telling `stage` as each part of the work begins (for
    /// the loading screen: at a million offers each takes seconds).
    pub fn build(cat: Catalogue, name: CatalogueName, stage: impl Fn(Stage)) -> Self {
        stage(Stage::Graph);
        // The graph on one core while the search index and the sort orders
        // are made on the other: the stages after the graph then pass at
        // once.
        let (graph, (short_names, index, ranks)) = std::thread::scope(|scope| {
            let graph = scope.spawn(|| PathwayGraph::new(&cat));
            let short_names: Vec<String> = cat
                .providers
                .iter()
                .map(|p| p.short_name().to_owned())
                .collect();
            let index = SearchIndex::new(&cat, |o| {
                short_names[cat.offer(o).provider.index()].as_str()
            });
            let titles: Vec<String> = cat.offers.iter().map(|o| fold(&o.title)).collect();
            let ranks = SortKey::ALL.map(|key| ranks(&cat, &titles, &short_names, key));
            let graph = graph
                .join()
                .unwrap_or_else(|e| std::panic::resume_unwind(e));
            (graph, (short_names, index, ranks))
        });
        stage(Stage::Index);
        stage(Stage::Orders);
        let choices = FilterChoices::new(&cat);
        let filter_rows = choices.rows();
        let mut offers_by_body = vec![Vec::new(); cat.providers.len()];
        let mut by_title: Vec<OfferIx> = (0..cat.offers.len()).map(OfferIx::new).collect();
        by_title.sort_by_key(|o| ranks[SortKey::Title.index()][o.index()]);
        for &o in &by_title {
            offers_by_body[cat.offer(o).provider.index()].push(o);
        }
        let pickers = PickerIndex::new(&cat, by_title);
        let mut backed = vec![Vec::new(); cat.agreements.len()];
        for (i, link) in cat.links.iter().enumerate() {
            if let Some(a) = link.agreement {
                backed[a.index()].push(u32::try_from(i).expect("fewer than 2^32 links"));
            }
        }
        let mut bodies_order: Vec<ProviderIx> =
            (0..cat.providers.len()).map(ProviderIx::new).collect();
        bodies_order.sort_by_cached_key(|p| fold(&cat.provider(*p).name));
        let mut agreements_order: Vec<_> = (0..cat.agreements.len())
            .map(crate::model::AgreementIx::new)
            .collect();
        agreements_order.sort_by_cached_key(|a| fold(&cat.agreement(*a).title));
        let all_allowed = vec![true; cat.offers.len()];
        Self {
            cat,
            graph,
            index,
            name,
            short_names,
            ranks,
            choices,
            filter_rows,
            offers_by_body,
            backed,
            bodies_order,
            agreements_order,
            all_allowed,
            pickers,
        }
    }

    /// The name lists show for an offer's body.
    pub fn short_body(&self, offer: OfferIx) -> &str {
        &self.short_names[self.cat.offer(offer).provider.index()]
    }

    /// The city of an offer's centre; none for distance learning.
    pub fn city(&self, offer: OfferIx) -> Option<&str> {
        self.cat
            .offer(offer)
            .centre
            .map(|c| self.cat.centre(c).city.as_str())
    }
}

/// Each offer's rank when sorted by `key`, then by folded title, then by
/// position. Missing values (no level, no city) sort last.
fn ranks(cat: &Catalogue, titles: &[String], short_names: &[String], key: SortKey) -> Vec<u32> {
    let mut order: Vec<usize> = (0..cat.offers.len()).collect();
    match key {
        SortKey::Title => order.sort_by(|&a, &b| titles[a].cmp(&titles[b])),
        SortKey::Hours => order.sort_by(|&a, &b| {
            cat.offers[a]
                .hours
                .total_cmp(&cat.offers[b].hours)
                .then_with(|| titles[a].cmp(&titles[b]))
        }),
        SortKey::Level => {
            order.sort_by_key(|&i| (cat.offers[i].level.unwrap_or(u8::MAX), &titles[i]));
        }
        SortKey::Body => {
            let bodies: Vec<String> = short_names.iter().map(|n| fold(n)).collect();
            order.sort_by_key(|&i| (&bodies[cat.offers[i].provider.index()], &titles[i]));
        }
        SortKey::City => {
            let cities: Vec<Option<String>> = cat
                .offers
                .iter()
                .map(|o| o.centre.map(|c| fold(&cat.centre(c).city)))
                .collect();
            order.sort_by_key(|&i| (cities[i].is_none(), &cities[i], &titles[i]));
        }
    }
    let mut rank = vec![0u32; order.len()];
    for (r, i) in order.into_iter().enumerate() {
        rank[i] = u32::try_from(r).expect("fewer than 2^32 offers");
    }
    rank
}
