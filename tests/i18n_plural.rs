//! Plural rules (CLDR, whole numbers) per locale, and every plural message family in every
//! catalog has exactly the categories its language needs.

use std::collections::{BTreeMap, BTreeSet};

use werkroute::i18n::plural::{categories, category, split_key};
use werkroute::i18n::{tp, Catalog, Locale, PluralCategory};

use PluralCategory::{Few, Many, One, Other, Two, Zero};

fn check(locale: Locale, table: &[(u64, PluralCategory)]) {
    for &(n, want) in table {
        assert_eq!(category(locale, n), want, "{}: {n}", locale.code());
    }
}

#[test]
fn dutch_english_and_turkish_have_one_and_other() {
    for locale in [Locale::Nl, Locale::En, Locale::Tr] {
        check(
            locale,
            &[
                (0, Other),
                (1, One),
                (2, Other),
                (11, Other),
                (21, Other),
                (101, Other),
            ],
        );
    }
}

#[test]
fn arabic_has_six_forms() {
    check(
        Locale::Ar,
        &[
            (0, Zero),
            (1, One),
            (2, Two),
            (3, Few),
            (10, Few),
            (11, Many),
            (99, Many),
            (100, Other),
            (101, Other),
            (102, Other),
            (103, Few),
            (111, Many),
            (1000, Other),
        ],
    );
}

#[test]
fn polish_has_one_few_many() {
    check(
        Locale::Pl,
        &[
            (0, Many),
            (1, One),
            (2, Few),
            (4, Few),
            (5, Many),
            (12, Many),
            (14, Many),
            (21, Many),
            (22, Few),
            (25, Many),
            (101, Many),
            (102, Few),
            (112, Many),
        ],
    );
}

#[test]
fn ukrainian_has_one_few_many() {
    check(
        Locale::Uk,
        &[
            (0, Many),
            (1, One),
            (2, Few),
            (5, Many),
            (11, Many),
            (12, Many),
            (21, One),
            (22, Few),
            (111, Many),
            (112, Many),
            (121, One),
            (124, Few),
        ],
    );
}

#[test]
fn category_sets_follow_cldr() {
    assert_eq!(categories(Locale::Nl), &[One, Other]);
    assert_eq!(categories(Locale::Tr), &[One, Other]);
    assert_eq!(categories(Locale::Ar), &[Zero, One, Two, Few, Many, Other]);
    assert_eq!(categories(Locale::Pl), &[One, Few, Many, Other]);
    assert_eq!(categories(Locale::Uk), &[One, Few, Many, Other]);
}

/// The plural families of a catalog: every `<base>` that has a `<base>.other` key, with the
/// categories present for it.
fn families(cat: &Catalog) -> BTreeMap<String, BTreeSet<PluralCategory>> {
    let bases: BTreeSet<String> = cat
        .entries()
        .filter_map(|(k, _)| k.strip_suffix(".other").map(str::to_string))
        .collect();
    let mut out: BTreeMap<String, BTreeSet<PluralCategory>> = BTreeMap::new();
    for (key, _) in cat.entries() {
        if let Some((base, c)) = split_key(key) {
            if bases.contains(base) {
                out.entry(base.to_string()).or_default().insert(c);
            }
        }
    }
    out
}

#[test]
fn every_plural_family_has_exactly_the_categories_its_language_needs() {
    let nl = Catalog::load(Locale::Nl).unwrap();
    let nl_families = families(&nl);
    assert!(
        nl_families.contains_key("start.question_count"),
        "the start page's question count is a plural message"
    );
    for locale in Locale::ALL {
        let cat = Catalog::load(locale).unwrap();
        let fams = families(&cat);
        assert_eq!(
            fams.keys().collect::<Vec<_>>(),
            nl_families.keys().collect::<Vec<_>>(),
            "{}: plural families differ from Dutch",
            locale.code()
        );
        let need: BTreeSet<PluralCategory> = categories(locale).iter().copied().collect();
        for (base, have) in fams {
            assert_eq!(
                have,
                need,
                "{}: '{base}' needs exactly {need:?}",
                locale.code()
            );
        }
    }
}

