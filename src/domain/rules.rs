//! The published, versioned scoring rules: answer values per scale, sub-dimension weights per
//! axis, bands, the line, the grey zone, the kunnen floors, the minimum share answered, and which
//! answers count as a big barrier or as acute. The rules are data (`rules/rules-v1.json`), compiled
//! in and parsed with serde; [`Rules::validate`] checks them against the bank and DOMAIN.md.
//!
//! Rule kept: one rules set, versioned; its version travels with every result. Validation refuses
//! rules that would break the fairness invariants (e.g. a weight on controlled motivation, a floor
//! that a worse answer could lift, a barrier scale that is not "higher = bigger role").

use std::collections::BTreeMap;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use super::bank::{Question, QuestionId};
use super::ids::{Axis, FloorId, ScaleId, SubId};

/// The id of the "I don't know" option, offered on every question.
pub const DONT_KNOW: &str = "dont_know";
/// The id of the "I'd rather not say" option, offered on every sensitive question.
pub const RATHER_NOT: &str = "rather_not";

/// One option of a scale, as published.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScaleOption {
    /// Stable option id, as used in answer files.
    pub id: String,
    /// Item value: higher is more positive for a sub-dimension, or a bigger role for a barrier.
    pub value: u8,
}

/// How one axis combines its sub-scores.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AxisRules {
    /// Weighted mean over the known sub-scores listed here.
    pub weights: BTreeMap<SubId, f64>,
    /// Subtracted: weight x (100 - sub-score), for a known sub-score (e.g. amotivation).
    pub drags: BTreeMap<SubId, f64>,
}

/// Both axes.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Axes {
    pub willen: AxisRules,
    pub kunnen: AxisRules,
}

impl Axes {
    /// The rules of `axis`.
    pub fn get(&self, axis: Axis) -> &AxisRules {
        match axis {
            Axis::Willen => &self.willen,
            Axis::Kunnen => &self.kunnen,
        }
    }
}

/// Band limits on an axis score: `>= yes_from` is yes, `>= partly_from` is partly, else not yet.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Bands {
    pub yes_from: u8,
    pub partly_from: u8,
}

/// The grey zone around the line, inclusive on both ends.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GreyZone {
    pub from: u8,
    pub to: u8,
}

/// A non-compensatory floor: when at least `at_least` of `questions` are answered with one of
/// `options`, kunnen is capped at `cap`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Floor {
    pub id: FloorId,
    pub questions: Vec<QuestionId>,
    pub options: Vec<String>,
    pub at_least: usize,
    pub cap: u8,
}

/// One answer: a question and an option id.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AnswerRef {
    pub question: QuestionId,
    pub option: String,
}

/// Which barrier answers count as big, and which as acute.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BarrierRules {
    /// A barrier answer with this value or more plays a big role ("Sort this out first").
    pub big_from_value: u8,
    /// Answers that show immediate help before anything else.
    pub acute: Vec<AnswerRef>,
}

/// One option as offered to a person: id, catalog label id (`opt.<label>`) and value
/// (`None` for "I don't know" and "I'd rather not say").
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct AnswerOption {
    pub id: String,
    pub label: String,
    pub value: Option<u8>,
}

/// The whole rules set.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rules {
    /// Version printed on every result, e.g. "2026.1".
    pub version: String,
    /// A one-paragraph note for readers of the published file.
    pub about: String,
    /// Options and item values per scale, in the order they are offered.
    pub scales: BTreeMap<ScaleId, Vec<ScaleOption>>,
    /// A sub-score is known only when at least this share of its questions is answered.
    pub min_share_answered: f64,
    pub axes: Axes,
    pub bands: Bands,
    /// The line between the yes side and the not-yet side of an axis (`score >= line` is yes).
    pub line: u8,
    pub grey_zone: GreyZone,
    /// When a floor caps kunnen, the floor decides: that axis is not in the grey zone.
    pub floor_ends_grey_zone: bool,
    /// An axis with no known sub-score is put on the yes side (and in the grey zone), so silence
    /// never counts against a person.
    pub unknown_axis_counts_as_yes: bool,
    pub floors: Vec<Floor>,
    pub barriers: BarrierRules,
}

