//! Tests of the reducer: every flow a person or the URL can take, kiosk timing, storage
//! requests, configuration and display choices.

use super::*;
use crate::i18n::Locale;

/// A state with three made-up questions, asked in list order.
fn state() -> State {
    State {
        follow_journey: false,
        ..State::new(Locale::Nl, Screen::Start, vec!["a", "b", "c"])
    }
}

/// Every question the current rules can ask, in order (follow-ups included).
pub(super) fn current_questions() -> Vec<&'static str> {
    crate::domain::Rules::current()
        .unwrap()
        .questions_for(&[])
        .iter()
        .map(|q| q.id.as_str())
        .collect()
}

pub(super) fn choose(q: &str, o: &str) -> Action {
    Action::Choose {
        question: q.into(),
        option: o.into(),
    }
}

#[test]
fn start_goes_to_the_first_question() {
    assert_eq!(
        reduce(&state(), Action::Navigate(Screen::Question(1))).screen,
        Screen::Question(1)
    );
}

#[test]
fn continue_without_an_answer_shows_the_error_and_stays() {
    let s = reduce(&state(), Action::Navigate(Screen::Question(1)));
    let s = reduce(&s, Action::Continue);
    assert_eq!(s.screen, Screen::Question(1));
    assert_eq!(s.error, Some(FormError::NothingChosen));
    let s = reduce(&s, choose("a", "yes"));
    assert_eq!(s.error, None);
    assert_eq!(reduce(&s, Action::Continue).screen, Screen::Question(2));
}

#[test]
fn the_last_continue_goes_to_check_answers() {
    let mut s = reduce(&state(), Action::Navigate(Screen::Question(1)));
    for q in ["a", "b", "c"] {
        s = reduce(&s, choose(q, "x"));
        s = reduce(&s, Action::Continue);
    }
    assert_eq!(s.screen, Screen::Check);
    assert_eq!(s.answers.len(), 3);
}

#[test]
fn a_change_link_returns_to_check_answers_with_the_answer_kept() {
    let mut s = reduce(&state(), Action::Navigate(Screen::Question(1)));
    for q in ["a", "b", "c"] {
        s = reduce(&reduce(&s, choose(q, "x")), Action::Continue);
    }
    let s = reduce(&s, Action::Change(2));
    assert_eq!(s.screen, Screen::Question(2));
    assert_eq!(s.answer("b"), Some("x"));
    let s = reduce(&reduce(&s, choose("b", "y")), Action::Continue);
    assert_eq!(s.screen, Screen::Check);
    assert_eq!(s.answer("b"), Some("y"));
    assert!(!s.return_to_check);
}

#[test]
fn unknown_questions_and_screens_are_ignored_safely() {
    let s = reduce(&state(), choose("nope", "x"));
    assert!(s.answers.is_empty());
    // Past the end: the check page, but only when there are answers to check.
    assert_eq!(
        reduce(&s, Action::Navigate(Screen::Question(99))).screen,
        Screen::Start
    );
    let answered = reduce(&s, choose("a", "x"));
    assert_eq!(
        reduce(&answered, Action::Navigate(Screen::Question(99))).screen,
        Screen::Check
    );
    assert_eq!(reduce(&s, Action::Continue), s);
}

#[test]
fn language_switch_keeps_answers() {
    let s = reduce(
        &reduce(&state(), Action::Navigate(Screen::Question(1))),
        choose("a", "x"),
    );
    let s = reduce(&s, Action::SetLocale(Locale::En));
    assert_eq!(s.locale, Locale::En);
    assert_eq!(s.answer("a"), Some("x"));
    assert_eq!(s.screen, Screen::Question(1));
}

#[test]
fn restart_forgets_everything_but_the_language() {
    let s = reduce(
        &reduce(&state(), Action::SetLocale(Locale::En)),
        choose("a", "x"),
    );
    let s = reduce(&s, Action::Restart);
    assert!(s.answers.is_empty());
    assert_eq!(s.screen, Screen::Start);
    assert_eq!(s.locale, Locale::En);
}

