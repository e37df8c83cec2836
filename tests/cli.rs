//! The `werkroute` binary, run as policy staff would: every command, and every kind of bad input
//! (which must exit non-zero with one line naming the problem, never a panic).

use std::process::Output;
use std::sync::atomic::{AtomicUsize, Ordering};

use serde_json::Value;

mod common;

fn run(args: &[&str], stdin: Option<&str>) -> Output {
    common::run_werkroute(args, stdin.unwrap_or(""))
}

fn stdout_json(out: &Output) -> Value {
    assert!(
        out.status.success(),
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("stdout is JSON")
}

/// A file in the temp dir with `text`, unique per call.
fn temp_file(text: &str) -> String {
    static N: AtomicUsize = AtomicUsize::new(0);
    let n = N.fetch_add(1, Ordering::SeqCst);
    let path = std::env::temp_dir().join(format!("werkroute-cli-{}-{n}.json", std::process::id()));
    std::fs::write(&path, text).unwrap();
    path.to_string_lossy().into_owned()
}

/// The scenarios of `version`.
fn fixture_of(version: &str) -> String {
    format!(
        "{}/fixtures/personas/{version}.json",
        env!("CARGO_MANIFEST_DIR")
    )
}

fn fixture() -> String {
    fixture_of("2027.1")
}

/// Bad input: non-zero exit, exactly one line on stderr containing `want`, nothing that panicked.
fn assert_refused(out: &Output, want: &str) {
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success(), "should fail: {want}");
    assert_eq!(err.lines().count(), 1, "one line expected, got: {err}");
    assert!(err.contains(want), "expected '{want}' in: {err}");
    assert!(!err.contains("panicked"), "{err}");
}

#[test]
fn questions_lists_the_bank_in_both_languages() {
    let nl = stdout_json(&run(&["questions"], None));
    let en = stdout_json(&run(&["questions", "--lang", "en"], None));
    let (nl, en) = (nl.as_array().unwrap(), en.as_array().unwrap());
    assert!((25..=36).contains(&nl.len()));
    assert_eq!(nl.len(), en.len());
    for (q, e) in nl.iter().zip(en) {
        assert_eq!(q["id"], e["id"]);
        assert!(["willen", "kunnen", "omstandigheden"].contains(&q["layer"].as_str().unwrap()));
        for field in ["text", "why"] {
            let (a, b) = (q[field].as_str().unwrap(), e[field].as_str().unwrap());
            assert!(
                !a.is_empty() && !a.contains('⟦') && a != b,
                "{}: {field}",
                q["id"]
            );
        }
        let opts = q["options"].as_array().unwrap();
        let valued: Vec<u64> = opts.iter().filter_map(|o| o["value"].as_u64()).collect();
        assert!(opts
            .iter()
            .all(|o| o["id"].is_string() && o["label"].is_string()));
        let nulls: Vec<&str> = opts
            .iter()
            .filter(|o| o["value"].is_null())
            .map(|o| o["id"].as_str().unwrap())
            .collect();
        assert!(nulls.contains(&"dont_know"));
        // Positive first: scored values fall; barrier values ("bigger role") rise from 0.
        let rising = valued.windows(2).all(|w| w[0] < w[1]);
        let falling = valued.windows(2).all(|w| w[0] > w[1]);
        if q["feeds"]["kind"] == "holds_back" {
            assert!(rising && valued[0] == 0, "{}", q["id"]);
        } else if q["layer"] == "omstandigheden" {
            assert!(
                rising && valued[0] == 0 && nulls.contains(&"rather_not"),
                "{}",
                q["id"]
            );
        } else {
            assert!(falling && *valued.last().unwrap() == 0, "{}", q["id"]);
        }
    }
    assert_eq!(nl[0]["text"], "Hoe belangrijk is werk voor jou?");
    assert_eq!(en[0]["text"], "How important is work to you?");
    // A follow-up names the question and answers that call for it.
    let follow = nl.iter().find(|q| q["id"] == "o_dark_thoughts").unwrap();
    assert_eq!(follow["ask_if"]["question"], "o_mood");
    // An earlier version's questions, on request.
    let old = stdout_json(&run(&["questions", "--version", "2026.1"], None));
    assert_eq!(old[0]["text"], "Werk is belangrijk voor mij.");
    assert_eq!(old.as_array().unwrap().len(), 35);
}

