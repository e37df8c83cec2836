//! "je" or "u": the Dutch formal overlay `src/i18n/catalogs/nl/u.json` holds only the texts that
//! change when the app says "u". These checks keep it complete and clean: every overlay key
//! exists in Dutch with the same placeholders, no overlay text still says je/jij/jou/jouw/jezelf,
//! every Dutch text that does has an overlay entry (so nothing informal slips through in "u"
//! mode), the overlay keeps the avoid-list, and the `*_with` look-ups use it for Dutch only.

mod common;

use std::collections::BTreeMap;

use werkroute::i18n::{t, t_with, tf, tf_with, tp, tp_with, Catalog, Formality, Locale};

/// Informal forms of address. `je` is also the reflexive and possessive ("je voelt je",
/// "je antwoorden"); all of them become u, zich, uw or uzelf in the formal texts.
const INFORMAL: &[&str] = &["je", "jij", "jou", "jouw", "jezelf", "jouwe", "jijzelf"];

/// Verb forms that go with "je" or "jij" but not with "u": the stem, as in "heb je" or "jij
/// kun" ("hebt u", "u kunt"). Next to "u", on either side, they mean a verb was left in the
/// je-form. Not listed: stems that already end in -t ("weet u", "u zit": the same with je and
/// u) and verbs that are also everyday nouns ("werk").
const JE_VERB_FORMS: &[&str] = &[
    "ben",
    "heb",
    "kun",
    "wil",
    "zie",
    "doe",
    "ga",
    "sta",
    "denk",
    "vind",
    "zoek",
    "voel",
    "maak",
    "leer",
    "oefen",
    "kies",
    "zorg",
    "gebruik",
    "bouw",
    "krijg",
    "geef",
    "beantwoord",
    "houd",
];

/// The words of `text`, lowercase, with punctuation stripped from both ends (`‘Je`, `je.`,
/// `jij,` → `je`, `je`, `jij`). Words such as `jeugd` or `meisje` stay whole, so they never
/// count as `je`.
fn words(text: &str) -> Vec<String> {
    text.split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .filter(|w| !w.is_empty())
        .collect()
}

fn informal_words(text: &str) -> Vec<String> {
    words(text)
        .into_iter()
        .filter(|w| INFORMAL.contains(&w.as_str()))
        .collect()
}

