//! Scoring: answers + rules -> [`Outcome`], by the engine of the rules' own version. Each
//! engine is its own module and a published one is never changed: [`v2026_1`] keeps giving old
//! results exactly as they were given; [`v2027_1`] is the current one. What both share (item
//! values, floors, the share of an axis each item carries, the completeness figure) is here.
//!
//! Rules kept (DOMAIN.md): a more positive answer never lowers a score; barriers never touch an
//! axis; the same answers always give the same result; it never panics. Under 2027.1 also:
//! "I don't know" and "I'd rather not say" are never worse than the worst real answer, and
//! silence gives no route.

mod v2026_1;
mod v2027_1;
mod v2027_2;

use super::answers::Answers;
use super::bank::{Feeds, Question, QuestionId};
use super::ids::{Axis, FloorId, SubId};
use super::outcome::Outcome;
use super::rules::{published_index, Engine, Rules, PUBLISHED};
use std::sync::OnceLock;

/// Scores `answers` under `rules`, with the engine of that rules version.
pub fn score(rules: &Rules, answers: &Answers) -> Outcome {
    score_with(rules, answers, &[])
}

/// Scores with some sub-scores set to a fixed value (for what-if). Floors still follow the answers.
pub(crate) fn score_with(rules: &Rules, answers: &Answers, overrides: &[(SubId, u8)]) -> Outcome {
    match rules.engine {
        Engine::V2026_1 => v2026_1::score_with(rules, answers, overrides),
        Engine::V2027_1 => v2027_1::score_with(rules, answers, overrides),
        Engine::V2027_2 => v2027_2::score_with(rules, answers, overrides),
    }
}

/// Whether `axis` is on the yes side for `answers`, computed for that axis alone, for what-ifs
/// over many codes. Under 2027.2 the axes are the frozen 2027.1 engine's (2027.2 only adds the
/// steps after it); 2026.1 scores the whole result.
pub(crate) fn axis_yes(rules: &Rules, answers: &Answers, axis: Axis) -> bool {
    match rules.engine {
        Engine::V2027_1 | Engine::V2027_2 => v2027_1::axis_yes(rules, answers, axis),
        Engine::V2026_1 => score(rules, answers).axis(axis).yes_side,
    }
}

/// The item value of the answer to `q`, or `None` when it is unanswered: missing, "I don't
/// know", "I'd rather not say", an option the question lacks, a question this version does not
/// ask, or a follow-up whose question before it did not call for it.
pub fn item_value(rules: &Rules, answers: &Answers, q: &Question) -> Option<u8> {
    if !rules.asks(q.id) || !q.is_asked(|id| answers.get(id)) {
        return None;
    }
    answers
        .get(q.id)
        .and_then(|o| rules.value_of(q, o))
        .flatten()
}

/// The option given for `q` when the question counts (asked by this version, follow-up called for).
pub fn counted_answer<'a>(rules: &Rules, answers: &'a Answers, q: &Question) -> Option<&'a str> {
    (rules.asks(q.id) && q.is_asked(|id| answers.get(id)))
        .then(|| answers.get(q.id))
        .flatten()
}

pub(crate) fn round(x: f64) -> u8 {
    x.clamp(0.0, 100.0).round() as u8
}

/// The floors whose condition the answers meet.
pub fn floors_met(rules: &Rules, answers: &Answers) -> Vec<FloorId> {
    rules
        .floors
        .iter()
        .filter(|f| {
            let hits = f
                .questions
                .iter()
                .filter(|q| {
                    answers
                        .get(**q)
                        .is_some_and(|o| f.options.iter().any(|x| x == o))
                })
                .count();
            hits >= f.at_least
        })
        .map(|f| f.id)
        .collect()
}

/// Whether a question counts for the completeness figure (it feeds a weighted or drag sub-score).
pub fn is_scored(rules: &Rules, q: &Question) -> bool {
    match q.feeds {
        Feeds::Sub(sub) => {
            let a = rules.axes.get(sub.axis());
            a.weights.get(&sub).is_some_and(|w| *w > 0.0)
                || a.drags.get(&sub).is_some_and(|w| *w > 0.0)
        }
        Feeds::Barrier(_) | Feeds::HoldsBack => false,
    }
}

