//! Filters on the offer list: which values each one can take in this
//! catalogue, which are on, and whether an offer passes.
//!
//! Within a filter, any value chosen will do; across filters, all must
//! hold. As for routing constraints (DESIGN.md), an offer that lists no
//! audience or no language passes those filters; an offer without a level
//! does not pass a narrowed level range.

use std::collections::{BTreeSet, HashSet};

use crate::model::{Catalogue, Modality, OfferIx, ProviderIx};
use crate::search::fold;

/// The lowest and highest EQF levels.
pub const LEVELS: (u8, u8) = (1, 8);

/// A kind of filter, in the order the menu shows them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Category {
    Body,
    Sector,
    LevelMin,
    LevelMax,
    Modality,
    Audience,
    Country,
    Language,
}

impl Category {
    /// The position of its name in `Strings::filter_categories`.
    pub fn index(self) -> usize {
        match self {
            Self::Body => 0,
            Self::Sector => 1,
            Self::LevelMin => 2,
            Self::LevelMax => 3,
            Self::Modality => 4,
            Self::Audience => 5,
            Self::Country => 6,
            Self::Language => 7,
        }
    }
}

/// The values each filter can take in this catalogue.
#[derive(Clone, Debug, Default)]
pub struct FilterChoices {
    /// Bodies in name order.
    pub bodies: Vec<ProviderIx>,
    pub sectors: Vec<String>,
    pub modalities: Vec<Modality>,
    pub audiences: Vec<String>,
    pub countries: Vec<String>,
    pub languages: Vec<String>,
}

/// One line of the filter menu.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FilterRow {
    Heading(Category),
    Body(ProviderIx),
    Sector(usize),
    LevelMin,
    LevelMax,
    Modality(Modality),
    Audience(usize),
    Country(usize),
    Language(usize),
}

impl FilterRow {
    pub fn is_heading(&self) -> bool {
        matches!(self, Self::Heading(_))
    }
}

impl FilterChoices {
    pub fn new(cat: &Catalogue) -> Self {
        let mut bodies: Vec<ProviderIx> = (0..cat.providers.len()).map(ProviderIx::new).collect();
        bodies.sort_by_cached_key(|p| fold(&cat.provider(*p).name));
        let mut sectors = BTreeSet::new();
        let mut modalities = BTreeSet::new();
        let mut audiences = BTreeSet::new();
        let mut countries = BTreeSet::new();
        let mut languages = BTreeSet::new();
        for (i, o) in cat.offers.iter().enumerate() {
            if let Some(s) = &o.sector
                && !sectors.contains(s.as_str())
            {
                sectors.insert(s.clone());
            }
            modalities.insert(o.modality());
            for a in &o.audiences {
                if !audiences.contains(a.as_str()) {
                    audiences.insert(a.clone());
                }
            }
            for l in &o.languages {
                if !languages.contains(l.as_str()) {
                    languages.insert(l.clone());
                }
            }
            let country = cat.offer_country(OfferIx::new(i));
            if !countries.contains(country) {
                countries.insert(country.to_owned());
            }
        }
        Self {
            bodies,
            sectors: sectors.into_iter().collect(),
            modalities: modalities.into_iter().collect(),
            audiences: audiences.into_iter().collect(),
            countries: countries.into_iter().collect(),
            languages: languages.into_iter().collect(),
        }
    }

    /// The menu: each category's heading, then its values.
    pub fn rows(&self) -> Vec<FilterRow> {
        let mut rows = vec![FilterRow::Heading(Category::Body)];
        rows.extend(self.bodies.iter().map(|b| FilterRow::Body(*b)));
        rows.push(FilterRow::Heading(Category::Sector));
        rows.extend((0..self.sectors.len()).map(FilterRow::Sector));
        rows.push(FilterRow::Heading(Category::LevelMin));
        rows.push(FilterRow::LevelMin);
        rows.push(FilterRow::Heading(Category::LevelMax));
        rows.push(FilterRow::LevelMax);
        rows.push(FilterRow::Heading(Category::Modality));
        rows.extend(self.modalities.iter().map(|m| FilterRow::Modality(*m)));
        rows.push(FilterRow::Heading(Category::Audience));
        rows.extend((0..self.audiences.len()).map(FilterRow::Audience));
        rows.push(FilterRow::Heading(Category::Country));
        rows.extend((0..self.countries.len()).map(FilterRow::Country));
        rows.push(FilterRow::Heading(Category::Language));
        rows.extend((0..self.languages.len()).map(FilterRow::Language));
        rows
    }
}

/// The filters that are on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Filters {
    pub bodies: HashSet<ProviderIx>,
    pub sectors: BTreeSet<String>,
    /// The level range, both ends included.
    pub levels: (u8, u8),
    pub modalities: BTreeSet<Modality>,
    pub audiences: BTreeSet<String>,
    pub countries: BTreeSet<String>,
    pub languages: BTreeSet<String>,
}

impl Default for Filters {
    fn default() -> Self {
        Self {
            bodies: HashSet::new(),
            sectors: BTreeSet::new(),
            levels: LEVELS,
            modalities: BTreeSet::new(),
            audiences: BTreeSet::new(),
            countries: BTreeSet::new(),
            languages: BTreeSet::new(),
        }
    }
}

