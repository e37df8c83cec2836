//! `werkroute encode` and `werkroute decode` as staff use them: answers -> code -> the same
//! result JSON `werkroute score` prints, in every written form; bad codes exit non-zero with one
//! line naming the problem.

use std::process::Output;

use serde_json::Value;

mod common;
use common::run_werkroute as run;

fn json(out: &Output) -> Value {
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "stderr: {err}");
    serde_json::from_slice(&out.stdout).expect("stdout is JSON")
}

fn refused(out: &Output, code: i32, want: &str) {
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(code), "{err}");
    assert_eq!(err.lines().count(), 1, "one line expected: {err}");
    assert!(
        err.starts_with("werkroute: ") && err.contains(want),
        "'{want}' in: {err}"
    );
    assert!(!err.contains("panicked") && out.stdout.is_empty());
}

/// Answers given under rules 2026.1 (the file says so): their code is format 1, and it keeps
/// being scored under 2026.1 although newer rules exist.
const ANSWERS: &str = r#"{"rules_version": "2026.1", "answers": {"w1_work_matters": "agree_fully", "w3_pressure": "rather_not",
    "k1_work_ability": "was_4_5", "k2_reading": "hard", "k2_numbers": "hard",
    "o_housing": "nowhere_tonight", "o_money": "a_lot"}}"#;

#[test]
fn encode_then_decode_prints_the_score_result_plus_the_code() {
    let enc = json(&run(&["encode"], ANSWERS));
    let code = enc["code"].as_str().unwrap();
    assert_eq!(code.len(), 24);
    assert_eq!(enc["fragment"], format!("#/r/{code}"));
    assert_eq!(enc["rules_version"], "2026.1");
    let typeable = enc["typeable"].as_str().unwrap();

    let scored = json(&run(&["score"], ANSWERS));
    for form in [
        code.to_string(),
        typeable.to_string(),
        typeable.to_lowercase().replace('-', " "),
        format!(
            "https://werkcheck.example.nl/{}",
            enc["fragment"].as_str().unwrap()
        ),
    ] {
        let mut dec = json(&run(&["decode", &form], ""));
        let info = dec
            .as_object_mut()
            .unwrap()
            .remove("code")
            .expect("code info");
        assert_eq!(dec, scored, "{form}: same result as score");
        assert_eq!(info["code"], code);
        assert_eq!(info["typeable"], typeable);
        assert_eq!(
            (info["format"].as_u64(), info["rules_version"].as_str()),
            (Some(1), Some("2026.1"))
        );
        assert_eq!(info["answers"]["o_housing"], "nowhere_tonight");
        assert_eq!(info["answers"].as_object().unwrap().len(), 7);
        assert_eq!(info["retired"], Value::Array(vec![]));
        assert_eq!(info["newer_rules"], "2027.2");
    }
    assert_eq!(scored["acute"], true, "the answers should mean something");
    assert_eq!(scored["rules_version"], "2026.1");
}

/// 2027.1 and 2027.2 ask the same questions, so both travel in format 2, each naming its own
/// version; an older one says which rules are newer.
#[test]
fn codes_of_2027_1_and_2027_2_are_format_2_and_decode_under_their_own_version() {
    for (version, newer) in [("2027.1", Some("2027.2")), ("2027.2", None)] {
        let answers = format!(
            r#"{{"rules_version": "{version}", "answers": {{"w1_work_importance": "very",
            "o_mood": "often", "o_dark_thoughts": "yes", "w_holds_back": "something_else"}}}}"#
        );
        let enc = json(&run(&["encode"], &answers));
        let code = enc["code"].as_str().unwrap();
        assert_eq!(
            (code.len(), enc["rules_version"].as_str()),
            (30, Some(version))
        );
        let mut dec = json(&run(&["decode", code], ""));
        let info = dec.as_object_mut().unwrap().remove("code").unwrap();
        assert_eq!(dec, json(&run(&["score"], &answers)));
        assert_eq!(
            (info["format"].as_u64(), info["rules_version"].as_str()),
            (Some(2), Some(version))
        );
        assert_eq!(info.get("newer_rules").and_then(Value::as_str), newer);
        assert_eq!(dec["outcome"], "no_route_yet");
        assert_eq!(dec["steps"][0], "acute_113");
    }
}

#[test]
fn encode_reads_a_file_too() {
    let path = std::env::temp_dir().join(format!("werkroute-code-{}.json", std::process::id()));
    std::fs::write(&path, ANSWERS).unwrap();
    let from_file = json(&run(&["encode", path.to_str().unwrap()], ""));
    let _ = std::fs::remove_file(&path);
    assert_eq!(from_file, json(&run(&["encode", "-"], ANSWERS)));
}

