//! The languages parcours speaks, and reading one from the locale. The
//! words themselves live with what shows them: the interface's in
//! `tui::i18n`, the exports' in `plan::export`.

/// A language parcours speaks: the interface's and the exports'.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    #[default]
    Fr,
    En,
}

impl Lang {
    /// The language for a locale setting: French when it starts with `fr`.
    pub fn from_locale(value: &str) -> Self {
        if value.get(..2).is_some_and(|p| p.eq_ignore_ascii_case("fr")) {
            Self::Fr
        } else {
            Self::En
        }
    }

    /// The language of the environment: the first of `LC_ALL`,
    /// `LC_MESSAGES` and `LANG` that is set and not empty, as POSIX reads
    /// them; English when none is.
    pub fn from_env() -> Self {
        Self::from_vars(|name| std::env::var(name).ok())
    }

    /// [`Lang::from_env`] with the variables read through `var`.
    pub fn from_vars(var: impl Fn(&str) -> Option<String>) -> Self {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .into_iter()
            .filter_map(var)
            .find(|v| !v.is_empty())
            .map_or(Self::En, |v| Self::from_locale(&v))
    }
}

/// Thousands apart with a narrow space or a comma, as each language
/// writes them.
pub fn group_thousands(n: u64, separator: &str) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + 8);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(separator);
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_locale() {
        assert_eq!(Lang::from_locale("fr_FR.UTF-8"), Lang::Fr);
        assert_eq!(Lang::from_locale("fr_BE"), Lang::Fr);
        assert_eq!(Lang::from_locale("en_GB.UTF-8"), Lang::En);
        assert_eq!(Lang::from_locale("C"), Lang::En);
        let vars = |pairs: &'static [(&'static str, &'static str)]| {
            move |name: &str| {
                pairs
                    .iter()
                    .find(|(n, _)| *n == name)
                    .map(|(_, v)| (*v).to_owned())
            }
        };
        assert_eq!(Lang::from_vars(vars(&[("LANG", "fr_FR.UTF-8")])), Lang::Fr);
        assert_eq!(
            Lang::from_vars(vars(&[("LC_ALL", "en_US"), ("LANG", "fr_FR")])),
            Lang::En
        );
        assert_eq!(
            Lang::from_vars(vars(&[("LC_ALL", ""), ("LC_MESSAGES", "fr_CA")])),
            Lang::Fr
        );
        assert_eq!(Lang::from_vars(vars(&[])), Lang::En);
    }

    #[test]
    fn groups_thousands() {
        assert_eq!(group_thousands(217, " "), "217");
        assert_eq!(group_thousands(1250, "\u{202f}"), "1\u{202f}250");
        assert_eq!(group_thousands(100_000, ","), "100,000");
    }
}
