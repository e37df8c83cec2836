//! The question bank: every question ever published (`QUESTIONS`), each with its layer, what it
//! feeds (a sub-dimension, a barrier domain, or what holds the person back), its answer scale,
//! whether it is sensitive and when it is asked; and per rules version the questions it asks, in
//! asking order (`BANK_2026_1`, `BANK_2027_1`). A question id always means the same question: a
//! reworded question gets a new id, so an old result shows the question that was really asked.
//!
//! Rules kept: one radio question per page; every question offers "I don't know", every sensitive
//! one also "I'd rather not say"; no question asks age, gender, origin, nationality, postcode or
//! home language; statements are worded positively (no reverse-keyed items). Texts live in the
//! catalog under `q.<id>.text` and `q.<id>.why`.

use serde::Serialize;

use super::ids::{string_id, BarrierDomain, Layer, ModuleId, ScaleId, SubId};

string_id! {
    /// Stable question ids. The prefix names the sub-dimension (`w1_`..`k5_`), what holds the
    /// person back (`w_`) or the barrier layer (`o_`). Ids only grow: a question a version no
    /// longer asks stays here for the results made with it.
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
        // Added with rules 2027.1.
        W1WorkImportance => "w1_work_importance",
        W1WithoutNeed => "w1_without_need",
        W1MissWork => "w1_miss_work",
        W2WishIfArranged => "w2_wish_if_arranged",
        W2FirstStep => "w2_first_step",
        W3FitsLife => "w3_fits_life",
        W3LookForward => "w3_look_forward",
        W3WorkForMe => "w3_work_for_me",
        WHoldsBack => "w_holds_back",
        K1AbilityNow => "k1_ability_now",
        K1HealthHours => "k1_health_hours",
        K2ReadingOwn => "k2_reading_own",
        K2DigitalUse => "k2_digital_use",
        K3ExperienceAny => "k3_experience_any",
        K4OnTimeOften => "k4_on_time_often",
        K4LearnNew => "k4_learn_new",
        K5HasCv => "k5_has_cv",
        K5InterviewDare => "k5_interview_dare",
        OMood => "o_mood",
        ODarkThoughts => "o_dark_thoughts",
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
    /// What holds the person back right now: shown, and it can make the result lead with
    /// "sort this out first"; never an axis.
    HoldsBack,
}

/// A question that is asked only after certain answers to an earlier one (a follow-up).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct AskIf {
    pub question: QuestionId,
    pub options: &'static [&'static str],
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
    /// Asked only after one of these answers to an earlier question; `None`: always asked.
    pub ask_if: Option<AskIf>,
}

