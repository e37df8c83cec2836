//! Result codes through the public API: personas round-trip, the longest share link fits QR
//! version 6 at level M, any changed character is refused, and the committed golden vectors
//! (`fixtures/codes/*.json`) keep decoding, so a published code never stops working.

use serde_json::Value;
use werkroute::domain::answers::RawAnswers;
use werkroute::domain::code::{
    decode, decode_any, encode, from_typeable, link_fragment, to_typeable,
};
use werkroute::domain::personas::parse_personas_json;
use werkroute::domain::{qr_svg, Answers, Rules, BANK};

/// A 40-character host: the longest we plan for.
const HOST: &str = "werkcheck.gemeente-voorbeeldstadnoord.nl";

fn rules() -> &'static Rules {
    Rules::builtin().unwrap()
}

fn personas() -> Vec<(String, Answers)> {
    let text = std::fs::read_to_string(format!(
        "{}/fixtures/personas.json",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap();
    let ps = parse_personas_json(&text, rules()).unwrap();
    assert!(ps.len() >= 5, "too few personas to mean anything");
    ps.into_iter().map(|p| (p.name, p.answers)).collect()
}

/// Every question answered with its last option (the highest index a code can carry).
fn worst_case() -> Answers {
    let mut a = Answers::new();
    for q in BANK {
        a.set(q.id, rules().options(q).last().unwrap().id.clone());
    }
    a
}

fn link(code: &str) -> String {
    format!("https://{HOST}/{}", link_fragment(code))
}

#[test]
fn every_persona_round_trips() {
    for (name, answers) in personas() {
        let code = encode(&answers, rules()).unwrap();
        let d = decode(&code).unwrap();
        assert_eq!(d.answers, answers, "{name}");
        assert_eq!(d.rules_version, rules().version);
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
    sets.push(("worst case".into(), worst_case()));
    let mut worst = 0;
    for (name, answers) in sets {
        let code = encode(&answers, rules()).unwrap();
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
    let full = encode(&worst_case(), rules()).unwrap();
    println!(
        "full answer set: {} chars, link {} chars, QR version {worst} at M",
        full.len(),
        link(&full).len()
    );
    assert_eq!(full.len(), 24);
}

#[test]
fn every_single_character_change_is_refused() {
    let alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    for (name, answers) in personas().into_iter().take(4) {
        let code = encode(&answers, rules()).unwrap();
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
        files += 1;
        let file: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        let format = file["format"].as_u64().unwrap();
        let version = file["rules_version"].as_str().unwrap();
        for v in file["vectors"].as_array().unwrap() {
            let name = v["name"].as_str().unwrap();
            let code = v["code"].as_str().unwrap();
            let raw: RawAnswers = serde_json::from_value(v["answers"].clone()).unwrap();
            let want = raw.check(rules()).unwrap();
            let d = decode(code).unwrap_or_else(|e| panic!("{name}: {e}"));
            assert_eq!(d.answers, want, "{name}");
            assert_eq!((u64::from(d.format), d.rules_version), (format, version));
            let typeable = v["typeable"].as_str().unwrap();
            assert_eq!(from_typeable(typeable).unwrap(), code, "{name}");
            // While the vector's format is the current one, encoding gives the same code back.
            if format == 1 && version == rules().version {
                assert_eq!(encode(&want, rules()).unwrap(), code, "{name}");
                assert_eq!(to_typeable(code).unwrap(), typeable, "{name}");
            }
            vectors += 1;
        }
        for r in file["rejected"].as_array().unwrap() {
            let code = r["code"].as_str().unwrap();
            let err = decode(code).expect_err(code);
            assert_eq!(err.key(), r["error"].as_str().unwrap(), "{}", r["name"]);
        }
    }
    assert!(
        files >= 1 && vectors >= 8,
        "{files} files, {vectors} vectors"
    );
}
