//! Persona files: named answer sets with the result they are expected to give, one file per rules
//! version (`fixtures/personas/<version>.json`). Used by `werkroute audit`, by the native tests
//! and by the end-to-end tests. A file names its rules version and is scored under it.
//!
//! Rules kept: a persona file is untrusted input like any answers file: every answers object is
//! checked against that version's bank and rules (unknown ids, duplicates), with the persona named
//! in the error. Personas of one `pair` differ only in a trait that stands in for care duties, age,
//! origin or disability, and must get the same outcome (the no-proxies rule).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::answers::{Answers, RawAnswers};
use super::ids::BarrierDomain;
use super::outcome::{BarrierLevel, Lead, Outcome, OutcomeId, RouteCode};
use super::rules::Rules;
use super::steps::StepId;

/// What a persona is expected to give. Fields left out are not checked.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Expect {
    /// The route (files of 2026.1, where every outcome is a route).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub route: Option<RouteCode>,
    /// The outcome: a route or `no_route_yet`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outcome: Option<OutcomeId>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lead: Option<Lead>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub grey_zone: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub acute: Option<bool>,
    /// Every barrier domain that plays a role, with its level (exactly these).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub barriers: Option<BTreeMap<BarrierDomain, BarrierLevel>>,
    /// The first step.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub steps_first: Option<StepId>,
    /// Steps that must be there.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub steps_include: Vec<StepId>,
    /// Steps that must not be there.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub steps_exclude: Vec<StepId>,
}

/// One checked persona.
#[derive(Clone, Debug, PartialEq)]
pub struct Persona {
    pub name: String,
    pub description: String,
    pub answers: Answers,
    pub expect: Expect,
    /// Personas with the same pair name must get the same outcome.
    pub pair: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPersona {
    name: String,
    #[serde(default)]
    description: String,
    #[serde(default)]
    pair: Option<String>,
    answers: RawAnswers,
    #[serde(default)]
    expect: Expect,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    #[serde(default)]
    rules_version: Option<String>,
    #[serde(default)]
    #[allow(dead_code)]
    about: Option<String>,
    personas: Vec<RawPersona>,
}

/// Parses `{"rules_version": "...", "about": "...", "personas": [{"name", "description", "pair",
/// "answers", "expect"}]}` and checks it under the rules version it names (the current rules when
/// it names none). Returns those rules and the personas. The error is one line; it names the
/// persona when one of its answers is wrong, and an unknown version is an error.
pub fn parse_personas_file(text: &str) -> Result<(&'static Rules, Vec<Persona>), String> {
    let file: RawFile =
        serde_json::from_str(text).map_err(|e| format!("invalid personas JSON: {e}"))?;
    let rules = match &file.rules_version {
        Some(v) => Rules::get(v)?,
        None => Rules::current()?,
    };
    Ok((rules, check(file, rules)?))
}

/// Parses a personas file and checks it against `rules` (whatever version the file names).
pub fn parse_personas_json(text: &str, rules: &Rules) -> Result<Vec<Persona>, String> {
    let file: RawFile =
        serde_json::from_str(text).map_err(|e| format!("invalid personas JSON: {e}"))?;
    check(file, rules)
}

fn check(file: RawFile, rules: &Rules) -> Result<Vec<Persona>, String> {
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
            pair: p.pair,
        });
    }
    Ok(out)
}

/// The ways `outcome` differs from `expect`, as short phrases (empty when it matches).
pub fn mismatches(expect: &Expect, outcome: &Outcome) -> Vec<String> {
    let mut out = Vec::new();
    let got = outcome.outcome_id();
    if let Some(r) = expect.route.filter(|r| Some(*r) != outcome.route) {
        out.push(format!("route {r} expected, got {got}"));
    }
    if let Some(o) = expect.outcome.filter(|o| *o != got) {
        out.push(format!("outcome {o} expected, got {got}"));
    }
    if let Some(l) = expect.lead.filter(|l| *l != outcome.lead) {
        let name = |l: Lead| {
            serde_json::to_value(l)
                .ok()
                .and_then(|v| v.as_str().map(String::from))
        };
        out.push(format!(
            "lead {} expected, got {}",
            name(l).unwrap_or_default(),
            name(outcome.lead).unwrap_or_default()
        ));
    }
    if let Some(g) = expect.grey_zone.filter(|g| *g != outcome.grey_zone) {
        out.push(format!("grey_zone {g} expected, got {}", outcome.grey_zone));
    }
    if let Some(a) = expect.acute.filter(|a| *a != outcome.acute) {
        out.push(format!("acute {a} expected, got {}", outcome.acute));
    }
    if let Some(want) = &expect.barriers {
        let have: BTreeMap<BarrierDomain, BarrierLevel> = outcome
            .barriers
            .iter()
            .map(|b| (b.domain, b.level))
            .collect();
        if *want != have {
            out.push(format!("barriers {want:?} expected, got {have:?}"));
        }
    }
    if let Some(s) = expect
        .steps_first
        .filter(|s| outcome.steps.first() != Some(s))
    {
        let got = outcome.steps.first().map_or("none", |s| s.as_str());
        out.push(format!("first step {s} expected, got {got}"));
    }
    for s in expect
        .steps_include
        .iter()
        .filter(|s| !outcome.steps.contains(s))
    {
        out.push(format!("step {s} expected"));
    }
    for s in expect
        .steps_exclude
        .iter()
        .filter(|s| outcome.steps.contains(s))
    {
        out.push(format!("step {s} not expected"));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_the_persona_with_a_bad_answer() {
        let rules = Rules::get("2026.1").unwrap();
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

    #[test]
    fn a_file_is_read_under_the_version_it_names() {
        let text = r#"{"rules_version": "2027.1", "personas": [{"name": "Stil", "answers": {},
            "expect": {"outcome": "no_route_yet", "lead": "no_route_yet", "steps_first": "step_talk_it_through"}}]}"#;
        let (rules, p) = parse_personas_file(text).unwrap();
        assert_eq!(rules.version, "2027.1");
        assert!(mismatches(&p[0].expect, &crate::domain::score(rules, &p[0].answers)).is_empty());
        let err =
            parse_personas_file(r#"{"rules_version": "1999.1", "personas": []}"#).unwrap_err();
        assert!(err.contains("not published"), "{err}");
    }
}
