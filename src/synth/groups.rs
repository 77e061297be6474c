//! Items grouped by a key, in one flat list: cheap to build and to read for
//! millions of items.

/// For each key, the items filed under it, in the order they were given.
pub struct Groups {
    starts: Vec<u32>,
    items: Vec<u32>,
}

impl Groups {
    /// Files every item `i` in `0..count` under the keys `keys_of(i)` gives.
    pub fn new<K>(keys: usize, count: usize, keys_of: impl Fn(usize) -> K) -> Self
    where
        K: IntoIterator<Item = usize>,
    {
        let mut starts = vec![0u32; keys + 1];
        for i in 0..count {
            for k in keys_of(i) {
                starts[k + 1] += 1;
            }
        }
        for k in 1..starts.len() {
            starts[k] += starts[k - 1];
        }
        let mut next = starts.clone();
        let mut items = vec![0; starts[keys] as usize];
        for i in 0..count {
            let item = u32::try_from(i).expect("fewer than 2^32 items");
            for k in keys_of(i) {
                items[next[k] as usize] = item;
                next[k] += 1;
            }
        }
        Self { starts, items }
    }

    /// The items filed under `key`.
    pub fn get(&self, key: usize) -> &[u32] {
        &self.items[self.starts[key] as usize..self.starts[key + 1] as usize]
    }
}

#[cfg(test)]
mod tests {
    use super::Groups;

    #[test]
    fn files_items_under_each_of_their_keys_in_order() {
        let groups = Groups::new(3, 4, |i| [i % 3, 2].into_iter().take(1 + i % 2));
        assert_eq!(groups.get(0), &[0, 3]);
        assert_eq!(groups.get(1), &[1]);
        assert_eq!(groups.get(2), &[1, 2, 3]);
    }
}
