//! Scoring: answers + rules -> [`Outcome`]. Item values become sub-scores (0-100, or unknown when
//! too few are answered), sub-scores become axis scores (weighted mean minus drags, then the
//! kunnen floors), axis scores become bands, sides, the grey zone and the route. Barrier answers
//! only feed the overlay and the steps.
//!
//! Rules kept (DOMAIN.md): a more positive answer never lowers a score; barriers never touch an
//! axis; "I don't know" and "I'd rather not say" count as unanswered (they lower the confidence
//! figure, never a score); the same answers always give the same result; it never panics.

use super::answers::Answers;
use super::bank::{questions_of_sub, Feeds, Question, BANK};
use super::ids::{Axis, BarrierDomain, FloorId, SubId};
use super::outcome::{AxisResult, Band, BarrierLevel, Outcome, RouteCode, SubScore};
use super::overlay::barrier_overlay;
use super::rules::Rules;
use super::steps::steps_for;

/// Scores `answers` under `rules`.
pub fn score(rules: &Rules, answers: &Answers) -> Outcome {
    score_with(rules, answers, &[])
}

/// The item value of the answer to `q`, or `None` when it is unanswered (missing, "I don't
/// know", "I'd rather not say", or an option the question lacks).
pub fn item_value(rules: &Rules, answers: &Answers, q: &Question) -> Option<u8> {
    answers
        .get(q.id)
        .and_then(|o| rules.value_of(q, o))
        .flatten()
}

/// Scores with some sub-scores set to a fixed value (for what-if). Floors still follow the answers.
pub(crate) fn score_with(rules: &Rules, answers: &Answers, overrides: &[(SubId, u8)]) -> Outcome {
    let mut raw: Vec<(SubId, Option<f64>)> = Vec::new();
    let mut subscores = Vec::new();
    for sub in SubId::ALL {
        let (value, mut s) = sub_score(rules, answers, *sub);
        let value = match overrides.iter().find(|(o, _)| o == sub) {
            Some((_, v)) => Some(f64::from((*v).min(100))),
            None => value,
        };
        s.score = value.map(round);
        raw.push((*sub, value));
        subscores.push(s);
    }
    let willen = axis_result(rules, answers, Axis::Willen, &raw);
    let kunnen = axis_result(rules, answers, Axis::Kunnen, &raw);
    let route = RouteCode::from_sides(willen.yes_side, kunnen.yes_side);
    let mut neighbour_routes = Vec::new();
    if willen.grey {
        neighbour_routes.push(RouteCode::from_sides(!willen.yes_side, kunnen.yes_side));
    }
    if kunnen.grey {
        neighbour_routes.push(RouteCode::from_sides(willen.yes_side, !kunnen.yes_side));
    }
    let barriers = barrier_overlay(rules, answers);
    let acute_domains: Vec<BarrierDomain> = barriers
        .iter()
        .filter(|b| b.level == BarrierLevel::Acute)
        .map(|b| b.domain)
        .collect();
    let big: Vec<BarrierDomain> = barriers
        .iter()
        .filter(|b| b.level >= BarrierLevel::Big)
        .map(|b| b.domain)
        .collect();
    Outcome {
        rules_version: rules.version.clone(),
        route,
        grey_zone: willen.grey || kunnen.grey,
        willen,
        kunnen,
        neighbour_routes,
        confidence: confidence(rules, answers),
        subscores,
        acute: !acute_domains.is_empty(),
        steps: steps_for(route, &big, &acute_domains),
        barriers,
    }
}

fn round(x: f64) -> u8 {
    x.clamp(0.0, 100.0).round() as u8
}

