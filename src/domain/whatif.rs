//! What-if, computed on the device: the result after one changed answer, or with one sub-score set
//! to a value, and the "levers": for each scored sub-score, what happens if its answers each got
//! one step better ("if reading got easier, your route would be ...").
//!
//! Rule kept: a what-if is the same scoring run on changed input, never a separate model; it
//! changes a copy, never the person's own answers.

use serde::Serialize;

use super::answers::Answers;
use super::bank::{questions_of_sub, QuestionId};
use super::ids::{Axis, FloorId, SubId};
use super::outcome::{Outcome, RouteCode};
use super::rules::Rules;
use super::score::{axis_yes, is_scored, item_value, score, score_with};

/// The result if the answer to `q` were `option` (`None` = left out).
pub fn what_if_answer(
    rules: &Rules,
    answers: &Answers,
    q: QuestionId,
    option: Option<&str>,
) -> Outcome {
    let mut changed = answers.clone();
    match option {
        Some(o) => changed.set(q, o),
        None => changed.remove(q),
    }
    score(rules, &changed)
}

/// The result if sub-score `sub` were `value` (0-100, clamped). Floors still follow the answers:
/// to see a floor lift, change the answer with [`what_if_answer`] or use [`levers`].
pub fn what_if_sub(rules: &Rules, answers: &Answers, sub: SubId, value: u8) -> Outcome {
    score_with(rules, answers, &[(sub, value.min(100))])
}

/// What one step better on a sub-score would do.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Lever {
    pub sub: SubId,
    pub axis: Axis,
    /// The answers that moved one step up.
    pub questions: Vec<QuestionId>,
    pub sub_now: Option<u8>,
    pub sub_then: Option<u8>,
    pub axis_now: Option<u8>,
    pub axis_then: Option<u8>,
    /// The route after the step (`None`: still no route).
    pub route_then: Option<RouteCode>,
    /// The route would change.
    pub changes_route: bool,
    /// Floors that would no longer apply.
    pub lifts_floors: Vec<FloorId>,
}

/// The answers with every answered question of `sub` moved one option towards the positive end,
/// and the questions that moved.
pub fn one_step_better(rules: &Rules, answers: &Answers, sub: SubId) -> (Answers, Vec<QuestionId>) {
    let mut out = answers.clone();
    let mut moved = Vec::new();
    for q in questions_of_sub(rules.bank, sub) {
        if item_value(rules, answers, q).is_none() {
            continue;
        }
        let opts = rules.scale(q.scale);
        let Some(i) = opts
            .iter()
            .position(|o| Some(o.id.as_str()) == answers.get(q.id))
        else {
            continue;
        };
        if i > 0 {
            out.set(q.id, opts[i - 1].id.clone());
            moved.push(q.id);
        }
    }
    (out, moved)
}

/// For every scored sub-score with room to grow, what one step better would do; most influential
/// first (a changed route first, then the biggest gain on its axis, then bank order).
pub fn levers(rules: &Rules, answers: &Answers) -> Vec<Lever> {
    let now = score(rules, answers);
    let mut out = Vec::new();
    for sub in SubId::ALL {
        let scored = questions_of_sub(rules.bank, *sub).any(|q| is_scored(rules, q));
        if !scored {
            continue;
        }
        let (better, moved) = one_step_better(rules, answers, *sub);
        if moved.is_empty() {
            continue;
        }
        let then = score(rules, &better);
        let axis = sub.axis();
        let floors_then = &then.axis(axis).floors;
        out.push(Lever {
            sub: *sub,
            axis,
            questions: moved,
            sub_now: now.subscore(*sub).and_then(|s| s.score),
            sub_then: then.subscore(*sub).and_then(|s| s.score),
            axis_now: now.axis(axis).score,
            axis_then: then.axis(axis).score,
            route_then: then.route,
            changes_route: then.route != now.route,
            lifts_floors: now
                .axis(axis)
                .floors
                .iter()
                .filter(|f| !floors_then.contains(f))
                .copied()
                .collect(),
        });
    }
    let gain = |l: &Lever| i32::from(l.axis_then.unwrap_or(0)) - i32::from(l.axis_now.unwrap_or(0));
    super::sorting::sort_by(&mut out, |a, b| {
        b.changes_route
            .cmp(&a.changes_route)
            .then(gain(b).cmp(&gain(a)))
    });
    out
}