/// The rules file compiled into the app.
pub const RULES_V1_JSON: &str = include_str!("rules/rules-v1.json");

impl Rules {
    /// Parses and validates a rules file. The error is one line naming the problem.
    pub fn from_json(text: &str) -> Result<Rules, String> {
        let rules: Rules = serde_json::from_str(text).map_err(|e| format!("rules file: {e}"))?;
        rules.validate()?;
        Ok(rules)
    }

    /// The built-in rules, parsed and validated once. An error here is a build defect that the
    /// rules test catches; callers show it instead of panicking.
    pub fn builtin() -> Result<&'static Rules, String> {
        static CELL: OnceLock<Result<Rules, String>> = OnceLock::new();
        CELL.get_or_init(|| Rules::from_json(RULES_V1_JSON))
            .as_ref()
            .map_err(Clone::clone)
    }

    /// The options of a scale (empty for a scale the rules lack; `validate` forbids that).
    pub fn scale(&self, scale: ScaleId) -> &[ScaleOption] {
        self.scales.get(&scale).map(Vec::as_slice).unwrap_or(&[])
    }

    /// The highest item value on a scale.
    pub fn max_value(&self, scale: ScaleId) -> u8 {
        self.scale(scale).iter().map(|o| o.value).max().unwrap_or(0)
    }

    /// Everything a person can pick for `q`, in order: the scale, then "I don't know", then
    /// (sensitive questions only) "I'd rather not say".
    pub fn options(&self, q: &Question) -> Vec<AnswerOption> {
        let mut out: Vec<AnswerOption> = self
            .scale(q.scale)
            .iter()
            .map(|o| AnswerOption {
                id: o.id.clone(),
                label: format!("{}.{}", q.scale, o.id),
                value: Some(o.value),
            })
            .collect();
        out.push(AnswerOption {
            id: DONT_KNOW.into(),
            label: DONT_KNOW.into(),
            value: None,
        });
        if q.sensitive {
            out.push(AnswerOption {
                id: RATHER_NOT.into(),
                label: RATHER_NOT.into(),
                value: None,
            });
        }
        out
    }

    /// The value of answering `option` to `q`: `None` if `q` does not offer it, `Some(None)` for
    /// an option that leaves the question unanswered, `Some(Some(v))` otherwise.
    pub fn value_of(&self, q: &Question, option: &str) -> Option<Option<u8>> {
        if option == DONT_KNOW || (option == RATHER_NOT && q.sensitive) {
            return Some(None);
        }
        self.scale(q.scale)
            .iter()
            .find(|o| o.id == option)
            .map(|o| Some(o.value))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::bank::{question, BANK};

    fn base() -> Rules {
        Rules::builtin().unwrap().clone()
    }

    #[test]
    fn builtin_rules_parse_and_validate() {
        let r = Rules::builtin().unwrap();
        assert_eq!(r.version, "2026.1");
        assert!(r.validate().is_ok());
    }

    #[test]
    fn options_add_dont_know_everywhere_and_rather_not_when_sensitive() {
        let r = base();
        for q in BANK {
            let opts = r.options(q);
            assert_eq!(opts.iter().filter(|o| o.id == DONT_KNOW).count(), 1);
            assert_eq!(opts.iter().any(|o| o.id == RATHER_NOT), q.sensitive);
            assert!(opts.iter().filter(|o| o.value.is_none()).count() <= 2);
        }
        let q = question(QuestionId::W1WorkMatters);
        assert_eq!(r.value_of(q, RATHER_NOT), None);
        assert_eq!(r.value_of(q, "agree_fully"), Some(Some(4)));
        assert_eq!(r.value_of(q, DONT_KNOW), Some(None));
    }

    #[test]
    fn unknown_fields_are_refused() {
        let text = RULES_V1_JSON.replacen("\"line\"", "\"lines\"", 1);
        assert!(Rules::from_json(&text).is_err());
    }
}