#[test]
fn tp_picks_the_form_and_fills_the_count() {
    assert_eq!(tp(Locale::Nl, "start.question_count", 1, &[]), "1 vraag");
    assert_eq!(tp(Locale::Nl, "start.question_count", 35, &[]), "35 vragen");
    assert_eq!(
        tp(Locale::En, "start.question_count", 0, &[]),
        "0 questions"
    );
    assert_eq!(
        tp(Locale::Pl, "start.question_count", 22, &[]),
        "22 pytania"
    );
    assert_eq!(tp(Locale::Pl, "start.question_count", 35, &[]), "35 pytań");
    assert_eq!(
        tp(Locale::Uk, "start.question_count", 21, &[]),
        "21 питання"
    );
    assert_eq!(tp(Locale::Uk, "start.question_count", 35, &[]), "35 питань");
    assert_eq!(tp(Locale::Ar, "start.question_count", 2, &[]), "سؤالان");
    assert_eq!(tp(Locale::Ar, "start.question_count", 35, &[]), "35 سؤالًا");
    assert_eq!(tp(Locale::Ar, "start.question_count", 100, &[]), "100 سؤال");
    // Every form of every locale fills: no placeholder left, no missing key.
    for locale in Locale::ALL {
        for n in 0..=120 {
            let s = tp(locale, "start.question_count", n, &[]);
            assert!(!s.contains('{') && !s.contains('⟦'), "{locale:?} {n}: {s}");
        }
    }
}

#[test]
fn tp_falls_back_to_other_only_when_the_category_key_is_absent() {
    // Dutch has no `few`: Polish-style numbers still find `.other`.
    assert_eq!(tp(Locale::Nl, "start.question_count", 3, &[]), "3 vragen");
    // A family that does not exist shows the missing `.other` key, visibly.
    assert!(tp(Locale::Pl, "no.such.family", 2, &[]).contains("⟦no.such.family.other⟧"));
}

/// Placeholders that hold a count of something.
const COUNTS: &[&str] = &[
    "n", "count", "minutes", "days", "seconds", "max", "hours", "weeks",
];

/// Texts with a count that stay plain, and why: the number there is a position, not an amount
/// of a counted noun, so no language inflects a word for it.
const PLAIN: &[(&str, &str)] = &[
    (
        "question.progress",
        "a position ('Vraag 3 van 19'): no counted noun",
    ),
    (
        "question.to_next",
        "a position ('Naar vraag 4 van 19'): no counted noun",
    ),
];

/// Percentages stay plain texts: "procent", "percent", "yüzde", "procent" and "بالمئة" do not
/// inflect after a number; Ukrainian writes the % sign, because "відсоток" would.
const PERCENTS: &[&str] = &["percent", "answered", "needed"];

#[test]
fn no_text_builds_a_count_into_a_fixed_plural_form() {
    let mut wrong = Vec::new();
    for locale in Locale::ALL {
        let cat = Catalog::load(locale).unwrap();
        for (key, text) in cat.entries() {
            if split_key(key).is_some() && families(&cat).contains_key(split_key(key).unwrap().0) {
                continue;
            }
            for count in COUNTS {
                let placeholder = format!("{{{count}}}");
                if text.contains(&placeholder) && !PLAIN.iter().any(|(k, _)| *k == key) {
                    wrong.push(format!(
                        "{}: {key} has {placeholder} outside a plural family",
                        locale.code()
                    ));
                }
            }
            if locale == Locale::Uk {
                for percent in PERCENTS {
                    let placeholder = format!("{{{percent}}}");
                    for (i, _) in text.match_indices(&placeholder) {
                        let after =
                            text[i + placeholder.len()..].trim_start_matches([' ', '\u{a0}']);
                        if !after.starts_with('%') {
                            wrong.push(format!("uk: {key}: {placeholder} without the % sign"));
                        }
                    }
                }
            }
        }
    }
    assert!(wrong.is_empty(), "counts in fixed forms: {wrong:#?}");
}

#[test]
fn every_plural_family_reads_right_for_every_count() {
    use werkroute::i18n::{tp_with, Formality};
    let nl = Catalog::load(Locale::Nl).unwrap();
    let bases: Vec<String> = families(&nl).into_keys().collect();
    assert!(bases.len() >= 10, "only {} plural families", bases.len());
    let mut wrong = Vec::new();
    for locale in Locale::ALL {
        for formality in Formality::ALL {
            for base in &bases {
                let mut forms = BTreeMap::new();
                for n in [0u64, 1, 2, 5, 11, 21, 101] {
                    let s = tp_with(locale, formality, base, n, &[]);
                    let c = category(locale, n);
                    // Arabic may say "one"/"two"/"none" in words (CLDR allows it).
                    let may_omit = locale == Locale::Ar && matches!(c, Zero | One | Two);
                    if s.contains('{') || s.contains('⟦') {
                        wrong.push(format!("{}: {base} {n}: unfilled: {s}", locale.code()));
                    } else if !may_omit && !s.contains(&n.to_string()) {
                        wrong.push(format!(
                            "{}: {base} {n}: the number is missing: {s}",
                            locale.code()
                        ));
                    }
                    forms.insert(n, s.replace(&n.to_string(), "#"));
                }
                // Where the language has a singular, 1 does not read like 2.
                if matches!(locale, Locale::Nl | Locale::En) && forms[&1] == forms[&2] {
                    wrong.push(format!(
                        "{}: {base}: 1 reads like 2: {}",
                        locale.code(),
                        forms[&1]
                    ));
                }
            }
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}
