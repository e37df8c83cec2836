//! Result codes through the public API: personas round-trip, the longest share link fits QR
//! version 6 at level M, any changed character is refused, and the committed golden vectors
//! (`fixtures/codes/*.json`) keep decoding, so a published code never stops working.

use serde_json::Value;
use werkroute::domain::answers::RawAnswers;
use werkroute::domain::code::{
    decode, decode_any, encode, from_typeable, link_fragment, to_typeable,
};
use werkroute::domain::personas::{mismatches, parse_personas_file, Expect};
use werkroute::domain::{qr_svg, score, Answers, Rules, PUBLISHED};

/// A 40-character host: the longest we plan for.
const HOST: &str = "werkcheck.gemeente-voorbeeldstadnoord.nl";

/// The personas of every published version, each with the rules it was written for.
fn personas() -> Vec<(String, &'static Rules, Answers)> {
    let mut out = Vec::new();
    for p in PUBLISHED {
        let text = std::fs::read_to_string(format!(
            "{}/fixtures/personas/{}.json",
            env!("CARGO_MANIFEST_DIR"),
            p.version
        ))
        .unwrap();
        let (rules, ps) = parse_personas_file(&text).unwrap();
        assert!(ps.len() >= 5, "too few personas to mean anything");
        out.extend(ps.into_iter().map(|p| (p.name, rules, p.answers)));
    }
    out
}

/// Every question answered with its last option (the highest index a code can carry).
fn worst_case(rules: &'static Rules) -> Answers {
    let mut a = Answers::new();
    for q in rules.questions() {
        a.set(q.id, rules.options(q).last().unwrap().id.clone());
    }
    a
}

fn link(code: &str) -> String {
    format!("https://{HOST}/{}", link_fragment(code))
}

#[test]
fn every_persona_round_trips() {
    for (name, rules, answers) in personas() {
        let code = encode(&answers, rules).unwrap();
        let d = decode(&code).unwrap();
        assert_eq!(d.answers, answers, "{name}");
        assert_eq!(d.rules_version, rules.version);
        let typed = to_typeable(&code).unwrap();
        assert_eq!(from_typeable(&typed).unwrap(), code, "{name}");
        assert_eq!(decode_any(&typed).unwrap().answers, answers, "{name}");
        assert_eq!(decode_any(&link(&code)).unwrap().answers, answers, "{name}");
    }
}

#[test]
fn the_longest_link_fits_qr_version_6_at_level_m() {
    assert_eq!(HOST.len(), 40);
    let mut sets = personas();
    for p in PUBLISHED {
        let rules = Rules::get(p.version).unwrap();
        sets.push(("worst case".into(), rules, worst_case(rules)));
    }
    let mut worst = 0;
    for (name, rules, answers) in sets {
        let code = encode(&answers, rules).unwrap();
        let url = link(&code);
        let qr = qr_svg(&url).unwrap();
        assert!(
            qr.version <= 6,
            "{name}: {url} needs QR version {}",
            qr.version
        );
        worst = worst.max(qr.version);
        assert_eq!(decode(&code).unwrap().answers, answers);
    }
    let current = Rules::current().unwrap();
    let full = encode(&worst_case(current), current).unwrap();
    println!(
        "full answer set: {} chars, link {} chars, QR version {worst} at M",
        full.len(),
        link(&full).len()
    );
    assert_eq!(full.len(), 30);
}

#[test]
fn every_single_character_change_is_refused() {
    let alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let all = personas();
    let some = all.iter().take(2).chain(all.iter().rev().take(2));
    for (name, rules, answers) in some {
        let code = encode(answers, rules).unwrap();
        for (i, old) in code.char_indices() {
            for c in alphabet.chars().filter(|c| *c != old) {
                let mut m = code.clone();
                m.replace_range(i..=i, &c.to_string());
                assert!(decode(&m).is_err(), "{name}: {m} accepted");
            }
        }
        let typed = to_typeable(&code).unwrap();
        for (i, old) in typed.char_indices().filter(|(_, c)| *c != '-') {
            for c in "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
                .chars()
                .filter(|c| *c != old)
            {
                let mut m = typed.clone();
                m.replace_range(i..=i, &c.to_string());
                assert!(decode_any(&m).is_err(), "{name}: typeable {m} accepted");
            }
        }
    }
}

