//! A map from ids to small values, with every id in one string.
//!
//! Loading looks ids up about three million times for a 100k-offer
//! catalogue (two per link, several per offer), and each lookup in a map
//! of `String` keys follows a pointer to wherever that key was allocated:
//! a cache miss on top of the table's own. Here the ids sit end to end in
//! one string, about a megabyte per 100k ids, and the table holds only
//! where each starts, its length and its value. In a test of two million
//! lookups among 100k ids, keys kept together took 0.6× the time of keys
//! scattered through the text of the files.

use std::fmt;
use std::hash::BuildHasher;

use hashbrown::HashTable;

type Hasher = foldhash::fast::RandomState;

#[derive(Clone, Copy)]
struct Slot<V> {
    /// The id's first eight bytes ([`head`]): most ids are compared, and
    /// ids of eight bytes or fewer wholly, without reading `ids`.
    head: u64,
    start: u32,
    len: u32,
    value: V,
}

/// An id's first eight bytes as one number, zeros after a shorter id's end.
fn head(id: &[u8]) -> u64 {
    let mut bytes = [0; 8];
    let n = id.len().min(8);
    bytes[..n].copy_from_slice(&id[..n]);
    u64::from_ne_bytes(bytes)
}

impl<V> Slot<V> {
    /// Whether the slot holds `id`, whose [`head`] is `head`.
    #[inline]
    fn holds(&self, ids: &str, id: &[u8], head: u64) -> bool {
        self.head == head
            && self.len as usize == id.len()
            && (id.len() <= 8 || same(&self.id(ids).as_bytes()[8..], &id[8..]))
    }

    /// The slot's id in `ids`, the index's string of every id.
    fn id<'i>(&self, ids: &'i str) -> &'i str {
        &ids[self.start as usize..(self.start + self.len) as usize]
    }
}

/// Ids mapped to values, each id once.
#[derive(Clone)]
pub struct IdIndex<V> {
    ids: String,
    table: HashTable<Slot<V>>,
    hasher: Hasher,
}

impl<V> Default for IdIndex<V> {
    fn default() -> Self {
        Self {
            ids: String::new(),
            table: HashTable::new(),
            hasher: Hasher::default(),
        }
    }
}

impl<V> IdIndex<V> {
    /// The hash the index files `id` under.
    pub fn hash(&self, id: &str) -> u64 {
        self.hasher.hash_one(id)
    }

    /// Where in the table a hash's search starts, as a number that orders
    /// searches by the memory they read first: looking up many ids in this
    /// order sweeps the table once instead of jumping about it.
    pub fn table_order(&self, hash: u64) -> u64 {
        // The table is a power of two of buckets, at least 8/7 of the ids,
        // and the search starts at the hash's low bits (hashbrown's layout;
        // an approximate order would still help).
        let buckets = (self.table.capacity() * 8 / 7).next_power_of_two().max(1);
        hash & (buckets as u64 - 1)
    }

    /// The value of `id`, whose hash is `hash`.
    pub fn get_hashed(&self, hash: u64, id: &str) -> Option<&V> {
        let (id, head) = (id.as_bytes(), head(id.as_bytes()));
        self.table
            .find(hash, |slot| slot.holds(&self.ids, id, head))
            .map(|slot| &slot.value)
    }

    /// The value of `id`, if it is in the index.
    pub fn get(&self, id: &str) -> Option<&V> {
        self.get_hashed(self.hash(id), id)
    }

    /// The value of `id`, to change it.
    pub fn get_mut(&mut self, id: &str) -> Option<&mut V> {
        let hash = self.hash(id);
        let ids = &self.ids;
        self.table
            .find_mut(hash, |slot| {
                slot.holds(ids, id.as_bytes(), head(id.as_bytes()))
            })
            .map(|slot| &mut slot.value)
    }

    /// Adds `id` with `value` if it is new; returns whether it was.
    ///
    /// # Panics
    /// If the ids together reach 4 GiB.
    pub fn insert_new(&mut self, id: &str, value: V) -> bool {
        if self.get(id).is_some() {
            return false;
        }
        let start = u32::try_from(self.ids.len()).expect("less than 4 GiB of ids");
        let len = u32::try_from(id.len()).expect("ids shorter than 4 GiB");
        self.ids.push_str(id);
        let hash = self.hash(id);
        let (ids, hasher) = (&self.ids, &self.hasher);
        self.table.insert_unique(
            hash,
            Slot {
                head: head(id.as_bytes()),
                start,
                len,
                value,
            },
            |slot| hasher.hash_one(slot.id(ids)),
        );
        true
    }

