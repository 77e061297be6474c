//! The catalogue screen's state: the offer list as filtered, sorted and
//! searched, the selection, and the way followed through the passerelles.

use crate::model::OfferIx;
use crate::tui::search::{Highlight, Searcher, fields};

use super::Cursor;
use super::data::{Data, SortKey};
use super::filters::Filters;
use super::rows::{self, Row};

/// A pane of the catalogue screen.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Pane {
    #[default]
    List,
    Detail,
    Links,
}

/// An offer on the way followed, and the passerelle selected there.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Stop {
    pub offer: OfferIx,
    pub links: Cursor,
}

#[derive(Debug, Default)]
pub struct CatalogueState {
    pub focus: Pane,
    /// The pane shown beside (or below) the list when not all three fit.
    pub side: Pane,
    pub query: String,
    /// Whether keys go to the search box.
    pub editing: bool,
    pub filters: Filters,
    pub sort: SortKey,
    pub descending: bool,
    /// The offers that pass the filters, in sort order.
    pub base: Vec<OfferIx>,
    /// Changes whenever `base` does.
    pub generation: u64,
    /// The offers listed: `base` narrowed by the search, best match first.
    pub shown: Vec<OfferIx>,
    pub list: Cursor,
    /// The way followed: the first stop is the offer selected in the list,
    /// the last is the one shown in the detail and passerelles panes.
    pub trail: Vec<Stop>,
    /// The passerelles of the last stop.
    pub rows: Vec<Row>,
    pub detail_scroll: usize,
    /// What the search matched in the rows from `list.offset` on, as many
    /// as the list shows.
    pub highlights: Vec<Highlight>,
    pub searcher: Searcher,
    /// The list generation and query that `shown` answers: behind `base`
    /// and `query` while a worker searches (see [`crate::tui::jobs`]).
    pub answered: (u64, String),
    /// Searches of lists this long or longer are left to a worker; none:
    /// every search runs at once.
    pub defer_from: Option<usize>,
}

impl CatalogueState {
    pub fn new(data: &Data) -> Self {
        let mut state = Self {
            side: Pane::Detail,
            ..Self::default()
        };
        state.refilter(data);
        state
    }

    /// The offer selected in the list.
    pub fn selected(&self) -> Option<OfferIx> {
        self.shown.get(self.list.selected).copied()
    }

    /// The offer the detail and passerelles panes show.
    pub fn current(&self) -> Option<OfferIx> {
        self.trail.last().map(|s| s.offer)
    }

    /// Applies filters and sort again, then the search.
    pub fn refilter(&mut self, data: &Data) {
        let rank = &data.ranks[self.sort.index()];
        self.base = (0..data.cat.offers.len())
            .map(OfferIx::new)
            .filter(|o| self.filters.passes(&data.cat, *o))
            .collect();
        if self.descending {
            self.base
                .sort_unstable_by_key(|o| std::cmp::Reverse(rank[o.index()]));
        } else {
            self.base.sort_unstable_by_key(|o| rank[o.index()]);
        }
        self.generation += 1;
        self.research(data);
    }

    /// Applies the search to the filtered list, keeping the selected offer
    /// selected when it is still listed; or leaves a long list's search to
    /// a worker, whose answer comes to [`CatalogueState::found`].
    pub fn research(&mut self, data: &Data) {
        let long = self.defer_from.is_some_and(|n| self.base.len() >= n);
        if long && !self.query.trim().is_empty() {
            return;
        }
        let shown = self
            .searcher
            .run(&data.index, &self.base, self.generation, &self.query);
        let answered = (self.generation, self.query.clone());
        self.found(data, answered, shown);
    }

    /// Whether the offers listed answer the search as it stands.
    pub fn is_answered(&self) -> bool {
        self.answered.0 == self.generation && self.answered.1 == self.query
    }

    /// Lists what the search for `answered` (list generation, query)
    /// found.
    pub fn found(&mut self, data: &Data, answered: (u64, String), shown: Vec<OfferIx>) {
        let before = self.selected();
        self.shown = shown;
        self.answered = answered;
        let at = if self.answered.1.is_empty() {
            before.and_then(|o| self.shown.iter().position(|s| *s == o))
        } else {
            // While typing, the best match comes first.
            None
        };
        self.list = Cursor {
            selected: at.unwrap_or(0),
            offset: 0,
        };
        self.sync_trail(data);
    }

    /// Starts the way again from the offer selected in the list, if it
    /// changed.
    pub fn sync_trail(&mut self, data: &Data) {
        let selected = self.selected();
        if self.trail.first().map(|s| s.offer) == selected {
            return;
        }
        self.trail = selected
            .map(|offer| Stop {
                offer,
                links: Cursor::default(),
            })
            .into_iter()
            .collect();
        self.detail_scroll = 0;
        self.rebuild_rows(data);
    }

    /// Goes on to an offer through a passerelle.
    pub fn follow(&mut self, data: &Data, offer: OfferIx) {
        if self.current() == Some(offer) {
            return;
        }
        self.trail.push(Stop {
            offer,
            links: Cursor::default(),
        });
        self.detail_scroll = 0;
        self.rebuild_rows(data);
    }

    /// Steps back along the way; false when at its start.
    pub fn back(&mut self, data: &Data) -> bool {
        if self.trail.len() < 2 {
            return false;
        }
        self.trail.pop();
        self.detail_scroll = 0;
        self.rebuild_rows(data);
        true
    }

    /// Opens an offer from elsewhere (another screen): a new way starts
    /// there, and the list selects it when it is listed.
    pub fn open(&mut self, data: &Data, offer: OfferIx) {
        if let Some(at) = self.shown.iter().position(|o| *o == offer) {
            self.list.selected = at;
            self.sync_trail(data);
        } else {
            self.trail = vec![Stop {
                offer,
                links: Cursor::default(),
            }];
            self.detail_scroll = 0;
            self.rebuild_rows(data);
        }
    }

    /// The passerelle cursor of the offer shown.
    pub fn links_cursor(&mut self) -> Option<&mut Cursor> {
        self.trail.last_mut().map(|s| &mut s.links)
    }

    fn rebuild_rows(&mut self, data: &Data) {
        self.rows = self
            .current()
            .map_or_else(Vec::new, |o| rows::passerelles(data, o));
        let rows = std::mem::take(&mut self.rows);
        if let Some(cursor) = self.links_cursor() {
            cursor.selected = rows::settle(&rows, cursor.selected);
        }
        self.rows = rows;
    }

    /// Works out what the search matched in the `height` rows shown.
    pub fn refresh_highlights(&mut self, data: &Data, height: usize) {
        self.highlights.clear();
        // What the rows listed matched: the query they answer, which is
        // not yet the one typed while a worker searches.
        let query = &self.answered.1;
        if query.trim().is_empty() {
            return;
        }
        for &offer in &self.shown[self.list.window(height, self.shown.len())] {
            let texts = fields(&data.cat, data.short_body(offer), offer);
            self.highlights
                .push(self.searcher.highlight(&data.index, offer, texts, query));
        }
    }
}