#[test]
fn rules_prints_the_versioned_rules() {
    let v = stdout_json(&run(&["rules"], None));
    assert_eq!(v["version"], "2027.2");
    assert_eq!(v["valid_from"], "2027-04-01");
    assert_eq!(v["journey"]["core"].as_array().unwrap().len(), 19);
    assert_eq!(v["steps"]["B"][0]["step"], "step_learning_plan");
    assert_eq!(v["grey_zone"]["from"], 40);
    assert!(v["floors"].as_array().unwrap().len() == 2);
    let old = stdout_json(&run(&["rules", "--version", "2026.1"], None));
    assert_eq!(old["version"], "2026.1");
    assert_eq!(old["min_share_answered"], 0.5);
    assert_refused(
        &run(&["rules", "--version", "2025.9"], None),
        "rules version '2025.9' is not published",
    );
    // The share of its axis each question carries, none above the cap.
    let shares = stdout_json(&run(&["shares"], None));
    for axis in ["willen", "kunnen"] {
        for row in shares[axis].as_array().unwrap() {
            assert!(row["share"].as_f64().unwrap() <= 0.15, "{row}");
        }
    }
}

#[test]
fn score_reads_a_file_or_stdin_and_prints_the_result() {
    // An answers file that names rules 2026.1 is read and scored under 2026.1.
    let text = r#"{"rules_version": "2026.1", "answers": {"w1_work_matters": "agree_fully", "w2_start_soon": "agree",
        "k1_work_ability": "was_4_5", "k1_hours": "h20_32", "o_money": "a_lot",
        "o_safety_home": "rather_not"}}"#;
    let from_file = stdout_json(&run(&["score", &temp_file(text)], None));
    let from_stdin = stdout_json(&run(&["score", "-"], Some(text)));
    let implicit = stdout_json(&run(&["score"], Some(text)));
    assert_eq!(from_file, from_stdin);
    assert_eq!(from_file, implicit);
    let v = from_file;
    for field in [
        "route",
        "willen",
        "kunnen",
        "grey_zone",
        "neighbour_routes",
        "confidence",
        "barriers",
        "acute",
        "steps",
        "explanation",
        "rules_version",
    ] {
        assert!(!v[field].is_null(), "missing {field}");
    }
    assert_eq!(v["route"], "B", "work ability 4-5 caps kunnen");
    assert_eq!(v["kunnen"]["band"], "partly");
    assert!(v["willen"]["score"].is_u64());
    assert_eq!(v["rules_version"], "2026.1");
    assert_eq!(
        v["explanation"]["w1_commitment"],
        serde_json::json!(["w1_work_matters"])
    );
    assert_eq!(v["explanation"]["k5_job_search"], serde_json::json!([]));
    assert_eq!(v["barriers"][0]["domain"], "money");
    assert_eq!(v["barriers"][0]["level"], "big");
    assert_eq!(v["steps"][0], "barrier_money");
    assert_eq!(v["acute"], false);
    assert_eq!(v["outcome"], "B");
}

#[test]
fn score_under_2027_1_names_the_outcome_every_barrier_level_and_why() {
    let silent = stdout_json(&run(&["score"], Some(r#"{"answers": {}}"#)));
    assert_eq!(silent["outcome"], "no_route_yet");
    assert_eq!(silent["route"], Value::Null);
    assert_eq!(silent["lead"], "no_route_yet");
    assert_eq!(silent["because"][0]["rule"], "too_little_information");
    assert_eq!(silent["steps"], serde_json::json!(["step_talk_it_through"]));
    assert_eq!(silent["rules_version"], "2027.2");
    let text = r#"{"answers": {"w1_work_importance": "important", "w1_without_need": "probably",
        "w1_miss_work": "a_little", "w2_wish_if_arranged": "gladly", "w2_first_step": "later",
        "w_holds_back": "childcare", "w3_fits_life": "a_little", "w3_look_forward": "a_little",
        "k1_ability_now": "was_8_10", "k1_health_hours": "h32_plus", "k2_reading_own": "easy",
        "k2_numbers": "easy", "k2_digital_use": "easy", "k3_experience_any": "a_lot",
        "k3_papers": "several", "k4_on_time_often": "always", "k4_learn_new": "well",
        "k5_has_cv": "recent", "k5_interview_dare": "yes", "o_childcare": "not_arranged",
        "o_transport": "a_little", "o_safety_home": "mostly"}}"#;
    let v = stdout_json(&run(&["score"], Some(text)));
    assert_eq!(v["lead"], "sort_out_first", "{v}");
    assert_eq!(v["holds_back"], "childcare");
    let levels: Vec<(&str, &str)> = v["barriers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| (b["domain"].as_str().unwrap(), b["level"].as_str().unwrap()))
        .collect();
    assert_eq!(
        levels,
        [
            ("safety_home", "some"),
            ("childcare", "big"),
            ("transport", "some")
        ]
    );
    let steps: Vec<&str> = v["steps"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s.as_str().unwrap())
        .collect();
    // Three domains play a role: one plan for all of them first, then childcare.
    assert_eq!(&steps[..2], &["step_many_at_once", "barrier_childcare"]);
    assert!(steps.contains(&"quiet_veilig_thuis"));
    assert!(!steps.contains(&"step_rights_duties"));
    assert!(v["because"]
        .as_array()
        .unwrap()
        .iter()
        .any(|b| b["rule"] == "sort_out_first"));
}

#[test]
fn audit_prints_one_line_per_persona() {
    let out = run(&["audit", &fixture()], None);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    let personas: Value =
        serde_json::from_str(&std::fs::read_to_string(fixture()).unwrap()).unwrap();
    let names: Vec<&str> = personas["personas"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap())
        .collect();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), names.len() + 2, "{text}");
    for (line, name) in lines[2..].iter().zip(&names) {
        assert!(line.starts_with(name) && line.contains(" ok "), "{line}");
    }
}