    /// Makes room for `ids` more ids of `bytes` bytes in all.
    pub fn reserve(&mut self, ids: usize, bytes: usize) {
        self.ids.reserve(bytes);
        let (ids_text, hasher) = (&self.ids, &self.hasher);
        self.table
            .reserve(ids, |slot| hasher.hash_one(slot.id(ids_text)));
    }

    /// How many ids the index holds.
    pub fn len(&self) -> usize {
        self.table.len()
    }

    /// Every id and its value, in no particular order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &V)> {
        self.table
            .iter()
            .map(|slot| (slot.id(&self.ids), &slot.value))
    }

    /// The same ids with values turned by `f`, leaving out those it turns
    /// into `None`.
    pub fn filter_map<W>(&self, mut f: impl FnMut(&V) -> Option<W>) -> IdIndex<W> {
        let mut index = IdIndex {
            ids: String::with_capacity(self.ids.len()),
            table: HashTable::with_capacity(self.len()),
            hasher: Hasher::default(),
        };
        for (id, value) in self.iter() {
            if let Some(value) = f(value) {
                index.insert_new(id, value);
            }
        }
        index
    }
}

/// Whether two short byte strings are equal, compared eight bytes at a
/// time in line: ids are a few bytes long, and the library comparison is a
/// function call for each.
pub fn same(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let word = |c: &[u8]| u64::from_ne_bytes(c.try_into().expect("chunks of eight"));
    let mut chunks = a.chunks_exact(8).zip(b.chunks_exact(8));
    if !chunks.all(|(x, y)| word(x) == word(y)) {
        return false;
    }
    let tail = a.len() - a.len() % 8;
    a[tail..].iter().zip(&b[tail..]).all(|(x, y)| x == y)
}

impl<V: PartialEq> PartialEq for IdIndex<V> {
    fn eq(&self, other: &Self) -> bool {
        self.len() == other.len() && self.iter().all(|(id, v)| other.get(id) == Some(v))
    }
}

impl<V: Eq> Eq for IdIndex<V> {}

impl<V: fmt::Debug> fmt::Debug for IdIndex<V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map().entries(self.iter()).finish()
    }
}

#[cfg(test)]
mod tests {
    use super::IdIndex;

    #[test]
    fn maps_ids_to_values() {
        let mut index = IdIndex::default();
        assert!(index.insert_new("afpa", 1));
        assert!(index.insert_new("", 2));
        assert!(index.insert_new("afpa-metz", 3));
        assert!(!index.insert_new("afpa", 9));
        assert_eq!(index.get("afpa"), Some(&1));
        assert_eq!(index.get(""), Some(&2));
        assert_eq!(index.get("afp"), None);
        *index.get_mut("afpa-metz").unwrap() = 4;
        assert_eq!(index.len(), 3);
        let odd = index.filter_map(|&v| (v % 2 == 0).then_some(v * 10));
        assert_eq!(odd.get("afpa-metz"), Some(&40));
        assert_eq!(odd.get("afpa"), None);
        assert_eq!(odd.len(), 2);
        let many: IdIndex<usize> = (0..10_000).fold(IdIndex::default(), |mut m, i| {
            m.insert_new(&format!("o{i}"), i);
            m
        });
        assert!((0..10_000).all(|i| many.get(&format!("o{i}")) == Some(&i)));
        assert_eq!(many.clone(), many);
        assert_ne!(odd, index.filter_map(|&v| Some(v)));
    }

    #[test]
    fn compares_bytes() {
        use super::same;
        for (a, b) in [
            ("", ""),
            ("a", "a"),
            ("o0000001", "o0000001"),
            ("afpa-metz-soudeur", "afpa-metz-soudeur"),
        ] {
            assert!(same(a.as_bytes(), b.as_bytes()));
        }
        for (a, b) in [
            ("", "a"),
            ("a", "b"),
            ("o0000001", "o0000002"),
            ("afpa-metz-soudeur", "afpa-metz-soudeuse"),
            ("afpa-metz-soudeur", "afpa-metz-soudeux"),
        ] {
            assert!(!same(a.as_bytes(), b.as_bytes()));
        }
    }
}
