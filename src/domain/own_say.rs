//! The person's own say, carried beside the computed picture and never mixed into it: what they
//! want from work (a few chips), the one step they want to start with, and whether the picture
//! fits them ("klopt dit?") with a chosen reason when it does not.
//!
//! Rules kept: nothing here is scored or changes a route or a step; the result shows it beside
//! what the rules decided, in the person's words (their choices), so a klantmanager sees both.

use serde::{Deserialize, Serialize};

use super::ids::string_id;
use super::steps::StepId;

string_id! {
    /// What a person may want from work. Catalog keys: `own.wish.<id>`.
    pub enum Wish {
        WithPeople => "with_people",
        WithHands => "with_hands",
        Outdoors => "outdoors",
        WithComputers => "with_computers",
        CaringForOthers => "caring_for_others",
        FewHours => "few_hours",
        PartTime => "part_time",
        FullTime => "full_time",
        NearHome => "near_home",
        FromHome => "from_home",
        QuietPlace => "quiet_place",
    }
}

string_id! {
    /// The group a wish belongs to. Catalog keys: `own.group.<id>`.
    pub enum WishGroup {
        Kind => "kind",
        Hours => "hours",
        Place => "place",
    }
}

impl Wish {
    pub fn group(self) -> WishGroup {
        use Wish::*;
        match self {
            WithPeople | WithHands | Outdoors | WithComputers | CaringForOthers => WishGroup::Kind,
            FewHours | PartTime | FullTime => WishGroup::Hours,
            NearHome | FromHome | QuietPlace => WishGroup::Place,
        }
    }
}

string_id! {
    /// Why the picture does not fit, as the person chose it. Catalog keys: `own.reason.<id>`.
    pub enum FitReason {
        WantMore => "want_more",
        CanMore => "can_more",
        HarderThanThis => "harder_than_this",
        SituationOther => "situation_other",
        SomethingElse => "something_else",
    }
}

/// "Klopt dit?"
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "fits")]
pub enum Fit {
    Yes,
    /// Not (quite): with the reason chosen, if one was.
    No {
        reason: Option<FitReason>,
    },
}

/// Everything the person said themselves.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OwnSay {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub wishes: Vec<Wish>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_with: Option<StepId>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fit: Option<Fit>,
}

impl OwnSay {
    /// Turns a wish on or off (kept in the published order).
    pub fn toggle(&mut self, wish: Wish, on: bool) {
        self.wishes.retain(|w| *w != wish);
        if on {
            self.wishes.push(wish);
            super::sorting::sort(&mut self.wishes);
        }
    }

    /// The step to start with, if it is among `steps` (a step that is no longer offered is
    /// forgotten rather than shown).
    pub fn start_with_in(&self, steps: &[StepId]) -> Option<StepId> {
        self.start_with.filter(|s| steps.contains(s))
    }

    pub fn is_empty(&self) -> bool {
        self == &OwnSay::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wishes_toggle_in_order_and_round_trip() {
        let mut o = OwnSay::default();
        o.toggle(Wish::NearHome, true);
        o.toggle(Wish::WithPeople, true);
        o.toggle(Wish::NearHome, true);
        assert_eq!(o.wishes, vec![Wish::WithPeople, Wish::NearHome]);
        o.toggle(Wish::WithPeople, false);
        o.fit = Some(Fit::No {
            reason: Some(FitReason::CanMore),
        });
        o.start_with = Some(StepId::StepVacancies);
        let text = serde_json::to_string(&o).unwrap();
        assert_eq!(serde_json::from_str::<OwnSay>(&text).unwrap(), o);
        assert_eq!(
            o.start_with_in(&[StepId::StepVacancies]),
            Some(StepId::StepVacancies)
        );
        assert_eq!(o.start_with_in(&[StepId::StepWspTalk]), None);
        assert_eq!(Wish::FullTime.group(), WishGroup::Hours);
    }
}
