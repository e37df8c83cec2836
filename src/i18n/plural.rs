//! Plural categories per locale, hand-written from the CLDR plural rules for whole numbers
//! (no plural crate: the rules for six languages fit in a few lines and keep the wasm small).
//!
//! Catalog convention: a message with a count is a family of keys `<base>.<category>`, for
//! example `start.question_count.one` and `start.question_count.other`. Each locale has the
//! categories its language needs ([`categories`]); `.other` is always there.

use super::Locale;

/// A CLDR plural category.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PluralCategory {
    Zero,
    One,
    Two,
    Few,
    Many,
    Other,
}

impl PluralCategory {
    /// Every category, in CLDR order.
    pub const ALL: [PluralCategory; 6] = [
        PluralCategory::Zero,
        PluralCategory::One,
        PluralCategory::Two,
        PluralCategory::Few,
        PluralCategory::Many,
        PluralCategory::Other,
    ];

    /// The key suffix in the catalogs (`one`, `few`, ...).
    pub fn as_str(self) -> &'static str {
        match self {
            PluralCategory::Zero => "zero",
            PluralCategory::One => "one",
            PluralCategory::Two => "two",
            PluralCategory::Few => "few",
            PluralCategory::Many => "many",
            PluralCategory::Other => "other",
        }
    }

    /// Parses a key suffix.
    pub fn from_suffix(s: &str) -> Option<PluralCategory> {
        PluralCategory::ALL.into_iter().find(|c| c.as_str() == s)
    }
}

/// The categories a plural message needs in `locale` (CLDR cardinal categories). Polish and
/// Ukrainian keep `other` for fractions, which whole numbers never select.
pub fn categories(locale: Locale) -> &'static [PluralCategory] {
    use PluralCategory::*;
    match locale {
        Locale::Nl | Locale::En | Locale::Tr => &[One, Other],
        Locale::Ar => &[Zero, One, Two, Few, Many, Other],
        Locale::Pl | Locale::Uk => &[One, Few, Many, Other],
    }
}

/// The plural category of the whole number `n` in `locale` (CLDR cardinal rules, integers).
pub fn category(locale: Locale, n: u64) -> PluralCategory {
    use PluralCategory::*;
    let (m10, m100) = (n % 10, n % 100);
    let few_slavic = (2..=4).contains(&m10) && !(12..=14).contains(&m100);
    match locale {
        // nl, en: one = i is 1 and v = 0; tr: one = n is 1.
        Locale::Nl | Locale::En | Locale::Tr => {
            if n == 1 {
                One
            } else {
                Other
            }
        }
        Locale::Ar => match n {
            0 => Zero,
            1 => One,
            2 => Two,
            _ if (3..=10).contains(&m100) => Few,
            _ if (11..=99).contains(&m100) => Many,
            _ => Other,
        },
        Locale::Pl => {
            if n == 1 {
                One
            } else if few_slavic {
                Few
            } else {
                Many
            }
        }
        Locale::Uk => {
            if m10 == 1 && m100 != 11 {
                One
            } else if few_slavic {
                Few
            } else {
                Many
            }
        }
    }
}

/// Splits a catalog key `<base>.<category>` into its base and category, if it ends in one.
pub fn split_key(key: &str) -> Option<(&str, PluralCategory)> {
    let (base, suffix) = key.rsplit_once('.')?;
    Some((base, PluralCategory::from_suffix(suffix)?))
}

/// The catalog key for `n` of the plural family `base` in `locale`: `<base>.<category>`, or
/// `<base>.other` when the catalog has no key for that category.
pub fn plural_key(locale: Locale, base: &str, n: u64, has: impl Fn(&str) -> bool) -> String {
    let key = format!("{base}.{}", category(locale, n).as_str());
    if has(&key) {
        key
    } else {
        format!("{base}.other")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_category_of_every_number_is_one_the_locale_lists() {
        for locale in Locale::ALL {
            for n in 0..1_000 {
                let c = category(locale, n);
                assert!(categories(locale).contains(&c), "{locale:?} {n} {c:?}");
            }
        }
    }

    #[test]
    fn keys_split_and_fall_back_to_other() {
        assert_eq!(
            split_key("start.question_count.few"),
            Some(("start.question_count", PluralCategory::Few))
        );
        assert_eq!(split_key("talk.w1_commitment.1"), None);
        let has = |k: &str| k.ends_with(".other") || k.ends_with(".one");
        assert_eq!(plural_key(Locale::Pl, "x", 1, has), "x.one");
        assert_eq!(plural_key(Locale::Pl, "x", 5, has), "x.other");
    }
}
