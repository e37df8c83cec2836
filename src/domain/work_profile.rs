//! The work profile (werkprofiel): one page a person makes from their own result to bring to an
//! employer, for a speed-date or a first talk where the employer selects.
//!
//! Rules kept (issue 19):
//! - **Only what the person is good at, looks for and wants to learn.** Strengths are offered only
//!   from their own sub-scores in the "yes" band (a weakness cannot be picked), and the person
//!   picks which go. Never a barrier, a route, a score or an answer: a [`WorkProfile`] has no
//!   field that could hold one, and its link ([`crate::domain::code::encode_profile`]) carries
//!   only these choices.
//! - **Support for employers is general.** Whether the page lists what an employer can get when
//!   hiring (a trial placement, wage cost subsidy, no-risk policy, a jobcoach, adjustments) is one
//!   yes/no for the whole list: named as possibilities, never tied to the person.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use super::ids::{string_id, SubId};
use super::outcome::Outcome;
use super::own_say::{Wish, WishGroup};
use super::rules::Rules;
use super::share::Month;

string_id! {
    /// What a person wants to learn at or for work. Catalog keys: `profile.learn.<id>`.
    pub enum Learn {
        Dutch => "dutch",
        Trade => "trade",
        Computer => "computer",
        Certificate => "certificate",
        DrivingLicence => "driving_licence",
        OnTheJob => "on_the_job",
    }
}

string_id! {
    /// General support an employer can get when hiring through the gemeente. Catalog keys:
    /// `profile.support.<id>.title` and `.text`. Shown as possibilities, all or none.
    pub enum EmployerSupport {
        TrialPlacement => "trial_placement",
        WageSubsidy => "wage_subsidy",
        NoRisk => "no_risk",
        Jobcoach => "jobcoach",
        Adjustments => "adjustments",
    }
}

/// The sub-scores a profile can name as a strength: those that carry weight in the route (what
/// is shown for the conversation only, like pressure from outside, is never a strength).
pub const STRENGTHS: [SubId; 10] = [
    SubId::W1Commitment,
    SubId::W2Intention,
    SubId::W3Autonomous,
    SubId::W3Sense,
    SubId::W5Activity,
    SubId::K1WorkAbility,
    SubId::K2BasicSkills,
    SubId::K3Experience,
    SubId::K4WorkHabits,
    SubId::K5JobSearch,
];

/// What the person chose for their profile (kept with their answers, wiped with them).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProfileChoice {
    /// Strengths the person took off (every offered strength goes unless taken off, so a
    /// strength that appears later is on).
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub left_out: BTreeSet<SubId>,
    /// What they want to learn.
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub learn: BTreeSet<Learn>,
    /// Whether the general support for employers is on the page.
    #[serde(default = "yes")]
    pub support: bool,
}

fn yes() -> bool {
    true
}

impl Default for ProfileChoice {
    fn default() -> Self {
        ProfileChoice {
            left_out: BTreeSet::new(),
            learn: BTreeSet::new(),
            support: true,
        }
    }
}

impl ProfileChoice {
    pub fn set_strength(&mut self, sub: SubId, on: bool) {
        if on {
            self.left_out.remove(&sub);
        } else {
            self.left_out.insert(sub);
        }
    }

    pub fn set_learn(&mut self, learn: Learn, on: bool) {
        if on {
            self.learn.insert(learn);
        } else {
            self.learn.remove(&learn);
        }
    }

    pub fn is_default(&self) -> bool {
        self == &ProfileChoice::default()
    }
}

/// The profile itself: what the page and its link show.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WorkProfile {
    /// Strengths, in [`STRENGTHS`] order.
    pub strengths: Vec<SubId>,
    /// What they look for: the kind of work, hours and place they want, in published order.
    pub wishes: Vec<Wish>,
    pub learn: Vec<Learn>,
    /// The general support for employers is listed.
    pub support: bool,
    /// The language the person reads besides Dutch (a locale code, e.g. "ar"), shown side by side.
    pub language: Option<&'static str>,
    /// When it was made (the month only).
    pub made: Month,
}

impl WorkProfile {
    /// Wishes of one group (kind of work, hours, place).
    pub fn wishes_in(&self, group: WishGroup) -> Vec<Wish> {
        self.wishes
            .iter()
            .copied()
            .filter(|w| w.group() == group)
            .collect()
    }

    /// Nothing the person could show an employer.
    pub fn is_empty(&self) -> bool {
        self.strengths.is_empty() && self.wishes.is_empty() && self.learn.is_empty()
    }
}

/// The strengths a person can pick: their sub-scores in the "yes" band that carry weight, in
/// [`STRENGTHS`] order. A low or unknown sub-score is never offered.
pub fn offered_strengths(rules: &Rules, outcome: &Outcome) -> Vec<SubId> {
    STRENGTHS
        .iter()
        .copied()
        .filter(|sub| {
            outcome.subscores.iter().any(|s| {
                s.sub == *sub
                    && (s.weight > 0.0 || s.drag > 0.0)
                    && s.score.is_some_and(|v| v >= rules.bands.yes_from)
            })
        })
        .collect()
}

/// The profile from the person's result, wishes and choice.
pub fn build(
    rules: &Rules,
    outcome: &Outcome,
    wishes: &[Wish],
    choice: &ProfileChoice,
    language: Option<&'static str>,
    made: Month,
) -> WorkProfile {
    let mut wishes = wishes.to_vec();
    super::sorting::sort(&mut wishes);
    wishes.dedup();
    WorkProfile {
        strengths: offered_strengths(rules, outcome)
            .into_iter()
            .filter(|s| !choice.left_out.contains(s))
            .collect(),
        wishes,
        learn: choice.learn.iter().copied().collect(),
        support: choice.support,
        language: language.filter(|l| *l != "nl"),
        made,
    }
}

#[cfg(test)]
#[path = "work_profile_tests.rs"]
mod tests;
