//! Per-offer arrays kept between the searches of one request.
//!
//! Yen's algorithm runs one search per offer of each route found; filling
//! an array the size of the catalogue for each would cost more than most
//! of the searches. A search notes instead each offer it writes, and only
//! those are put back after it.

/// One value per offer, all `blank` between searches.
pub struct Slots<T> {
    pub values: Vec<T>,
    /// The offers written by the search [`Slots::lend`] runs (an offer
    /// noted twice does no harm).
    pub touched: Vec<u32>,
    blank: T,
}

impl<T: Copy> Slots<T> {
    /// No array yet: [`Slots::lend`] makes it on first use.
    pub const fn new(blank: T) -> Self {
        Self {
            values: Vec::new(),
            touched: Vec::new(),
            blank,
        }
    }

    /// Runs `search` on the array for `offers` offers (made on first
    /// use), then puts back `blank` wherever it wrote, so the next search
    /// finds every value blank again.
    pub fn lend<R>(&mut self, offers: usize, search: impl FnOnce(&mut Self) -> R) -> R {
        if self.values.is_empty() {
            self.values.resize(offers, self.blank);
        }
        let found = search(self);
        for v in self.touched.drain(..) {
            self.values[v as usize] = self.blank;
        }
        found
    }
}
