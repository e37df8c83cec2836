//! The languages the app speaks, their BCP 47 codes, names in their own script and text direction.

use serde::{Deserialize, Serialize};

/// Text direction of a locale, for `<html dir>`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    Ltr,
    Rtl,
}

impl Direction {
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

/// A language the app is written in. Dutch (B1) is the source language.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Locale {
    #[default]
    Nl,
    En,
    Ar,
    Tr,
    Pl,
    Uk,
}

impl Locale {
    /// Every locale, in the order the language switch shows them.
    pub const ALL: [Locale; 6] = [
        Locale::Nl,
        Locale::En,
        Locale::Ar,
        Locale::Tr,
        Locale::Pl,
        Locale::Uk,
    ];

    /// The position of this locale in [`Locale::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }

    /// The BCP 47 code, as used in `<html lang>` and `?lang=`.
    pub fn code(self) -> &'static str {
        match self {
            Locale::Nl => "nl",
            Locale::En => "en",
            Locale::Ar => "ar",
            Locale::Tr => "tr",
            Locale::Pl => "pl",
            Locale::Uk => "uk",
        }
    }

    /// The language's own name in its own script (an endonym), for the language switch.
    pub fn endonym(self) -> &'static str {
        match self {
            Locale::Nl => "Nederlands",
            Locale::En => "English",
            Locale::Ar => "العربية",
            Locale::Tr => "Türkçe",
            Locale::Pl => "Polski",
            Locale::Uk => "Українська",
        }
    }

    pub fn direction(self) -> Direction {
        match self {
            Locale::Ar => Direction::Rtl,
            Locale::Nl | Locale::En | Locale::Tr | Locale::Pl | Locale::Uk => Direction::Ltr,
        }
    }

    /// Parses a code such as `nl` or `en-GB` (only the language part counts).
    pub fn from_code(code: &str) -> Option<Locale> {
        let lang = code.split(['-', '_']).next()?.to_ascii_lowercase();
        Locale::ALL.into_iter().find(|l| l.code() == lang)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for l in Locale::ALL {
            assert_eq!(Locale::from_code(l.code()), Some(l));
        }
        assert_eq!(Locale::from_code("en-GB"), Some(Locale::En));
        assert_eq!(Locale::from_code("ar-SY"), Some(Locale::Ar));
        assert_eq!(Locale::from_code("uk_UA"), Some(Locale::Uk));
        assert_eq!(Locale::from_code("xx"), None);
        assert_eq!(Locale::from_code(""), None);
    }

    #[test]
    fn index_matches_the_order_of_all_and_only_arabic_is_rtl() {
        for (i, l) in Locale::ALL.into_iter().enumerate() {
            assert_eq!(l.index(), i);
            let rtl = l.direction() == Direction::Rtl;
            assert_eq!(rtl, l == Locale::Ar, "{l:?}");
        }
    }
}
