//! The reducer: `(State, Action) -> State`. Pure and total: no I/O, no panics, any action in any
//! state gives a state.

use super::screener;
use super::state::{Notice, Storage};
use super::{Action, FormError, Screen, State};

/// Applies a municipality's configuration: its question modules, kiosk timing, languages and
/// default language (unless the person already chose one). Answers to questions it switches
/// off are dropped, and a question page past the new end becomes the check page.
fn apply_config(state: &mut State, config: std::rc::Rc<super::config::Config>) {
    let kiosk = state.kiosk.is_some();
    let off = config.modules_off(kiosk);
    state.questions = crate::domain::Rules::current()
        .map(|r| r.questions_for(&off))
        .unwrap_or_default()
        .iter()
        .map(|q| q.id.as_str())
        .collect();
    let asked = state.questions.clone();
    state.answers.retain(|q, _| asked.iter().any(|a| a == q));
    state.drop_unasked();
    if let Some(k) = state.kiosk.as_mut() {
        k.idle_seconds = config.idle_seconds();
        k.countdown_seconds = config.countdown_seconds();
        k.print = config.kiosk.print;
    }
    state.default_locale = config.default_language;
    if !state.locale_chosen || !config.offers(state.locale) {
        state.locale = config.language_or_default(if state.locale_chosen {
            state.locale
        } else {
            config.default_language
        });
    }
    state.config = config;
    state.screen = state.clamp(state.screen.clone());
}

/// The same state as a kiosk, with the kiosk settings of its configuration applied at once
/// (modules off on kiosks, idle timing, printing): `?mode=kiosk` without a municipality uses the
/// default configuration's kiosk settings, never the web's.
pub fn start_kiosk(state: &State) -> State {
    let mut next = state.clone().with_kiosk(super::state::Kiosk::default());
    let config = next.config.clone();
    apply_config(&mut next, config);
    next
}

/// The state right after the page loaded. Answers live in memory only (nothing is stored unless
/// the person asked), so a reload mid-journey loses them: rather than showing "question 13" or
/// an empty check page as if nothing happened, say so and start at question 1.
pub fn arrived(state: &State) -> State {
    let mut next = state.clone();
    let mid_journey = matches!(next.screen, Screen::Question(n) if n > 1)
        || matches!(next.screen, Screen::Check | Screen::Result);
    if mid_journey && next.answers.is_empty() && next.offer.is_none() && next.kiosk.is_none() {
        next.screen = Screen::Question(1);
        next.notice = Some(Notice::AnswersGone);
    }
    next
}

/// The state after looking at what is stored on this device at start: good answers are offered
/// (never applied silently); damaged, old or expired ones are erased at once, with a message,
/// so nothing the app can no longer use stays on the device.
pub fn found_saved(
    state: &State,
    found: Result<super::saved::Saved, super::saved::SavedError>,
) -> State {
    let mut next = state.clone();
    match found {
        Ok(saved) => {
            next.offer = Some(saved);
            next.screen = Screen::Start;
        }
        Err(e) => {
            next.notice = Some(Notice::SavedProblem(e));
            next.erase_epoch += 1;
        }
    }
    next
}

/// A new visit with the same settings (question list, kiosk mode, default language). Outside a
/// kiosk the person's display choices stay; a kiosk wipe returns them to the defaults.
fn fresh(state: &State, locale: crate::i18n::Locale) -> State {
    let mut next = State::new(locale, Screen::Start, state.questions.clone());
    next.follow_journey = state.follow_journey;
    next.config = state.config.clone();
    next.locale_chosen = state.locale_chosen && state.kiosk.is_none();
    if state.kiosk.is_none() {
        next.text_size = state.text_size;
        next.high_contrast = state.high_contrast;
    }
    next.kiosk = state.kiosk;
    next.default_locale = state.default_locale;
    next.wipe_epoch = state.wipe_epoch;
    next.erase_epoch = state.erase_epoch;
    next.address_fix = state.address_fix;
    next
}

/// Everything goes: answers, plan, what we stored; in kiosk mode the language goes back too.
fn wipe(state: &State) -> State {
    let locale = if state.kiosk.is_some() {
        state.default_locale
    } else {
        state.locale
    };
    let mut next = fresh(state, locale);
    next.erase_epoch = state.erase_epoch + u32::from(state.kiosk.is_none());
    next.wipe_epoch = state.wipe_epoch + 1;
    next.notice = Some(Notice::Wiped);
    next
}