/// The route changes that one step better on each sub-score would make, for the policy overview
/// over many codes: the same step as [`levers`], with only the route computed. A sub-score whose
/// axis is already on the yes side is skipped: one step better never takes an axis off it (the
/// scoring only rises with better answers; `tests/engine_properties.rs` checks both give the
/// same changes). Nothing without a route yet.
pub fn route_levers(rules: &Rules, answers: &Answers, now: &Outcome) -> Vec<(SubId, RouteCode)> {
    if now.route.is_none() {
        return Vec::new();
    }
    let mut out = Vec::new();
    for sub in SubId::ALL {
        if now.axis(sub.axis()).yes_side {
            continue;
        }
        if !questions_of_sub(rules.bank, *sub).any(|q| is_scored(rules, q)) {
            continue;
        }
        let (better, moved) = one_step_better(rules, answers, *sub);
        if moved.is_empty() {
            continue;
        }
        // Better answers never change whether an axis is answered enough, so the route follows
        // from the two sides: this axis as it would be, the other as it is.
        if axis_yes(rules, &better, sub.axis()) {
            let other = match sub.axis() {
                Axis::Willen => now.kunnen.yes_side,
                Axis::Kunnen => now.willen.yes_side,
            };
            let then = match sub.axis() {
                Axis::Willen => RouteCode::from_sides(true, other),
                Axis::Kunnen => RouteCode::from_sides(other, true),
            };
            out.push((*sub, then));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::bank::Feeds;

    fn rules() -> &'static Rules {
        Rules::get("2026.1").unwrap()
    }

    fn all_answered(pick: usize) -> Answers {
        let mut a = Answers::new();
        for q in rules()
            .questions()
            .filter(|q| matches!(q.feeds, Feeds::Sub(_)))
        {
            let opts = rules().scale(q.scale);
            a.set(q.id, opts[pick.min(opts.len() - 1)].id.clone());
        }
        a
    }

    #[test]
    fn changing_one_answer_can_lift_a_floor() {
        let mut a = all_answered(0);
        a.set(QuestionId::K2Reading, "hard");
        assert_eq!(score(rules(), &a).route, Some(RouteCode::A));
        a.set(QuestionId::K2Numbers, "hard");
        assert_eq!(score(rules(), &a).route, Some(RouteCode::B));
        let o = what_if_answer(rules(), &a, QuestionId::K2Reading, Some("bit_hard"));
        assert_eq!(o.route, Some(RouteCode::A));
        let l = levers(rules(), &a);
        assert_eq!(l[0].sub, SubId::K2BasicSkills);
        assert!(l[0].changes_route);
        assert_eq!(l[0].lifts_floors, vec![FloorId::BasicSkills]);
    }

    #[test]
    fn setting_a_sub_score_moves_the_route() {
        let a = all_answered(3);
        let now = score(rules(), &a);
        assert_eq!(now.route, Some(RouteCode::D));
        let o = what_if_sub(rules(), &a, SubId::W1Commitment, 100);
        assert!(o.willen.score > now.willen.score);
        assert_eq!(o.subscore(SubId::W1Commitment).unwrap().score, Some(100));
        assert_eq!(
            score(rules(), &a),
            now,
            "what-if must not touch the answers"
        );
    }

    #[test]
    fn levers_skip_subs_at_the_top() {
        assert!(levers(rules(), &all_answered(0)).is_empty());
        let l = levers(rules(), &all_answered(2));
        assert!(l
            .iter()
            .all(|x| x.sub != SubId::W3Controlled && x.sub != SubId::W6Adjust));
        assert!(l.iter().all(|x| x.axis_then >= x.axis_now));
    }
}
