//! Comparing catalogues by what they hold, not where it is written.

use crate::model::{Catalogue, Origin};

/// The catalogue with every item's line and column set to 0 (its file
/// kept), and its files named but not located: two catalogues equal this
/// way hold the same items, in the same files and order, whatever the
/// layout of their files.
pub fn without_places(catalogue: &Catalogue) -> Catalogue {
    let mut c = catalogue.clone();
    c.files.iter_mut().for_each(|f| f.path = None);
    let clear = |o: &mut Origin| {
        o.line = 0;
        o.column = 0;
    };
    c.providers.iter_mut().for_each(|x| clear(&mut x.origin));
    c.centres.iter_mut().for_each(|x| clear(&mut x.origin));
    c.agreements.iter_mut().for_each(|x| clear(&mut x.origin));
    c.competences.iter_mut().for_each(|x| clear(&mut x.origin));
    c.occupations.iter_mut().for_each(|x| clear(&mut x.origin));
    c.offers.iter_mut().for_each(|x| clear(&mut x.origin));
    c.links.iter_mut().for_each(|x| clear(&mut x.origin));
    c
}

/// Whether two catalogues hold the same items in the same files and
/// order, wherever in their files the items are written.
pub fn same_content(a: &Catalogue, b: &Catalogue) -> bool {
    without_places(a) == without_places(b)
}
