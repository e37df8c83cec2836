//! Catalog checks: every locale parses, has the same keys as Dutch (the source), no empty text,
//! the same placeholders per key, and every key the screens use exists.

use std::collections::BTreeSet;

use werkroute::i18n::{Catalog, Locale};

/// A key's place in the key-set comparison: a plural key `<base>.<category>` whose family
/// exists in Dutch (Dutch has `<base>.other`) counts as its family `<base>.*`, because each
/// language has its own set of plural categories (`tests/i18n_plural.rs` checks those sets).
fn family(key: &str, nl: &Catalog) -> String {
    match werkroute::i18n::plural::split_key(key) {
        Some((base, _)) if nl.contains(&format!("{base}.other")) => format!("{base}.*"),
        _ => key.to_string(),
    }
}

/// Texts only the Dutch catalog has: the formal names of instruments (`step.<id>.formal`), shown
/// in Dutch beside the step in every language (they are the terms of the client file).
fn dutch_only(key: &str) -> bool {
    key.starts_with("step.") && key.ends_with(".formal")
}

#[test]
fn every_locale_parses_with_the_same_keys_and_placeholders_as_dutch() {
    let nl = Catalog::load(Locale::Nl).expect("Dutch catalog parses");
    assert!(nl.entries().filter(|(k, _)| dutch_only(k)).count() > 40);
    let nl_keys: BTreeSet<String> = nl
        .entries()
        .filter(|(k, _)| !dutch_only(k))
        .map(|(k, _)| family(k, &nl))
        .collect();
    for locale in Locale::ALL {
        let cat = Catalog::load(locale).unwrap_or_else(|e| panic!("{e}"));
        let keys: BTreeSet<String> = cat
            .entries()
            .filter(|(k, _)| locale != Locale::Nl || !dutch_only(k))
            .map(|(k, _)| family(k, &nl))
            .collect();
        let missing: Vec<_> = nl_keys.difference(&keys).collect();
        let extra: Vec<_> = keys.difference(&nl_keys).collect();
        assert!(
            missing.is_empty(),
            "{}: missing keys {missing:?}",
            locale.code()
        );
        assert!(
            extra.is_empty(),
            "{}: keys not in Dutch {extra:?}",
            locale.code()
        );
        for (key, text) in cat.entries() {
            assert!(
                !text.trim().is_empty(),
                "{}: '{key}' is empty",
                locale.code()
            );
            // A plural form may leave out the number ("سؤالان", two questions), so within a
            // family each form uses only placeholders some Dutch form of the family uses.
            let fam = family(key, &nl);
            let nl_texts: Vec<&str> = nl
                .entries()
                .filter(|(k, _)| family(k, &nl) == fam)
                .map(|(_, t)| t)
                .collect();
            if fam.ends_with(".*") {
                let allowed: BTreeSet<String> = nl_texts
                    .iter()
                    .flat_map(|t| common::placeholders(t))
                    .collect();
                assert!(
                    common::placeholders(text).is_subset(&allowed),
                    "{}: placeholders of '{key}' are not in Dutch {allowed:?}",
                    locale.code()
                );
            } else {
                assert_eq!(
                    common::placeholders(text),
                    common::placeholders(nl_texts.first().copied().unwrap_or("")),
                    "{}: placeholders of '{key}' differ from Dutch",
                    locale.code()
                );
            }
        }
    }
}

/// Every string literal in the view that looks like a catalog key (`"word.word"`) exists.
#[test]
fn every_key_used_by_the_screens_exists() {
    let nl = Catalog::load(Locale::Nl).unwrap();
    let mut missing = Vec::new();
    let mut used = 0;
    for path in rust_files("src/ui") {
        let source = std::fs::read_to_string(&path).unwrap();
        for key in literal_keys(&source) {
            used += 1;
            // `tp("base", n)` names a plural family: its `.other` form must exist.
            let key = match key.strip_prefix("tp:") {
                Some(base) => format!("{base}.other"),
                None => key,
            };
            if !nl.contains(&key) {
                missing.push(format!("{key} ({path})"));
            }
        }
    }
    assert!(
        used > 40,
        "the scan found only {used} keys; is it still reading the view?"
    );
    assert!(
        missing.is_empty(),
        "keys used but not in the catalog: {missing:?}"
    );
}

fn rust_files(dir: &str) -> Vec<String> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(rust_files(path.to_str().unwrap()));
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path.to_string_lossy().into_owned());
        }
    }
    out
}

