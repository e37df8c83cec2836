//! The published, versioned scoring rules: answer values per scale, sub-dimension weights per
//! axis, bands, the line, the grey zone, the kunnen floors, how much of an axis must be answered
//! to place a person, and which answers count as a big barrier, call for help at once or add a
//! step. Each version is one whole file (`rules/<version>.json`), compiled in and listed in
//! [`PUBLISHED`] with its date of effect, its question bank, its scoring engine and its code
//! format; [`Rules::validate`] checks a file against its own bank and DOMAIN.md.
//!
//! Rules kept: a published file is never edited (a test pins its bytes); a new version is a new
//! file next to it. A result is scored under the version it names, and an unknown version is an
//! error, never "the latest". Validation refuses rules that would break the fairness invariants
//! (e.g. a weight on controlled motivation, a floor that a worse answer could lift, one item that
//! moves its axis by more than the published cap).

use std::collections::BTreeMap;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use super::bank::{question, Question, QuestionId, BANK_2026_1, BANK_2027_1};
use super::ids::{Axis, BarrierDomain, FloorId, ScaleId, SubId};
use super::journey::Journey;
use super::need::StepTable;
use super::steps::StepId;

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

/// Answers that add a step of their own, whatever their level (2027.1): e.g. any answer on
/// safety at home other than a plain yes shows Veilig Thuis quietly.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AnswerSteps {
    pub question: QuestionId,
    /// Option ids; `dont_know` and `rather_not` where meant.
    pub options: Vec<String>,
    pub step: StepId,
}

/// When the result leads with "sort this out first, then further" instead of a route that could
/// read as low drive (2027.1): willen is not on the yes side or not yet clear, and one of these
/// domains plays a big role, or the person named one of these as what holds them back now.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SortOutFirst {
    pub domains: Vec<BarrierDomain>,
    /// Options of `w_holds_back`.
    pub holds_back: Vec<String>,
}

/// Which barrier answers count as big, which call for help at once, and which add a step.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BarrierRules {
    /// A barrier answer with this value or more plays a big role ("Sort this out first").
    pub big_from_value: u8,
    /// Answers that show immediate help before anything else.
    pub acute: Vec<AnswerRef>,
    /// 2027.1: this many domains or more playing a role (any level) add the "a lot at once" step.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub many_at_once_from: Option<usize>,
    /// 2027.1: answers that add a step of their own.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub answer_steps: Vec<AnswerSteps>,
    /// 2027.1: when the result leads with sorting things out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sort_out_first: Option<SortOutFirst>,
}

/// The scoring engine a version is computed with. Each engine is its own module
/// (`score/v2026_1.rs`, `score/v2027_1.rs`); a published one is never changed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Engine {
    #[default]
    V2026_1,
    V2027_1,
    /// The scoring of 2027.1 with the steps chosen by need from the file's step table.
    V2027_2,
}

/// One published rules version: its file, date of effect, bank, engine and code format.
#[derive(Debug)]
pub struct Published {
    pub version: &'static str,
    /// The date from which new checks use this version (ISO 8601).
    pub valid_from: &'static str,
    pub json: &'static str,
    pub engine: Engine,
    pub bank: &'static [QuestionId],
    /// The result-code format that carries answers of this version.
    pub code_format: u8,
}

/// Every published version, oldest first. Only grows; a file, once published, never changes.
pub const PUBLISHED: &[Published] = &[
    Published {
        version: "2026.1",
        valid_from: "2026-01-01",
        json: include_str!("rules/2026.1.json"),
        engine: Engine::V2026_1,
        bank: BANK_2026_1,
        code_format: 1,
    },
    Published {
        version: "2027.1",
        valid_from: "2027-01-01",
        json: include_str!("rules/2027.1.json"),
        engine: Engine::V2027_1,
        bank: BANK_2027_1,
        code_format: 2,
    },
    Published {
        version: "2027.2",
        valid_from: "2027-04-01",
        json: include_str!("rules/2027.2.json"),
        engine: Engine::V2027_2,
        // The same questions as 2027.1; the file's journey says which are asked first.
        bank: BANK_2027_1,
        code_format: 2,
    },
];

/// The version every new check is made with.
pub const CURRENT_VERSION: &str = "2027.2";

