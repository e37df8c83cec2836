//! The scoring engine of rules 2026.1, frozen: results made under 2026.1 keep the outcome they
//! were given. Item values become sub-scores (0-100, or unknown when fewer than
//! `min_share_answered` of its questions are answered), sub-scores become axis scores (weighted
//! mean minus drags, then the kunnen floors), axis scores become bands, sides, the grey zone and
//! the route; an axis with no known sub-score counts as yes. Barrier answers only feed the
//! overlay and the steps.
//!
//! Rule kept: never changed after publication (the persona scenarios of 2026.1 pin it). Its known
//! faults are why 2027.1 exists; they are documented there, not mended here.

use super::{confidence, floors_met, information, item_value, round};
use crate::domain::answers::Answers;
use crate::domain::bank::questions_of_sub;
use crate::domain::ids::{Axis, BarrierDomain, FloorId, SubId};
use crate::domain::outcome::{
    AxisResult, Band, BarrierLevel, Because, Lead, Outcome, RouteCode, SubScore,
};
use crate::domain::overlay::barrier_overlay;
use crate::domain::rules::Rules;
use crate::domain::steps::steps_for;

/// Scores with some sub-scores set to a fixed value (for what-if). Floors still follow the answers.
pub(super) fn score_with(rules: &Rules, answers: &Answers, overrides: &[(SubId, u8)]) -> Outcome {
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
    let mut because = Vec::new();
    for (axis, a) in [(Axis::Willen, &willen), (Axis::Kunnen, &kunnen)] {
        match a.score {
            Some(score) => because.push(Because::Line {
                axis,
                score,
                line: rules.line,
                yes: a.yes_side,
            }),
            None => because.push(Because::UnknownCountsAsYes { axis }),
        }
        for id in &a.floors {
            let cap = rules
                .floors
                .iter()
                .find(|f| f.id == *id)
                .map_or(0, |f| f.cap);
            because.push(Because::Floor { id: *id, cap });
        }
        if a.grey {
            because.push(Because::GreyZone {
                axis,
                score_before_drag: a.score_before_drag.unwrap_or(50),
                score: a.score.unwrap_or(50),
            });
        }
    }
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
        route: Some(route),
        lead: Lead::Route,
        grey_zone: willen.grey || kunnen.grey,
        willen,
        kunnen,
        neighbour_routes,
        confidence: confidence(rules, answers),
        subscores,
        acute: !acute_domains.is_empty(),
        steps: steps_for(route, &big, &acute_domains),
        barriers,
        holds_back: None,
        because,
    }
}

/// One sub-score (unrounded) and its explanation.
fn sub_score(rules: &Rules, answers: &Answers, sub: SubId) -> (Option<f64>, SubScore) {
    let axis = rules.axes.get(sub.axis());
    let mut questions = Vec::new();
    let (mut asked, mut sum) = (0usize, 0.0f64);
    for q in questions_of_sub(rules.bank, sub) {
        asked += 1;
        let max = rules.max_value(q.scale);
        if let (Some(v), true) = (item_value(rules, answers, q), max > 0) {
            questions.push(q.id);
            sum += f64::from(v) / f64::from(max);
        }
    }
    let n = questions.len();
    let min_share = rules.min_share_answered.unwrap_or(0.0);
    let known = n > 0 && (n as f64) >= min_share * (asked as f64) - 1e-9;
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
    let score_before_drag = score.map(round);
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
        score_before_drag,
        information: round(100.0 * information(rules, answers, axis)),
        placed: true,
        band,
        yes_side,
        grey,
        floors,
        floors_open: Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::super::score;
    use super::*;
    use crate::domain::bank::{Feeds, QuestionId as Q};

    fn rules() -> &'static Rules {
        Rules::get("2026.1").unwrap()
    }

    fn all_top() -> Answers {
        let mut a = Answers::new();
        for q in rules().questions() {
            if let Feeds::Sub(_) = q.feeds {
                a.set(q.id, rules().scale(q.scale)[0].id.clone());
            }
        }
        a
    }

    #[test]
    fn top_answers_give_route_a_with_full_confidence() {
        let o = score(rules(), &all_top());
        assert_eq!(o.route, Some(RouteCode::A));
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
        assert_eq!(o.route, Some(RouteCode::B));
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
        assert_eq!(o.route, Some(RouteCode::A));
    }
}