impl Question {
    /// The layer the question belongs to.
    pub fn layer(&self) -> Layer {
        match self.feeds {
            Feeds::Sub(sub) => match sub.axis() {
                super::ids::Axis::Willen => Layer::Willen,
                super::ids::Axis::Kunnen => Layer::Kunnen,
            },
            Feeds::HoldsBack => Layer::Willen,
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

    /// Whether its hint is shown under the question: it changes how to answer, or it reassures
    /// on a sensitive topic. Every other hint says why we ask and waits behind "Why this
    /// question?", so a page holds no more words than it needs.
    pub fn hint_shown(&self) -> bool {
        HINT_SHOWN.contains(&self.id)
    }

    /// Whether the question is asked, given the answers to earlier questions.
    pub fn is_asked<'a>(&self, answer_of: impl Fn(QuestionId) -> Option<&'a str>) -> bool {
        match self.ask_if {
            None => true,
            Some(c) => answer_of(c.question).is_some_and(|a| c.options.contains(&a)),
        }
    }
}

const fn sub(id: QuestionId, s: SubId, scale: ScaleId, sensitive: bool) -> Question {
    Question {
        id,
        feeds: Feeds::Sub(s),
        scale,
        sensitive,
        module: None,
        ask_if: None,
    }
}

const fn bar(id: QuestionId, d: BarrierDomain, scale: ScaleId) -> Question {
    Question {
        id,
        feeds: Feeds::Barrier(d),
        scale,
        sensitive: true,
        module: None,
        ask_if: None,
    }
}

use BarrierDomain as B;
use QuestionId as Q;
use ScaleId as S;
use SubId as D;

/// Every question ever published, in `QuestionId` declaration order.
pub const QUESTIONS: &[Question] = &[
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
        ask_if: None,
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
    sub(Q::W1WorkImportance, D::W1Commitment, S::Importance4, false),
    sub(Q::W1WithoutNeed, D::W1Commitment, S::Likely4, false),
    sub(Q::W1MissWork, D::W1Commitment, S::Miss4, false),
    sub(Q::W2WishIfArranged, D::W2Intention, S::Wish4, false),
    sub(Q::W2FirstStep, D::W2Intention, S::When4, false),
    sub(Q::W3FitsLife, D::W3Autonomous, S::Fit4, false),
    sub(Q::W3LookForward, D::W3Autonomous, S::Forward4, false),
    sub(Q::W3WorkForMe, D::W3Sense, S::Exists5, false),
    Question {
        id: Q::WHoldsBack,
        feeds: Feeds::HoldsBack,
        scale: S::HoldsBack9,
        sensitive: true,
        module: None,
        ask_if: None,
    },
    sub(Q::K1AbilityNow, D::K1WorkAbility, S::Ability4, true),
    sub(Q::K1HealthHours, D::K1WorkAbility, S::Hours4, true),
    sub(Q::K2ReadingOwn, D::K2BasicSkills, S::Ease3, true),
    sub(Q::K2DigitalUse, D::K2BasicSkills, S::Ease3, true),
    sub(Q::K3ExperienceAny, D::K3Experience, S::Experience4, false),
    sub(Q::K4OnTimeOften, D::K4WorkHabits, S::Often4, false),
    sub(Q::K4LearnNew, D::K4WorkHabits, S::Learn4, false),
    sub(Q::K5HasCv, D::K5JobSearch, S::Cv3, false),
    sub(Q::K5InterviewDare, D::K5JobSearch, S::Dare3, false),
    bar(Q::OMood, B::MentalHealth, S::Mood3),
    Question {
        id: Q::ODarkThoughts,
        feeds: Feeds::Barrier(B::MentalHealth),
        scale: S::YesNo2,
        sensitive: true,
        module: None,
        ask_if: Some(AskIf {
            question: Q::OMood,
            options: &["sometimes", "often"],
        }),
    },
];

/// The questions of rules 2026.1, in asking order: willen, kunnen, then things around you.
/// Frozen with that version.
pub const BANK_2026_1: &[QuestionId] = &[
    Q::W1WorkMatters,
    Q::W2StartSoon,
    Q::W2NextStep,
    Q::W3OwnChoice,
    Q::W3Sense,
    Q::W3Pressure,
    Q::W5Activity,
    Q::W6Adjust,
    Q::K1WorkAbility,
    Q::K1Hours,
    Q::K2Reading,
    Q::K2Numbers,
    Q::K2Digital,
    Q::K3LastWork,
    Q::K3Papers,
    Q::K4OnTime,
    Q::K4Learning,
    Q::K5Cv,
    Q::K5Vacancies,
    Q::K5Interview,
    Q::K5AfterNo,
    Q::OMoney,
    Q::OHousing,
    Q::OPhysicalHealth,
    Q::OMentalHealth,
    Q::OAlcoholDrugs,
    Q::OCareForOthers,
    Q::OChildcare,
    Q::OTransport,
    Q::OSupportPeople,
    Q::OSafetyHome,
    Q::OJustice,
    Q::OLanguage,
    Q::ODigitalAccess,
    Q::ODailyRhythm,
];

/// The questions of rules 2027.1, in asking order. The questions that can call for help at once
/// (housing, mood and its follow-up, safety at home) come in the first third, so someone who
/// stops early has still been asked them. What holds the person back is asked among willen.
pub const BANK_2027_1: &[QuestionId] = &[
    Q::W1WorkImportance,
    Q::OHousing,
    Q::OMood,
    Q::ODarkThoughts,
    Q::OSafetyHome,
    Q::W1WithoutNeed,
    Q::W1MissWork,
    Q::W2WishIfArranged,
    Q::W2FirstStep,
    Q::WHoldsBack,
    Q::W3FitsLife,
    Q::W3LookForward,
    Q::W3WorkForMe,
    Q::W5Activity,
    Q::K1AbilityNow,
    Q::K1HealthHours,
    Q::K2ReadingOwn,
    Q::K2Numbers,
    Q::K2DigitalUse,
    Q::K3ExperienceAny,
    Q::K3Papers,
    Q::K4OnTimeOften,
    Q::K4LearnNew,
    Q::K5HasCv,
    Q::K5InterviewDare,
    Q::OMoney,
    Q::OPhysicalHealth,
    Q::OAlcoholDrugs,
    Q::OCareForOthers,
    Q::OChildcare,
    Q::OTransport,
    Q::OSupportPeople,
    Q::OJustice,
    Q::OLanguage,
    Q::ODigitalAccess,
    Q::ODailyRhythm,
];

/// Questions whose hint is shown under them (see [`Question::hint_shown`]).
const HINT_SHOWN: &[QuestionId] = &[
    QuestionId::OMood,
    QuestionId::ODarkThoughts,
    QuestionId::OSafetyHome,
    QuestionId::K1HealthHours,
    QuestionId::W5Activity,
];

/// The question with this id. Every `QuestionId` is in `QUESTIONS` (a unit test checks this).
pub fn question(id: QuestionId) -> &'static Question {
    // QUESTIONS holds every id exactly once, in declaration order.
    &QUESTIONS[id as usize]
}

