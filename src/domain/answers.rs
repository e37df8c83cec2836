//! A person's answers (question id -> option id) and parsing them from untrusted JSON.
//!
//! Rule kept: everything from outside is parsed into types at the edge. An answers file with
//! invalid JSON, an unknown question or option, a non-string answer or a question answered twice
//! becomes one clear error line, never a panic. Duplicates are caught while reading the JSON
//! stream, because a map would silently keep only the last one.

use std::collections::BTreeMap;
use std::fmt;

use serde::de::{Deserializer, MapAccess, Visitor};
use serde::{Deserialize, Serialize};

use super::bank::{question, QuestionId};
use super::rules::Rules;

/// Answers by question id. A question that is missing is unanswered. "I don't know" and
/// "I'd rather not say" are kept as given but count as unanswered in scoring.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct Answers(BTreeMap<QuestionId, String>);

impl Answers {
    /// No answers yet.
    pub fn new() -> Answers {
        Answers::default()
    }

    /// The option id given for `q`, if any.
    pub fn get(&self, q: QuestionId) -> Option<&str> {
        self.0.get(&q).map(String::as_str)
    }

    /// Sets or replaces the answer to `q`. Callers offer only the rules' options; scoring treats
    /// an option the question lacks as unanswered.
    pub fn set(&mut self, q: QuestionId, option: impl Into<String>) {
        self.0.insert(q, option.into());
    }

    /// Removes the answer to `q`.
    pub fn remove(&mut self, q: QuestionId) {
        self.0.remove(&q);
    }

    /// All answers, in bank order.
    pub fn iter(&self) -> impl Iterator<Item = (QuestionId, &str)> {
        self.0.iter().map(|(q, o)| (*q, o.as_str()))
    }

    /// How many questions have an answer (including "I don't know" / "I'd rather not say").
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// True when nothing is answered.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// Why an answers text was refused. `Display` gives one line naming the problem.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AnswersError {
    /// Not valid JSON, or not the expected shape.
    Json(String),
    /// A question id the bank does not know.
    UnknownQuestion(String),
    /// An option the question does not offer.
    UnknownOption { question: String, option: String },
    /// An answer that is not a string.
    NotAnOption(String),
    /// A question that this rules version does not ask.
    NotAsked { question: String, version: String },
    /// The same question appears twice in one answers object.
    AnsweredTwice(String),
}

impl fmt::Display for AnswersError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AnswersError::Json(e) => write!(f, "invalid answers JSON: {e}"),
            AnswersError::UnknownQuestion(q) => write!(f, "unknown question id '{q}'"),
            AnswersError::UnknownOption { question, option } => {
                write!(f, "unknown option '{option}' for question '{question}'")
            }
            AnswersError::NotAnOption(q) => {
                write!(f, "the answer to '{q}' must be an option id (a string)")
            }
            AnswersError::AnsweredTwice(q) => write!(f, "question '{q}' is answered twice"),
            AnswersError::NotAsked { question, version } => {
                write!(f, "question '{question}' is not asked in rules {version}")?;
                // Answers of an older version keep their own rules: say how to name them.
                let older = super::rules::PUBLISHED.iter().rev().find(|p| {
                    p.version != version
                        && QuestionId::parse(question).is_some_and(|q| p.bank.contains(&q))
                });
                match older {
                    Some(p) => write!(
                        f,
                        "; it is a question of rules {v}: add \"rules_version\": \"{v}\" to score under {v}",
                        v = p.version
                    ),
                    None => Ok(()),
                }
            }
        }
    }
}

impl std::error::Error for AnswersError {}

/// An answers object exactly as written: every entry in order, values untyped, the first
/// repeated key remembered. Use it inside larger files (e.g. personas), then [`RawAnswers::check`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RawAnswers {
    entries: Vec<(String, serde_json::Value)>,
    repeated: Option<String>,
}

impl<'de> Deserialize<'de> for RawAnswers {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = RawAnswers;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an object of question id -> option id")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<RawAnswers, A::Error> {
                let mut raw = RawAnswers::default();
                while let Some((k, v)) = map.next_entry::<String, serde_json::Value>()? {
                    if raw.repeated.is_none() && raw.entries.iter().any(|(seen, _)| *seen == k) {
                        raw.repeated = Some(k.clone());
                    }
                    raw.entries.push((k, v));
                }
                Ok(raw)
            }
        }
        d.deserialize_map(V)
    }
}

