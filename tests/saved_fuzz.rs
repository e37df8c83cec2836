//! The stored-state reader (`app::saved::Saved::parse`) against 100,000 hostile inputs: random
//! strings, random JSON-ish text, and valid saved values mutated by deleting, inserting or
//! replacing characters. Nothing may panic, and anything accepted must hold only questions and
//! options the rules know, within the keep period.

use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use werkroute::app::saved::{Saved, SCHEMA};
use werkroute::domain::bank::{self, QuestionId};
use werkroute::domain::Rules;
use werkroute::i18n::Locale;

const NOW: f64 = 1_800_000_000_000.0;

fn rules() -> &'static Rules {
    Rules::current().unwrap()
}

fn valid() -> String {
    let mut answers = std::collections::BTreeMap::new();
    for (q, o) in [
        ("w1_work_importance", "very"),
        ("k2_reading_own", "hard"),
        ("o_money", "rather_not"),
        ("k1_health_hours", "dont_know"),
    ] {
        answers.insert(q.to_string(), o.to_string());
    }
    Saved::new(NOW, Locale::Nl, rules(), answers, Vec::new()).to_json()
}

/// Whatever `parse` accepts must be sound.
fn check(text: &str) {
    if let Ok(saved) = Saved::parse(text, NOW, rules()) {
        assert_eq!(saved.schema, SCHEMA);
        assert!(saved.expires_at >= NOW);
        for (q, o) in &saved.answers {
            let id = QuestionId::parse(q).expect("known question");
            assert!(rules().asks(id), "{q} is asked by these rules");
            let question = bank::question(id);
            assert!(
                rules().value_of(question, o).is_some(),
                "known option {o} for {q}"
            );
        }
    }
}

fn run(cases: u32, strategy: impl Strategy<Value = String>) {
    let mut runner = TestRunner::new(Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    });
    runner
        .run(&strategy, |text| {
            check(&text);
            Ok(())
        })
        .unwrap();
}

#[test]
fn random_text_never_panics() {
    run(40_000, any::<String>());
}

#[test]
fn json_shaped_text_never_panics() {
    run(
        20_000,
        "[{}\\[\\]\":,0-9a-z_ .-]{0,120}".prop_map(|s| format!("{{\"schema\":2,{s}")),
    );
}

#[test]
fn mutated_valid_values_never_panic_and_stay_sound() {
    let base = valid();
    assert!(
        Saved::parse(&base, NOW, rules()).is_ok(),
        "the seed is valid"
    );
    let len = base.len();
    let strategy = (0..len, 0u8..3, any::<char>(), 1usize..4).prop_map(move |(at, kind, ch, n)| {
        let mut s: Vec<char> = valid().chars().collect();
        let at = at.min(s.len().saturating_sub(1));
        match kind {
            0 => {
                for _ in 0..n.min(s.len() - at) {
                    s.remove(at);
                }
            }
            1 => s.insert(at, ch),
            _ => s[at] = ch,
        }
        s.into_iter().collect::<String>()
    });
    run(40_000, strategy);
}
