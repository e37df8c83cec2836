//! Which pages a visit asks, in which order: the core of the rules' journey (with the checklist's
//! page), then the extras once the person chose to tell more, or every question for a version
//! without a journey; which follow-ups are called for; whether a page has its answer; and which
//! answers no longer belong. Positions are 1-based, as `Screen::Question(n)` counts.
//!
//! Rule kept: what a page shows is derived from the answers alone (the checklist from the
//! barrier answers behind it), so saved answers and a restored visit need nothing extra.

use super::screener;
use super::state::State;
use crate::domain::bank::{question, QuestionId};
use crate::domain::journey::Page;

impl State {
    /// The pages asked with the answers so far, in order. Under a version with a journey: the
    /// core (with the checklist's page), then the extras once the person chose to tell more;
    /// otherwise every question. Follow-ups whose earlier question did not call for them are
    /// left out.
    pub fn asked(&self) -> Vec<&'static str> {
        self.pages(self.telling_more)
    }

    /// How many pages the core has now (the extras come after them).
    pub fn core_total(&self) -> usize {
        self.pages(false).len()
    }

    /// The extra questions not in the core, for "tell more" (empty without a journey).
    pub fn extras(&self) -> Vec<&'static str> {
        let core = self.core_total();
        let mut all = self.pages(true);
        if all.len() <= core {
            return Vec::new();
        }
        all.split_off(core)
    }

    /// The pages of the journey, the extras only `with_extras`; follow-ups only when called for.
    fn pages(&self, with_extras: bool) -> Vec<&'static str> {
        let rules = crate::domain::Rules::current().ok();
        let journey = rules
            .filter(|_| self.follow_journey)
            .and_then(|r| r.journey.as_ref().map(|j| (r, j)));
        let pages: Vec<&'static str> = match journey {
            None => self.questions.clone(),
            Some((rules, journey)) => {
                let enabled = |q: &QuestionId| self.questions.contains(&q.as_str());
                let has_checklist = !screener::screened(rules, &self.questions).is_empty();
                let mut out: Vec<&'static str> = journey
                    .core_pages()
                    .into_iter()
                    .filter_map(|page| match page {
                        Page::Question(q) => enabled(&q).then_some(q.as_str()),
                        Page::Roles => has_checklist.then_some(screener::ROLES),
                    })
                    .collect();
                if with_extras {
                    out.extend(
                        journey
                            .extras(rules.bank)
                            .iter()
                            .filter(|q| enabled(q))
                            .map(|q| q.as_str()),
                    );
                }
                out
            }
        };
        pages
            .into_iter()
            .filter(|id| {
                QuestionId::parse(id).is_none_or(|q| {
                    question(q).is_asked(|p| self.answers.get(p.as_str()).map(String::as_str))
                })
            })
            .collect()
    }

    /// Whether the screen shown now is the checklist's page.
    pub fn on_checklist(&self) -> bool {
        matches!(self.screen, super::Screen::Question(n) if self.question_at(n) == Some(screener::ROLES))
    }

    /// The screened questions of the checklist that are asked here.
    pub fn screened(&self) -> Vec<QuestionId> {
        crate::domain::Rules::current()
            .map(|r| screener::screened(r, &self.questions))
            .unwrap_or_default()
    }

    /// Whether the page with this id has its answer.
    pub fn page_answered(&self, page: &str) -> bool {
        match page {
            screener::ROLES => screener::roles_answered(&self.answers, &self.screened()),
            q => self.answers.contains_key(q),
        }
    }

    /// The number of questions asked.
    pub fn total(&self) -> usize {
        self.asked().len()
    }

    /// The question id at 1-based position `n`.
    pub fn question_at(&self, n: usize) -> Option<&'static str> {
        n.checked_sub(1).and_then(|i| self.asked().get(i).copied())
    }

    /// Whether the question after position `n` is a follow-up of it that is asked now and not
    /// answered yet (a changed answer called for it: ask it before going back to the check page).
    pub fn follow_up_open(&self, n: usize) -> bool {
        let (Some(now), Some(next)) = (self.question_at(n), self.question_at(n + 1)) else {
            return false;
        };
        let follows = QuestionId::parse(next)
            .and_then(|q| question(q).ask_if)
            .is_some_and(|c| c.question.as_str() == now);
        follows && !self.page_answered(next)
    }

    /// Drops answers that are no longer asked: to questions switched off here, and to follow-ups
    /// whose earlier answer changed.
    pub(crate) fn drop_unasked(&mut self) {
        let enabled = self.questions.clone();
        let before = self.answers.clone();
        self.answers.retain(|q, _| {
            enabled.iter().any(|a| a == q)
                && QuestionId::parse(q).is_none_or(|id| {
                    question(id).is_asked(|p| before.get(p.as_str()).map(String::as_str))
                })
        });
    }
}