#[test]
fn golden_vectors_keep_decoding() {
    let dir = format!("{}/fixtures/codes", env!("CARGO_MANIFEST_DIR"));
    let mut files = 0;
    let mut vectors = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "json") {
            continue;
        }
        if path
            .file_name()
            .is_some_and(|n| n.to_string_lossy().starts_with("outcomes-"))
        {
            continue;
        }
        files += 1;
        let file: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        let format = file["format"].as_u64().unwrap();
        let version = file["rules_version"].as_str().unwrap();
        for v in file["vectors"].as_array().unwrap() {
            let name = v["name"].as_str().unwrap();
            let code = v["code"].as_str().unwrap();
            let rules = Rules::get(version).unwrap();
            let raw: RawAnswers = serde_json::from_value(v["answers"].clone()).unwrap();
            let want = raw.check(rules).unwrap();
            let d = decode(code).unwrap_or_else(|e| panic!("{name}: {e}"));
            assert_eq!(d.answers, want, "{name}");
            assert_eq!((u64::from(d.format), d.rules_version), (format, version));
            let typeable = v["typeable"].as_str().unwrap();
            assert_eq!(from_typeable(typeable).unwrap(), code, "{name}");
            // Encoding under the code's own version gives the same code back.
            assert_eq!(encode(&want, rules).unwrap(), code, "{name}");
            assert_eq!(to_typeable(code).unwrap(), typeable, "{name}");
            // Scored under the version it names, it gives the outcome it gave then.
            if let Some(e) = v.get("expect") {
                let e: Expect = serde_json::from_value(e.clone()).unwrap();
                let miss = mismatches(&e, &score(rules, &d.answers));
                assert!(miss.is_empty(), "{name}: {miss:?}");
            }
            vectors += 1;
        }
        for r in file["rejected"].as_array().unwrap() {
            let code = r["code"].as_str().unwrap();
            let err = decode(code).expect_err(code);
            // A code made for a format that was unknown then and is published since (format 2
            // for the file of format 1) must still be refused; its reason may now be another.
            let first = text_first_byte(code);
            let published_since =
                first.is_some_and(|f| u64::from(f) > format && FORMATS_NOW.contains(&f));
            if !published_since {
                assert_eq!(err.key(), r["error"].as_str().unwrap(), "{}", r["name"]);
            }
        }
    }
    assert!(
        files >= 2 && vectors >= 16,
        "{files} files, {vectors} vectors"
    );
}

/// The formats this build reads.
const FORMATS_NOW: [u8; 2] = [1, 2];

/// The format byte of a base64url code, when its first characters read.
fn text_first_byte(code: &str) -> Option<u8> {
    const B64: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let mut c = code.chars().map(|c| B64.find(c));
    match (c.next().flatten(), c.next().flatten()) {
        (Some(a), Some(b)) => u8::try_from((a << 2) | (b >> 4)).ok(),
        _ => None,
    }
}

/// The codes of 2026.1 keep the outcome they had under 2026.1 (pinned in their own file, so the
/// frozen vectors file stays as published), although the current rules are newer.
#[test]
fn old_codes_keep_their_old_outcome() {
    let dir = format!("{}/fixtures/codes", env!("CARGO_MANIFEST_DIR"));
    let read = |f: &str| -> Value {
        serde_json::from_str(&std::fs::read_to_string(format!("{dir}/{f}")).unwrap()).unwrap()
    };
    let (vectors, outcomes) = (read("v1-2026.1.json"), read("outcomes-v1-2026.1.json"));
    let mut checked = 0;
    for v in vectors["vectors"].as_array().unwrap() {
        let name = v["name"].as_str().unwrap();
        let d = decode(v["code"].as_str().unwrap()).unwrap();
        assert_eq!(d.rules_version, "2026.1");
        let e: Expect = serde_json::from_value(outcomes["outcomes"][name].clone())
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        assert!(e.route.is_some(), "{name}: no expected route");
        let o = score(Rules::get(d.rules_version).unwrap(), &d.answers);
        assert!(
            mismatches(&e, &o).is_empty(),
            "{name}: {:?}",
            mismatches(&e, &o)
        );
        checked += 1;
    }
    assert!(checked >= 8);
    assert_ne!(Rules::current().unwrap().version, "2026.1");
}
