//! The checklist of circumstances as the app asks it (rules 2027.2 on): one page, "what plays a
//! role right now?", with "this weighs heavily right now" under each ticked box; its page id in
//! the journey, and how ticking a box answers the barrier question behind it. What the checklist shows is
//! always read back from those answers, so a saved or shared result needs nothing extra.
//!
//! Rules kept: not ticked is the question's value-0 option ("plays no role"), ticked its value-1
//! option, heavy its value-2 option; "I'd rather not say" answers every question of the list
//! with "rather not"; nothing is assumed before the person continues from the page.

use std::collections::BTreeMap;

use crate::domain::bank::{question, QuestionId};
use crate::domain::rules::{Rules, RATHER_NOT};

/// The page id of "what plays a role right now?" in the list of pages.
pub const ROLES: &str = "screener_roles";
/// Whether a page id is the checklist's page.
pub fn is_checklist(page: &str) -> bool {
    page == ROLES
}

/// Catalog key of the label of `q` in the checklist.
pub fn label_key(q: QuestionId) -> String {
    format!("screener.opt.{q}")
}

/// The screened questions among `enabled` (page order of the rules' checklist).
pub fn screened(rules: &Rules, enabled: &[&'static str]) -> Vec<QuestionId> {
    rules
        .journey
        .as_ref()
        .map(|j| {
            j.screener
                .questions
                .iter()
                .copied()
                .filter(|q| enabled.contains(&q.as_str()))
                .collect()
        })
        .unwrap_or_default()
}

/// The option of `q` with item value `value` (0, 1 or 2 on a screened question).
fn option_of(rules: &Rules, q: QuestionId, value: u8) -> Option<String> {
    rules
        .scale(question(q).scale)
        .iter()
        .find(|o| o.value == value)
        .map(|o| o.id.clone())
}

/// The item value of the answer to `q`, if it has one.
fn value(rules: &Rules, answers: &BTreeMap<String, String>, q: QuestionId) -> Option<u8> {
    let a = answers.get(q.as_str())?;
    rules
        .scale(question(q).scale)
        .iter()
        .find(|o| &o.id == a)
        .map(|o| o.value)
}

/// Ticked on "plays a role": its answer has value 1 or more.
pub fn ticked(rules: &Rules, answers: &BTreeMap<String, String>, q: QuestionId) -> bool {
    value(rules, answers, q).is_some_and(|v| v >= 1)
}

/// Ticked on "weighs heavily": its answer has value 2.
pub fn heavy(rules: &Rules, answers: &BTreeMap<String, String>, q: QuestionId) -> bool {
    value(rules, answers, q) == Some(2)
}

/// Every screened question is answered with "rather not".
pub fn rather_not(answers: &BTreeMap<String, String>, qs: &[QuestionId]) -> bool {
    !qs.is_empty()
        && qs
            .iter()
            .all(|q| answers.get(q.as_str()).map(String::as_str) == Some(RATHER_NOT))
}

/// Every screened question is answered, and none plays a role ("none of these").
pub fn none_of_these(rules: &Rules, answers: &BTreeMap<String, String>, qs: &[QuestionId]) -> bool {
    !qs.is_empty() && qs.iter().all(|q| value(rules, answers, *q) == Some(0))
}

/// Every screened question has an answer: the roles page is done.
pub fn roles_answered(answers: &BTreeMap<String, String>, qs: &[QuestionId]) -> bool {
    qs.iter().all(|q| answers.contains_key(q.as_str()))
}

/// A box on "plays a role" was ticked or unticked. Ticking clears "rather not" on the others.
pub fn set_role(
    rules: &Rules,
    answers: &mut BTreeMap<String, String>,
    qs: &[QuestionId],
    q: QuestionId,
    on: bool,
) {
    if rather_not(answers, qs) {
        for other in qs {
            answers.remove(other.as_str());
        }
    }
    let keep_heavy = on && heavy(rules, answers, q);
    let v = match (on, keep_heavy) {
        (true, true) => 2,
        (true, false) => 1,
        (false, _) => 0,
    };
    if let Some(o) = option_of(rules, q, v) {
        answers.insert(q.as_str().to_string(), o);
    }
}

/// "None of these": every screened question plays no role.
pub fn set_none(rules: &Rules, answers: &mut BTreeMap<String, String>, qs: &[QuestionId]) {
    for q in qs {
        if let Some(o) = option_of(rules, *q, 0) {
            answers.insert(q.as_str().to_string(), o);
        }
    }
}

/// "I'd rather not say": every screened question is answered "rather not".
pub fn set_rather_not(answers: &mut BTreeMap<String, String>, qs: &[QuestionId]) {
    for q in qs {
        answers.insert(q.as_str().to_string(), RATHER_NOT.to_string());
    }
}

/// Continue on "plays a role": the unticked ones play no role. `false` when nothing was chosen.
pub fn finish_roles(
    rules: &Rules,
    answers: &mut BTreeMap<String, String>,
    qs: &[QuestionId],
) -> bool {
    if !qs.iter().any(|q| answers.contains_key(q.as_str())) {
        return false;
    }
    for q in qs {
        if !answers.contains_key(q.as_str()) {
            if let Some(o) = option_of(rules, *q, 0) {
                answers.insert(q.as_str().to_string(), o);
            }
        }
    }
    true
}

/// "Weighs heavily" under a ticked box was ticked or unticked (only ticked questions have one).
pub fn set_heavy(rules: &Rules, answers: &mut BTreeMap<String, String>, q: QuestionId, on: bool) {
    if ticked(rules, answers, q) {
        if let Some(o) = option_of(rules, q, if on { 2 } else { 1 }) {
            answers.insert(q.as_str().to_string(), o);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn setup() -> (&'static Rules, Vec<QuestionId>) {
        let r = Rules::get("2027.2").unwrap();
        let enabled: Vec<&'static str> = r.questions().map(|q| q.id.as_str()).collect();
        let qs = screened(r, &enabled);
        (r, qs)
    }

    #[test]
    fn ticking_answers_the_questions_behind_the_boxes() {
        let (r, qs) = setup();
        let mut a = BTreeMap::new();
        assert!(
            !finish_roles(r, &mut a, &qs),
            "nothing chosen: no answers assumed"
        );
        assert!(a.is_empty());
        set_role(r, &mut a, &qs, QuestionId::OMoney, true);
        set_role(r, &mut a, &qs, QuestionId::OSupportPeople, true);
        assert!(!roles_answered(&a, &qs));
        assert!(finish_roles(r, &mut a, &qs));
        assert!(roles_answered(&a, &qs));
        assert_eq!(a["o_money"], "a_little");
        assert_eq!(a["o_support_people"], "sometimes");
        assert_eq!(a["o_transport"], "no");
        assert_eq!(a["o_childcare"], "not_needed");
        set_heavy(r, &mut a, QuestionId::OMoney, true);
        assert_eq!(a["o_money"], "a_lot");
        set_heavy(r, &mut a, QuestionId::OTransport, true);
        assert_eq!(a["o_transport"], "no", "an unticked box has no heavy one");
        // Unticking and ticking again keeps it heavy only while it stays ticked.
        set_role(r, &mut a, &qs, QuestionId::OMoney, true);
        assert_eq!(a["o_money"], "a_lot");
        set_role(r, &mut a, &qs, QuestionId::OMoney, false);
        assert_eq!(a["o_money"], "no");
        set_heavy(r, &mut a, QuestionId::OSupportPeople, true);
        set_heavy(r, &mut a, QuestionId::OSupportPeople, false);
        assert_eq!(a["o_support_people"], "sometimes");
    }

    #[test]
    fn none_and_rather_not_answer_every_box() {
        let (r, qs) = setup();
        let mut a = BTreeMap::new();
        set_none(r, &mut a, &qs);
        assert!(none_of_these(r, &a, &qs));
        set_rather_not(&mut a, &qs);
        assert!(rather_not(&a, &qs));
        assert!(roles_answered(&a, &qs));
        set_role(r, &mut a, &qs, QuestionId::OTransport, true);
        assert!(!rather_not(&a, &qs));
        assert_eq!(a.len(), 1, "ticking clears 'rather not' on the others");
    }
}
