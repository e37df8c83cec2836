//! Dutch service names stay Dutch in every language (people hear them on the phone and see them
//! on the door), and a reader of another language is told what they are.
//!
//! Rule kept: in every locale but Dutch, every text group that names a Dutch service carries the
//! locale's gloss for it, in brackets: `Veilig Thuis (help with violence at home)`. A group is the
//! keys that share everything before the last dot (a step's title and text, a question's text and
//! reason), which the screens always show together. The glosses are `tests/fixtures/glosses.json`:
//! one per name and locale, the same everywhere, so a reader meets one explanation.

use std::collections::BTreeMap;

use werkroute::i18n::{Catalog, Locale};

/// The Dutch names, and how each is found in a text.
const NAMES: &[&str] = &[
    "Veilig Thuis",
    "Taalhuis",
    "113",
    "VOG",
    "reclassering",
    "DigiD",
    "VCA",
    "doelgroepregister",
    "werk.nl",
];

/// Whether `text` names `name` as a word: for "113" not inside `0800-0113` or `113.nl`.
fn names(text: &str, name: &str) -> bool {
    text.match_indices(name).any(|(i, _)| {
        let before = text[..i].chars().next_back();
        let after = text[i + name.len()..].chars().next();
        let after_next = text[i + name.len()..].chars().nth(1);
        let joined = |c: char| c.is_alphanumeric() || c == '-';
        before.is_none_or(|c| !joined(c) && c != '.')
            && after.is_none_or(|c| !c.is_alphanumeric())
            && !(after == Some('.') && after_next.is_some_and(char::is_alphanumeric))
    })
}

fn glosses() -> BTreeMap<String, BTreeMap<String, String>> {
    let src = std::fs::read_to_string("tests/fixtures/glosses.json").unwrap();
    serde_json::from_str(&src).unwrap()
}

#[test]
fn the_name_finder_reads_names_not_numbers() {
    assert!(names("Praat nu met 113.", "113"));
    assert!(names("Bel 113 (hulp)", "113"));
    assert!(!names("Bel 0800-0113 of kijk op 113.nl", "113"));
    assert!(names("Veilig Thuis'i arayın", "Veilig Thuis"));
    assert!(!names("een VCA-diploma", "VOG"));
    assert!(names("een VCA-diploma", "VCA"));
}

#[test]
fn every_dutch_service_name_is_explained_in_every_other_language() {
    let glosses = glosses();
    let mut missing = Vec::new();
    let mut explained = 0;
    for locale in Locale::ALL.into_iter().filter(|l| *l != Locale::Nl) {
        let catalog = Catalog::load(locale).unwrap();
        let mut groups: BTreeMap<&str, String> = BTreeMap::new();
        for (key, text) in catalog.entries() {
            let group = key.rsplit_once('.').map_or(key, |(g, _)| g);
            let all = groups.entry(group).or_default();
            all.push_str(text);
            all.push('\n');
        }
        let own = glosses.get(locale.code());
        for (group, text) in &groups {
            for name in NAMES.iter().filter(|n| names(text, n)) {
                match own.and_then(|g| g.get(*name)) {
                    Some(gloss) if text.contains(&format!("({gloss}")) => explained += 1,
                    Some(gloss) => missing.push(format!(
                        "{}: {group}: {name} without ({gloss})",
                        locale.code()
                    )),
                    None => missing.push(format!(
                        "{}: {group}: {name} has no gloss in the fixture",
                        locale.code()
                    )),
                }
            }
        }
    }
    assert!(
        explained >= 40,
        "only {explained} explained names: is the check reading?"
    );
    assert!(
        missing.is_empty(),
        "Dutch names without their explanation: {missing:#?}"
    );
}

#[test]
fn every_gloss_in_the_fixture_is_used() {
    for (code, names_of) in glosses() {
        let locale = Locale::from_code(&code).unwrap();
        let all: String = Catalog::load(locale)
            .unwrap()
            .entries()
            .map(|(_, t)| t)
            .collect();
        for (name, gloss) in names_of {
            assert!(
                NAMES.contains(&name.as_str()),
                "{code}: '{name}' is not a listed name"
            );
            assert!(
                all.contains(&format!("({gloss}")),
                "{code}: the gloss of {name} is not used"
            );
        }
    }
}
