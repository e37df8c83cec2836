//! The scoring engine of rules 2027.1. Item values become sub-scores (the mean of whatever is
//! answered), sub-scores become axis scores (weighted mean, then drags, then the kunnen floors).
//! An axis places the person only when at least `min_information` of its weight is answered;
//! otherwise the outcome is "no route yet". The grey zone is tested before and after the drag,
//! and a floor its unanswered questions could still meet makes kunnen grey. When willen is not
//! (clearly) on the yes side and a big circumstance is in the way, the result leads with sorting
//! that out. Barrier answers only feed the overlay and the steps.
//!
//! Rules kept: "I don't know" and "I'd rather not say" are never worse than the worst real
//! answer, on either axis or the route (dropping an item never lowers a mean of non-negative
//! values, never adds a drag and never meets a floor); thin evidence lowers the completeness
//! figure, never a score; silence gives no route; a circumstance never lowers willen.

use super::{confidence, counted_answer, floors_met, information, item_value, round};
use crate::domain::answers::Answers;
use crate::domain::bank::{question, questions_of_sub, QuestionId};
use crate::domain::ids::{Axis, BarrierDomain, FloorId, SubId};
use crate::domain::outcome::{
    AxisResult, Band, BarrierLevel, Because, Lead, Outcome, RouteCode, SubScore,
};
use crate::domain::overlay::barrier_overlay;
use crate::domain::rules::Rules;
use crate::domain::steps::{steps_2027_1, Needs};

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
    let route = (willen.placed && kunnen.placed)
        .then(|| RouteCode::from_sides(willen.yes_side, kunnen.yes_side));
    let mut neighbour_routes = Vec::new();
    if route.is_some() {
        if willen.grey {
            neighbour_routes.push(RouteCode::from_sides(!willen.yes_side, kunnen.yes_side));
        }
        if kunnen.grey {
            neighbour_routes.push(RouteCode::from_sides(willen.yes_side, !kunnen.yes_side));
        }
    }
    let barriers = barrier_overlay(rules, answers);
    let at_least = |level: BarrierLevel| -> Vec<BarrierDomain> {
        barriers
            .iter()
            .filter(|b| b.level >= level)
            .map(|b| b.domain)
            .collect()
    };
    let (big, acute) = (at_least(BarrierLevel::Big), at_least(BarrierLevel::Acute));
    let holds_back = holds_back(rules, answers);
    let sort_out = sort_out_first(rules, &willen, route.is_some(), &big, holds_back.as_deref());
    let lead = match (route, &sort_out) {
        (None, _) => Lead::NoRouteYet,
        (Some(_), Some(_)) => Lead::SortOutFirst,
        (Some(_), None) => Lead::Route,
    };
    let mut first = big.clone();
    if let Some(d) = holds_back.as_deref().and_then(holds_back_domain) {
        if !first.contains(&d) {
            first.push(d);
        }
    }
    let needs = Needs {
        route,
        sort_out_first: lead == Lead::SortOutFirst,
        first,
        acute: acute.clone(),
        answer_steps: answer_steps(rules, answers),
        many_at_once: rules
            .barriers
            .many_at_once_from
            .is_some_and(|n| barriers.len() >= n),
        something_to_sort: !barriers.is_empty()
            || holds_back.as_deref().is_some_and(|h| h != "nothing"),
        sheltered_work_fits: kunnen.floors.contains(&FloorId::WorkAbility)
            || big.contains(&BarrierDomain::PhysicalHealth)
            || big.contains(&BarrierDomain::MentalHealth),
    };
    let because = because(rules, &willen, &kunnen, sort_out);
    Outcome {
        rules_version: rules.version.clone(),
        route,
        lead,
        grey_zone: !neighbour_routes.is_empty(),
        willen,
        kunnen,
        neighbour_routes,
        confidence: confidence(rules, answers),
        subscores,
        acute: !acute.is_empty(),
        steps: steps_2027_1(&needs),
        barriers,
        holds_back,
        because,
    }
}

/// One sub-score (unrounded): the mean of its answered items, `None` when none is answered.
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
    let value = (!questions.is_empty()).then(|| 100.0 * sum / questions.len() as f64);
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

/// Floors that the answers do not meet but could, if the questions left unanswered were
/// answered at the floor.
fn floors_open(rules: &Rules, answers: &Answers, met: &[FloorId]) -> Vec<FloorId> {
    rules
        .floors
        .iter()
        .filter(|f| !met.contains(&f.id))
        .filter(|f| {
            let (mut hits, mut open) = (0, 0);
            for id in &f.questions {
                let q = question(*id);
                match counted_answer(rules, answers, q) {
                    Some(o) if f.options.iter().any(|x| x == o) => hits += 1,
                    _ if item_value(rules, answers, q).is_none() => open += 1,
                    _ => {}
                }
            }
            hits + open >= f.at_least
        })
        .map(|f| f.id)
        .collect()
}

