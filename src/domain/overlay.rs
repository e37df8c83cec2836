//! The barrier overlay ("things around you"): which domains play a role, and how big, from the
//! omstandigheden answers alone. A domain asked by more than one question (mood and its
//! follow-up, 2027.1) takes the biggest role any of them gives.
//!
//! Rule kept: the overlay never feeds an axis; a big barrier adds a "Sort this out first" step on
//! top of any route, and an acute answer puts immediate help before everything else.

use super::answers::Answers;
use super::bank::Feeds;
use super::outcome::{BarrierFinding, BarrierLevel};
use super::rules::Rules;
use super::score::item_value;

/// The barrier overlay: every barrier domain whose answer gives it a role, in bank order.
pub fn barrier_overlay(rules: &Rules, answers: &Answers) -> Vec<BarrierFinding> {
    let mut out: Vec<BarrierFinding> = Vec::new();
    for q in rules.questions() {
        let Feeds::Barrier(domain) = q.feeds else {
            continue;
        };
        let Some(v) = item_value(rules, answers, q).filter(|v| *v > 0) else {
            continue;
        };
        let acute = rules
            .barriers
            .acute
            .iter()
            .any(|a| a.question == q.id && answers.get(q.id) == Some(a.option.as_str()));
        let level = if acute {
            BarrierLevel::Acute
        } else if v >= rules.barriers.big_from_value {
            BarrierLevel::Big
        } else {
            BarrierLevel::Some
        };
        let finding = BarrierFinding {
            domain,
            level,
            question: q.id,
        };
        match out.iter_mut().find(|f| f.domain == domain) {
            Some(f) if f.level < level => *f = finding,
            Some(_) => {}
            None => out.push(finding),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::bank::QuestionId as Q;
    use crate::domain::ids::BarrierDomain;

    #[test]
    fn unanswered_and_no_role_answers_leave_the_overlay_empty() {
        let rules = Rules::get("2026.1").unwrap();
        let mut a = Answers::new();
        a.set(Q::OMoney, "no");
        a.set(Q::OHousing, "rather_not");
        a.set(Q::OTransport, "dont_know");
        assert!(barrier_overlay(rules, &a).is_empty());
        a.set(Q::OHousing, "nowhere_tonight");
        let found = barrier_overlay(rules, &a);
        assert_eq!(found.len(), 1);
        assert_eq!(
            (found[0].domain, found[0].level),
            (BarrierDomain::Housing, BarrierLevel::Acute)
        );
        assert_eq!(found[0].question, Q::OHousing);
    }
}
