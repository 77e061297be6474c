//! Search as you type: nucleo's fuzzy matcher over one folded haystack
//! per offer (title, body, city), built once when the catalogue loads.
//!
//! Every haystack lives in one string, so a catalogue of 100,000 offers
//! costs two allocations; [`Searcher`] scans them (off the drawing thread
//! for long lists, see [`crate::tui::jobs`]), and a keystroke that extends
//! the query only looks again at the offers the shorter query matched.

mod searcher;

pub use searcher::{Highlight, PREFIX, STRONG, Searcher};

use crate::model::{Catalogue, CompetenceIx, OccupationIx, OfferIx, ProviderIx};
#[cfg(test)]
use crate::search::fold;

/// What a haystack is made of, in order, with one space between parts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    Title,
    Body,
    City,
}

/// Something an index holds one haystack for: offers for the catalogue's
/// search, competences, occupations, bodies or plain values for the
/// planner's pickers.
pub trait Item: Copy {
    /// Its position in the index (and in the list it was built from).
    fn position(self) -> usize;
}

macro_rules! item {
    ($($t:ty),*) => {$(
        impl Item for $t {
            fn position(self) -> usize {
                self.index()
            }
        }
    )*};
}
item!(OfferIx, CompetenceIx, OccupationIx, ProviderIx);

impl Item for u32 {
    fn position(self) -> usize {
        self as usize
    }
}

/// The folded text of every item (offer, competence, …), ready for
/// matching.
#[derive(Clone, Debug, Default)]
pub struct SearchIndex {
    text: String,
    /// Where each item's haystack ends in `text`.
    ends: Vec<u32>,
    /// For each item, the characters that start a word of its haystack,
    /// as bits (see [`initial_bit`]): a short word of the query that cannot
    /// start a word there needs no closer look.
    initials: Vec<u64>,
}

/// The bit standing for a word's first character: one per letter and
/// digit, one shared by everything else.
pub fn initial_bit(c: u8) -> u64 {
    match c {
        b'a'..=b'z' => 1 << (c - b'a'),
        b'0'..=b'9' => 1 << (26 + c - b'0'),
        _ => 1 << 63,
    }
}

/// The parts of an offer's haystack, as written (not folded).
pub fn fields<'c>(cat: &'c Catalogue, short_body: &'c str, offer: OfferIx) -> [&'c str; 3] {
    let o = cat.offer(offer);
    [
        o.title.as_str(),
        short_body,
        o.centre.map_or("", |c| cat.centre(c).city.as_str()),
    ]
}

impl SearchIndex {
    /// Folds every offer's title, body and city; `short_body` gives the
    /// name shown for the offer's body.
    pub fn new<'c>(cat: &'c Catalogue, short_body: impl Fn(OfferIx) -> &'c str) -> Self {
        Self::of_fields(
            cat.offers.len(),
            (0..cat.offers.len()).map(|i| {
                let offer = OfferIx::new(i);
                fields(cat, short_body(offer), offer)
            }),
        )
    }

    /// Folds the three fields of each of `len` items, in order.
    pub fn of_fields<'t>(len: usize, items: impl Iterator<Item = [&'t str; 3]>) -> Self {
        let mut text = String::with_capacity(len * 64);
        let mut ends: Vec<u32> = Vec::with_capacity(len);
        let mut initials = Vec::with_capacity(len);
        for parts in items {
            for (n, part) in parts.iter().enumerate() {
                if n > 0 {
                    text.push(' ');
                }
                crate::search::fold_into(&mut text, part);
            }
            let start = ends.last().map_or(0, |&e| e as usize);
            let hay = &text.as_bytes()[start..];
            let mut bits = 0;
            for (at, &c) in hay.iter().enumerate() {
                if at == 0 || !hay[at - 1].is_ascii_alphanumeric() {
                    bits |= initial_bit(c);
                }
            }
            initials.push(bits);
            ends.push(u32::try_from(text.len()).expect("haystacks fit in 4 GiB"));
        }
        Self {
            text,
            ends,
            initials,
        }
    }

    /// How many items it holds.
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    /// Whether it holds no item.
    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    /// The characters that start a word of an item's haystack, as bits.
    pub fn initials(&self, item: impl Item) -> u64 {
        self.initials[item.position()]
    }

    /// The folded haystack of an item.
    pub fn haystack(&self, item: impl Item) -> &str {
        let i = item.position();
        let start = if i == 0 { 0 } else { self.ends[i - 1] as usize };
        &self.text[start..self.ends[i] as usize]
    }
}