#[test]
fn the_plan_holds_at_most_three_different_cards() {
    use crate::domain::cards::{CardIf, CardThen};
    let mut s = state();
    let cards = [
        (CardIf::MondayMorning, CardThen::LookThreeVacancies),
        (CardIf::Rejected, CardThen::TryAgainNextDay),
        (CardIf::EveningFree, CardThen::UpdateCv),
        (CardIf::FeelStuck, CardThen::AskSomeoneToHelp),
    ];
    s = reduce(&s, Action::AddCard(cards[0].0, cards[0].1));
    s = reduce(&s, Action::AddCard(cards[0].0, cards[0].1));
    assert_eq!(s.cards.len(), 1, "no duplicates");
    for (i, t) in &cards[1..] {
        s = reduce(&s, Action::AddCard(*i, *t));
    }
    assert_eq!(s.cards, cards[..3].to_vec());
    s = reduce(&s, Action::RemoveCard(0));
    assert_eq!(s.cards, cards[1..3].to_vec());
    assert_eq!(reduce(&s, Action::RemoveCard(9)), s);
}

#[test]
fn saving_is_only_on_request_and_wipe_forgets_everything() {
    let s = reduce(
        &reduce(&state(), Action::Navigate(Screen::Question(1))),
        choose("a", "x"),
    );
    assert_eq!(s.storage, Storage::Off, "nothing is stored by default");
    let s = reduce(&s, Action::SaveOnDevice { now: 0.0 });
    assert!(matches!(s.storage, Storage::On { .. }));
    assert_eq!(s.notice, Some(Notice::Saved));
    let wiped = reduce(&s, Action::Wipe);
    assert!(wiped.answers.is_empty());
    assert_eq!(wiped.storage, Storage::Off);
    assert_eq!(wiped.screen, Screen::Start);
    assert_eq!(wiped.erase_epoch, s.erase_epoch + 1);
    assert_eq!(wiped.notice, Some(Notice::Wiped));
    assert_eq!(
        reduce(&s, Action::SaveOnDevice { now: f64::NAN }).storage,
        s.storage
    );
}

#[test]
fn continuing_saved_answers_resumes_at_the_first_open_question() {
    let mut answers = std::collections::BTreeMap::new();
    answers.insert("a".to_string(), "x".to_string());
    answers.insert("gone".to_string(), "x".to_string());
    let mut s = state();
    s.offer = Some(super::super::saved::Saved::new(
        5.0,
        Locale::En,
        crate::domain::Rules::current().unwrap(),
        answers,
        Vec::new(),
    ));
    let s = reduce(&s, Action::ContinueSaved);
    assert_eq!(s.screen, Screen::Question(2));
    assert_eq!(
        s.answers.len(),
        1,
        "answers to unknown questions are dropped"
    );
    assert_eq!(s.locale, Locale::En);
    assert!(s.offer.is_none());
    assert!(matches!(s.storage, Storage::On { saved_at, .. } if saved_at == 5.0));
}

#[test]
fn starting_fresh_erases_the_offer() {
    let mut s = state();
    s.offer = Some(super::super::saved::Saved::new(
        5.0,
        Locale::Nl,
        crate::domain::Rules::current().unwrap(),
        Default::default(),
        Vec::new(),
    ));
    let s = reduce(&s, Action::DiscardSaved);
    assert!(s.offer.is_none());
    assert_eq!(s.erase_epoch, 1);
    assert_eq!(
        reduce(&s, Action::DiscardSaved).erase_epoch,
        1,
        "nothing more to erase"
    );
}

fn kiosk() -> State {
    let k = super::super::state::Kiosk {
        idle_seconds: 120,
        countdown_seconds: 60,
        print: false,
    };
    state().with_kiosk(k)
}