/// The questions of `bank` that feed `sub`, in asking order.
pub fn questions_of_sub(
    bank: &'static [QuestionId],
    sub: SubId,
) -> impl Iterator<Item = &'static Question> {
    bank.iter()
        .map(|id| question(*id))
        .filter(move |q| q.feeds == Feeds::Sub(sub))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bank(ids: &'static [QuestionId]) -> Vec<&'static Question> {
        ids.iter().map(|id| question(*id)).collect()
    }

    #[test]
    fn questions_hold_every_id_once_in_declaration_order() {
        assert_eq!(QUESTIONS.len(), QuestionId::ALL.len());
        for (i, q) in QUESTIONS.iter().enumerate() {
            assert_eq!(q.id as usize, i, "{} is out of order", q.id);
            assert_eq!(question(q.id).id, q.id);
        }
    }

    #[test]
    fn size_and_layers_fit_the_brief() {
        for (ids, max) in [(BANK_2026_1, 35), (BANK_2027_1, 36)] {
            let b = bank(ids);
            assert!((25..=max).contains(&b.len()));
            let unique: std::collections::BTreeSet<_> = ids.iter().collect();
            assert_eq!(unique.len(), ids.len(), "a question is asked twice");
            for q in &b {
                let prefix = match q.feeds {
                    Feeds::Barrier(_) => "o_".to_string(),
                    Feeds::HoldsBack => "w_".to_string(),
                    Feeds::Sub(s) => s.as_str()[..3].to_string(),
                };
                assert!(
                    q.id.as_str().starts_with(&prefix),
                    "{} should start with {prefix}",
                    q.id
                );
                if matches!(q.feeds, Feeds::Barrier(_) | Feeds::HoldsBack) {
                    assert!(q.sensitive, "{} must offer rather_not", q.id);
                }
                if let Some(c) = q.ask_if {
                    let parent = ids.iter().position(|id| *id == c.question);
                    let me = ids.iter().position(|id| *id == q.id);
                    assert!(
                        parent < me && parent.is_some(),
                        "{} follows a question asked before it",
                        q.id
                    );
                }
            }
            for d in BarrierDomain::ALL {
                let n = b
                    .iter()
                    .filter(|q| q.feeds == Feeds::Barrier(*d) && q.ask_if.is_none())
                    .count();
                assert_eq!(n, 1, "{d} needs exactly one question asked of everyone");
            }
        }
        for s in SubId::ALL {
            assert!(
                questions_of_sub(BANK_2026_1, *s).count() >= 1,
                "{s} has no question"
            );
        }
    }

    #[test]
    fn rules_2027_1_asks_two_items_per_willen_facet_and_acute_questions_early() {
        for s in [SubId::W1Commitment, SubId::W2Intention, SubId::W3Autonomous] {
            assert!(
                questions_of_sub(BANK_2027_1, s).count() >= 2,
                "{s} needs two items"
            );
        }
        let third = BANK_2027_1.len() / 3;
        for acute in [Q::OHousing, Q::OMood, Q::ODarkThoughts, Q::OSafetyHome] {
            let at = BANK_2027_1.iter().position(|q| *q == acute).unwrap();
            assert!(
                at < third,
                "{acute} is asked at {}, after the first third",
                at + 1
            );
        }
        // No proxies: hours available, how recently one worked and Dutch reading are not asked.
        for proxy in [Q::K1Hours, Q::K3LastWork, Q::K2Reading] {
            assert!(
                !BANK_2027_1.contains(&proxy),
                "{proxy} is a proxy and is not asked"
            );
        }
    }

    #[test]
    fn a_follow_up_is_asked_only_after_its_answers() {
        let q = question(Q::ODarkThoughts);
        assert!(!q.is_asked(|_| None));
        assert!(!q.is_asked(|_| Some("mostly_well")));
        assert!(q.is_asked(|id| (id == Q::OMood).then_some("often")));
        assert!(question(Q::OMood).is_asked(|_| None));
    }

    #[test]
    fn no_demographic_questions() {
        let banned = [
            "age",
            "gender",
            "origin",
            "nationality",
            "postcode",
            "birth",
        ];
        for q in QUESTIONS {
            let words: Vec<&str> = q.id.as_str().split('_').collect();
            for b in banned {
                assert!(!words.contains(&b), "{}", q.id);
            }
            assert!(
                !(words.contains(&"home") && words.contains(&"language")),
                "{}",
                q.id
            );
        }
    }
}
