//! Matching a query against the index: which offers to show, best first,
//! and which characters to highlight.

use nucleo_matcher::pattern::{Atom, AtomKind, CaseMatching, Normalization};
use nucleo_matcher::{Config, Matcher, Utf32Str};

use super::{Item, SearchIndex, folded_len, initial_bit};
use crate::search::fold;

/// The share of its best score a word must reach to count as found.
pub const STRONG: (u32, u32) = (2, 3);

/// How many first letters of a word must stand together in the text;
/// words this short must stand whole.
pub const PREFIX: usize = 3;

/// Positions of matched characters in each field, as character positions
/// in the text as written.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Highlight {
    pub title: Vec<u32>,
    pub body: Vec<u32>,
    pub city: Vec<u32>,
}

/// The matcher (and its scratch memory) and what the queries typed so far
/// found, to refine them as the query grows and go back to them as it
/// shrinks.
pub struct Searcher {
    matcher: Matcher,
    /// One entry per query typed on the way to the current one, each a
    /// prefix of the next.
    typed: Vec<Found>,
}

/// What one query found in one list.
struct Found {
    query: String,
    generation: u64,
    /// Positions in the list of the items that are candidates (see
    /// [`Searcher::run`]), in order: a longer query only looks at these.
    candidates: Vec<u32>,
    /// The positions in the list of the items shown, best first.
    shown: Vec<u32>,
}

impl Default for Searcher {
    fn default() -> Self {
        Self {
            matcher: Matcher::new(Config::DEFAULT),
            typed: Vec::new(),
        }
    }
}

impl std::fmt::Debug for Searcher {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Searcher").finish_non_exhaustive()
    }
}

/// One word of a query, folded, and what matching it needs.
struct Word {
    text: String,
    atom: Atom,
    /// Its first letters, which must stand together in the text.
    prefix: String,
    /// Its score standing whole at the start of a word, and inside one.
    ideal: u32,
    inside: u32,
}

impl Word {
    fn new(text: &str, matcher: &mut Matcher) -> Self {
        let atom = Atom::new(
            text,
            CaseMatching::Ignore,
            Normalization::Never,
            AtomKind::Fuzzy,
            false,
        );
        let mut score = |before: char| {
            let hay: String = std::iter::once(before).chain(text.chars()).collect();
            atom.score(Utf32Str::Ascii(hay.as_bytes()), matcher)
                .map_or(0, u32::from)
        };
        let (ideal, inside) = (score(' '), score('x'));
        Self {
            prefix: text.chars().take(PREFIX).collect(),
            text: text.to_owned(),
            atom,
            ideal,
            inside,
        }
    }

    /// A word short enough to be found whole rather than fuzzily.
    fn is_short(&self) -> bool {
        self.text.len() <= PREFIX
    }

    /// Its score in a haystack whose word starts are `initials`, if it is
    /// found there.
    fn score(&self, text: &str, initials: u64, matcher: &mut Matcher) -> Option<u32> {
        if self.is_short() {
            // Found whole: scored as nucleo scores a contiguous match, at
            // the start of a word or inside one. `contains` first, which
            // is fast, then a look at each place only if the word's first
            // letter starts a word somewhere.
            if !text.contains(self.text.as_str()) {
                return None;
            }
            let first = self.text.as_bytes()[0];
            if initials & initial_bit(first) == 0 {
                return Some(self.inside);
            }
            if self.text.len() == 1 && first.is_ascii_alphanumeric() {
                // The bit says it all for a single letter or digit.
                return Some(self.ideal);
            }
            let starts_word = occurrences(text, &self.text)
                .any(|at| at == 0 || !text.as_bytes()[at - 1].is_ascii_alphanumeric());
            Some(if starts_word { self.ideal } else { self.inside })
        } else if text.contains(self.prefix.as_str()) {
            self.atom
                .score(Utf32Str::Ascii(text.as_bytes()), matcher)
                .map(u32::from)
        } else {
            None
        }
    }
}