/// The whole rules set of one version.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rules {
    /// Version printed on every result, e.g. "2027.1".
    pub version: String,
    /// Date of effect (in the file from 2027.1; 2026.1's comes from [`PUBLISHED`], so its file
    /// stays byte for byte as published).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub valid_from: Option<String>,
    /// A one-paragraph note for readers of the published file.
    pub about: String,
    /// Options and item values per scale, in the order they are offered.
    pub scales: BTreeMap<ScaleId, Vec<ScaleOption>>,
    /// 2026.1: a sub-score is known only when at least this share of its questions is answered.
    /// 2027.1 has none: a sub-score is computed from any answered item.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_share_answered: Option<f64>,
    /// 2027.1: an axis places the person only when at least this share of its weight is
    /// answered; below it the outcome is "no route yet".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_information: Option<f64>,
    /// 2027.1: no single item may move its axis by more than this share of 100 (with every item
    /// of the axis answered), except through a floor. A drag counts as an item.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub item_cap: Option<f64>,
    pub axes: Axes,
    pub bands: Bands,
    /// The line between the yes side and the not-yet side of an axis (`score >= line` is yes).
    pub line: u8,
    pub grey_zone: GreyZone,
    /// 2027.1: the grey zone is tested on the score before any drag (and after it).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub grey_zone_before_drag: bool,
    /// When a floor caps kunnen, the floor decides: that axis is not in the grey zone.
    pub floor_ends_grey_zone: bool,
    /// 2027.1: when a floor could still be met by its questions left unanswered, kunnen is in the
    /// grey zone: the floor is neither skipped nor assumed.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub unanswered_floor_is_grey: bool,
    /// 2026.1: an axis with no known sub-score is put on the yes side (and in the grey zone).
    /// 2027.1 sets it false: too little information gives "no route yet".
    pub unknown_axis_counts_as_yes: bool,
    pub floors: Vec<Floor>,
    pub barriers: BarrierRules,
    /// 2027.2: the core asked before the result and the checklist of circumstances; every other
    /// question is offered after it. Without it, every question is asked in bank order.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub journey: Option<Journey>,
    /// 2027.2: each route's steps with the conditions that admit them (steps chosen by need).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub steps: Option<StepTable>,
    /// The engine this version is scored with (from [`PUBLISHED`], not from the file).
    #[serde(skip)]
    pub engine: Engine,
    /// The questions this version asks, in asking order (from [`PUBLISHED`]).
    #[serde(skip)]
    pub bank: &'static [QuestionId],
    /// The code format of this version (from [`PUBLISHED`]).
    #[serde(skip)]
    pub code_format: u8,
}

/// One option as offered to a person: id, catalog label id (`opt.<label>`) and value
/// (`None` for "I don't know" and "I'd rather not say").
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct AnswerOption {
    pub id: String,
    pub label: String,
    pub value: Option<u8>,
}

/// The one-line error for a version that is not published.
pub fn unknown_version(version: &str) -> String {
    format!("rules version '{version}' is not published")
}

/// The published versions, each parsed (and, natively, validated) once on first use.
static PUBLISHED_RULES: [OnceLock<Result<Rules, String>>; PUBLISHED.len()] =
    [const { OnceLock::new() }; PUBLISHED.len()];

/// The position in [`PUBLISHED`] of `rules` when they are that version's own parsed file (not a
/// copy, and not a file still being read: this never waits for or starts a parse).
pub(crate) fn published_index(rules: &Rules) -> Option<usize> {
    let at = PUBLISHED.iter().position(|p| p.version == rules.version)?;
    match PUBLISHED_RULES[at].get() {
        Some(Ok(published)) if std::ptr::eq(published, rules) => Some(at),
        _ => None,
    }
}

impl Rules {
    /// Parses and validates a rules file of a published version (the file names its version).
    /// The error is one line naming the problem.
    pub fn from_json(text: &str) -> Result<Rules, String> {
        let rules = Rules::read(text)?;
        rules.validate()?;
        Ok(rules)
    }

    /// Parses a rules file and joins it to its published entry (engine, bank, code format, date
    /// of effect), without [`Rules::validate`].
    fn read(text: &str) -> Result<Rules, String> {
        let mut rules: Rules =
            serde_json::from_str(text).map_err(|e| format!("rules file: {e}"))?;
        let entry = PUBLISHED
            .iter()
            .find(|p| p.version == rules.version)
            .ok_or_else(|| format!("rules file: {}", unknown_version(&rules.version)))?;
        rules.engine = entry.engine;
        rules.bank = entry.bank;
        rules.code_format = entry.code_format;
        if rules.valid_from.is_none() {
            rules.valid_from = Some(entry.valid_from.to_string());
        }
        Ok(rules)
    }