fn toggle<T: Ord + Clone>(set: &mut BTreeSet<T>, value: &T) {
    if !set.remove(value) {
        set.insert(value.clone());
    }
}

impl Filters {
    /// Whether no filter is on.
    pub fn is_empty(&self) -> bool {
        *self == Self::default()
    }

    /// Whether a row of the menu is on (level rows are on when narrowed).
    pub fn is_on(&self, choices: &FilterChoices, row: &FilterRow) -> bool {
        match row {
            FilterRow::Heading(_) => false,
            FilterRow::Body(b) => self.bodies.contains(b),
            FilterRow::Sector(i) => self.sectors.contains(&choices.sectors[*i]),
            FilterRow::LevelMin => self.levels.0 > LEVELS.0,
            FilterRow::LevelMax => self.levels.1 < LEVELS.1,
            FilterRow::Modality(m) => self.modalities.contains(m),
            FilterRow::Audience(i) => self.audiences.contains(&choices.audiences[*i]),
            FilterRow::Country(i) => self.countries.contains(&choices.countries[*i]),
            FilterRow::Language(i) => self.languages.contains(&choices.languages[*i]),
        }
    }

    /// Turns a value on or off; on a level row, resets that end.
    pub fn toggle(&mut self, choices: &FilterChoices, row: &FilterRow) {
        match row {
            FilterRow::Heading(_) => {}
            FilterRow::Body(b) => {
                if !self.bodies.remove(b) {
                    self.bodies.insert(*b);
                }
            }
            FilterRow::Sector(i) => toggle(&mut self.sectors, &choices.sectors[*i]),
            FilterRow::LevelMin => self.levels.0 = LEVELS.0,
            FilterRow::LevelMax => self.levels.1 = LEVELS.1,
            FilterRow::Modality(m) => toggle(&mut self.modalities, m),
            FilterRow::Audience(i) => toggle(&mut self.audiences, &choices.audiences[*i]),
            FilterRow::Country(i) => toggle(&mut self.countries, &choices.countries[*i]),
            FilterRow::Language(i) => toggle(&mut self.languages, &choices.languages[*i]),
        }
    }

    /// Moves an end of the level range by `delta`, keeping min ≤ max.
    pub fn shift_level(&mut self, row: &FilterRow, delta: i8) {
        let (min, max) = self.levels;
        let moved = |v: u8| v.saturating_add_signed(delta).clamp(LEVELS.0, LEVELS.1);
        match row {
            FilterRow::LevelMin => self.levels.0 = moved(min).min(max),
            FilterRow::LevelMax => self.levels.1 = moved(max).max(min),
            _ => {}
        }
    }

    /// Whether an offer passes every filter that is on.
    pub fn passes(&self, cat: &Catalogue, ix: OfferIx) -> bool {
        let o = cat.offer(ix);
        let listed = |wanted: &BTreeSet<String>, listed: &[String]| {
            wanted.is_empty() || listed.is_empty() || listed.iter().any(|x| wanted.contains(x))
        };
        (self.bodies.is_empty() || self.bodies.contains(&o.provider))
            && (self.sectors.is_empty()
                || o.sector.as_ref().is_some_and(|s| self.sectors.contains(s)))
            && (self.levels == LEVELS
                || o.level
                    .is_some_and(|l| (self.levels.0..=self.levels.1).contains(&l)))
            && (self.modalities.is_empty() || self.modalities.contains(&o.modality()))
            && listed(&self.audiences, &o.audiences)
            && (self.countries.is_empty() || self.countries.contains(cat.offer_country(ix)))
            && listed(&self.languages, &o.languages)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::{Source, load};

    #[test]
    fn filters_combine_values_and_categories() {
        let cat = load(&Source::Sample).catalogue.unwrap();
        let choices = FilterChoices::new(&cat);
        assert!(choices.sectors.contains(&"logistics".to_owned()));
        assert!(choices.countries.contains(&"BE".to_owned()));
        let all = |f: &Filters| {
            (0..cat.offers.len())
                .filter(|&i| f.passes(&cat, OfferIx::new(i)))
                .count()
        };
        let mut f = Filters::default();
        assert!(f.is_empty());
        assert_eq!(all(&f), cat.offers.len());
        let rows = choices.rows();
        let logistics = rows
            .iter()
            .find(|r| matches!(r, FilterRow::Sector(i) if choices.sectors[*i] == "logistics"))
            .unwrap();
        f.toggle(&choices, logistics);
        assert_eq!(all(&f), 21);
        f.shift_level(&FilterRow::LevelMin, 3);
        assert_eq!(f.levels, (4, 8));
        let narrowed = all(&f);
        assert!(narrowed < 21 && narrowed > 0);
        f.shift_level(&FilterRow::LevelMax, -6);
        assert_eq!(f.levels, (4, 4), "the range never turns inside out");
        f.toggle(&choices, logistics);
        f.toggle(&choices, &FilterRow::LevelMin);
        f.toggle(&choices, &FilterRow::LevelMax);
        assert!(f.is_empty());
    }
}