/// Where a short word stands in a folded (ASCII) text, first to last:
/// each place its first letter is found (with `memchr`, through
/// `str::find`), then compared. Much faster than a general substring search
/// for words of a few letters in texts of a few dozen.
fn occurrences<'a>(text: &'a str, word: &'a str) -> impl Iterator<Item = usize> + 'a {
    let first = word.chars().next().unwrap_or(' ');
    let mut from = 0;
    std::iter::from_fn(move || {
        while let Some(i) = text.get(from..)?.find(first) {
            let at = from + i;
            from = at + first.len_utf8();
            if text[at..].starts_with(word) {
                return Some(at);
            }
        }
        None
    })
}

fn words(folded: &str, matcher: &mut Matcher) -> Vec<Word> {
    folded
        .split_whitespace()
        .map(|w| Word::new(w, matcher))
        .collect()
}

/// One scan over some items of a list.
struct Scan<'a, T> {
    index: &'a SearchIndex,
    list: &'a [T],
    words: &'a [Word],
}

/// What a scan found: the candidates (positions in the list, in order),
/// and the strong ones with their scores.
type Scanned = (Vec<u32>, Vec<(u32, u32)>);

/// How many items a scan looks at between two looks at its cancel flag.
const CHECK_EVERY: usize = 4096;

impl<T: Item> Scan<'_, T> {
    /// None when `stop` said so before the scan ended.
    fn run(
        &self,
        matcher: &mut Matcher,
        positions: impl Iterator<Item = u32>,
        stop: &dyn Fn() -> bool,
    ) -> Option<Scanned> {
        let mut candidates = Vec::new();
        let mut strong_hits = Vec::new();
        'offers: for (n, at) in positions.enumerate() {
            if n.is_multiple_of(CHECK_EVERY) && stop() {
                return None;
            }
            let offer = self.list[at as usize];
            let (text, initials) = (self.index.haystack(offer), self.index.initials(offer));
            let (mut total, mut strong) = (0, true);
            for word in self.words {
                let Some(score) = word.score(text, initials, matcher) else {
                    continue 'offers;
                };
                total += score;
                strong &= score * STRONG.1 >= word.ideal * STRONG.0;
            }
            candidates.push(at);
            if strong {
                strong_hits.push((total, at));
            }
        }
        Some((candidates, strong_hits))
    }
}

impl Searcher {
    /// The offers of `list` that match `query`, best first; ties keep the
    /// list's order. `generation` changes whenever `list` does.
    ///
    /// Each word of the query is matched on its own once case and accents
    /// are folded away. Its first [`PREFIX`] letters must stand together in
    /// the text (so that "sou" finds "soudeur" but not an s, an o and a u
    /// spread over a long title); past them nucleo matches it fuzzily. An
    /// offer is shown when every word also scores at least [`STRONG`] of
    /// what it would score standing whole at the start of a word.
    ///
    /// Offers passing the first test are the *candidates*: a longer query
    /// can only have fewer, so a keystroke that extends the query looks at
    /// the last one's candidates only, and erasing goes back to what the
    /// shorter query found without searching again.
    pub fn run<T: Item>(
        &mut self,
        index: &SearchIndex,
        list: &[T],
        generation: u64,
        query: &str,
    ) -> Vec<T> {
        self.run_until(index, list, generation, query, &|| false)
            .expect("a search that is never stopped ends")
    }

