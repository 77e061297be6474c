//! Items grouped by a key in `0..keys`, in one flat list: the layout of
//! the graph's indexes (offers by competence or occupation, ways by the
//! offer they leave, edges by the offer they enter).

/// Items grouped by key: key `k`'s items are `items[starts[k]..starts[k + 1]]`,
/// in the order they were given.
#[derive(Clone, Debug, Default)]
pub struct Buckets<T> {
    starts: Vec<u32>,
    items: Vec<T>,
}

impl<T: Copy> Buckets<T> {
    /// Places items in their key's bucket by a counting sort, keeping their
    /// order: `keys` gives each item's key, for the count, then `items` the
    /// (key, item) pairs themselves, in the same order. Counting from the
    /// keys alone spares making every item twice.
    pub fn new(
        buckets: usize,
        keys: impl Iterator<Item = usize>,
        items: impl Iterator<Item = (usize, T)>,
        blank: T,
    ) -> Self {
        let mut counting = Counting::new(buckets);
        keys.for_each(|k| counting.count(k));
        let mut placing = counting.placing(blank);
        items.for_each(|(k, item)| placing.put(k, item));
        placing.done()
    }

    /// The items of a key.
    pub fn of(&self, key: usize) -> &[T] {
        &self.items[self.starts[key] as usize..self.starts[key + 1] as usize]
    }

    /// Every item, key after key.
    pub fn items(&self) -> &[T] {
        &self.items
    }

    /// Where each key's items start, with one more entry than keys.
    pub fn starts(&self) -> &[u32] {
        &self.starts
    }
}

/// The first pass of a counting sort: how many items each key has. Where
/// the items come from a loop that an iterator would slow down (ways
/// written in links: each link gives one or two), the two passes are
/// written out with this and [`Placing`].
pub struct Counting {
    /// Each key's count at its index + 1.
    starts: Vec<u32>,
}

impl Counting {
    pub fn new(buckets: usize) -> Self {
        Self {
            starts: vec![0; buckets + 1],
        }
    }

    /// One more item for `key`.
    pub fn count(&mut self, key: usize) {
        self.starts[key + 1] += 1;
    }

    /// Where each key's items start, with one more entry than keys, for
    /// callers that place items themselves.
    pub fn starts(mut self) -> Vec<u32> {
        for i in 1..self.starts.len() {
            self.starts[i] += self.starts[i - 1];
        }
        self.starts
    }

    /// The second pass, items placed as they come.
    pub fn placing<T: Copy>(self, blank: T) -> Placing<T> {
        let starts = self.starts();
        let len = starts.last().map_or(0, |&n| n as usize);
        Placing {
            next: starts.clone(),
            buckets: Buckets {
                starts,
                items: vec![blank; len],
            },
        }
    }
}

/// The second pass of a counting sort: items put in their key's bucket in
/// the order they come, as [`Counting`] counted them.
pub struct Placing<T> {
    buckets: Buckets<T>,
    /// Where each key's next item goes.
    next: Vec<u32>,
}

impl<T: Copy> Placing<T> {
    pub fn put(&mut self, key: usize, item: T) {
        let slot = &mut self.next[key];
        self.buckets.items[*slot as usize] = item;
        *slot += 1;
    }

    pub fn done(self) -> Buckets<T> {
        debug_assert!(
            self.next[..self.next.len() - 1] == self.buckets.starts[1..],
            "every item counted was put"
        );
        self.buckets
    }
}

#[cfg(test)]
mod tests {
    use super::Buckets;

    #[test]
    fn items_are_grouped_by_key_in_the_order_given() {
        let pairs = [(2, 'a'), (0, 'b'), (2, 'c'), (0, 'd')];
        let b = Buckets::new(4, pairs.iter().map(|p| p.0), pairs.iter().copied(), ' ');
        assert_eq!(b.of(0), ['b', 'd']);
        assert_eq!(b.of(1), [] as [char; 0]);
        assert_eq!(b.of(2), ['a', 'c']);
        assert_eq!(b.of(3), [] as [char; 0]);
        assert_eq!(b.starts(), [0, 2, 2, 4, 4]);
    }
}
