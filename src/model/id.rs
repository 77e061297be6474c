//! Ids as written in files, and the indices that stand for them in memory.

/// Whether `id` matches `[a-z0-9][a-z0-9._-]*`.
pub fn is_valid_id(id: &str) -> bool {
    let mut bytes = id.bytes();
    bytes
        .next()
        .is_some_and(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        && bytes.all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"._-".contains(&b))
}

macro_rules! index_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub struct $name(pub u32);

        impl $name {
            /// The position in the catalogue's list of this kind.
            pub fn index(self) -> usize {
                self.0 as usize
            }

            /// The index of the item at `position` in the catalogue's list.
            ///
            /// # Panics
            /// If `position` does not fit in 32 bits: catalogues hold fewer
            /// than four billion items of a kind.
            pub fn new(position: usize) -> Self {
                Self(u32::try_from(position).expect("fewer than 2^32 items of a kind"))
            }
        }
    };
}

index_type!(
    /// A provider's position in [`crate::model::Catalogue::providers`].
    ProviderIx
);
index_type!(
    /// A centre's position in [`crate::model::Catalogue::centres`].
    CentreIx
);
index_type!(
    /// An agreement's position in [`crate::model::Catalogue::agreements`].
    AgreementIx
);
index_type!(
    /// A competence's position in [`crate::model::Catalogue::competences`].
    CompetenceIx
);
index_type!(
    /// An occupation's position in [`crate::model::Catalogue::occupations`].
    OccupationIx
);
index_type!(
    /// An offer's position in [`crate::model::Catalogue::offers`].
    OfferIx
);

#[cfg(test)]
mod tests {
    use super::is_valid_id;

    #[test]
    fn checks_id_syntax() {
        for good in ["afpa", "afpa-metz", "c.soudage_mig", "0a", "9"] {
            assert!(is_valid_id(good), "{good}");
        }
        for bad in [
            "",
            "Afpa",
            "-afpa",
            ".x",
            "_x",
            "afpa metz",
            "é",
            "a/b",
            "a:b",
        ] {
            assert!(!is_valid_id(bad), "{bad}");
        }
    }
}
