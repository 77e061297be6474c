//! Per-offer arrays kept between the searches of one request.
//!
//! Yen's algorithm runs one search per offer of each route found; filling
//! an array the size of the catalogue for each would cost more than most
//! of the searches. A search notes instead each offer it writes, and only
//! those are put back after it.

/// One value per offer, all `blank` between searches.
pub struct Slots<T> {
    pub values: Vec<T>,
    /// The offers written since the last [`Slots::reset`] (an offer noted
    /// twice does no harm).
    pub touched: Vec<u32>,
    blank: T,
}

impl<T: Copy> Slots<T> {
    /// No array yet: [`Slots::ready`] makes it on first use.
    pub const fn new(blank: T) -> Self {
        Self {
            values: Vec::new(),
            touched: Vec::new(),
            blank,
        }
    }

    /// Makes the array for `offers` offers, if not made yet.
    pub fn ready(&mut self, offers: usize) {
        if self.values.is_empty() {
            self.values.resize(offers, self.blank);
        }
    }

    /// Puts back `blank` where a search wrote.
    pub fn reset(&mut self) {
        for v in self.touched.drain(..) {
            self.values[v as usize] = self.blank;
        }
    }
}