    /// A compiled-in published file. Natively (the CLI, the prerender, every test) it is
    /// validated as any file is. The browser reads the same bytes without validating them again:
    /// `every_published_version_parses_validates_and_knows_its_bank` validates each one, and a
    /// published file's bytes are pinned, so the check would only cost every visitor its code
    /// (about 20 KB of wasm) and its time at start-up.
    fn published(text: &str) -> Result<Rules, String> {
        #[cfg(not(target_arch = "wasm32"))]
        {
            Rules::from_json(text)
        }
        #[cfg(target_arch = "wasm32")]
        {
            Rules::read(text)
        }
    }

    /// The rules of a published version, parsed once ([`Rules::published`]). An unknown version is an
    /// error, never another version; an error for a published one is a build defect.
    pub fn get(version: &str) -> Result<&'static Rules, String> {
        let at = PUBLISHED
            .iter()
            .position(|p| p.version == version)
            .ok_or_else(|| unknown_version(version))?;
        PUBLISHED_RULES[at]
            .get_or_init(|| Rules::published(PUBLISHED[at].json))
            .as_ref()
            .map_err(Clone::clone)
    }

    /// The rules every new check is made with ([`CURRENT_VERSION`]).
    pub fn current() -> Result<&'static Rules, String> {
        Rules::get(CURRENT_VERSION)
    }

    /// The questions this version asks, in asking order.
    pub fn questions(&self) -> impl Iterator<Item = &'static Question> + '_ {
        self.bank.iter().map(|id| question(*id))
    }

    /// Whether this version asks `q`.
    pub fn asks(&self, q: QuestionId) -> bool {
        self.bank.contains(&q)
    }

    /// The questions to ask, in asking order, leaving out every question whose module is named in
    /// `modules_off` (e.g. `&["alcohol_drugs"]`); unknown module names are ignored. Follow-ups are
    /// in the list; whether one is asked depends on the answers ([`Question::is_asked`]).
    pub fn questions_for(&self, modules_off: &[&str]) -> Vec<&'static Question> {
        self.questions()
            .filter(|q| match q.module {
                Some(m) => !modules_off.contains(&m.as_str()),
                None => true,
            })
            .collect()
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
    use crate::domain::bank::QUESTIONS;

    #[test]
    fn every_published_version_parses_validates_and_knows_its_bank() {
        for p in PUBLISHED {
            let r = Rules::get(p.version).unwrap();
            assert_eq!(r.version, p.version);
            assert_eq!(r.bank, p.bank);
            assert_eq!(r.valid_from.as_deref(), Some(p.valid_from));
            assert!(r.validate().is_ok());
        }
        assert_eq!(Rules::current().unwrap().version, CURRENT_VERSION);
        assert_eq!(PUBLISHED.last().unwrap().version, CURRENT_VERSION);
    }

    #[test]
    fn an_unknown_version_is_an_error_never_the_latest() {
        for v in ["2025.1", "2027", "", "latest"] {
            assert_eq!(Rules::get(v).unwrap_err(), unknown_version(v));
        }
        let text = PUBLISHED[0].json.replacen("\"2026.1\"", "\"2099.9\"", 1);
        assert!(Rules::from_json(&text)
            .unwrap_err()
            .contains("not published"));
    }

    #[test]
    fn options_add_dont_know_everywhere_and_rather_not_when_sensitive() {
        for p in PUBLISHED {
            let r = Rules::get(p.version).unwrap();
            for q in r.questions() {
                let opts = r.options(q);
                assert_eq!(opts.iter().filter(|o| o.id == DONT_KNOW).count(), 1);
                assert_eq!(opts.iter().any(|o| o.id == RATHER_NOT), q.sensitive);
                assert!(opts.iter().filter(|o| o.value.is_none()).count() <= 2);
            }
        }
        let r = Rules::get("2026.1").unwrap();
        let q = question(QuestionId::W1WorkMatters);
        assert_eq!(r.value_of(q, RATHER_NOT), None);
        assert_eq!(r.value_of(q, "agree_fully"), Some(Some(4)));
        assert_eq!(r.value_of(q, DONT_KNOW), Some(None));
        assert!(QUESTIONS.len() > r.bank.len());
    }

    #[test]
    fn modules_can_be_switched_off() {
        let r = Rules::current().unwrap();
        let all = r.questions_for(&[]);
        let kiosk = r.questions_for(&["alcohol_drugs"]);
        assert_eq!(all.len(), r.bank.len());
        assert_eq!(kiosk.len(), r.bank.len() - 1);
        assert!(kiosk.iter().all(|q| q.id != QuestionId::OAlcoholDrugs));
        assert_eq!(r.questions_for(&["no_such_module"]).len(), r.bank.len());
    }

    #[test]
    fn unknown_fields_are_refused() {
        let text = PUBLISHED[1].json.replacen("\"line\"", "\"lines\"", 1);
        assert!(Rules::from_json(&text).is_err());
    }
}