/// The Dutch je-texts, key -> text.
fn dutch() -> BTreeMap<String, String> {
    let nl = Catalog::load(Locale::Nl).expect("Dutch catalog parses");
    nl.entries()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

fn overlay() -> Catalog {
    Catalog::overlay(Locale::Nl, Formality::U).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn the_formal_dutch_catalog_loads_and_only_dutch_has_an_overlay() {
    Catalog::load_with(Locale::Nl, Formality::U).unwrap_or_else(|e| panic!("{e}"));
    assert!(overlay().entries().count() > 100, "is the overlay loaded?");
    for locale in Locale::ALL {
        if locale != Locale::Nl {
            let empty = Catalog::overlay(locale, Formality::U).unwrap();
            assert_eq!(empty.entries().count(), 0, "{}", locale.code());
        }
        let je = Catalog::overlay(locale, Formality::Je).unwrap();
        assert_eq!(je.entries().count(), 0, "{}", locale.code());
    }
}

#[test]
fn every_overlay_key_exists_in_dutch_with_the_same_placeholders() {
    let nl = dutch();
    let mut problems = Vec::new();
    for (key, text) in overlay().entries() {
        let Some(base) = nl.get(key) else {
            problems.push(format!("'{key}' is not in the Dutch catalog"));
            continue;
        };
        if text.trim().is_empty() {
            problems.push(format!("'{key}' is empty"));
        }
        if text == base.as_str() {
            problems.push(format!("'{key}' is the same as the je-text; leave it out"));
        }
        if common::placeholders(text) != common::placeholders(base) {
            problems.push(format!(
                "'{key}': placeholders {:?}, Dutch has {:?}",
                common::placeholders(text),
                common::placeholders(base)
            ));
        }
    }
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn no_overlay_text_still_says_je() {
    let mut found = Vec::new();
    for (key, text) in overlay().entries() {
        let informal = informal_words(text);
        if !informal.is_empty() {
            found.push(format!("{key}: {informal:?} in '{text}'"));
        }
        let w = words(text);
        for pair in w.windows(2) {
            let (a, b) = (pair[0].as_str(), pair[1].as_str());
            let verb = match (a, b) {
                ("u", v) | (v, "u") => v,
                _ => continue,
            };
            if JE_VERB_FORMS.contains(&verb) {
                found.push(format!("{key}: je-form '{a} {b}' in '{text}'"));
            }
        }
    }
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn every_informal_dutch_text_has_a_formal_version() {
    let over = overlay();
    let missing: Vec<String> = dutch()
        .into_iter()
        .filter(|(key, text)| !informal_words(text).is_empty() && !over.contains(key))
        .map(|(key, text)| format!("{key}: {text}"))
        .collect();
    assert!(
        missing.is_empty(),
        "{} Dutch texts say je/jij/jou but have no entry in nl/u.json:\n{}",
        missing.len(),
        missing.join("\n")
    );
}

#[test]
fn no_formal_text_is_longer_than_its_je_text() {
    // The B1 figures of `tests/i18n_b1.rs` are measured on the je-texts; "u" never needs more
    // words ("heb je" → "hebt u", "je voelt je" → "u voelt zich"), so they hold for "u" too.
    let nl = dutch();
    let mut longer = Vec::new();
    for (key, text) in overlay().entries() {
        let base = nl.get(key).map_or("", String::as_str);
        if words(text).len() > words(base).len() {
            longer.push(format!("{key}: '{text}' is longer than '{base}'"));
        }
    }
    assert!(longer.is_empty(), "{longer:#?}");
}

#[test]
fn overlay_texts_avoid_the_word_list() {
    let mut found = Vec::new();
    for (key, text) in overlay().entries() {
        // Placeholder names (`{score}`) are not shown; only the words around them count.
        let shown: String = text
            .split('{')
            .map(|part| part.split_once('}').map_or(part, |(_, rest)| rest))
            .collect();
        let lower = shown.to_lowercase();
        for word in common::AVOID_NL {
            if lower.contains(word) {
                found.push(format!("{key}: '{word}' in '{text}'"));
            }
        }
    }
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn lookups_with_u_use_the_overlay_for_dutch_only() {
    let over = overlay();
    let nl = dutch();
    for (key, text) in over.entries() {
        assert_eq!(t_with(Locale::Nl, Formality::U, key), text, "{key}");
        assert_eq!(
            t_with(Locale::Nl, Formality::Je, key),
            t(Locale::Nl, key),
            "{key}"
        );
    }
    // Keys without an overlay entry read the same in both registers.
    for (key, text) in nl.iter().filter(|(k, _)| !over.contains(k)) {
        assert_eq!(t_with(Locale::Nl, Formality::U, key), text, "{key}");
    }
    for locale in Locale::ALL.into_iter().filter(|l| *l != Locale::Nl) {
        let cat = Catalog::load(locale).unwrap();
        for (key, _) in cat.entries() {
            for formality in Formality::ALL {
                assert_eq!(
                    t_with(locale, formality, key),
                    t(locale, key),
                    "{}: {key}",
                    locale.code()
                );
            }
        }
    }
    assert!(std::ptr::eq(
        Catalog::get_with(Locale::En, Formality::U),
        Catalog::get(Locale::En)
    ));
    assert!(std::ptr::eq(
        Catalog::get_with(Locale::Nl, Formality::Je),
        Catalog::get(Locale::Nl)
    ));
    assert!(!std::ptr::eq(
        Catalog::get_with(Locale::Nl, Formality::U),
        Catalog::get(Locale::Nl)
    ));
}

#[test]
fn filled_and_plural_lookups_take_the_formality() {
    let args = [("percent", "80")];
    assert_eq!(
        tf_with(Locale::Nl, Formality::U, "result.confidence", &args),
        "Hoe compleet is dit beeld? U beantwoordde 80 procent van de vragen die meetellen."
    );
    assert_eq!(
        tf_with(Locale::Nl, Formality::Je, "result.confidence", &args),
        tf(Locale::Nl, "result.confidence", &args)
    );
    assert_eq!(
        tf_with(Locale::En, Formality::U, "result.confidence", &args),
        tf(Locale::En, "result.confidence", &args)
    );
    for locale in Locale::ALL {
        for n in [0, 1, 2, 5, 35] {
            for formality in Formality::ALL {
                // No plural text says je today, so both registers read the same.
                assert_eq!(
                    tp_with(locale, formality, "start.question_count", n, &[]),
                    tp(locale, "start.question_count", n, &[]),
                    "{} {n}",
                    locale.code()
                );
            }
        }
    }
}

#[test]
fn the_word_check_keeps_words_that_only_contain_je() {
    assert!(informal_words("De jeugd, een meisje en een bedrijfje.").is_empty());
    assert!(informal_words("Werk is belangrijk voor mij.").is_empty());
    assert_eq!(informal_words("‘Je antwoorden’"), ["je"]);
    assert_eq!(informal_words("Alleen jij ziet het."), ["jij"]);
    assert_eq!(informal_words("Hoe voel je je?"), ["je", "je"]);
}