/// String literals passed to `t(`/`tf(`/`tp(` that are whole keys (lowercase words joined by
/// dots); a plural family's base (passed to `tp(`) comes back as `tp:<base>`.
fn literal_keys(source: &str) -> Vec<String> {
    let mut out = Vec::new();
    for marker in ["t(\"", "tf(\"", "tp(\""] {
        let mut rest = source;
        while let Some(i) = rest.find(marker) {
            let after = &rest[i + marker.len()..];
            if let Some(end) = after.find('"') {
                let key = &after[..end];
                let is_key =
                    key.contains('.') || key.chars().all(|c| c.is_ascii_lowercase() || c == '_');
                if is_key && !key.is_empty() && !key.contains('{') {
                    let plural = marker == "tp(\"";
                    out.push(if plural {
                        format!("tp:{key}")
                    } else {
                        key.to_string()
                    });
                }
                rest = &after[end..];
            } else {
                break;
            }
        }
    }
    out
}

mod common;

/// Keys whose standard wording contains a listed word on purpose: GOV.UK's and NL Design
/// System's error summary heading ("Er is een probleem"), tested with users as it is; and the
/// staff banner, which speaks to the klantmanager in their own terms to say what a brought-along
/// result may not be used for (a sanction or measure, the client file); and the name of UWV's
/// "no-riskpolis" on the page for employers, the term employers know it by.
const ALLOWED: &[&str] = &[
    "error.summary_title",
    "profile.support.no_risk.title",
    "staff.title",
    "staff.not_for",
    "staff.no_copy",
];

#[test]
fn screen_texts_avoid_the_word_list() {
    let mut found = Vec::new();
    for (locale, avoid) in [
        (Locale::Nl, common::AVOID_NL),
        (Locale::En, common::AVOID_EN),
        (Locale::Ar, common::AVOID_AR),
        (Locale::Tr, common::AVOID_TR),
        (Locale::Pl, common::AVOID_PL),
        (Locale::Uk, common::AVOID_UK),
    ] {
        let cat = Catalog::load(locale).unwrap();
        for (key, text) in cat.entries() {
            if ALLOWED.contains(&key) {
                continue;
            }
            // Placeholder names (`{score}`) are not shown; only the words around them count.
            let shown: String = text
                .split('{')
                .map(|part| part.split_once('}').map_or(part, |(_, rest)| rest))
                .collect();
            let lower = shown.to_lowercase();
            for word in avoid.iter().filter(|w| lower.contains(*w)) {
                found.push(format!("{}: {key}: '{word}' in \"{text}\"", locale.code()));
            }
        }
    }
    assert!(
        found.is_empty(),
        "avoid-list words in the catalogs: {found:#?}"
    );
}

/// Arabic words that address the reader, or speak as the reader, in the masculine only. The
/// reader can be anyone: the texts use verbs and nouns instead ("البيت ليس آمنًا لي" rather than
/// "لست آمنًا", "عندي شك" rather than "لست متأكدًا"). Whole words, and phrases with the pronoun.
const MASCULINE_AR_WORDS: &[&str] = &[
    "مضطر",
    "مضطرًا",
    "متأكد",
    "متأكدًا",
    "مستعد",
    "مستعدًا",
    "جاهز",
    "جاهزًا",
    "قلق",
    "قلقًا",
];
const MASCULINE_AR_PHRASES: &[&str] = &["أنت قريب", "لست آمنًا", "أنت آمن", "لست وحيدًا"];

#[test]
fn arabic_addresses_everyone() {
    let ar = Catalog::load(Locale::Ar).unwrap();
    let mut found = Vec::new();
    for (key, text) in ar.entries() {
        let words: Vec<&str> = text
            .split(|c: char| c.is_whitespace() || ".,،؟?!:;()«»\"".contains(c))
            .collect();
        for w in MASCULINE_AR_WORDS.iter().filter(|w| words.contains(w)) {
            found.push(format!("{key}: {w}"));
        }
        for p in MASCULINE_AR_PHRASES.iter().filter(|p| text.contains(*p)) {
            found.push(format!("{key}: {p}"));
        }
    }
    assert!(
        found.is_empty(),
        "masculine-only forms for a reader who can be anyone: {found:?}"
    );
    // The check reads the forms it guards against (the review's examples).
    let old = "لا، لست آمنًا في البيت الآن";
    assert!(MASCULINE_AR_PHRASES.iter().any(|p| old.contains(p)));
}
