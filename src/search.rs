//! Finding offers by words, whatever their case and accents.

use crate::model::{Catalogue, OfferIx};

/// Lowercase ASCII for comparing: accents dropped, ligatures opened
/// (`Œuvre` → `oeuvre`), other scripts transliterated.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    fold_into(&mut out, text);
    out
}

/// [`fold`], added to the end of `out`: for building one text of many
/// without a string for each.
pub fn fold_into(out: &mut String, text: &str) {
    for c in text.chars() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else if let Some(ascii) = deunicode::deunicode_char(c) {
            out.extend(ascii.chars().map(|c| c.to_ascii_lowercase()));
        }
    }
}

/// An offer that matched, with its score (higher is better).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Hit {
    pub offer: OfferIx,
    pub score: u32,
}

/// The offers whose text holds every word of the query, best first.
///
/// A word found in the title counts most, then in the body's name, city,
/// sector or certification, then in the competences, occupations and
/// description. Ties keep catalogue order.
pub fn search_offers(cat: &Catalogue, query: &str) -> Vec<Hit> {
    let words: Vec<String> = fold(query).split_whitespace().map(str::to_owned).collect();
    if words.is_empty() {
        return Vec::new();
    }
    let mut hits = Vec::new();
    for (ix, offer) in cat.offers.iter().enumerate() {
        let title = fold(&offer.title);
        let mut near = fold(&cat.provider(offer.provider).name);
        near.push(' ');
        near.push_str(&offer.id);
        if let Some(c) = offer.centre {
            near.push(' ');
            near.push_str(&fold(&cat.centre(c).city));
        }
        for extra in [offer.sector.as_deref()]
            .into_iter()
            .chain(
                offer
                    .certification
                    .iter()
                    .flat_map(|c| [c.title.as_deref(), c.code.as_deref()]),
            )
            .flatten()
        {
            near.push(' ');
            near.push_str(&fold(extra));
        }
        let mut far = String::new();
        let labels = offer
            .requires
            .iter()
            .chain(&offer.grants)
            .map(|c| cat.competence(*c).label.as_str())
            .chain(
                offer
                    .prepares
                    .iter()
                    .map(|o| cat.occupation(*o).label.as_str()),
            )
            .chain(offer.description.as_deref());
        for label in labels {
            far.push_str(&fold(label));
            far.push(' ');
        }
        let mut score = 0;
        for word in &words {
            let found = if title.contains(word.as_str()) {
                if starts_word(&title, word) { 40 } else { 30 }
            } else if near.contains(word.as_str()) {
                20
            } else if far.contains(word.as_str()) {
                10
            } else {
                score = 0;
                break;
            };
            score += found;
        }
        if score > 0 {
            hits.push(Hit {
                offer: OfferIx::new(ix),
                score,
            });
        }
    }
    hits.sort_by_key(|hit| std::cmp::Reverse(hit.score));
    hits
}

fn starts_word(text: &str, word: &str) -> bool {
    text.match_indices(word)
        .any(|(at, _)| at == 0 || !text.as_bytes()[at - 1].is_ascii_alphanumeric())
}

#[cfg(test)]
mod tests {
    use super::fold;

    #[test]
    fn folds_case_accents_and_ligatures() {
        assert_eq!(fold("Électricité"), "electricite");
        assert_eq!(fold("Main-d’Œuvre"), "main-d'oeuvre");
        assert_eq!(fold("Soudeur / Soudeuse"), "soudeur / soudeuse");
        assert_eq!(fold("Lëtzebuerg ß"), "letzebuerg ss");
    }
}