/// Share of scored questions answered with a value, 0-100 ("how complete").
pub fn confidence(rules: &Rules, answers: &Answers) -> u8 {
    let scored: Vec<&Question> = rules.questions().filter(|q| is_scored(rules, q)).collect();
    if scored.is_empty() {
        return 0;
    }
    let answered = scored
        .iter()
        .filter(|q| item_value(rules, answers, q).is_some())
        .count();
    round(100.0 * answered as f64 / scored.len() as f64)
}

/// The share of its axis each weighted item carries when every item of the axis is answered:
/// its sub-score's weight, split evenly over that sub-score's questions, over the axis' total
/// weight. Drag items carry their drag weight. In asking order.
pub fn item_shares(rules: &Rules, axis: Axis) -> Vec<(QuestionId, f64)> {
    let r = rules.axes.get(axis);
    let total: f64 = r.weights.values().filter(|w| **w > 0.0).sum();
    let mut out = Vec::new();
    for (sub, w) in &r.weights {
        let qs: Vec<_> = rules
            .questions()
            .filter(|q| q.feeds == Feeds::Sub(*sub) && q.ask_if.is_none())
            .collect();
        for q in &qs {
            if *w > 0.0 && total > 0.0 {
                out.push((q.id, w / qs.len() as f64 / total));
            }
        }
    }
    for (sub, d) in &r.drags {
        for q in rules.questions().filter(|q| q.feeds == Feeds::Sub(*sub)) {
            out.push((q.id, *d));
        }
    }
    let order = |id: &QuestionId| rules.bank.iter().position(|b| b == id);
    crate::domain::sorting::sort_by_key(&mut out, |(id, _)| order(id));
    out
}

/// Questions with the share of their axis each carries.
type Shares = Vec<(QuestionId, f64)>;

/// The item shares that count for information (drag items left out): they follow from the rules
/// alone, so for a published version they are worked out once (scoring many codes asks often).
fn counted_shares(rules: &Rules, axis: Axis) -> Vec<(QuestionId, f64)> {
    let drags = &rules.axes.get(axis).drags;
    item_shares(rules, axis)
        .into_iter()
        .filter(|(id, _)| {
            !matches!(super::bank::question(*id).feeds, Feeds::Sub(s) if drags.contains_key(&s))
        })
        .collect()
}

/// The share of an axis' weight answered with a value, 0.0-1.0 (drags left out). With a journey
/// (2027.2) it is the larger of that share over every question and over the core's questions
/// alone: the core is what a person is asked, the extras are never required, so a question
/// offered after the result is not silence.
pub fn information(rules: &Rules, answers: &Answers, axis: Axis) -> f64 {
    let fresh;
    let shares: &[(QuestionId, f64)] = match published_index(rules) {
        Some(at) => {
            static CACHE: [[OnceLock<Shares>; 2]; PUBLISHED.len()] =
                [const { [const { OnceLock::new() }, const { OnceLock::new() }] }; PUBLISHED.len()];
            CACHE[at][axis as usize].get_or_init(|| counted_shares(rules, axis))
        }
        None => {
            fresh = counted_shares(rules, axis);
            &fresh
        }
    };
    let answered =
        |id: &QuestionId| item_value(rules, answers, super::bank::question(*id)).is_some();
    let all: f64 = shares
        .iter()
        .filter(|(id, _)| answered(id))
        .map(|(_, s)| s)
        .sum();
    let Some(journey) = &rules.journey else {
        return all;
    };
    let core: Vec<&(QuestionId, f64)> = shares
        .iter()
        .filter(|(id, _)| journey.core.contains(id))
        .collect();
    let core_weight: f64 = core.iter().map(|(_, s)| s).sum();
    if core_weight <= 0.0 {
        return all;
    }
    let core_answered: f64 = core
        .iter()
        .filter(|(id, _)| answered(id))
        .map(|(_, s)| s)
        .sum();
    all.max(core_answered / core_weight)
}