#[test]
fn bad_codes_and_arguments_are_refused_with_one_line() {
    let code = json(&run(&["encode"], ANSWERS))["code"]
        .as_str()
        .unwrap()
        .to_string();
    let mut changed = code.clone();
    let c = if code.ends_with('A') { "B" } else { "A" };
    changed.replace_range(23..24, c);
    refused(
        &run(&["decode", &changed], ""),
        1,
        "code: the code does not check out",
    );
    refused(
        &run(&["decode", &code[..20]], ""),
        1,
        "code: the code is too short",
    );
    refused(&run(&["decode", "no such code!"], ""), 1, "code: character");
    refused(&run(&["decode", ""], ""), 1, "code: no code given");
    refused(&run(&["decode"], ""), 2, "decode needs a CODE");
    refused(
        &run(&["decode", &code, "extra"], ""),
        2,
        "unexpected argument 'extra'",
    );
    refused(
        &run(&["encode"], "{\"answers\": {\"w9\": \"x\"}}"),
        1,
        "-: unknown question id 'w9'",
    );
    refused(
        &run(&["encode", "/no/such/file.json"], ""),
        1,
        "cannot read '/no/such/file.json'",
    );
}

/// A person with circumstances, an acute answer among them, under the current rules.
const PERSON: &str = r#"{"rules_version": "2027.2", "answers": {"w1_work_importance": "very",
    "w1_without_need": "probably", "w2_wish_if_arranged": "gladly", "w2_first_step": "now",
    "w3_fits_life": "mostly", "w3_look_forward": "yes", "w3_work_for_me": "think_so",
    "w1_miss_work": "some", "k1_ability_now": "was_6_7", "k2_reading_own": "easy",
    "k2_numbers": "bit_hard", "k2_digital_use": "easy", "k3_experience_any": "some",
    "k4_learn_new": "mostly_well", "k5_interview_dare": "after_practice",
    "o_money": "a_lot", "o_physical_health": "a_little", "o_housing": "unsure",
    "o_mood": "often", "o_dark_thoughts": "yes", "o_safety_home": "mostly",
    "w_holds_back": "money"}}"#;

#[test]
fn a_default_share_code_holds_no_circumstance_answer_and_says_what_stayed_behind() {
    let enc = json(&run(
        &["share", "--month", "2026-12", "--talk", "money"],
        PERSON,
    ));
    let code = enc["code"].as_str().unwrap();
    assert_eq!(code.len(), 51);
    let dec = json(&run(&["decode", code], ""));
    let answers = dec["code"]["answers"].as_object().unwrap();
    assert!(!answers.is_empty());
    for q in answers.keys() {
        assert!(
            q.starts_with("w1_")
                || q.starts_with("w2_")
                || q.starts_with("w3_")
                || q.starts_with("k"),
            "{q} went along"
        );
    }
    let shared = &dec["code"]["shared"];
    assert_eq!(shared["made"], "2026-12");
    assert_eq!(shared["talk"], serde_json::json!(["money"]));
    let withheld: Vec<&str> = shared["withheld"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    for q in [
        "o_money",
        "o_physical_health",
        "o_housing",
        "o_mood",
        "o_dark_thoughts",
        "o_safety_home",
        "w_holds_back",
    ] {
        assert!(withheld.contains(&q), "{q} not said to be withheld");
    }
    // The outcome is the one the person was given with all their answers.
    let full = json(&run(&["score"], PERSON));
    assert_eq!(dec["outcome"], full["outcome"]);
    assert_eq!(shared["route"], full["outcome"]);
    // Everything ticked: the circumstances go, the acute answer still does not.
    let all = "willen,kunnen,holds_back,money,housing,physical_health,mental_health,safety_home";
    let enc = json(&run(
        &["share", "--include", all, "--month", "2026-12"],
        PERSON,
    ));
    let dec = json(&run(&["decode", enc["code"].as_str().unwrap()], ""));
    let answers = dec["code"]["answers"].as_object().unwrap();
    assert_eq!(answers["o_money"], "a_lot");
    assert_eq!(answers["o_mood"], "often");
    assert!(!answers.contains_key("o_dark_thoughts"));
    assert_eq!(
        dec["code"]["shared"]["withheld"],
        serde_json::json!(["o_dark_thoughts"])
    );
    // Its typeable form decodes to the same code.
    let typed = enc["typeable"].as_str().unwrap();
    assert_eq!(
        json(&run(&["decode", typed], ""))["code"]["code"],
        enc["code"]
    );
    refused(
        &run(&["share", "--include", "nonsense"], PERSON),
        2,
        "unknown topic 'nonsense'",
    );
    refused(
        &run(&["share", "--month", "2026-13"], PERSON),
        2,
        "is not a month",
    );
}
