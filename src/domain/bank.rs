//! The question bank: every question, in asking order, with its layer, what it feeds (a
//! sub-dimension or a barrier domain), its answer scale and whether it is sensitive.
//!
//! Rules kept: one radio question per page; every question offers "I don't know", every sensitive
//! one also "I'd rather not say"; no question asks age, gender, origin, nationality, postcode or
//! home language; statements are worded positively (no reverse-keyed items). Texts live in the
//! catalog under `q.<id>.text` and `q.<id>.why`.

use serde::Serialize;

use super::ids::{string_id, BarrierDomain, Layer, ModuleId, ScaleId, SubId};

string_id! {
    /// Stable question ids. The prefix names the sub-dimension (`w1_`..`k5_`) or the barrier layer (`o_`).
    pub enum QuestionId {
        W1WorkMatters => "w1_work_matters",
        W2StartSoon => "w2_start_soon",
        W2NextStep => "w2_next_step",
        W3OwnChoice => "w3_own_choice",
        W3Sense => "w3_sense",
        W3Pressure => "w3_pressure",
        W5Activity => "w5_search_activity",
        W6Adjust => "w6_adjust",
        K1WorkAbility => "k1_work_ability",
        K1Hours => "k1_hours",
        K2Reading => "k2_reading",
        K2Numbers => "k2_numbers",
        K2Digital => "k2_digital",
        K3LastWork => "k3_last_work",
        K3Papers => "k3_papers",
        K4OnTime => "k4_on_time",
        K4Learning => "k4_learning",
        K5Cv => "k5_cv",
        K5Vacancies => "k5_vacancies",
        K5Interview => "k5_interview",
        K5AfterNo => "k5_after_no",
        OMoney => "o_money",
        OHousing => "o_housing",
        OPhysicalHealth => "o_physical_health",
        OMentalHealth => "o_mental_health",
        OAlcoholDrugs => "o_alcohol_drugs",
        OCareForOthers => "o_care_for_others",
        OChildcare => "o_childcare",
        OTransport => "o_transport",
        OSupportPeople => "o_support_people",
        OSafetyHome => "o_safety_home",
        OJustice => "o_justice",
        OLanguage => "o_language",
        ODigitalAccess => "o_digital_access",
        ODailyRhythm => "o_daily_rhythm",
    }
}

/// What an answer to a question feeds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "kind", content = "id")]
pub enum Feeds {
    /// A sub-dimension of willen or kunnen.
    Sub(SubId),
    /// A barrier domain of the overlay (never an axis).
    Barrier(BarrierDomain),
}

/// One question of the bank.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Question {
    /// Stable id; catalog keys are `q.<id>.text` and `q.<id>.why`.
    pub id: QuestionId,
    /// What the answer feeds.
    pub feeds: Feeds,
    /// The answer scale (options and values are in the rules).
    pub scale: ScaleId,
    /// Sensitive questions also offer "I'd rather not say".
    pub sensitive: bool,
    /// The optional module this question belongs to, if any.
    pub module: Option<ModuleId>,
}

impl Question {
    /// The layer the question belongs to.
    pub fn layer(&self) -> Layer {
        match self.feeds {
            Feeds::Sub(sub) => match sub.axis() {
                super::ids::Axis::Willen => Layer::Willen,
                super::ids::Axis::Kunnen => Layer::Kunnen,
            },
            Feeds::Barrier(_) => Layer::Omstandigheden,
        }
    }

    /// The catalog key of the question text.
    pub fn text_key(&self) -> String {
        format!("q.{}.text", self.id)
    }

    /// The catalog key of the one-line "why we ask this".
    pub fn why_key(&self) -> String {
        format!("q.{}.why", self.id)
    }
}

const fn sub(id: QuestionId, s: SubId, scale: ScaleId, sensitive: bool) -> Question {
    Question {
        id,
        feeds: Feeds::Sub(s),
        scale,
        sensitive,
        module: None,
    }
}

const fn bar(id: QuestionId, d: BarrierDomain, scale: ScaleId) -> Question {
    Question {
        id,
        feeds: Feeds::Barrier(d),
        scale,
        sensitive: true,
        module: None,
    }
}

use BarrierDomain as B;
use QuestionId as Q;
use ScaleId as S;
use SubId as D;