#[test]
fn kiosk_warns_after_the_idle_time_then_wipes_at_the_end_of_the_countdown() {
    let s = reduce(
        &reduce(
            &reduce(&kiosk(), Action::Navigate(Screen::Question(1))),
            choose("a", "x"),
        ),
        Action::SetLocale(Locale::En),
    );
    assert_eq!(
        reduce(&s, Action::IdleTick { idle_seconds: 119 }).idle_warning,
        None
    );
    let warned = reduce(&s, Action::IdleTick { idle_seconds: 120 });
    assert_eq!(warned.idle_warning, Some(60));
    assert_eq!(warned.answer("a"), Some("x"), "a warning is not a wipe");
    assert_eq!(
        reduce(&warned, Action::IdleTick { idle_seconds: 170 }).idle_warning,
        Some(10)
    );
    let gone = reduce(&warned, Action::IdleTick { idle_seconds: 180 });
    assert!(gone.answers.is_empty());
    assert_eq!(gone.screen, Screen::Start);
    assert_eq!(
        gone.locale,
        Locale::Nl,
        "the language goes back to the default"
    );
    assert_eq!(gone.wipe_epoch, s.wipe_epoch + 1);
    assert!(gone.kiosk.is_some(), "still a kiosk after the wipe");
    let styled = reduce(
        &reduce(&s, Action::SetTextSize(crate::app::TextSize::Larger)),
        Action::SetHighContrast(true),
    );
    let gone = reduce(&styled, Action::Wipe);
    assert_eq!(
        (gone.text_size, gone.high_contrast),
        (crate::app::TextSize::Normal, false),
        "display back to default"
    );
    assert_eq!(
        gone.erase_epoch, s.erase_epoch,
        "a kiosk never touches storage"
    );
}

#[test]
fn still_here_extends_as_often_as_needed() {
    let mut s = reduce(
        &reduce(&kiosk(), Action::Navigate(Screen::Question(1))),
        choose("a", "x"),
    );
    for _ in 0..12 {
        s = reduce(&s, Action::IdleTick { idle_seconds: 150 });
        assert!(s.idle_warning.is_some());
        s = reduce(&s, Action::StillHere);
        assert_eq!(s.idle_warning, None);
        s = reduce(&s, Action::IdleTick { idle_seconds: 0 });
    }
    assert_eq!(s.answer("a"), Some("x"));
}

#[test]
fn after_a_kiosk_wipe_back_never_reaches_results() {
    let s = reduce(
        &reduce(
            &reduce(&kiosk(), Action::Navigate(Screen::Question(1))),
            choose("a", "x"),
        ),
        Action::Wipe,
    );
    assert_eq!(
        reduce(&s, Action::Navigate(Screen::Result)).screen,
        Screen::Start
    );
    assert_eq!(
        reduce(&s, Action::Navigate(Screen::Check)).screen,
        Screen::Start
    );
    assert_eq!(
        reduce(&s, Action::Navigate(Screen::Question(2))).screen,
        Screen::Question(2)
    );
}

#[test]
fn kiosk_never_saves_and_web_mode_never_idles() {
    let s = reduce(&kiosk(), Action::SaveOnDevice { now: 1.0 });
    assert_eq!(s.storage, Storage::Off);
    let web = reduce(
        &state(),
        Action::IdleTick {
            idle_seconds: 10_000,
        },
    );
    assert_eq!(web.idle_warning, None);
    assert_eq!(web, state());
}

#[test]
fn a_configuration_switches_modules_and_language_but_keeps_a_chosen_language() {
    let text = include_str!("../../www/gemeenten/rivierstad.json");
    let config = std::rc::Rc::new(crate::app::config::parse_config(text).unwrap());
    let all = current_questions();
    let s = reduce(
        &State::new(Locale::En, Screen::Start, all.clone()),
        choose("o_alcohol_drugs", "no"),
    );
    let s = reduce(&s, Action::ConfigLoaded(config.clone()));
    assert!(
        !s.questions.contains(&"o_alcohol_drugs"),
        "module off on the web in Rivierstad"
    );
    assert!(
        s.answer("o_alcohol_drugs").is_none(),
        "its answer goes with it"
    );
    assert_eq!(
        s.locale, config.default_language,
        "no language chosen yet: the municipality's default"
    );
    let chosen = reduce(
        &reduce(
            &State::new(Locale::Nl, Screen::Start, all),
            Action::SetLocale(Locale::En),
        ),
        Action::ConfigLoaded(config),
    );
    assert_eq!(
        chosen.locale,
        Locale::En,
        "a chosen, offered language stays"
    );
}