    /// [`Searcher::run`], given up (none) once `stop` says so: it is asked
    /// every few thousand items. What earlier queries found is kept, and
    /// nothing of the search given up.
    pub fn run_until<T: Item>(
        &mut self,
        index: &SearchIndex,
        list: &[T],
        generation: u64,
        query: &str,
        stop: &dyn Fn() -> bool,
    ) -> Option<Vec<T>> {
        let folded = fold(query);
        if folded.split_whitespace().next().is_none() {
            self.typed.clear();
            return Some(list.to_vec());
        }
        while self
            .typed
            .last()
            .is_some_and(|f| f.generation != generation || !folded.starts_with(&f.query))
        {
            self.typed.pop();
        }
        if let Some(found) = self.typed.last().filter(|f| f.query == folded) {
            return Some(found.shown.iter().map(|&at| list[at as usize]).collect());
        }
        // One letter says too little to rank by: every offer holding it, in
        // the list's order, without scoring 100,000 offers per keystroke.
        let mut letters = folded.trim().chars();
        if let (Some(letter), None) = (letters.next(), letters.next()) {
            let mut candidates = Vec::new();
            for at in 0..u32::try_from(list.len()).expect("fewer than 2^32 offers") {
                if (at as usize).is_multiple_of(CHECK_EVERY) && stop() {
                    return None;
                }
                if index.haystack(list[at as usize]).contains(letter) {
                    candidates.push(at);
                }
            }
            let shown: Vec<T> = candidates.iter().map(|&at| list[at as usize]).collect();
            self.typed.push(Found {
                query: folded,
                generation,
                shown: candidates.clone(),
                candidates,
            });
            return Some(shown);
        }
        let words = words(&folded, &mut self.matcher);
        let scan = Scan {
            index,
            list,
            words: &words,
        };
        let matcher = &mut self.matcher;
        let (candidates, mut scored) = match self.typed.last() {
            Some(earlier) => scan.run(matcher, earlier.candidates.iter().copied(), stop),
            None => scan.run(
                matcher,
                0..u32::try_from(list.len()).expect("fewer than 2^32 offers"),
                stop,
            ),
        }?;
        scored.sort_unstable_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        let positions: Vec<u32> = scored.iter().map(|&(_, at)| at).collect();
        let shown: Vec<T> = positions.iter().map(|&at| list[at as usize]).collect();
        self.typed.push(Found {
            query: folded,
            generation,
            candidates,
            shown: positions,
        });
        Some(shown)
    }

    /// Which characters of an offer's title, body and city the query
    /// matched; `texts` are those fields as written.
    pub fn highlight(
        &mut self,
        index: &SearchIndex,
        item: impl Item,
        texts: [&str; 3],
        query: &str,
    ) -> Highlight {
        let matcher = &mut self.matcher;
        let words = words(&fold(query), matcher);
        let hay = index.haystack(item);
        let mut indices = Vec::new();
        for word in &words {
            if word.is_short() {
                // Found whole: the first occurrence at a word start, else
                // the first one.
                let w = word.text.as_str();
                let starts = |at: usize| at == 0 || !hay.as_bytes()[at - 1].is_ascii_alphanumeric();
                let at = occurrences(hay, w)
                    .find(|&at| starts(at))
                    .or_else(|| occurrences(hay, w).next());
                if let Some(at) = at {
                    indices.extend((at..at + w.len()).filter_map(|i| u32::try_from(i).ok()));
                }
            } else {
                let haystack = Utf32Str::Ascii(hay.as_bytes());
                let _ = matcher.fuzzy_indices(haystack, word.atom.needle_text(), &mut indices);
            }
        }
        indices.sort_unstable();
        indices.dedup();
        Highlight::from_folded(&indices, texts)
    }
}

impl Highlight {
    /// Maps positions in a folded haystack back to the fields as written,
    /// knowing how many folded characters each character became.
    fn from_folded(indices: &[u32], texts: [&str; 3]) -> Self {
        let mut out = [Vec::new(), Vec::new(), Vec::new()];
        let mut folded_at = 0usize;
        let mut next = indices.iter().peekable();
        for (field, text) in texts.iter().enumerate() {
            if field > 0 {
                folded_at += 1; // the space between parts
            }
            for (i, c) in text.chars().enumerate() {
                let end = folded_at + folded_len(c);
                while let Some(&&at) = next.peek() {
                    if (at as usize) < folded_at {
                        next.next();
                    } else if (at as usize) < end {
                        out[field].push(u32::try_from(i).unwrap_or(u32::MAX));
                        next.next();
                    } else {
                        break;
                    }
                }
                folded_at = end;
            }
        }
        for list in &mut out {
            list.dedup();
        }
        let [title, body, city] = out;
        Self { title, body, city }
    }
}
