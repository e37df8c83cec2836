//! The journey of a rules version from 2027.2 on: a core that places the person, and extras
//! offered after the result. The core is a list of questions asked one per page, plus one
//! checklist of circumstances on one page (the screener): "what plays a role right now?", with,
//! under each box that is ticked and only then, "this weighs heavily right now". A screener
//! question is answered through the checklist: not ticked is its value-0 option, ticked its
//! value-1 option, ticked and heavy its value-2 one.
//!
//! Rules kept: the core has at most [`MAX_CORE_PAGES`] pages and places a person on its own
//! (validation checks it carries at least `min_information` of each axis); an answer that calls
//! for help at once is never hidden in the checklist (housing, mood and safety are asked
//! directly); extras are never required.

use serde::{Deserialize, Serialize};

use super::bank::{question, Feeds, QuestionId};

/// The most pages a core may have, with every follow-up asked.
pub const MAX_CORE_PAGES: usize = 20;

/// The checklist of circumstances.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Screener {
    /// The core question after which the checklist is asked.
    pub after: QuestionId,
    /// The barrier questions answered through the checklist, in the order they are listed.
    pub questions: Vec<QuestionId>,
}

/// What a version asks first, and how.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Journey {
    /// Questions asked one per page before the result, in asking order.
    pub core: Vec<QuestionId>,
    pub screener: Screener,
}

/// One page of a journey.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Page {
    /// One question on its own page.
    Question(QuestionId),
    /// "What plays a role right now?": every screener question at once, with "weighs heavily"
    /// under each ticked one.
    Roles,
}

impl Journey {
    /// The core's pages in order (follow-ups included; the app leaves out what is not called for).
    pub fn core_pages(&self) -> Vec<Page> {
        let mut out = Vec::new();
        for q in &self.core {
            out.push(Page::Question(*q));
            if *q == self.screener.after {
                out.push(Page::Roles);
            }
        }
        out
    }

    /// The questions of `bank` neither in the core nor in the screener: offered after the result.
    pub fn extras(&self, bank: &[QuestionId]) -> Vec<QuestionId> {
        bank.iter()
            .copied()
            .filter(|q| !self.core.contains(q) && !self.screener.questions.contains(q))
            .collect()
    }

    /// Whether `q` is answered through the checklist.
    pub fn screened(&self, q: QuestionId) -> bool {
        self.screener.questions.contains(&q)
    }

    /// The problems with this journey against its bank, one line each (used by validation).
    pub fn problems(&self, bank: &[QuestionId], acute: &[QuestionId]) -> Vec<String> {
        let mut out = Vec::new();
        let all: Vec<QuestionId> = self
            .core
            .iter()
            .chain(&self.screener.questions)
            .copied()
            .collect();
        for q in &all {
            if !bank.contains(q) {
                out.push(format!("journey: '{q}' is not in this version's bank"));
            }
            if all.iter().filter(|x| *x == q).count() > 1 {
                out.push(format!("journey: '{q}' is listed twice"));
            }
        }
        if !self.core.contains(&self.screener.after) {
            out.push(format!(
                "journey: the screener comes after '{}', which is not in the core",
                self.screener.after
            ));
        }
        for q in &self.screener.questions {
            if !matches!(question(*q).feeds, Feeds::Barrier(_)) {
                out.push(format!(
                    "journey: screener question '{q}' is not a circumstance"
                ));
            }
            if acute.contains(q) {
                out.push(format!(
                    "journey: '{q}' can call for help at once, so it is asked on its own page"
                ));
            }
        }
        for q in &self.core {
            if let Some(c) = question(*q).ask_if {
                if !self.core.contains(&c.question) {
                    out.push(format!(
                        "journey: follow-up '{q}' is in the core but '{}' is not",
                        c.question
                    ));
                }
            }
        }
        let pages = self.core_pages().len();
        if pages > MAX_CORE_PAGES {
            out.push(format!(
                "journey: the core has {pages} pages; at most {MAX_CORE_PAGES} are allowed"
            ));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::bank::BANK_2027_1;

    fn journey() -> Journey {
        Journey {
            core: vec![
                QuestionId::W1WorkImportance,
                QuestionId::OHousing,
                QuestionId::K1AbilityNow,
            ],
            screener: Screener {
                after: QuestionId::OHousing,
                questions: vec![QuestionId::OMoney, QuestionId::OTransport],
            },
        }
    }

    #[test]
    fn the_checklist_comes_after_its_question_and_the_rest_is_extra() {
        let j = journey();
        assert_eq!(
            j.core_pages(),
            vec![
                Page::Question(QuestionId::W1WorkImportance),
                Page::Question(QuestionId::OHousing),
                Page::Roles,
                Page::Question(QuestionId::K1AbilityNow),
            ]
        );
        let extras = j.extras(BANK_2027_1);
        assert_eq!(extras.len(), BANK_2027_1.len() - 5);
        assert!(!extras.contains(&QuestionId::OMoney));
        assert!(j.problems(BANK_2027_1, &[]).is_empty());
    }

    #[test]
    fn problems_name_what_is_wrong() {
        let mut j = journey();
        j.screener.questions.push(QuestionId::W1MissWork);
        j.screener.questions.push(QuestionId::OSafetyHome);
        j.core.push(QuestionId::ODarkThoughts);
        let p = j.problems(BANK_2027_1, &[QuestionId::OSafetyHome]);
        assert!(p
            .iter()
            .any(|l| l.contains("'w1_miss_work' is not a circumstance")));
        assert!(p
            .iter()
            .any(|l| l.contains("'o_safety_home' can call for help")));
        assert!(p.iter().any(|l| l.contains("follow-up 'o_dark_thoughts'")));
        j.core = (0..21).map(|_| QuestionId::W1WorkImportance).collect();
        let p = j.problems(BANK_2027_1, &[]);
        assert!(p.iter().any(|l| l.contains("at most 20")), "{p:?}");
    }
}
