//! The algorithm-register entry is generated from the rules, never written by hand: the committed
//! `docs/algoritmeregister.{nl,en}.md` must equal what `werkroute rules --format markdown` prints
//! for the built-in rules, in both languages. The generated text keeps the avoid-list of
//! DOMAIN.md, names every question, and leaves no catalog key or value unfilled.

mod common;

use std::process::{Command, Output};

use werkroute::docs::register::register_command;
use werkroute::docs::{register_markdown, REGISTER_FILES};
use werkroute::domain::Rules;
use werkroute::i18n::Locale;

fn committed(path: &str) -> String {
    let full = format!("{}/{path}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&full).unwrap_or_else(|e| panic!("{full}: {e}"))
}

/// The shell line that rewrites a committed copy.
fn regenerate(locale: Locale, path: &str) -> String {
    let cmd = register_command(locale);
    let args = cmd.trim_start_matches("werkroute ");
    format!("cargo run --quiet --bin werkroute -- {args} > {path}")
}

/// The first line that differs, for a readable failure.
fn first_difference(a: &str, b: &str) -> String {
    let (mut la, mut lb) = (a.lines(), b.lines());
    let mut n = 0;
    loop {
        n += 1;
        match (la.next(), lb.next()) {
            (None, None) => return "the end (only line endings differ)".into(),
            (x, y) if x != y => {
                return format!("line {n}:\n  committed: {x:?}\n  generated: {y:?}")
            }
            _ => {}
        }
    }
}

fn werkroute(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_werkroute"))
        .args(args)
        .output()
        .expect("run werkroute")
}

#[test]
fn committed_register_docs_match_the_rules() {
    let rules = Rules::current().unwrap();
    let all: Vec<String> = REGISTER_FILES
        .iter()
        .map(|(l, p)| regenerate(*l, p))
        .collect();
    for (locale, path) in REGISTER_FILES {
        let generated = register_markdown(rules, locale);
        let on_disk = committed(path);
        assert!(
            on_disk == generated,
            "{path} does not match the rules (version {}). Regenerate both languages with:\n  {}\n\
             First difference at {}",
            rules.version,
            all.join("\n  "),
            first_difference(&on_disk, &generated)
        );
    }
}

#[test]
fn the_cli_prints_the_same_document() {
    let rules = Rules::current().unwrap();
    for (locale, _) in REGISTER_FILES {
        let out = werkroute(&["rules", "--format", "markdown", "--lang", locale.code()]);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert_eq!(
            String::from_utf8(out.stdout).unwrap(),
            register_markdown(rules, locale)
        );
    }
    // Dutch by default; JSON stays the default format.
    let nl = werkroute(&["rules", "--format", "markdown"]);
    assert_eq!(
        String::from_utf8(nl.stdout).unwrap(),
        register_markdown(rules, Locale::Nl)
    );
    for args in [&["rules"][..], &["rules", "--format", "json"]] {
        let out = werkroute(args);
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
        assert_eq!(v["version"], rules.version.as_str(), "{args:?}");
    }
    // Bad values are usage errors: exit code 2, one line on stderr.
    for bad in [
        &["rules", "--format", "pdf"][..],
        &["rules", "--format"],
        &["rules", "--format", "markdown", "--lang", "de"],
        &["rules", "--lang", "en"],
        &["rules", "--format", "markdown", "extra"],
    ] {
        let out = werkroute(bad);
        assert_eq!(out.status.code(), Some(2), "{bad:?}");
        let err = String::from_utf8(out.stderr).unwrap();
        assert!(
            err.starts_with("werkroute: ") && err.lines().count() == 1,
            "{err}"
        );
    }
}

/// DOMAIN.md's avoid-list (the same words `tests/content_keys.rs` keeps out of the catalogs).
#[test]
fn the_register_keeps_the_avoid_list_and_names_every_question() {
    let rules = Rules::current().unwrap();
    for (locale, avoid) in [
        (Locale::Nl, common::AVOID_NL),
        (Locale::En, common::AVOID_EN),
    ] {
        let doc = register_markdown(rules, locale);
        let lower = doc.to_lowercase();
        for word in avoid {
            let line = lower.lines().find(|l| l.contains(word));
            assert!(
                line.is_none(),
                "{}: the register uses '{word}' in: {}",
                locale.code(),
                line.unwrap_or_default()
            );
        }
        assert!(!doc.contains('⟦'), "a catalog key is missing");
        for q in rules.questions() {
            assert!(doc.contains(&format!("(`{}`)", q.id)), "{}", q.id);
        }
        // The line that decides the route, and the rules version, are stated.
        assert!(doc.contains(&format!("**{}**", rules.line)));
        assert!(doc.contains(&format!("**{}**", rules.version)));
    }
}

#[test]
fn a_municipality_gets_its_own_entry_and_the_generic_one_stays() {
    let path = "www/gemeenten/rivierstad.json";
    for lang in ["nl", "en"] {
        let out = werkroute(&[
            "rules", "--format", "markdown", "--lang", lang, "--config", path,
        ]);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let text = String::from_utf8(out.stdout).unwrap();
        for must in [
            "Gemeente Rivierstad",
            "Afdeling Werk en Inkomen",
            "algoritmes@rivierstad.example.org",
            "https://rivierstad.example.org/klachten",
            "Schuldhulp Rivierstad",
            "0123-45 67 20",
            "`alcohol_drugs`",
            "0123-45 60 00",
            "--config gemeenten/rivierstad.json",
        ] {
            assert!(text.contains(must), "{lang}: '{must}' is missing");
        }
        for gone in [
            "{{gemeente}}",
            "{{afdeling}}",
            "{{e-mail}}",
            "{{telefoon}}",
            "{{klachtenregeling}}",
            "{{datum}}",
        ] {
            assert!(!text.contains(gone), "{lang}: {gone} was not filled in");
        }
        let words: &[&str] = if lang == "nl" {
            common::AVOID_NL
        } else {
            common::AVOID_EN
        };
        let lower = text.to_lowercase();
        for w in words.iter().filter(|w| **w != "test") {
            assert!(!lower.contains(w), "{lang}: the entry uses '{w}'");
        }
    }
    // A broken configuration is refused with its problems, never half an entry.
    let out = werkroute(&[
        "rules",
        "--format",
        "markdown",
        "--config",
        "tests/fixtures/broken-config.json",
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("problem(s)"));
}
