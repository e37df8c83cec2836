//! Every catalog key the question bank, routes, steps and cards need exists and is non-empty in
//! every locale; `content.json` holds no key nothing uses; texts keep the word list (no avoided
//! words) and B1 sentence length (15 words at most).

mod common;

use std::collections::BTreeSet;

use werkroute::domain::cards::{CardIf, CardThen};
use werkroute::domain::outcome::{Band, BarrierLevel};
use werkroute::domain::steps::{Part, StepId};
use werkroute::domain::{BarrierDomain, FloorId, Layer, RouteCode, Rules, SubId, PUBLISHED};
use werkroute::i18n::{Catalog, Locale};

fn serde_name<T: serde::Serialize>(x: T) -> String {
    serde_json::to_value(x)
        .unwrap()
        .as_str()
        .unwrap()
        .to_string()
}

/// Every key the engine's ids point at (`band.*` lives in `ui.json`; the rest in `content.json`).
fn needed_keys() -> BTreeSet<String> {
    let mut k = BTreeSet::new();
    // Every version's questions: an old result shows the questions that were really asked.
    for p in PUBLISHED {
        let rules = Rules::get(p.version).unwrap();
        for q in rules.questions() {
            k.insert(q.text_key());
            k.insert(q.why_key());
            for o in rules.options(q) {
                k.insert(format!("opt.{}", o.label));
            }
        }
    }
    k.extend(Layer::ALL.iter().map(|l| format!("layer.{l}")));
    k.extend(SubId::ALL.iter().map(|s| format!("sub.{s}.name")));
    k.extend(
        BarrierDomain::ALL
            .iter()
            .map(|d| format!("barrier.{d}.name")),
    );
    let routes = RouteCode::ALL
        .iter()
        .map(|r| r.to_string())
        .chain(["overlay", "grey", "no_route_yet", "sort_out_first"].map(String::from));
    for r in routes {
        k.insert(format!("route.{r}.name"));
        k.insert(format!("route.{r}.meaning"));
    }
    for s in StepId::ALL {
        k.insert(format!("step.{s}.title"));
        k.insert(format!("step.{s}.text"));
    }
    k.extend(CardIf::ALL.iter().map(|c| format!("card.if.{c}")));
    k.extend(CardThen::ALL.iter().map(|c| format!("card.then.{c}")));
    for b in [Band::Yes, Band::Partly, Band::NotYet, Band::Unknown] {
        k.insert(format!("band.{}", serde_name(b)));
    }
    for l in [BarrierLevel::Some, BarrierLevel::Big, BarrierLevel::Acute] {
        k.insert(format!("level.{}", serde_name(l)));
    }
    for p in [
        Part::Acute,
        Part::Service,
        Part::You,
        Part::Municipality,
        Part::Employer,
    ] {
        k.insert(format!("part.{}", serde_name(p)));
    }
    k.extend(FloorId::ALL.iter().map(|f| format!("floor.{f}.text")));
    k
}

fn content_file(locale: Locale) -> serde_json::Map<String, serde_json::Value> {
    let path = format!(
        "{}/src/i18n/catalogs/{}/content.json",
        env!("CARGO_MANIFEST_DIR"),
        locale.code()
    );
    let text = std::fs::read_to_string(&path).unwrap();
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[test]
fn every_needed_key_exists_and_is_non_empty_in_every_locale() {
    let needed = needed_keys();
    assert!(
        needed.len() > 250,
        "suspiciously few keys: {}",
        needed.len()
    );
    for locale in Locale::ALL {
        let cat = Catalog::get(locale);
        let missing: Vec<&String> = needed
            .iter()
            .filter(|k| !cat.contains(k) || Catalog::get(locale).text(k).trim().is_empty())
            .collect();
        assert!(
            missing.is_empty(),
            "{}: missing or empty: {missing:?}",
            locale.code()
        );
    }
}

/// The formal Dutch name of every step's instrument, beside its B1 title for the klantmanager:
/// in the Dutch catalog only (shown in Dutch in every language).
fn formal_keys() -> BTreeSet<String> {
    StepId::ALL
        .iter()
        .map(|s| format!("step.{s}.formal"))
        .collect()
}

#[test]
fn every_step_has_a_formal_dutch_name_and_only_in_dutch() {
    let nl = Catalog::get(Locale::Nl);
    for k in formal_keys() {
        assert!(nl.contains(&k) && !nl.text(&k).trim().is_empty(), "nl: {k}");
    }
    for locale in Locale::ALL.into_iter().filter(|l| *l != Locale::Nl) {
        let content = content_file(locale);
        let there: Vec<String> = formal_keys()
            .into_iter()
            .filter(|k| content.contains_key(k))
            .collect();
        assert!(
            there.is_empty(),
            "{}: formal names are Dutch only: {there:?}",
            locale.code()
        );
    }
}

#[test]
fn content_files_hold_only_keys_the_engine_uses() {
    let mut needed = needed_keys();
    needed.extend(formal_keys());
    for locale in Locale::ALL {
        let content = content_file(locale);
        let stray: Vec<&String> = content.keys().filter(|k| !needed.contains(*k)).collect();
        assert!(
            stray.is_empty(),
            "{}: unused content keys {stray:?}",
            locale.code()
        );
    }
}

#[test]
fn texts_avoid_the_word_list() {
    for (locale, avoid) in [
        (Locale::Nl, common::AVOID_NL),
        (Locale::En, common::AVOID_EN),
    ] {
        for (key, text) in content_file(locale) {
            let lower = text.as_str().unwrap().to_lowercase();
            for word in avoid {
                assert!(
                    !lower.contains(word),
                    "{}: {key} uses '{word}': {lower}",
                    locale.code()
                );
            }
        }
    }
}

#[test]
fn sentences_stay_short() {
    for locale in Locale::ALL {
        for (key, text) in content_file(locale) {
            for sentence in text.as_str().unwrap().split(['.', '?', '!', ':', '؟']) {
                let words = sentence.split_whitespace().count();
                assert!(
                    words <= 15,
                    "{}: {key} has a sentence of {words} words",
                    locale.code()
                );
            }
        }
    }
}
