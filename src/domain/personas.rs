//! Persona files: named answer sets with the result they are expected to give. Used by
//! `werkroute audit`, by the native tests and by the end-to-end tests (`fixtures/personas.json`).
//!
//! Rule kept: a persona file is untrusted input like any answers file: every answers object is
//! checked against the bank and rules (unknown ids, duplicates), with the persona named in the error.

use serde::{Deserialize, Serialize};

use super::answers::{Answers, RawAnswers};
use super::outcome::{Outcome, RouteCode};
use super::rules::Rules;

/// What a persona is expected to give. Fields left out are not checked.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Expect {
    pub route: Option<RouteCode>,
    pub grey_zone: Option<bool>,
    pub acute: Option<bool>,
}

/// One checked persona.
#[derive(Clone, Debug, PartialEq)]
pub struct Persona {
    pub name: String,
    pub description: String,
    pub answers: Answers,
    pub expect: Expect,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPersona {
    name: String,
    #[serde(default)]
    description: String,
    answers: RawAnswers,
    #[serde(default)]
    expect: Expect,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    #[serde(default)]
    #[allow(dead_code)]
    rules_version: Option<String>,
    #[serde(default)]
    #[allow(dead_code)]
    about: Option<String>,
    personas: Vec<RawPersona>,
}

/// Parses `{"rules_version": "...", "about": "...", "personas": [{"name", "description", "answers", "expect"}]}`.
/// The error is one line; it names the persona when one of its answers is wrong.
pub fn parse_personas_json(text: &str, rules: &Rules) -> Result<Vec<Persona>, String> {
    let file: RawFile =
        serde_json::from_str(text).map_err(|e| format!("invalid personas JSON: {e}"))?;
    let mut out = Vec::new();
    for p in file.personas {
        let answers = p
            .answers
            .check(rules)
            .map_err(|e| format!("persona '{}': {e}", p.name))?;
        if out.iter().any(|o: &Persona| o.name == p.name) {
            return Err(format!("persona '{}' appears twice", p.name));
        }
        out.push(Persona {
            name: p.name,
            description: p.description,
            answers,
            expect: p.expect,
        });
    }
    Ok(out)
}

/// The ways `outcome` differs from `expect`, as short phrases (empty when it matches).
pub fn mismatches(expect: &Expect, outcome: &Outcome) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(r) = expect.route.filter(|r| *r != outcome.route) {
        out.push(format!("route {} expected, got {}", r, outcome.route));
    }
    if let Some(g) = expect.grey_zone.filter(|g| *g != outcome.grey_zone) {
        out.push(format!("grey_zone {g} expected, got {}", outcome.grey_zone));
    }
    if let Some(a) = expect.acute.filter(|a| *a != outcome.acute) {
        out.push(format!("acute {a} expected, got {}", outcome.acute));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_the_persona_with_a_bad_answer() {
        let rules = Rules::builtin().unwrap();
        let text = r#"{"personas": [
            {"name": "Ok", "answers": {"w1_work_matters": "agree"}, "expect": {"route": "A"}},
            {"name": "Twice", "answers": {"k5_cv": "agree", "k5_cv": "disagree"}}
        ]}"#;
        let err = parse_personas_json(text, rules).unwrap_err();
        assert_eq!(err, "persona 'Twice': question 'k5_cv' is answered twice");
        let ok = r#"{"personas": [{"name": "Ok", "answers": {}, "expect": {"route": "B"}}]}"#;
        let p = parse_personas_json(ok, rules).unwrap();
        let o = crate::domain::score(rules, &p[0].answers);
        assert_eq!(
            mismatches(&p[0].expect, &o),
            vec!["route B expected, got A".to_string()]
        );
    }
}
