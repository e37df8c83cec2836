//! How long a journey is: the pages a person sees and the words they read on them (question,
//! hint and every option, "I don't know" and "I'd rather not say" included), in Dutch, the
//! source language. `werkroute length` prints it; the start page's promise of minutes is
//! [`core_minutes`], at [`WORDS_PER_MINUTE`].
//!
//! A typical core journey: no follow-up called for (mood is fine), and on the checklist two
//! circumstances ticked (each shows "weighs heavily" under it).
//! The longest core journey asks every follow-up and ticks everything. The full set is every
//! question of the version on its own page, as before there was a core.

use crate::app::screener;
use crate::domain::bank::{question, QuestionId};
use crate::domain::journey::Page;
use crate::domain::rules::Rules;
use crate::i18n::{t, Locale};

/// A slow reader: 60 words a minute (the review's lower bound).
pub const WORDS_PER_MINUTE: usize = 60;

/// Pages and words of one journey.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Length {
    pub pages: usize,
    pub words: usize,
}

impl Length {
    /// Minutes at [`WORDS_PER_MINUTE`], rounded up.
    pub fn minutes(self) -> usize {
        self.words.div_ceil(WORDS_PER_MINUTE)
    }

    fn add(&mut self, words: usize) {
        self.pages += 1;
        self.words += words;
    }
}

fn words(key: &str) -> usize {
    t(Locale::Nl, key).split_whitespace().count()
}

/// The words on a question's own page.
pub fn question_words(rules: &Rules, q: QuestionId) -> usize {
    let q = question(q);
    let hint = if q.hint_shown() {
        words(&q.why_key())
    } else {
        words("question.why_summary")
    };
    words(&q.text_key())
        + hint
        + rules
            .options(q)
            .iter()
            .map(|o| words(&format!("opt.{}", o.label)))
            .sum::<usize>()
}

/// The words on the checklist with `ticked` boxes ticked (each shows "weighs heavily" under it).
pub fn roles_words(screened: &[QuestionId], ticked: usize) -> usize {
    words("screener.roles.text")
        + words("screener.roles.why")
        + screened
            .iter()
            .map(|q| words(&screener::label_key(*q)))
            .sum::<usize>()
        + ticked * words("screener.heavy")
        + words("screener.or")
        + words("screener.none")
        + words("opt.rather_not")
}

/// The core journey: typical (`longest == false`) or with every follow-up and every box ticked.
pub fn core(rules: &Rules, longest: bool) -> Option<Length> {
    let journey = rules.journey.as_ref()?;
    let screened = &journey.screener.questions;
    let ticked = if longest { screened.len() } else { 2 };
    let mut out = Length { pages: 0, words: 0 };
    for page in journey.core_pages() {
        match page {
            Page::Question(q) if question(q).ask_if.is_some() && !longest => {}
            Page::Question(q) => out.add(question_words(rules, q)),
            Page::Roles => out.add(roles_words(screened, ticked)),
        }
    }
    Some(out)
}

/// The extras after the result (every one asked, follow-ups included).
pub fn extras(rules: &Rules) -> Option<Length> {
    let journey = rules.journey.as_ref()?;
    let mut out = Length { pages: 0, words: 0 };
    for q in journey.extras(rules.bank) {
        out.add(question_words(rules, q));
    }
    Some(out)
}

/// Every question of the version on its own page, without follow-ups (typical) or with them.
pub fn full_set(rules: &Rules, longest: bool) -> Length {
    let mut out = Length { pages: 0, words: 0 };
    for q in rules.questions() {
        if longest || q.ask_if.is_none() {
            out.add(question_words(rules, q.id));
        }
    }
    out
}

/// The minutes the start page promises: the typical core journey of the current rules (the full
/// set for a version without a core).
pub fn core_minutes() -> usize {
    Rules::current()
        .map(|r| {
            core(r, false)
                .unwrap_or_else(|| full_set(r, false))
                .minutes()
        })
        .unwrap_or(10)
}

/// The report `werkroute length` prints.
pub fn report(rules: &Rules) -> String {
    let line = |name: &str, l: Length| {
        format!(
            "{name:<34} {:>3} pages {:>5} words  {:>3} min at {WORDS_PER_MINUTE} words/min\n",
            l.pages,
            l.words,
            l.minutes()
        )
    };
    let mut s = format!(
        "rules {}: what a person reads (Dutch: question, hint, options)\n",
        rules.version
    );
    if let Some(c) = core(rules, false) {
        s += &line("core, typical", c);
    }
    if let Some(c) = core(rules, true) {
        s += &line("core, longest", c);
    }
    if let Some(e) = extras(rules) {
        s += &line("extras after the result", e);
    }
    s += &line("full set, typical (one per page)", full_set(rules, false));
    s += &line("full set, longest (one per page)", full_set(rules, true));
    s
}
