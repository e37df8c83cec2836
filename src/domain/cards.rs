//! If-then action cards: per route, the "if" situations and "then" actions a person picks from to
//! write 1-3 cards for themselves ("If it is Monday morning, then I look at three vacancies").
//!
//! Rule kept: cards are templates of ids; the person chooses, the tool never assigns. Texts are
//! `card.if.<id>` and `card.then.<id>` in the catalog.

use serde::Serialize;

use super::ids::string_id;
use super::outcome::RouteCode;

string_id! {
    /// The "if" half of a card: a moment or a situation.
    pub enum CardIf {
        MondayMorning => "monday_morning",
        AfterBreakfast => "after_breakfast",
        Rejected => "rejected",
        FeelStuck => "feel_stuck",
        LetterArrives => "letter_arrives",
        AppointmentSoon => "appointment_soon",
        EveningFree => "evening_free",
        DayWithoutPlans => "day_without_plans",
    }
}

string_id! {
    /// The "then" half of a card: one small, concrete action.
    pub enum CardThen {
        LookThreeVacancies => "look_three_vacancies",
        CallOneEmployer => "call_one_employer",
        UpdateCv => "update_cv",
        PracticeFifteenMinutes => "practice_fifteen_minutes",
        AskSomeoneToHelp => "ask_someone_to_help",
        WriteDownOneQuestion => "write_down_one_question",
        TryAgainNextDay => "try_again_next_day",
        WalkOutside => "walk_outside",
        OpenPostWithSomeone => "open_post_with_someone",
        VisitOneWorkplace => "visit_one_workplace",
    }
}

/// The card template of a route: the situations and actions offered, most fitting first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct CardTemplate {
    pub route: RouteCode,
    pub ifs: &'static [CardIf],
    pub thens: &'static [CardThen],
}

/// How many cards a person can make at most.
pub const MAX_CARDS: usize = 3;

use CardIf as I;
use CardThen as T;

/// The card template for `route`.
pub fn card_template(route: RouteCode) -> CardTemplate {
    let (ifs, thens): (&'static [CardIf], &'static [CardThen]) = match route {
        RouteCode::A => (
            &[
                I::MondayMorning,
                I::Rejected,
                I::AppointmentSoon,
                I::EveningFree,
            ],
            &[
                T::LookThreeVacancies,
                T::CallOneEmployer,
                T::UpdateCv,
                T::TryAgainNextDay,
            ],
        ),
        RouteCode::B => (
            &[
                I::AfterBreakfast,
                I::EveningFree,
                I::FeelStuck,
                I::AppointmentSoon,
            ],
            &[
                T::PracticeFifteenMinutes,
                T::AskSomeoneToHelp,
                T::WriteDownOneQuestion,
                T::UpdateCv,
            ],
        ),
        RouteCode::C => (
            &[
                I::MondayMorning,
                I::FeelStuck,
                I::AppointmentSoon,
                I::DayWithoutPlans,
            ],
            &[
                T::VisitOneWorkplace,
                T::WriteDownOneQuestion,
                T::AskSomeoneToHelp,
                T::LookThreeVacancies,
            ],
        ),
        RouteCode::D => (
            &[
                I::AfterBreakfast,
                I::LetterArrives,
                I::FeelStuck,
                I::DayWithoutPlans,
            ],
            &[
                T::WalkOutside,
                T::OpenPostWithSomeone,
                T::AskSomeoneToHelp,
                T::WriteDownOneQuestion,
            ],
        ),
    };
    CardTemplate { route, ifs, thens }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_route_offers_choice_and_every_part_is_used() {
        let mut used_if = std::collections::BTreeSet::new();
        let mut used_then = std::collections::BTreeSet::new();
        for r in RouteCode::ALL {
            let t = card_template(*r);
            assert!(t.ifs.len() >= MAX_CARDS && t.thens.len() >= MAX_CARDS);
            used_if.extend(t.ifs.iter().copied());
            used_then.extend(t.thens.iter().copied());
        }
        assert_eq!(used_if.len(), CardIf::ALL.len());
        assert_eq!(used_then.len(), CardThen::ALL.len());
    }
}