/// One sub-score (unrounded) and its explanation.
fn sub_score(rules: &Rules, answers: &Answers, sub: SubId) -> (Option<f64>, SubScore) {
    let axis = rules.axes.get(sub.axis());
    let mut questions = Vec::new();
    let (mut asked, mut sum) = (0usize, 0.0f64);
    for q in questions_of_sub(sub) {
        asked += 1;
        let max = rules.max_value(q.scale);
        if let (Some(v), true) = (item_value(rules, answers, q), max > 0) {
            questions.push(q.id);
            sum += f64::from(v) / f64::from(max);
        }
    }
    let n = questions.len();
    let known = n > 0 && (n as f64) >= rules.min_share_answered * (asked as f64) - 1e-9;
    let value = known.then(|| 100.0 * sum / n as f64);
    let s = SubScore {
        sub,
        score: None,
        questions,
        asked,
        weight: axis.weights.get(&sub).copied().unwrap_or(0.0),
        drag: axis.drags.get(&sub).copied().unwrap_or(0.0),
    };
    (value, s)
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

fn axis_result(
    rules: &Rules,
    answers: &Answers,
    axis: Axis,
    raw: &[(SubId, Option<f64>)],
) -> AxisResult {
    let r = rules.axes.get(axis);
    let known = |sub: &SubId| raw.iter().find(|(s, _)| s == sub).and_then(|(_, v)| *v);
    let (mut sw, mut sws) = (0.0, 0.0);
    for (sub, w) in &r.weights {
        if let (Some(v), true) = (known(sub), *w > 0.0) {
            sw += w;
            sws += w * v;
        }
    }
    let mut score = (sw > 0.0).then(|| sws / sw);
    if let Some(s) = score.as_mut() {
        for (sub, d) in &r.drags {
            if let Some(v) = known(sub) {
                *s -= d * (100.0 - v);
            }
        }
    }
    let floors: Vec<FloorId> = match axis {
        Axis::Kunnen => floors_met(rules, answers),
        Axis::Willen => Vec::new(),
    };
    for f in rules.floors.iter().filter(|f| floors.contains(&f.id)) {
        score = score.map(|s| s.min(f64::from(f.cap)));
    }
    let score = score.map(round);
    let band = match score {
        None => Band::Unknown,
        Some(s) if s >= rules.bands.yes_from => Band::Yes,
        Some(s) if s >= rules.bands.partly_from => Band::Partly,
        Some(_) => Band::NotYet,
    };
    let floored = !floors.is_empty();
    let yes_side = !floored
        && match score {
            Some(s) => s >= rules.line,
            None => rules.unknown_axis_counts_as_yes,
        };
    let in_zone = match score {
        Some(s) => (rules.grey_zone.from..=rules.grey_zone.to).contains(&s),
        None => true,
    };
    let grey = in_zone && !(floored && rules.floor_ends_grey_zone);
    AxisResult {
        score,
        band,
        yes_side,
        grey,
        floors,
    }
}

/// Whether a question counts for the confidence figure (it feeds a weighted or drag sub-score).
pub fn is_scored(rules: &Rules, q: &Question) -> bool {
    match q.feeds {
        Feeds::Sub(sub) => {
            let a = rules.axes.get(sub.axis());
            a.weights.get(&sub).is_some_and(|w| *w > 0.0)
                || a.drags.get(&sub).is_some_and(|w| *w > 0.0)
        }
        Feeds::Barrier(_) => false,
    }
}

/// Share of scored questions answered with a value, 0-100.
pub fn confidence(rules: &Rules, answers: &Answers) -> u8 {
    let scored: Vec<&Question> = BANK.iter().filter(|q| is_scored(rules, q)).collect();
    if scored.is_empty() {
        return 0;
    }
    let answered = scored
        .iter()
        .filter(|q| item_value(rules, answers, q).is_some())
        .count();
    round(100.0 * answered as f64 / scored.len() as f64)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::bank::QuestionId as Q;

    fn rules() -> &'static Rules {
        Rules::builtin().unwrap()
    }

    fn all_top() -> Answers {
        let mut a = Answers::new();
        for q in BANK {
            if let Feeds::Sub(_) = q.feeds {
                a.set(q.id, rules().scale(q.scale)[0].id.clone());
            }
        }
        a
    }

    #[test]
    fn top_answers_give_route_a_with_full_confidence() {
        let o = score(rules(), &all_top());
        assert_eq!(o.route, RouteCode::A);
        assert_eq!((o.willen.score, o.kunnen.score), (Some(100), Some(100)));
        assert_eq!(o.confidence, 100);
        assert!(!o.grey_zone && !o.acute && o.barriers.is_empty());
        assert_eq!(o.rules_version, "2026.1");
    }

    #[test]
    fn work_ability_floor_caps_kunnen_and_settles_it() {
        let mut a = all_top();
        a.set(Q::K1WorkAbility, "was_4_5");
        let o = score(rules(), &a);
        assert_eq!(o.kunnen.score, Some(45));
        assert_eq!(o.kunnen.floors, vec![FloorId::WorkAbility]);
        assert_eq!(o.route, RouteCode::B);
        assert!(!o.kunnen.grey);
    }

    #[test]
    fn sense_answer_drags_willen_down() {
        let mut a = all_top();
        a.set(Q::W3Sense, "no_sense");
        let o = score(rules(), &a);
        assert_eq!(o.willen.score, Some(75));
        assert_eq!(o.willen.band, Band::Yes);
    }

    #[test]
    fn sub_score_needs_half_its_questions() {
        let mut a = Answers::new();
        a.set(Q::K5Cv, "agree");
        let o = score(rules(), &a);
        assert_eq!(o.subscore(SubId::K5JobSearch).unwrap().score, None);
        a.set(Q::K5Vacancies, "agree");
        let o = score(rules(), &a);
        assert_eq!(o.subscore(SubId::K5JobSearch).unwrap().score, Some(75));
        assert_eq!(o.kunnen.score, Some(75));
        assert_eq!(o.willen.score, None);
        assert!(o.willen.grey && o.willen.yes_side);
        assert_eq!(o.neighbour_routes, vec![RouteCode::C]);
    }

    #[test]
    fn barrier_levels_and_acute() {
        let mut a = all_top();
        a.set(Q::OMoney, "a_lot");
        a.set(Q::OTransport, "a_little");
        a.set(Q::OSafetyHome, "unsafe_now");
        let o = score(rules(), &a);
        let levels: Vec<_> = o.barriers.iter().map(|b| (b.domain, b.level)).collect();
        assert_eq!(
            levels,
            vec![
                (BarrierDomain::Money, BarrierLevel::Big),
                (BarrierDomain::Transport, BarrierLevel::Some),
                (BarrierDomain::SafetyHome, BarrierLevel::Acute),
            ]
        );
        assert!(o.acute);
        assert_eq!(o.steps[0].part(), crate::domain::steps::Part::Acute);
        assert_eq!(o.route, RouteCode::A);
    }
}
