//! How the app addresses the person: informal "je" (the default) or formal "u". A municipality
//! chooses it in its configuration (`"formality": "je"` or `"u"`).
//!
//! Only Dutch has the distinction in this app: the formal texts are an overlay
//! (`catalogs/nl/u.json`) over the Dutch catalog that holds only the keys whose text changes.
//! Every other language keeps its one form, whatever the formality.

use serde::{Deserialize, Serialize};

/// The register the app speaks in: "je" or "u".
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Formality {
    /// Informal "je" (the default).
    #[default]
    Je,
    /// Formal "u".
    U,
}

impl Formality {
    /// Both registers, informal first.
    pub const ALL: [Formality; 2] = [Formality::Je, Formality::U];

    /// The code as used in a configuration file: `je` or `u`.
    pub fn code(self) -> &'static str {
        match self {
            Formality::Je => "je",
            Formality::U => "u",
        }
    }

    /// Parses `je` or `u` (case-insensitive, surrounding spaces ignored).
    pub fn from_code(code: &str) -> Option<Formality> {
        let code = code.trim().to_ascii_lowercase();
        Formality::ALL.into_iter().find(|f| f.code() == code)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_and_je_is_the_default() {
        for f in Formality::ALL {
            assert_eq!(Formality::from_code(f.code()), Some(f));
        }
        assert_eq!(Formality::from_code(" U "), Some(Formality::U));
        assert_eq!(Formality::from_code("jij"), None);
        assert_eq!(Formality::default(), Formality::Je);
    }

    #[test]
    fn serde_uses_the_lowercase_codes() {
        assert_eq!(serde_json::to_string(&Formality::U).unwrap(), "\"u\"");
        assert_eq!(serde_json::to_string(&Formality::Je).unwrap(), "\"je\"");
        let f: Formality = serde_json::from_str("\"u\"").unwrap();
        assert_eq!(f, Formality::U);
        assert!(serde_json::from_str::<Formality>("\"U\"").is_err());
    }
}