/// Goes to `asked` where it may open; `from_history` when the address asked for it (a link,
/// Back, Forward, a reload) rather than the person typing a code in.
fn navigate(next: &mut State, asked: Screen, from_history: bool) {
    let screen = next.clamp(asked.clone());
    // No result or answers page for answers that are gone: after a wipe or a restart the
    // back button brings nothing back, not even an empty result.
    let nothing_to_show = next.answers.is_empty();
    let screen = match screen {
        Screen::Check | Screen::Result | Screen::Profile if nothing_to_show => Screen::Start,
        // A shared screen never opens someone's brought-along result or profile.
        Screen::Shared(_) | Screen::ProfileShared(_) if next.kiosk.is_some() => Screen::Start,
        // After a wipe in this page, Back or Forward never bring a brought-along result back
        // (a code typed in, or a link opened in a fresh page, still opens).
        Screen::Shared(_) if from_history && next.wipe_epoch > 0 => Screen::Start,
        s => s,
    };
    if screen != asked {
        next.address_fix = next.address_fix.wrapping_add(1);
    }
    if screen == Screen::Help && next.screen != Screen::Help {
        next.before_help = Some(next.screen.clone());
    }
    if screen != next.screen {
        next.error = None;
        next.notice = None;
        if !matches!(screen, Screen::Question(_)) {
            next.return_to_check = false;
        }
        if !matches!(screen, Screen::Question(_) | Screen::Check) {
            next.changed_row = None;
        }
    }
    next.screen = screen;
}

