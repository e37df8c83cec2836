//! Tests of the reducer on the journey of rules 2027.2: the checklist answers the questions
//! behind its boxes, "tell more" asks the extras and returns to the result, and the person's
//! own say is kept beside the answers.

use super::*;
use crate::i18n::Locale;

use super::tests::{choose, current_questions};

/// The current rules' journey: a visit at the checklist page.
fn at_checklist() -> (State, usize) {
    let s = State::new(Locale::Nl, Screen::Start, current_questions());
    let n = s
        .asked()
        .iter()
        .position(|p| *p == crate::app::screener::ROLES)
        .expect("the checklist is in the core")
        + 1;
    (reduce(&s, Action::Navigate(Screen::Question(n))), n)
}

fn tick(q: &str, heavy: bool, on: bool) -> Action {
    Action::Tick {
        question: q.into(),
        heavy,
        on,
    }
}

#[test]
fn the_checklist_answers_its_questions_and_asks_for_a_choice() {
    let (s, n) = at_checklist();
    assert!(s.total() <= 20, "the core has at most 20 pages");
    let empty = reduce(&s, Action::Continue);
    assert_eq!(empty.error, Some(FormError::NothingTicked));
    assert_eq!(empty.screen, Screen::Question(n));
    let s = reduce(&s, tick("o_money", false, true));
    let s = reduce(&s, tick("o_money", true, true));
    let s = reduce(&s, tick("o_transport", false, true));
    // A box not on the list, or a tick on another page, changes nothing.
    assert_eq!(reduce(&s, tick("w1_work_importance", false, true)), s);
    let s = reduce(&s, Action::Continue);
    assert_eq!(s.screen, Screen::Question(n + 1));
    assert_eq!(s.answer("o_money"), Some("a_lot"));
    assert_eq!(s.answer("o_transport"), Some("a_little"));
    assert_eq!(
        s.answer("o_childcare"),
        Some("not_needed"),
        "not ticked: plays no role"
    );
    assert_eq!(
        reduce(&s, tick("o_justice", false, true)),
        s,
        "only on the checklist page"
    );
    let o = crate::domain::score(
        crate::domain::Rules::current().unwrap(),
        &s.domain_answers(),
    );
    assert!(o
        .barriers
        .iter()
        .any(|b| b.domain == crate::domain::BarrierDomain::Money
            && b.level == crate::domain::BarrierLevel::Big));
}

#[test]
fn none_and_rather_not_on_the_checklist_are_exclusive_and_undo_themselves() {
    let (s, _) = at_checklist();
    let s = reduce(&s, tick("o_money", false, true));
    let none = reduce(&s, Action::TickNone);
    assert_eq!(none.answer("o_money"), Some("no"));
    assert_eq!(
        reduce(&none, Action::TickNone).answer("o_money"),
        None,
        "unticking clears"
    );
    let rather = reduce(&none, Action::TickRatherNot);
    assert!(none
        .screened()
        .iter()
        .all(|q| rather.answer(q.as_str()) == Some("rather_not")));
    let again = reduce(&rather, tick("o_transport", false, true));
    assert_eq!(again.answer("o_money"), None, "a tick clears 'rather not'");
    assert_eq!(again.answer("o_transport"), Some("a_little"));
}

#[test]
fn tell_more_asks_the_extras_and_returns_to_the_result() {
    let mut s = State::new(Locale::Nl, Screen::Result, current_questions());
    for q in s.asked() {
        s.answers.insert(q.to_string(), "x".to_string());
    }
    let core = s.core_total();
    assert!(!s.extras().is_empty());
    let s = reduce(&s, Action::TellMore);
    assert_eq!(s.screen, Screen::Question(core + 1));
    assert_eq!(s.total(), core + s.extras().len());
    let mut s = s;
    while let Screen::Question(n) = s.screen {
        let q = s.question_at(n).unwrap().to_string();
        s = reduce(&reduce(&s, choose(&q, "dont_know")), Action::Continue);
    }
    assert_eq!(
        s.screen,
        Screen::Result,
        "the last extra goes back to the result"
    );
    assert_eq!(s.notice, Some(Notice::ResultUpdated));
    assert!(s.extras().iter().all(|q| s.answers.contains_key(*q)));
}

