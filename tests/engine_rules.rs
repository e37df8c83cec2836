//! The published rules file parses, validates against the bank, and keeps the fairness rules of
//! DOMAIN.md; a broken copy is refused with a message naming the problem.

use werkroute::domain::rules::RULES_V1_JSON;
use werkroute::domain::{Rules, SubId};

#[test]
fn builtin_rules_validate() {
    let rules = Rules::from_json(RULES_V1_JSON).expect("rules-v1.json must validate");
    assert!(!rules.version.is_empty());
    assert_eq!(Rules::builtin().unwrap(), &rules);
}

#[test]
fn published_values_match_domain_md() {
    let r = Rules::builtin().unwrap();
    assert_eq!((r.grey_zone.from, r.grey_zone.to), (40, 59));
    assert_eq!((r.bands.partly_from, r.bands.yes_from), (40, 60));
    assert!(r.floors.iter().all(|f| f.cap == 45));
    for shown_only in [SubId::W3Controlled, SubId::W6Adjust] {
        assert!(!r.axes.willen.weights.contains_key(&shown_only));
        assert!(!r.axes.willen.drags.contains_key(&shown_only));
    }
    assert!(r.axes.willen.drags.contains_key(&SubId::W3Sense));
    assert!(r.axes.kunnen.drags.is_empty());
}

#[test]
fn broken_rules_are_refused_with_a_named_problem() {
    let cases = [
        (
            RULES_V1_JSON.replacen("\"version\": \"2026.1\"", "\"version\": \"\"", 1),
            "version",
        ),
        (
            RULES_V1_JSON.replacen("\"w5_activity\": 0.15", "\"w5_activity\": 0.9", 1),
            "search activity",
        ),
        (
            RULES_V1_JSON.replacen("\"cap\": 45", "\"cap\": 55", 1),
            "below the line",
        ),
        (
            RULES_V1_JSON.replacen("\"w3_sense\": 0.25", "\"w3_controlled\": 0.25", 1),
            "w3_controlled",
        ),
        (
            RULES_V1_JSON.replacen("\"line\": 50", "\"line\": 30", 1),
            "grey zone",
        ),
        (RULES_V1_JSON.replacen("{", "[", 1), "rules file"),
    ];
    for (text, want) in cases {
        let err = Rules::from_json(&text).expect_err(want);
        assert!(err.contains(want), "expected '{want}' in '{err}'");
    }
}