#[test]
fn navigating_away_clears_the_error() {
    let s = reduce(
        &reduce(&state(), Action::Navigate(Screen::Question(1))),
        Action::Continue,
    );
    assert!(s.error.is_some());
    assert_eq!(reduce(&s, Action::Navigate(Screen::Start)).error, None);
}

#[test]
fn a_language_that_cannot_be_fetched_falls_back_with_a_notice_and_keeps_the_answers() {
    let mut s = reduce(&state(), Action::Navigate(Screen::Question(1)));
    s = reduce(&s, choose("a", "x"));
    s = reduce(&s, Action::SetLocale(Locale::Ar));
    // Another language failing meanwhile changes nothing.
    let same = reduce(&s, Action::LanguageUnavailable(Locale::Pl));
    assert_eq!(same, s);
    let s = reduce(&s, Action::LanguageUnavailable(Locale::Ar));
    assert_eq!(s.locale, Locale::Nl);
    assert_eq!(s.notice, Some(Notice::LanguageUnavailable));
    assert_eq!(s.answer("a"), Some("x"));
    assert_eq!(s.screen, Screen::Question(1));
}

#[test]
fn a_missing_default_language_falls_back_to_dutch_and_an_arrival_changes_the_state() {
    let mut s = state();
    s.default_locale = Locale::En;
    s.locale = Locale::En;
    let failed = reduce(&s, Action::LanguageUnavailable(Locale::En));
    assert_eq!(failed.locale, Locale::Nl);
    let arrived = reduce(&s, Action::LanguageArrived(Locale::En));
    assert_ne!(arrived, s, "the view must see that texts arrived");
    assert_eq!(arrived.locale, Locale::En);
}

#[test]
fn a_follow_up_is_asked_only_after_its_answers_and_goes_when_they_change() {
    let all = current_questions();
    let s = State::new(Locale::Nl, Screen::Question(3), all.clone());
    assert_eq!(s.question_at(3), Some("o_mood"));
    let before = s.total();
    // "Often" calls for the follow-up: it is the next question and the count grows by one.
    let s = reduce(&s, choose("o_mood", "often"));
    assert_eq!(s.total(), before + 1);
    let s = reduce(&s, Action::Continue);
    assert_eq!(s.screen, Screen::Question(4));
    assert_eq!(s.question_at(4), Some("o_dark_thoughts"));
    let s = reduce(&s, choose("o_dark_thoughts", "yes"));
    assert_eq!(s.answer("o_dark_thoughts"), Some("yes"));
    // Back on the mood question, "mostly well": the follow-up and its answer go.
    let s = reduce(&s, Action::Navigate(Screen::Question(3)));
    let s = reduce(&s, choose("o_mood", "mostly_well"));
    assert_eq!(s.total(), before);
    assert_eq!(s.answer("o_dark_thoughts"), None);
    assert_ne!(s.question_at(4), Some("o_dark_thoughts"));
    // A follow-up that is not asked cannot be answered.
    let s = reduce(&s, choose("o_dark_thoughts", "yes"));
    assert_eq!(s.answer("o_dark_thoughts"), None);
}

#[test]
fn a_kiosk_without_a_municipality_uses_the_default_configurations_kiosk_settings() {
    let all = current_questions();
    let web = State::new(Locale::Nl, Screen::Start, all);
    assert!(
        web.questions.contains(&"o_alcohol_drugs"),
        "the web asks it"
    );
    let kiosk = super::start_kiosk(&web);
    let config = crate::app::config::Config::default_config();
    assert!(
        !kiosk.questions.contains(&"o_alcohol_drugs"),
        "switched off on kiosks"
    );
    // It is one box of the checklist on the web, and not there at a kiosk.
    use crate::domain::QuestionId;
    assert!(web.screened().contains(&QuestionId::OAlcoholDrugs));
    assert!(!kiosk.screened().contains(&QuestionId::OAlcoholDrugs));
    assert_eq!(kiosk.screened().len(), web.screened().len() - 1);
    let k = kiosk.kiosk.unwrap();
    assert_eq!(
        (k.idle_seconds, k.countdown_seconds, k.print),
        (
            config.idle_seconds(),
            config.countdown_seconds(),
            config.kiosk.print
        )
    );
}