#[test]
fn audit_fails_when_a_persona_gives_another_route() {
    let text = r#"{"personas": [{"name": "Wrong", "answers": {}, "expect": {"route": "D"}}]}"#;
    let out = run(&["audit", &temp_file(text)], None);
    assert_refused(&out, "1 persona(s) do not give their expected result");
    assert!(String::from_utf8_lossy(&out.stdout).contains("route D expected, got no_route_yet"));
    // The same file under 2026.1: an empty answer set gave A there.
    let text = r#"{"rules_version": "2026.1", "personas": [{"name": "Wrong", "answers": {}, "expect": {"route": "D"}}]}"#;
    let out = run(&["audit", &temp_file(text)], None);
    assert!(String::from_utf8_lossy(&out.stdout).contains("route D expected, got A"));
}

#[test]
fn audit_reads_every_published_scenario_file_under_its_version() {
    for (version, outcome) in [("2026.1", "A"), ("2027.1", "no_route_yet")] {
        let out = run(&["audit", &fixture_of(version)], None);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let text = String::from_utf8(out.stdout).unwrap();
        assert!(text.starts_with(&format!("rules {version}\n")), "{text}");
        let anoniem = text.lines().find(|l| l.starts_with("Anoniem")).unwrap();
        assert!(anoniem.contains(&format!(" {outcome} ")), "{anoniem}");
    }
}

#[test]
fn bad_input_is_one_clear_line() {
    let missing = std::env::temp_dir().join("werkroute-no-such-file.json");
    let missing = missing.to_string_lossy().into_owned();
    let cases: Vec<(Vec<String>, Option<&str>, &str)> = vec![
        (vec!["score".into(), missing.clone()], None, "cannot read"),
        (vec!["audit".into(), missing], None, "cannot read"),
        (
            vec!["score".into(), "-".into()],
            Some("{not json"),
            "invalid answers JSON",
        ),
        (
            vec!["score".into(), temp_file("[1, 2]")],
            None,
            "invalid answers JSON",
        ),
        (
            vec!["score".into()],
            Some(r#"{"answers": {"w7_hobby": "agree"}}"#),
            "unknown question id 'w7_hobby'",
        ),
        (
            vec!["score".into()],
            Some(r#"{"answers": {"w1_work_importance": "agree"}}"#),
            "unknown option 'agree' for question 'w1_work_importance'",
        ),
        (
            vec!["score".into()],
            Some(r#"{"answers": {"w1_work_matters": "agree"}}"#),
            "question 'w1_work_matters' is not asked in rules 2027.2",
        ),
        (
            vec!["score".into()],
            Some(r#"{"rules_version": "1999.1", "answers": {}}"#),
            "rules version '1999.1' is not published",
        ),
        (
            vec!["score".into()],
            Some(r#"{"answers": {"k5_has_cv": "old", "k5_has_cv": "none"}}"#),
            "question 'k5_has_cv' is answered twice",
        ),
        (
            vec!["audit".into(), temp_file("{\"personas\": 3}")],
            None,
            "invalid personas JSON",
        ),
        (
            vec![
                "audit".into(),
                temp_file(r#"{"personas": [{"name": "X", "answers": {"o_money": "huge"}}]}"#),
            ],
            None,
            "persona 'X': unknown option 'huge'",
        ),
        (vec![], None, "no command given"),
        (
            vec!["frobnicate".into()],
            None,
            "unknown command 'frobnicate'",
        ),
        (
            vec!["questions".into(), "--lang".into(), "fr".into()],
            None,
            "unknown language 'fr'",
        ),
        (
            vec!["questions".into(), "--lang".into()],
            None,
            "--lang needs a value",
        ),
        (
            vec!["rules".into(), "extra".into()],
            None,
            "unexpected argument 'extra'",
        ),
        (
            vec!["score".into(), "a".into(), "b".into()],
            None,
            "unexpected argument 'b'",
        ),
        (vec!["audit".into()], None, "audit needs a FILE"),
    ];
    for (args, stdin, want) in cases {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        assert_refused(&run(&args, stdin), want);
    }
}
