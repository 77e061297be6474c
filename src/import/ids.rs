//! Ids for imported items: readable, valid `parcours/1` ids, unique within
//! their kind.

use std::collections::HashSet;

/// The longest slug taken from a free text (a title, a name): ids stay
/// short enough to type, and the words kept still say what the item is.
const SLUG_MAX: usize = 32;

/// A free text as an id part: accents transliterated, lowercase, words
/// joined by `-`, cut at a word boundary after [`SLUG_MAX`] characters.
/// Empty when the text holds no letter or digit.
pub fn slug(text: &str) -> String {
    let mut out = String::new();
    for word in deunicode::deunicode(text)
        .to_ascii_lowercase()
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        let extra = usize::from(!out.is_empty()) + word.len();
        if !out.is_empty() && out.len() + extra > SLUG_MAX {
            break;
        }
        if !out.is_empty() {
            out.push('-');
        }
        // A single word longer than the limit is cut, not dropped.
        out.extend(word.chars().take(SLUG_MAX));
    }
    // A cut title ends on a word that says something, not on "de".
    while let Some((head, last)) = out.rsplit_once('-') {
        if !STOP_WORDS.contains(&last) {
            break;
        }
        out.truncate(head.len());
    }
    out
}

/// Small French words a slug does not end with.
const STOP_WORDS: [&str; 16] = [
    "a", "au", "aux", "d", "de", "des", "du", "en", "et", "l", "la", "le", "les", "ou", "par",
    "pour",
];

/// A code from the file (`14_AF_0000028218`, a SIRET) as an id part, whole:
/// lowercase, with every character an id cannot hold replaced by `-`.
pub fn code(text: &str) -> String {
    let mut out: String = text
        .trim()
        .chars()
        .map(|c| {
            let c = c.to_ascii_lowercase();
            if c.is_ascii_lowercase() || c.is_ascii_digit() || "._-".contains(c) {
                c
            } else {
                '-'
            }
        })
        .collect();
    // An id starts with a letter or a digit.
    while out.starts_with(['.', '_', '-']) {
        out.remove(0);
    }
    out
}

/// Joins id parts with `-`, leaving out empty ones.
pub fn join<'a>(parts: impl IntoIterator<Item = &'a str>) -> String {
    parts
        .into_iter()
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("-")
}

/// The ids given so far to one kind of item.
#[derive(Debug, Default)]
pub struct IdSet {
    taken: HashSet<String>,
}

impl IdSet {
    /// Whether `id` is given already.
    pub fn contains(&self, id: &str) -> bool {
        self.taken.contains(id)
    }

    /// Takes the first free id among `candidates`, else the last candidate
    /// with `-2`, `-3`, … appended. `fallback` stands in for a candidate
    /// that is empty.
    pub fn take(&mut self, candidates: &[String], fallback: &str) -> String {
        let mut last = fallback.to_owned();
        for candidate in candidates.iter().filter(|c| !c.is_empty()) {
            if self.taken.insert(candidate.clone()) {
                return candidate.clone();
            }
            last.clone_from(candidate);
        }
        if self.taken.insert(last.clone()) {
            return last;
        }
        // Fewer ids are taken than there are numbers: one is free.
        (2..=usize::MAX)
            .map(|n| format!("{last}-{n}"))
            .find(|id| self.taken.insert(id.clone()))
            .expect("some suffix is free")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::is_valid_id;

    #[test]
    fn slugs_are_valid_ids_cut_at_a_word() {
        assert_eq!(
            slug("Soudeur assembleur industriel"),
            "soudeur-assembleur-industriel"
        );
        assert_eq!(slug("Épinal – Saint-Dié"), "epinal-saint-die");
        assert_eq!(
            slug("Titre professionnel agent de propreté et d'hygiène"),
            "titre-professionnel-agent"
        );
        assert_eq!(
            slug("Découverte des métiers du soudage"),
            "decouverte-des-metiers"
        );
        assert_eq!(slug("«  »"), "");
        let long = slug(&"x".repeat(50));
        assert_eq!(long.len(), SLUG_MAX);
        for s in [slug("Électricien d'équipement"), long] {
            assert!(is_valid_id(&s), "{s}");
        }
    }

    #[test]
    fn codes_keep_every_character_they_can() {
        assert_eq!(code("14_AF_0000028218"), "14_af_0000028218");
        assert_eq!(code(" _AF 12/3 "), "af-12-3");
        assert!(is_valid_id(&code("FOR.2027#1")));
    }

    #[test]
    fn taken_ids_get_the_next_candidate_then_a_number() {
        let mut ids = IdSet::default();
        let c = |v: &[&str]| v.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
        assert_eq!(ids.take(&c(&["a", "a-1"]), "x"), "a");
        assert_eq!(ids.take(&c(&["a", "a-1"]), "x"), "a-1");
        assert_eq!(ids.take(&c(&["a", "a-1"]), "x"), "a-1-2");
        assert_eq!(ids.take(&c(&["", ""]), "x"), "x");
        assert_eq!(ids.take(&c(&[""]), "x"), "x-2");
        assert!(ids.contains("a-1-2"));
        assert_eq!(join(["a", "", "b"]), "a-b");
    }
}