/// The next state after `action`.
pub fn reduce(state: &State, action: Action) -> State {
    let mut next = state.clone();
    match action {
        Action::Navigate(asked) => navigate(&mut next, asked, true),
        Action::OpenCode(code) => navigate(&mut next, Screen::Shared(code), false),
        Action::Choose { question, option } => {
            if !screener::is_checklist(&question) && next.asked().iter().any(|q| *q == question) {
                next.answers.insert(question, option);
                next.drop_unasked();
                next.error = None;
            }
        }
        Action::Continue => {
            if let Screen::Question(n) = next.screen {
                let page = next.question_at(n);
                let screened = next.screened();
                if page == Some(screener::ROLES) {
                    if let Ok(rules) = crate::domain::Rules::current() {
                        screener::finish_roles(rules, &mut next.answers, &screened);
                    }
                }
                let answered = page.is_some_and(|q| next.page_answered(q));
                let in_extras = next.telling_more && n > next.core_total();
                if !answered {
                    next.error = Some(if page.is_some_and(screener::is_checklist) {
                        FormError::NothingTicked
                    } else {
                        FormError::NothingChosen
                    });
                } else if next.return_to_check && !next.follow_up_open(n) {
                    next.return_to_check = false;
                    next.screen = Screen::Check;
                } else if in_extras && n >= next.total() {
                    // The last extra question: back to the result, which now uses every answer.
                    next.screen = Screen::Result;
                    next.notice = Some(Notice::ResultUpdated);
                } else {
                    next.screen = next.clamp(Screen::Question(n + 1));
                }
            }
        }
        Action::Tick {
            question,
            heavy,
            on,
        } => {
            let on_checklist = next.on_checklist();
            let screened = next.screened();
            let q = crate::domain::QuestionId::parse(&question).filter(|q| screened.contains(q));
            if let (true, Some(q), Ok(rules)) = (on_checklist, q, crate::domain::Rules::current()) {
                if heavy {
                    screener::set_heavy(rules, &mut next.answers, q, on);
                } else {
                    screener::set_role(rules, &mut next.answers, &screened, q, on);
                }
                next.error = None;
            }
        }
        Action::TickNone | Action::TickRatherNot => {
            let on_checklist = next.on_checklist();
            let screened = next.screened();
            if let (true, Ok(rules)) = (on_checklist, crate::domain::Rules::current()) {
                // Choosing the exclusive option that is already chosen clears the list.
                let already = if action == Action::TickNone {
                    screener::none_of_these(rules, &next.answers, &screened)
                } else {
                    screener::rather_not(&next.answers, &screened)
                };
                if already {
                    for q in &screened {
                        next.answers.remove(q.as_str());
                    }
                } else if action == Action::TickNone {
                    screener::set_none(rules, &mut next.answers, &screened);
                } else {
                    screener::set_rather_not(&mut next.answers, &screened);
                }
                next.error = None;
            }
        }
        Action::TellMore => {
            let first_extra = next.core_total() + 1;
            next.telling_more = true;
            if next.total() >= first_extra {
                next.screen = Screen::Question(first_extra);
                next.error = None;
                next.notice = None;
            }
        }
        Action::Wish(wish, on) => next.own_say.toggle(wish, on),
        Action::StartWith(step) => next.own_say.start_with = step,
        Action::Fit(fit) => next.own_say.fit = fit,
        Action::ShareTopic(topic, on) => next.share.set_include(topic, on),
        Action::ShareOwnSay(on) => next.share.own_say = on,
        Action::TalkAbout(topic, on) => next.share.set_talk(topic, on),
        Action::ProfileStrength(sub, on) => next.profile.set_strength(sub, on),
        Action::ProfileLearn(learn, on) => next.profile.set_learn(learn, on),
        Action::ProfileSupport(on) => next.profile.support = on,
        Action::Change(n) => {
            next.error = None;
            next.return_to_check = true;
            next.changed_row = Some(n);
            next.screen = next.clamp(Screen::Question(n));
        }
        Action::ShowResult => {
            next.error = None;
            next.screen = Screen::Result;
        }
        Action::SetLocale(locale) => {
            next.locale = locale;
            next.locale_chosen = true;
        }
        Action::LanguageArrived(_) => {
            next.languages_arrived = next.languages_arrived.wrapping_add(1);
        }
        Action::LanguageUnavailable(locale) => {
            // Only when that language is still the one asked for: back to the municipality's
            // default, or to Dutch (always compiled in) when the default is the one missing.
            if next.locale == locale {
                next.locale = if next.default_locale != locale {
                    next.default_locale
                } else {
                    crate::i18n::Locale::Nl
                };
                next.notice = Some(Notice::LanguageUnavailable);
            }
        }
        Action::ConfigLoaded(config) => apply_config(&mut next, config),
        // On a kiosk, starting again is a full wipe: the next visitor finds nothing of this one,
        // not even the language.
        Action::Restart if next.kiosk.is_some() => next = wipe(&next),
        Action::Restart => {
            let erase = next.storage != Storage::Off;
            let epoch = next.erase_epoch + u32::from(erase);
            next = fresh(&next, next.locale);
            next.erase_epoch = epoch;
        }
        Action::SaveOnDevice { now } => {
            if now.is_finite() && next.kiosk.is_none() {
                let expires_at = super::saved::Saved::keep_until(now);
                next.storage = Storage::On {
                    saved_at: now,
                    expires_at,
                };
                next.notice = Some(Notice::Saved);
            }
        }
        Action::Wipe | Action::QuickExit => next = wipe(&next),
        Action::IdleTick { idle_seconds } => {
            if let Some(k) = next.kiosk {
                let end = k.idle_seconds.saturating_add(k.countdown_seconds);
                if idle_seconds >= end {
                    next = wipe(&next);
                } else if idle_seconds >= k.idle_seconds {
                    next.idle_warning = Some(end - idle_seconds);
                } else {
                    next.idle_warning = None;
                }
            }
        }
        Action::StillHere => next.idle_warning = None,
        Action::Compare(answers) => {
            next.previous = Some(answers);
            next.notice = None;
        }
        Action::CompareFailed(key) => next.notice = Some(Notice::CompareProblem(key)),
        Action::ClearCompare => next.previous = None,
        Action::SetTextSize(size) => next.text_size = size,
        Action::SetHighContrast(on) => next.high_contrast = on,
        Action::ContinueSaved => {
            if let Some(saved) = next.offer.take() {
                next.answers = saved
                    .answers
                    .into_iter()
                    .filter(|(q, _)| next.questions.iter().any(|x| x == q))
                    .collect();
                next.cards = saved.cards;
                next.locale = saved.locale;
                next.storage = Storage::On {
                    saved_at: saved.saved_at,
                    expires_at: saved.expires_at,
                };
                next.notice = Some(Notice::Restored);
                next.drop_unasked();
                next.own_say = saved.own_say;
                next.profile = saved.profile;
                next.telling_more = next.extras().iter().any(|q| next.answers.contains_key(*q));
                let first_open = next.asked().iter().position(|q| !next.page_answered(q));
                next.screen = match first_open {
                    Some(i) => Screen::Question(i + 1),
                    None => Screen::Check,
                };
                next.error = None;
            }
        }
        Action::DiscardSaved => {
            if next.offer.take().is_some() {
                next.erase_epoch += 1;
            }
        }
        Action::AddCard(when, then) => {
            if next.can_add_card() && !next.cards.contains(&(when, then)) {
                next.cards.push((when, then));
            }
        }
        Action::RemoveCard(i) => {
            if i < next.cards.len() {
                next.cards.remove(i);
            }
        }
    }
    next
}

#[cfg(test)]
#[path = "reduce_tests.rs"]
mod tests;

#[cfg(test)]
#[path = "reduce_journey_tests.rs"]
mod journey_tests;