/// Whether `axis` is placed and on the yes side for `answers`: the same sub-scores and axis result
/// as [`score_with`], for one axis only (the policy overview asks this for many what-ifs).
pub(super) fn axis_yes(rules: &Rules, answers: &Answers, axis: Axis) -> bool {
    let raw: Vec<(SubId, Option<f64>)> = SubId::ALL
        .iter()
        .filter(|s| s.axis() == axis)
        .map(|s| (*s, sub_score(rules, answers, *s).0))
        .collect();
    axis_result(rules, answers, axis, &raw).yes_side
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
    let before = (sw > 0.0).then(|| sws / sw);
    let mut score = before;
    if let Some(s) = score.as_mut() {
        for (sub, d) in &r.drags {
            if let Some(v) = known(sub) {
                *s -= d * (100.0 - v);
            }
        }
    }
    let (floors, open) = match axis {
        Axis::Kunnen => {
            let met = floors_met(rules, answers);
            let open = if rules.unanswered_floor_is_grey {
                floors_open(rules, answers, &met)
            } else {
                Vec::new()
            };
            (met, open)
        }
        Axis::Willen => (Vec::new(), Vec::new()),
    };
    for f in rules.floors.iter().filter(|f| floors.contains(&f.id)) {
        score = score.map(|s| s.min(f64::from(f.cap)));
    }
    let (score, before) = (score.map(round), before.map(round));
    let share = information(rules, answers, axis);
    let placed = score.is_some() && share + 1e-9 >= rules.min_information.unwrap_or(0.0);
    let band = match score {
        None => Band::Unknown,
        Some(s) if s >= rules.bands.yes_from => Band::Yes,
        Some(s) if s >= rules.bands.partly_from => Band::Partly,
        Some(_) => Band::NotYet,
    };
    let floored = !floors.is_empty();
    let yes_side = placed && !floored && score.is_some_and(|s| s >= rules.line);
    let zone =
        |s: Option<u8>| s.is_some_and(|s| (rules.grey_zone.from..=rules.grey_zone.to).contains(&s));
    let in_zone = zone(score) || (rules.grey_zone_before_drag && zone(before) && !floored);
    let grey = placed
        && ((in_zone && !(floored && rules.floor_ends_grey_zone))
            || (!floored && !open.is_empty()));
    AxisResult {
        score,
        score_before_drag: before,
        information: round(100.0 * share),
        placed,
        band,
        yes_side,
        grey,
        floors,
        // An open floor matters only where the axis places the person and no floor decided.
        floors_open: if floored || !placed { Vec::new() } else { open },
    }
}

/// What the person said holds them back, when it is a real answer.
fn holds_back(rules: &Rules, answers: &Answers) -> Option<String> {
    let q = question(QuestionId::WHoldsBack);
    item_value(rules, answers, q)?;
    counted_answer(rules, answers, q).map(str::to_string)
}

/// The barrier domain whose help fits what holds the person back, if it names one.
fn holds_back_domain(option: &str) -> Option<BarrierDomain> {
    match option {
        "care" => Some(BarrierDomain::CareForOthers),
        "childcare" => Some(BarrierDomain::Childcare),
        "health" => Some(BarrierDomain::PhysicalHealth),
        "money" => Some(BarrierDomain::Money),
        "housing" => Some(BarrierDomain::Housing),
        _ => None,
    }
}

/// The domains (and the named circumstance) that make the result lead with sorting things out,
/// when willen is not on the yes side or not yet clear; `None` when it does not.
fn sort_out_first(
    rules: &Rules,
    willen: &AxisResult,
    has_route: bool,
    big: &[BarrierDomain],
    holds_back: Option<&str>,
) -> Option<(Vec<BarrierDomain>, Option<String>)> {
    let rule = rules.barriers.sort_out_first.as_ref()?;
    if !has_route || (willen.yes_side && !willen.grey) {
        return None;
    }
    let domains: Vec<BarrierDomain> = big
        .iter()
        .filter(|d| rule.domains.contains(d))
        .copied()
        .collect();
    let named = holds_back.filter(|h| rule.holds_back.iter().any(|x| x == h));
    (!domains.is_empty() || named.is_some()).then(|| (domains, named.map(str::to_string)))
}

/// The steps that answers call for on their own, in the order of the rules.
fn answer_steps(rules: &Rules, answers: &Answers) -> Vec<crate::domain::steps::StepId> {
    rules
        .barriers
        .answer_steps
        .iter()
        .filter(|a| {
            counted_answer(rules, answers, question(a.question))
                .is_some_and(|o| a.options.iter().any(|x| x == o))
        })
        .map(|a| a.step)
        .collect()
}

fn because(
    rules: &Rules,
    willen: &AxisResult,
    kunnen: &AxisResult,
    sort_out: Option<(Vec<BarrierDomain>, Option<String>)>,
) -> Vec<Because> {
    let needed = round(100.0 * rules.min_information.unwrap_or(0.0));
    let mut out = Vec::new();
    for (axis, a) in [(Axis::Willen, willen), (Axis::Kunnen, kunnen)] {
        match (a.placed, a.score) {
            (true, Some(score)) => out.push(Because::Line {
                axis,
                score,
                line: rules.line,
                yes: a.yes_side,
            }),
            _ => out.push(Because::TooLittleInformation {
                axis,
                answered: a.information,
                needed,
            }),
        }
        for id in &a.floors {
            let cap = rules
                .floors
                .iter()
                .find(|f| f.id == *id)
                .map_or(0, |f| f.cap);
            out.push(Because::Floor { id: *id, cap });
        }
        for id in &a.floors_open {
            out.push(Because::FloorUnanswered { id: *id });
        }
        if a.grey {
            out.push(Because::GreyZone {
                axis,
                score_before_drag: a.score_before_drag.unwrap_or(0),
                score: a.score.unwrap_or(0),
            });
        }
    }
    if let Some((domains, holds_back)) = sort_out {
        out.push(Because::SortOutFirst {
            domains,
            holds_back,
        });
    }
    out
}

#[cfg(test)]
#[path = "v2027_1_tests.rs"]
mod tests;