#[test]
fn arriving_mid_journey_without_answers_says_so_and_starts_at_question_one() {
    for screen in [Screen::Question(3), Screen::Check, Screen::Result] {
        let s = super::arrived(&State {
            screen: screen.clone(),
            ..state()
        });
        assert_eq!(s.screen, Screen::Question(1), "{screen:?}");
        assert_eq!(s.notice, Some(Notice::AnswersGone));
    }
    // The first question, the start, a shared code, or a kiosk: nothing to say.
    for screen in [
        Screen::Question(1),
        Screen::Start,
        Screen::Shared("AQ".into()),
    ] {
        let s = super::arrived(&State {
            screen: screen.clone(),
            ..state()
        });
        assert_eq!((s.screen, s.notice), (screen, None));
    }
    let kiosk = state().with_kiosk(super::super::state::Kiosk::default());
    assert_eq!(super::arrived(&kiosk), kiosk);
}

#[test]
fn back_to_a_result_without_answers_goes_to_the_start() {
    let s = reduce(&state(), choose("a", "x"));
    let s = reduce(&s, Action::Restart);
    let s = reduce(&s, Action::Navigate(Screen::Result));
    assert_eq!(s.screen, Screen::Start);
}

#[test]
fn a_change_that_calls_for_a_follow_up_asks_it_before_going_back_to_check() {
    let all = current_questions();
    let mut s = State::new(Locale::Nl, Screen::Check, all);
    s.answers.insert("o_mood".into(), "mostly_well".into());
    let s = reduce(&s, Action::Change(3));
    let s = reduce(&s, choose("o_mood", "often"));
    let s = reduce(&s, Action::Continue);
    assert_eq!(s.screen, Screen::Question(4), "the follow-up comes first");
    assert!(s.return_to_check);
    let s = reduce(&s, choose("o_dark_thoughts", "no"));
    let s = reduce(&s, Action::Continue);
    assert_eq!(s.screen, Screen::Check);
    assert_eq!(s.changed_row, Some(3));
}

#[test]
fn stored_answers_that_cannot_be_used_are_erased_with_a_message() {
    use super::super::saved::SavedError;
    for e in [
        SavedError::Corrupt,
        SavedError::OtherSchema,
        SavedError::Expired,
    ] {
        let s = super::found_saved(&state(), Err(e));
        assert_eq!(s.notice, Some(Notice::SavedProblem(e)));
        assert_eq!(s.erase_epoch, 1, "{e:?}: the erase effect runs");
        assert!(s.offer.is_none());
    }
    let saved = super::super::saved::Saved::new(
        0.0,
        Locale::Nl,
        crate::domain::Rules::current().unwrap(),
        Default::default(),
        Vec::new(),
    );
    let s = super::found_saved(&state(), Ok(saved.clone()));
    assert_eq!(
        (s.offer, s.erase_epoch),
        (Some(saved), 0),
        "good answers are offered, kept"
    );
}

#[test]
fn on_a_kiosk_starting_again_wipes_everything_and_a_code_never_opens() {
    let mut k = kiosk();
    k.default_locale = Locale::Nl;
    let s = reduce(&k, Action::SetLocale(Locale::Ar));
    let s = reduce(
        &reduce(&s, Action::Navigate(Screen::Question(1))),
        choose("a", "x"),
    );
    let restarted = reduce(&s, Action::Restart);
    assert_eq!(
        restarted.locale,
        Locale::Nl,
        "the next visitor starts in the default language"
    );
    assert_eq!(
        restarted.wipe_epoch,
        s.wipe_epoch + 1,
        "the wipe clean-up runs"
    );
    assert!(restarted.answers.is_empty());
    assert_eq!(
        reduce(&k, Action::Navigate(Screen::Shared("AQEx".into()))).screen,
        Screen::Start
    );
    // On the web a restart keeps the person's language, and a code opens.
    let web = reduce(&state(), Action::SetLocale(Locale::Ar));
    assert_eq!(reduce(&web, Action::Restart).locale, Locale::Ar);
    assert_eq!(
        reduce(&state(), Action::Navigate(Screen::Shared("AQEx".into()))).screen,
        Screen::Shared("AQEx".into())
    );
}