impl RawAnswers {
    /// Checks every entry against the bank and the rules' options.
    pub fn check(&self, rules: &Rules) -> Result<Answers, AnswersError> {
        if let Some(q) = &self.repeated {
            return Err(AnswersError::AnsweredTwice(q.clone()));
        }
        let mut answers = Answers::new();
        for (k, v) in &self.entries {
            let qid =
                QuestionId::parse(k).ok_or_else(|| AnswersError::UnknownQuestion(k.clone()))?;
            if !rules.asks(qid) {
                return Err(AnswersError::NotAsked {
                    question: k.clone(),
                    version: rules.version.clone(),
                });
            }
            let opt = v
                .as_str()
                .ok_or_else(|| AnswersError::NotAnOption(k.clone()))?;
            if rules.value_of(question(qid), opt).is_none() {
                return Err(AnswersError::UnknownOption {
                    question: k.clone(),
                    option: opt.into(),
                });
            }
            answers.set(qid, opt);
        }
        Ok(answers)
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AnswersFile {
    answers: RawAnswers,
    #[serde(default)]
    rules_version: Option<String>,
}

/// The rules version an answers file names, if any (its answers are then read and scored under
/// that version). Only the shape is checked here; [`parse_answers_json`] checks the answers.
pub fn answers_file_version(text: &str) -> Result<Option<String>, AnswersError> {
    let file: AnswersFile =
        serde_json::from_str(text).map_err(|e| AnswersError::Json(e.to_string()))?;
    Ok(file.rules_version)
}

/// Parses `{"answers": {"<question id>": "<option id>", ...}}` (an optional `rules_version`
/// field is allowed) and checks it against the bank and `rules`.
pub fn parse_answers_json(text: &str, rules: &Rules) -> Result<Answers, AnswersError> {
    let file: AnswersFile =
        serde_json::from_str(text).map_err(|e| AnswersError::Json(e.to_string()))?;
    file.answers.check(rules)
}

/// Writes answers in the same format [`parse_answers_json`] reads.
pub fn answers_to_json(answers: &Answers) -> String {
    serde_json::json!({ "answers": answers }).to_string()
}

/// Writes answers with the rules version they were given under.
pub fn answers_to_json_for(answers: &Answers, rules: &Rules) -> String {
    serde_json::json!({ "rules_version": rules.version, "answers": answers }).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rules() -> &'static Rules {
        Rules::get("2026.1").unwrap()
    }

    #[test]
    fn parses_and_round_trips() {
        let text = r#"{"answers": {"w1_work_matters": "agree", "o_money": "rather_not"}}"#;
        let a = parse_answers_json(text, rules()).unwrap();
        assert_eq!(a.get(QuestionId::W1WorkMatters), Some("agree"));
        assert_eq!(a.len(), 2);
        assert_eq!(
            parse_answers_json(&answers_to_json(&a), rules()).unwrap(),
            a
        );
    }

    #[test]
    fn refuses_bad_input_with_a_named_problem() {
        let cases = [
            ("not json", "invalid answers JSON"),
            (r#"{"answers": []}"#, "invalid answers JSON"),
            (r#"{"answer": {}}"#, "invalid answers JSON"),
            (
                r#"{"answers": {"w9_x": "agree"}}"#,
                "unknown question id 'w9_x'",
            ),
            (
                r#"{"answers": {"w1_work_matters": "maybe"}}"#,
                "unknown option 'maybe'",
            ),
            (
                r#"{"answers": {"w1_work_matters": "rather_not"}}"#,
                "unknown option 'rather_not'",
            ),
            (
                r#"{"answers": {"w1_work_matters": 3}}"#,
                "must be an option id",
            ),
            (
                r#"{"answers": {"w1_work_matters": "agree", "w1_work_matters": "agree"}}"#,
                "'w1_work_matters' is answered twice",
            ),
            (r#"{"answers": {}, "answers": {}}"#, "invalid answers JSON"),
            (
                r#"{"answers": {"w1_work_importance": "very"}}"#,
                "'w1_work_importance' is not asked in rules 2026.1",
            ),
        ];
        for (text, want) in cases {
            let err = parse_answers_json(text, rules()).unwrap_err().to_string();
            assert!(err.contains(want), "{text}: got '{err}'");
            assert!(!err.contains('\n'));
        }
    }
}
