//! Every published rules file parses, validates against its own bank, keeps the fairness rules
//! of DOMAIN.md, and stays byte for byte as published (its hash is pinned here); each file is
//! named after its version; a broken copy is refused with a message naming the problem.

use werkroute::domain::rules::PUBLISHED;
use werkroute::domain::score::item_shares;
use werkroute::domain::{Axis, Rules, SubId};

const RULES_V1_JSON: &str = PUBLISHED[0].json;

/// FNV-1a, 64 bits: enough to notice any edit of a published file (not a security hash).
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x100_0000_01b3)
    })
}

/// A published file is never edited: a change to one of these is a new version, in a new file.
const PINNED: &[(&str, u64)] = &[
    ("2026.1", 0xcdfc_f8eb_fa18_92b9),
    ("2027.1", 0xb2a9_9504_7eb6_3f14),
    ("2027.2", 0xa875_de9b_cfea_9422),
];

#[test]
fn published_files_are_frozen_and_named_after_their_version() {
    for p in PUBLISHED {
        let path = format!(
            "{}/src/domain/rules/{}.json",
            env!("CARGO_MANIFEST_DIR"),
            p.version
        );
        let on_disk = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        assert_eq!(on_disk, p.json);
        let rules = Rules::from_json(p.json).expect("a published file must validate");
        assert_eq!(rules.version, p.version);
        let pinned = PINNED
            .iter()
            .find(|(v, _)| *v == p.version)
            .map(|(_, h)| *h);
        assert_eq!(
            Some(fnv1a(p.json.as_bytes())),
            pinned,
            "{}: the published file changed (hash {:#x})",
            p.version,
            fnv1a(p.json.as_bytes())
        );
    }
}

#[test]
fn rules_2027_1_caps_every_item_and_places_no_one_from_silence() {
    let r = Rules::get("2027.1").unwrap();
    assert!(!r.unknown_axis_counts_as_yes);
    assert_eq!(r.item_cap, Some(0.15));
    assert!(r.min_information.is_some_and(|m| m >= 0.5));
    assert!(r.axes.willen.drags.values().all(|d| *d <= 0.10));
    for axis in Axis::ALL {
        let shares = item_shares(r, *axis);
        assert!(
            shares.iter().all(|(_, s)| *s <= 0.15 + 1e-9),
            "{axis}: {shares:?}"
        );
        println!("{axis}: {shares:?}");
    }
}

#[test]
fn published_values_match_domain_md() {
    let r = Rules::get("2026.1").unwrap();
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

/// Every published version has its entry in the rules changelog: valid from, what changed, who
/// is affected, codes.
#[test]
fn every_published_version_has_a_changelog_entry() {
    let log = include_str!("../src/domain/rules/CHANGELOG.md");
    for p in PUBLISHED {
        let head = format!("## {}\n", p.version);
        let at = log
            .find(&head)
            .unwrap_or_else(|| panic!("no '## {}' in CHANGELOG.md", p.version));
        let entry = &log[at + head.len()..];
        let entry = &entry[..entry.find("\n## ").unwrap_or(entry.len())];
        for part in ["Valid from", "What changed", "Who is affected", "Codes"] {
            assert!(
                entry.contains(part),
                "{}: the entry names no '{part}'",
                p.version
            );
        }
        assert!(
            entry.contains(p.valid_from),
            "{}: valid from {}",
            p.version,
            p.valid_from
        );
    }
}

/// Rules 2027.2 refuse a journey that would hide a crisis answer in the checklist, or a core that
/// could not place anyone.
#[test]
fn a_journey_that_breaks_its_rules_is_refused() {
    let text = PUBLISHED
        .iter()
        .find(|p| p.version == "2027.2")
        .unwrap()
        .json;
    let acute_in_list = text.replacen(
        "\"o_justice\"\n",
        "\"o_justice\",\n        \"o_safety_home\"\n",
        1,
    );
    assert_ne!(acute_in_list, text);
    let err = Rules::from_json(&acute_in_list).unwrap_err();
    assert!(err.contains("o_safety_home"), "{err}");
    let thin = text
        .replacen("\"w1_without_need\",", "", 1)
        .replacen("\"w1_miss_work\",", "", 1)
        .replacen("\"w2_first_step\",", "", 1)
        .replacen("\"w3_fits_life\",", "", 1);
    let err = Rules::from_json(&thin).unwrap_err();
    assert!(
        err.contains("the core carries") || err.contains("journey"),
        "{err}"
    );
}