#[test]
fn an_address_for_a_screen_that_does_not_open_is_corrected() {
    let k = kiosk();
    let s = reduce(&k, Action::Navigate(Screen::Shared("AQEx".into())));
    assert_eq!(s.address_fix, k.address_fix + 1);
    let s2 = reduce(&state(), Action::Navigate(Screen::Result));
    assert_eq!(
        (s2.screen, s2.address_fix),
        (Screen::Start, 1),
        "no result without answers"
    );
    let s3 = reduce(&state(), Action::Navigate(Screen::Question(1)));
    assert_eq!(s3.address_fix, 0, "an address that opens stays as it is");
}

#[test]
fn a_kiosk_clock_that_was_held_up_wipes_at_once_when_it_runs_again() {
    // A print dialog blocks the page; the clock counts wall time, so its first tick after the
    // dialog closes is far past the limit: the wipe comes at once, with no warning first.
    let s = reduce(
        &reduce(&kiosk(), Action::Navigate(Screen::Question(1))),
        choose("a", "x"),
    );
    let k = s.kiosk.unwrap();
    let late = reduce(
        &s,
        Action::IdleTick {
            idle_seconds: 10 * (k.idle_seconds + k.countdown_seconds),
        },
    );
    assert!(late.answers.is_empty());
    assert_eq!(late.wipe_epoch, s.wipe_epoch + 1);
    assert_eq!(late.idle_warning, None);
}

#[test]
fn the_page_for_employers_is_chosen_kept_with_saved_answers_and_goes_with_a_wipe() {
    use crate::domain::ids::SubId;
    use crate::domain::work_profile::{Learn, ProfileChoice};
    let mut s = state();
    s.answers.insert("a".into(), "x".into());
    let s = reduce(&s, Action::ProfileStrength(SubId::K2BasicSkills, false));
    let s = reduce(&s, Action::ProfileLearn(Learn::Dutch, true));
    let s = reduce(&s, Action::ProfileSupport(false));
    assert!(s.profile.left_out.contains(&SubId::K2BasicSkills));
    assert!(s.profile.learn.contains(&Learn::Dutch) && !s.profile.support);
    // Saved at the person's request, it comes back with the answers.
    let saved = super::super::saved::Saved::new(
        5.0,
        Locale::Nl,
        crate::domain::Rules::current().unwrap(),
        Default::default(),
        Vec::new(),
    )
    .with_profile(s.profile.clone());
    let text = saved.to_json();
    let read =
        super::super::saved::Saved::parse(&text, 6.0, crate::domain::Rules::current().unwrap())
            .unwrap();
    assert_eq!(read.profile, s.profile);
    let mut fresh = state();
    fresh.offer = Some(read);
    assert_eq!(reduce(&fresh, Action::ContinueSaved).profile, s.profile);
    // An older saved value without it still reads, with the default choice.
    let older = super::super::saved::Saved::new(
        5.0,
        Locale::Nl,
        crate::domain::Rules::current().unwrap(),
        s.answers.clone(),
        Vec::new(),
    );
    assert!(!older.to_json().contains("profile"));
    // A wipe, and a kiosk's restart, take it with everything else.
    assert_eq!(reduce(&s, Action::Wipe).profile, ProfileChoice::default());
    assert_eq!(
        reduce(&s, Action::QuickExit).profile,
        ProfileChoice::default()
    );
    // Without answers there is no page for employers to make.
    let empty = reduce(&state(), Action::Navigate(Screen::Profile));
    assert_eq!(empty.screen, Screen::Start);
    assert_eq!(
        reduce(&s, Action::Navigate(Screen::Profile)).screen,
        Screen::Profile
    );
}