/// The whole bank in asking order: willen, kunnen, then things around you.
pub const BANK: &[Question] = &[
    sub(Q::W1WorkMatters, D::W1Commitment, S::Agree5, false),
    sub(Q::W2StartSoon, D::W2Intention, S::Agree5, false),
    sub(Q::W2NextStep, D::W2Intention, S::Agree5, false),
    sub(Q::W3OwnChoice, D::W3Autonomous, S::Agree5, false),
    sub(Q::W3Sense, D::W3Sense, S::Sense5, false),
    sub(Q::W3Pressure, D::W3Controlled, S::Agree5, true),
    sub(Q::W5Activity, D::W5Activity, S::Activity4, false),
    sub(Q::W6Adjust, D::W6Adjust, S::Adjust3, false),
    sub(Q::K1WorkAbility, D::K1WorkAbility, S::Ability4, true),
    sub(Q::K1Hours, D::K1WorkAbility, S::Hours4, true),
    sub(Q::K2Reading, D::K2BasicSkills, S::Ease3, true),
    sub(Q::K2Numbers, D::K2BasicSkills, S::Ease3, true),
    sub(Q::K2Digital, D::K2BasicSkills, S::Ease3, true),
    sub(Q::K3LastWork, D::K3Experience, S::Recency4, false),
    sub(Q::K3Papers, D::K3Experience, S::Papers3, false),
    sub(Q::K4OnTime, D::K4WorkHabits, S::Agree5, false),
    sub(Q::K4Learning, D::K4WorkHabits, S::Agree5, false),
    sub(Q::K5Cv, D::K5JobSearch, S::Agree5, false),
    sub(Q::K5Vacancies, D::K5JobSearch, S::Agree5, false),
    sub(Q::K5Interview, D::K5JobSearch, S::Agree5, false),
    sub(Q::K5AfterNo, D::K5JobSearch, S::Agree5, false),
    bar(Q::OMoney, B::Money, S::Role3),
    bar(Q::OHousing, B::Housing, S::Housing4),
    bar(Q::OPhysicalHealth, B::PhysicalHealth, S::Role3),
    bar(Q::OMentalHealth, B::MentalHealth, S::Mood4),
    Question {
        id: Q::OAlcoholDrugs,
        feeds: Feeds::Barrier(B::AlcoholDrugs),
        scale: S::Role3,
        sensitive: true,
        module: Some(ModuleId::AlcoholDrugs),
    },
    bar(Q::OCareForOthers, B::CareForOthers, S::Role3),
    bar(Q::OChildcare, B::Childcare, S::Childcare3),
    bar(Q::OTransport, B::Transport, S::Role3),
    bar(Q::OSupportPeople, B::SupportPeople, S::Support3),
    bar(Q::OSafetyHome, B::SafetyHome, S::Safety4),
    bar(Q::OJustice, B::Justice, S::Role3),
    bar(Q::OLanguage, B::Language, S::Role3),
    bar(Q::ODigitalAccess, B::DigitalAccess, S::Access3),
    bar(Q::ODailyRhythm, B::DailyRhythm, S::Rhythm3),
];

/// The question with this id. Every `QuestionId` is in the bank (a unit test checks this).
pub fn question(id: QuestionId) -> &'static Question {
    // BANK holds every id exactly once, in declaration order.
    &BANK[id as usize]
}

/// The questions to ask, in asking order, leaving out every question whose module is named in
/// `modules_off` (e.g. `&["alcohol_drugs"]`). Unknown module names are ignored.
pub fn questions_for(modules_off: &[&str]) -> Vec<&'static Question> {
    BANK.iter()
        .filter(|q| match q.module {
            Some(m) => !modules_off.contains(&m.as_str()),
            None => true,
        })
        .collect()
}

/// The questions that feed `sub`, in asking order.
pub fn questions_of_sub(sub: SubId) -> impl Iterator<Item = &'static Question> {
    BANK.iter().filter(move |q| q.feeds == Feeds::Sub(sub))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bank_holds_every_id_once_in_declaration_order() {
        assert_eq!(BANK.len(), QuestionId::ALL.len());
        for (i, q) in BANK.iter().enumerate() {
            assert_eq!(q.id as usize, i, "{} is out of order", q.id);
            assert_eq!(question(q.id).id, q.id);
        }
    }

    #[test]
    fn size_and_layers_fit_the_brief() {
        assert!((25..=35).contains(&BANK.len()));
        for q in BANK {
            let prefix = match q.layer() {
                Layer::Omstandigheden => "o_".to_string(),
                _ => match q.feeds {
                    Feeds::Sub(s) => s.as_str()[..3].to_string(),
                    Feeds::Barrier(_) => unreachable!(),
                },
            };
            assert!(
                q.id.as_str().starts_with(&prefix),
                "{} should start with {prefix}",
                q.id
            );
            if q.layer() == Layer::Omstandigheden {
                assert!(
                    q.sensitive,
                    "{} is a barrier question and must offer rather_not",
                    q.id
                );
            }
        }
        for s in SubId::ALL {
            assert!(questions_of_sub(*s).count() >= 1, "{s} has no question");
        }
        for d in BarrierDomain::ALL {
            let n = BANK
                .iter()
                .filter(|q| q.feeds == Feeds::Barrier(*d))
                .count();
            assert_eq!(n, 1, "{d} needs exactly one question");
        }
    }

    #[test]
    fn modules_can_be_switched_off() {
        let all = questions_for(&[]);
        let kiosk = questions_for(&["alcohol_drugs"]);
        assert_eq!(all.len(), BANK.len());
        assert_eq!(kiosk.len(), BANK.len() - 1);
        assert!(kiosk.iter().all(|q| q.id != QuestionId::OAlcoholDrugs));
        assert_eq!(questions_for(&["no_such_module"]).len(), BANK.len());
    }

    #[test]
    fn no_demographic_questions() {
        let banned = [
            "age",
            "gender",
            "origin",
            "nationality",
            "postcode",
            "home",
            "birth",
        ];
        for q in BANK {
            let words: Vec<&str> = q.id.as_str().split('_').collect();
            for b in banned {
                let home_language = b == "home" && words.contains(&"language");
                assert!(
                    !words.contains(&b) || (b == "home" && !home_language),
                    "{}",
                    q.id
                );
            }
        }
    }
}