/// How many folded characters a character becomes (as [`fold`] does it).
pub fn folded_len(c: char) -> usize {
    if c.is_ascii() {
        1
    } else {
        deunicode::deunicode_char(c).map_or(0, str::len)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::{Source, load};

    fn sample() -> Catalogue {
        load(&Source::Sample).catalogue.unwrap()
    }

    #[test]
    fn haystacks_are_folded_fields() {
        let cat = sample();
        let index = SearchIndex::new(&cat, |_| "Afpa");
        let metz = cat.lookup.offer("afpa-metz-tle").unwrap();
        assert_eq!(
            index.haystack(metz),
            "titre professionnel technicien en logistique d'entreposage afpa metz"
        );
        for i in 0..cat.offers.len() {
            let offer = OfferIx::new(i);
            let [title, body, city] = fields(&cat, "Afpa", offer);
            let expected = format!("{} {} {}", fold(title), fold(body), fold(city));
            assert_eq!(index.haystack(offer), expected);
            let lengths: usize = title.chars().map(folded_len).sum();
            assert_eq!(lengths, fold(title).len());
        }
    }

    #[test]
    fn finds_without_case_or_accents_and_refines() {
        let cat = sample();
        let index = SearchIndex::new(&cat, |_| "");
        let all: Vec<OfferIx> = (0..cat.offers.len()).map(OfferIx::new).collect();
        let mut searcher = Searcher::default();
        let wide = searcher.run(&index, &all, 1, "sou");
        let narrow = searcher.run(&index, &all, 1, "soudeur");
        assert!(!narrow.is_empty() && narrow.len() <= wide.len());
        let fresh = Searcher::default().run(&index, &all, 1, "soudeur");
        assert_eq!(narrow, fresh, "refining gives what a fresh search gives");
        let accents = Searcher::default().run(&index, &all, 1, "ÉLECTRICITÉ");
        let plain = Searcher::default().run(&index, &all, 1, "electricite");
        assert_eq!(accents, plain);
        assert!(!plain.is_empty());
        assert_eq!(searcher.run(&index, &all, 1, "  "), all);
    }

    #[test]
    fn typing_and_erasing_give_what_a_fresh_search_gives() {
        let cat = sample();
        let index = SearchIndex::new(&cat, |o| cat.provider(cat.offer(o).provider).id.as_str());
        let all: Vec<OfferIx> = (0..cat.offers.len()).map(OfferIx::new).collect();
        let mut typing = Searcher::default();
        for query in [
            "soudeur metz",
            "logistique entrepot",
            "tech info 5",
            "cariste liege",
        ] {
            let prefixes: Vec<&str> = (1..=query.len()).map(|n| &query[..n]).collect();
            // Typed letter by letter, then erased back to the start.
            for q in prefixes.iter().chain(prefixes.iter().rev()) {
                let fresh = Searcher::default().run(&index, &all, 7, q);
                assert_eq!(typing.run(&index, &all, 7, q), fresh, "{q:?}");
            }
        }
        // A new list (new filters) is searched afresh.
        let half = &all[..all.len() / 2];
        let fresh = Searcher::default().run(&index, half, 8, "sou");
        assert_eq!(typing.run(&index, half, 8, "sou"), fresh);
    }

    #[test]
    fn a_search_given_up_finds_nothing_and_leaves_nothing_behind() {
        let cat = sample();
        let index = SearchIndex::new(&cat, |_| "");
        let all: Vec<OfferIx> = (0..cat.offers.len()).map(OfferIx::new).collect();
        let mut searcher = Searcher::default();
        let sou = searcher.run(&index, &all, 1, "sou");
        for query in ["soud", "s", "logistique"] {
            assert_eq!(searcher.run_until(&index, &all, 1, query, &|| true), None);
        }
        // Asked to go on, it finds what a fresh search finds.
        let fresh = Searcher::default().run(&index, &all, 1, "soud");
        let never = || false;
        assert_eq!(
            searcher.run_until(&index, &all, 1, "soud", &never),
            Some(fresh)
        );
        assert_eq!(searcher.run(&index, &all, 1, "sou"), sou);
    }

    #[test]
    fn a_word_needs_its_first_letters_together() {
        let cat = sample();
        let index = SearchIndex::new(&cat, |_| "");
        let all: Vec<OfferIx> = (0..cat.offers.len()).map(OfferIx::new).collect();
        let titles = |query| -> Vec<String> {
            Searcher::default()
                .run(&index, &all, 1, query)
                .into_iter()
                .map(|o| fold(&cat.offer(o).title))
                .collect()
        };
        let found = titles("soudeur");
        assert!(!found.is_empty());
        assert!(found.iter().all(|t| t.contains("soud")), "{found:?}");
        // Past the first letters, a letter may be missing or out of place.
        assert!(titles("soudur").contains(&found[0]), "{found:?}");
        assert!(titles("xsoudeur").is_empty());
        // Short words are found whole, those starting a word first.
        let tig = titles("tig");
        assert!(
            !tig.is_empty() && tig.iter().all(|t| t.contains("tig")),
            "{tig:?}"
        );
    }

    #[test]
    fn highlights_map_back_to_the_text_as_written() {
        let cat = sample();
        let index = SearchIndex::new(&cat, |_| "Afpa");
        let offer = cat.lookup.offer("afpa-metz-tle").unwrap();
        let mut searcher = Searcher::default();
        let h = searcher.highlight(&index, offer, fields(&cat, "Afpa", offer), "entrepôt metz");
        let title: Vec<char> = cat.offer(offer).title.chars().collect();
        let marked: String = h.title.iter().map(|&i| title[i as usize]).collect();
        assert_eq!(marked, "entrepo");
        assert_eq!(h.city, [0, 1, 2, 3]);
    }
}
