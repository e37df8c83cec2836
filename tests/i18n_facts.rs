//! Facts that must not change in translation, and must keep their order in right-to-left text.
//!
//! 1. Every phone number and web address in a Dutch text appears unchanged in every translation
//!    of that text, and no translation has one the Dutch does not (a wrong digit in a helpline is
//!    the worst error a translation can make).
//! 2. In a right-to-left locale, as the app shows it, every phone number and web address is
//!    inside a left-to-right isolate (U+2066 … U+2069), so `0800-0113` does not show as
//!    `0113-0800` (`i18n::bidi`). The browser side is `tests/e2e/bidi.test.mjs`.
//!
//! The token finder here is written apart from `i18n::bidi` on purpose: it says what a phone
//! number or address is from the texts' side, so a gap in the isolating code shows up.

use std::collections::BTreeSet;

use werkroute::i18n::bidi::{LRI, PDI};
use werkroute::i18n::{Catalog, Direction, Locale};

/// Phone numbers (seven digits or more, or five or more in groups joined by `-` or a space
/// like the municipal `14 0123`, and the short
/// national numbers 112 and 113 on their own) and web addresses (`name.tld`, with a path) in
/// `text`, each with its byte position.
fn facts(text: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    let bytes: Vec<(usize, char)> = text.char_indices().collect();
    let mut i = 0;
    while i < bytes.len() {
        let (start, c) = bytes[i];
        let before = i.checked_sub(1).map(|j| bytes[j].1);
        let starts_word =
            before.is_none_or(|b| !(b.is_alphanumeric() || matches!(b, '.' | '-' | '/' | '@')));
        if !(c.is_ascii_alphanumeric() && starts_word) {
            i += 1;
            continue;
        }
        // The run of letters, digits and joiners, plus single spaces between digit groups.
        let mut j = i;
        let mut end = i;
        while j < bytes.len() {
            let ch = bytes[j].1;
            let digit_space = ch == ' '
                && bytes[j - 1].1.is_ascii_digit()
                && bytes.get(j + 1).is_some_and(|n| n.1.is_ascii_digit());
            if !(ch.is_ascii_alphanumeric() || matches!(ch, '.' | '-' | '/' | '@') || digit_space) {
                break;
            }
            if ch.is_ascii_alphanumeric() {
                end = j + 1;
            }
            j += 1;
        }
        let run: String = bytes[i..end].iter().map(|b| b.1).collect();
        let digits = run.chars().filter(char::is_ascii_digit).count();
        let only_number = run
            .chars()
            .all(|ch| ch.is_ascii_digit() || ch == '-' || ch == ' ');
        let address = run.split('/').next().is_some_and(|host| {
            host.rsplit_once('.').is_some_and(|(name, tld)| {
                !name.is_empty() && tld.len() >= 2 && tld.chars().all(|t| t.is_ascii_lowercase())
            })
        });
        let grouped = run.contains(['-', ' ']);
        let phone = only_number
            && (digits >= 7 || (grouped && digits >= 5) || run == "112" || run == "113");
        if phone || address {
            out.push((start, run));
        }
        i = end.max(i + 1);
    }
    out
}

fn set(text: &str) -> BTreeSet<String> {
    facts(text).into_iter().map(|(_, f)| f).collect()
}

#[test]
fn the_finder_finds_numbers_and_addresses() {
    let found = set("Bel 0800-0113 of chat op 113.nl. Bel 112. Of 14 0123, zie werk.nl/vacatures.");
    let want: BTreeSet<String> = ["0800-0113", "113.nl", "112", "14 0123", "werk.nl/vacatures"]
        .into_iter()
        .map(String::from)
        .collect();
    assert_eq!(found, want);
    assert!(set("Het duurt 10 minuten. Een VCA-diploma. 50 procent. Route B.").is_empty());
    assert_eq!(set("Praat nu met 113."), ["113".to_string()].into());
}

#[test]
fn every_phone_number_and_address_is_the_same_in_every_language() {
    let nl = Catalog::load(Locale::Nl).unwrap();
    let mut checked = 0;
    let mut wrong = Vec::new();
    for locale in Locale::ALL.into_iter().filter(|l| *l != Locale::Nl) {
        let catalog = Catalog::load(locale).unwrap();
        for (key, dutch) in nl.entries() {
            let Some(text) = catalog.entries().find(|(k, _)| *k == key).map(|(_, t)| t) else {
                continue;
            };
            let (want, got) = (set(dutch), set(text));
            checked += want.len();
            if want != got {
                wrong.push(format!(
                    "{}: {key}: Dutch has {want:?}, translation {got:?}",
                    locale.code()
                ));
            }
        }
    }
    assert!(
        checked > 30,
        "only {checked} numbers and addresses found: is the finder reading?"
    );
    assert!(
        wrong.is_empty(),
        "numbers or addresses differ from the Dutch: {wrong:#?}"
    );
}

#[test]
fn every_number_and_address_in_right_to_left_text_is_isolated() {
    let mut isolated = 0;
    let mut bare = Vec::new();
    for locale in Locale::ALL
        .into_iter()
        .filter(|l| l.direction() == Direction::Rtl)
    {
        let catalog = Catalog::load(locale).unwrap();
        for (key, text) in catalog.entries() {
            for (at, fact) in facts(text) {
                if fact == "112" || fact == "113" {
                    continue; // a lone number shows right on its own
                }
                let before = text[..at].chars().rev().find(|c| *c == LRI || *c == PDI);
                let after = text[at + fact.len()..]
                    .chars()
                    .find(|c| *c == LRI || *c == PDI);
                if before == Some(LRI) && after == Some(PDI) {
                    isolated += 1;
                } else {
                    bare.push(format!("{}: {key}: {fact}", locale.code()));
                }
            }
        }
    }
    assert!(
        isolated > 5,
        "only {isolated} isolated numbers: are the catalogs read?"
    );
    assert!(
        bare.is_empty(),
        "numbers or addresses not isolated: {bare:#?}"
    );
}