#[test]
fn the_own_say_is_kept_beside_the_answers_and_survives_a_language_switch() {
    use crate::domain::own_say::{Fit, FitReason, Wish};
    let s = State::new(Locale::Nl, Screen::Result, current_questions());
    let s = reduce(&s, Action::Wish(Wish::NearHome, true));
    let s = reduce(
        &s,
        Action::Fit(Some(Fit::No {
            reason: Some(FitReason::CanMore),
        })),
    );
    let s = reduce(
        &s,
        Action::StartWith(Some(crate::domain::steps::StepId::StepVacancies)),
    );
    let s = reduce(&s, Action::SetLocale(Locale::En));
    assert_eq!(s.own_say.wishes, vec![Wish::NearHome]);
    assert_eq!(
        s.own_say.start_with,
        Some(crate::domain::steps::StepId::StepVacancies)
    );
    assert!(s.answers.is_empty(), "the own say is not an answer");
    assert!(
        reduce(&s, Action::Restart).own_say.is_empty(),
        "starting again clears it"
    );
}

#[test]
fn what_goes_along_starts_from_the_default_each_visit_and_a_wipe_resets_it() {
    use crate::domain::share::{ShareChoice, Topic};
    let (s, _) = at_checklist();
    assert_eq!(s.share, ShareChoice::default());
    assert!(s.share.include.contains(&Topic::Willen) && s.share.include.contains(&Topic::Kunnen));
    let s = reduce(&s, Action::ShareTopic(Topic::Money, true));
    let s = reduce(&s, Action::ShareTopic(Topic::Kunnen, false));
    let s = reduce(&s, Action::ShareOwnSay(false));
    let s = reduce(&s, Action::TalkAbout(Topic::Housing, true));
    assert!(s.share.include.contains(&Topic::Money));
    assert!(!s.share.include.contains(&Topic::Kunnen));
    assert!(!s.share.own_say);
    assert_eq!(
        s.share.talk.iter().copied().collect::<Vec<_>>(),
        [Topic::Housing]
    );
    let s = reduce(&s, Action::TalkAbout(Topic::Housing, false));
    assert!(s.share.talk.is_empty());
    let s = reduce(&s, Action::ShareTopic(Topic::Money, true));
    assert_eq!(reduce(&s, Action::Wipe).share, ShareChoice::default());
    assert_eq!(reduce(&s, Action::Restart).share, ShareChoice::default());
    // A language switch keeps the choice.
    assert!(reduce(&s, Action::SetLocale(Locale::En))
        .share
        .include
        .contains(&Topic::Money));
}

#[test]
fn the_quick_exit_wipes_like_a_wipe_on_the_web_and_on_a_kiosk() {
    let (s, _) = at_checklist();
    let s = reduce(
        &s,
        Action::ShareTopic(crate::domain::share::Topic::Money, true),
    );
    let out = reduce(&s, Action::QuickExit);
    assert!(out.answers.is_empty());
    assert_eq!(out.screen, Screen::Start);
    assert_eq!(out.wipe_epoch, s.wipe_epoch + 1, "the wipe clean-up runs");
    assert_eq!(
        out.erase_epoch,
        s.erase_epoch + 1,
        "what was stored is erased"
    );
    assert_eq!(out.share, Default::default());
}

#[test]
fn after_a_wipe_history_never_brings_a_shared_result_back_but_a_typed_code_opens() {
    let code = "AQEx".to_string();
    let s = reduce(
        &state_with_a_wipe(),
        Action::Navigate(Screen::Shared(code.clone())),
    );
    assert_eq!(s.screen, Screen::Start);
    let s = reduce(&state_with_a_wipe(), Action::OpenCode(code.clone()));
    assert_eq!(s.screen, Screen::Shared(code.clone()));
    // Without a wipe, a link opens.
    let (fresh, _) = at_checklist();
    let s = reduce(&fresh, Action::Navigate(Screen::Shared(code.clone())));
    assert_eq!(s.screen, Screen::Shared(code));
}

fn state_with_a_wipe() -> State {
    let (s, _) = at_checklist();
    reduce(&s, Action::Wipe)
}
