//! Next steps: for each route and each big barrier an ordered list of step ids, and the rule that
//! puts acute help first, then "Sort this out first", then the route.
//!
//! Rule kept: step ids are stable hooks that a municipality's configuration fills with local
//! services; the domain names whose part a step is (you, the municipality, an employer), never the
//! words. Routes A, B and C always include the employer's part (the seed's second success factor).

use serde::Serialize;

use super::ids::{string_id, BarrierDomain};
use super::outcome::RouteCode;

string_id! {
    /// Stable step ids. Catalog keys: `step.<id>.title`, `step.<id>.text`.
    pub enum StepId {
        Acute113 => "acute_113",
        Acute112 => "acute_112",
        AcuteVeiligThuis => "acute_veilig_thuis",
        AcuteShelter => "acute_shelter",
        BarrierMoney => "barrier_money",
        BarrierHousing => "barrier_housing",
        BarrierPhysicalHealth => "barrier_physical_health",
        BarrierMentalHealth => "barrier_mental_health",
        BarrierAlcoholDrugs => "barrier_alcohol_drugs",
        BarrierCareForOthers => "barrier_care_for_others",
        BarrierChildcare => "barrier_childcare",
        BarrierTransport => "barrier_transport",
        BarrierSupportPeople => "barrier_support_people",
        BarrierSafetyHome => "barrier_safety_home",
        BarrierJustice => "barrier_justice",
        BarrierLanguage => "barrier_language",
        BarrierDigitalAccess => "barrier_digital_access",
        BarrierDailyRhythm => "barrier_daily_rhythm",
        StepWspTalk => "step_wsp_talk",
        StepVacancies => "step_vacancies",
        StepSpeedDate => "step_speed_date",
        StepWorkfirst => "step_workfirst",
        StepTrialPlacement => "step_trial_placement",
        StepStartMoney => "step_start_money",
        StepExtraSkill => "step_extra_skill",
        StepLearningPlan => "step_learning_plan",
        StepBasicSkillsCourse => "step_basic_skills_course",
        StepApplicationTraining => "step_application_training",
        StepLearnWorkPlace => "step_learn_work_place",
        StepJobcoach => "step_jobcoach",
        StepWageSubsidy => "step_wage_subsidy",
        StepMentorAtWork => "step_mentor_at_work",
        StepShelteredWork => "step_sheltered_work",
        StepWhyNotYet => "step_why_not_yet",
        StepWorkPays => "step_work_pays",
        StepTasterDay => "step_taster_day",
        StepEmployerVisit => "step_employer_visit",
        StepCoachTalk => "step_coach_talk",
        StepRightsDuties => "step_rights_duties",
        StepSortOutList => "step_sort_out_list",
        StepSocialActivity => "step_social_activity",
        StepVolunteer => "step_volunteer",
        StepDayRhythm => "step_day_rhythm",
        StepSmallSteps => "step_small_steps",
        StepCheckAgain => "step_check_again",
    }
}

/// Whose part a step is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Part {
    /// Immediate help, before anything else.
    Acute,
    /// A local service for a barrier ("Sort this out first").
    Service,
    /// Something you can do yourself.
    You,
    /// What the municipality offers.
    Municipality,
    /// The employer's part: selection, meeting employers, a workplace with a mentor.
    Employer,
}

impl StepId {
    /// Whose part this step is.
    pub fn part(self) -> Part {
        use StepId::*;
        match self {
            Acute113 | Acute112 | AcuteVeiligThuis | AcuteShelter => Part::Acute,
            StepVacancies
            | StepWhyNotYet
            | StepVolunteer
            | StepDayRhythm
            | StepCheckAgain
            | StepBasicSkillsCourse
            | StepSortOutList => Part::You,
            StepSpeedDate | StepTrialPlacement | StepLearnWorkPlace | StepMentorAtWork
            | StepTasterDay | StepEmployerVisit => Part::Employer,
            s if s.as_str().starts_with("barrier_") => Part::Service,
            _ => Part::Municipality,
        }
    }
}

use StepId as S;

/// The ordered steps of a route, first step first.
pub fn route_steps(route: RouteCode) -> &'static [StepId] {
    match route {
        RouteCode::A => &[
            S::StepWspTalk,
            S::StepSpeedDate,
            S::StepVacancies,
            S::StepWorkfirst,
            S::StepTrialPlacement,
            S::StepStartMoney,
            S::StepExtraSkill,
        ],
        RouteCode::B => &[
            S::StepLearningPlan,
            S::StepBasicSkillsCourse,
            S::StepLearnWorkPlace,
            S::StepMentorAtWork,
            S::StepJobcoach,
            S::StepApplicationTraining,
            S::StepWageSubsidy,
            S::StepShelteredWork,
        ],
        RouteCode::C => &[
            S::StepWhyNotYet,
            S::StepWorkPays,
            S::StepCoachTalk,
            S::StepTasterDay,
            S::StepEmployerVisit,
            S::StepTrialPlacement,
            S::StepRightsDuties,
        ],
        RouteCode::D => &[
            S::StepSortOutList,
            S::StepDayRhythm,
            S::StepSocialActivity,
            S::StepVolunteer,
            S::StepSmallSteps,
            S::StepCheckAgain,
        ],
    }
}

/// The "Sort this out first" step for a barrier domain that plays a big role.
pub fn barrier_step(domain: BarrierDomain) -> StepId {
    use BarrierDomain as B;
    match domain {
        B::Money => S::BarrierMoney,
        B::Housing => S::BarrierHousing,
        B::PhysicalHealth => S::BarrierPhysicalHealth,
        B::MentalHealth => S::BarrierMentalHealth,
        B::AlcoholDrugs => S::BarrierAlcoholDrugs,
        B::CareForOthers => S::BarrierCareForOthers,
        B::Childcare => S::BarrierChildcare,
        B::Transport => S::BarrierTransport,
        B::SupportPeople => S::BarrierSupportPeople,
        B::SafetyHome => S::BarrierSafetyHome,
        B::Justice => S::BarrierJustice,
        B::Language => S::BarrierLanguage,
        B::DigitalAccess => S::BarrierDigitalAccess,
        B::DailyRhythm => S::BarrierDailyRhythm,
    }
}

/// Immediate help for an acute answer in a domain, most urgent first.
pub fn acute_steps(domain: BarrierDomain) -> &'static [StepId] {
    match domain {
        BarrierDomain::MentalHealth => &[S::Acute113, S::Acute112],
        BarrierDomain::SafetyHome => &[S::Acute112, S::AcuteVeiligThuis],
        BarrierDomain::Housing => &[S::AcuteShelter],
        _ => &[S::Acute112],
    }
}

/// All steps in order: acute help (when any), then a step per big barrier, then the route.
/// No step appears twice.
pub fn steps_for(route: RouteCode, big: &[BarrierDomain], acute: &[BarrierDomain]) -> Vec<StepId> {
    let mut out: Vec<StepId> = Vec::new();
    let acute_first = acute.iter().flat_map(|d| acute_steps(*d).iter().copied());
    let barriers = big.iter().map(|d| barrier_step(*d));
    for s in acute_first
        .chain(barriers)
        .chain(route_steps(route).iter().copied())
    {
        if !out.contains(&s) {
            out.push(s);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn routes_a_to_c_name_the_employers_part() {
        for r in [RouteCode::A, RouteCode::B, RouteCode::C] {
            assert!(
                route_steps(r).iter().any(|s| s.part() == Part::Employer),
                "{r}"
            );
        }
        assert_eq!(route_steps(RouteCode::A)[0], StepId::StepWspTalk);
        assert_eq!(
            route_steps(RouteCode::D).last(),
            Some(&StepId::StepCheckAgain)
        );
    }

    #[test]
    fn acute_help_comes_first_then_barriers() {
        let s = steps_for(
            RouteCode::B,
            &[BarrierDomain::Money, BarrierDomain::SafetyHome],
            &[BarrierDomain::MentalHealth, BarrierDomain::SafetyHome],
        );
        assert_eq!(
            &s[..4],
            &[
                S::Acute113,
                S::Acute112,
                S::AcuteVeiligThuis,
                S::BarrierMoney
            ]
        );
        assert_eq!(s[4], S::BarrierSafetyHome);
        assert_eq!(s[5], S::StepLearningPlan);
        let unique: std::collections::BTreeSet<_> = s.iter().collect();
        assert_eq!(unique.len(), s.len());
    }

    #[test]
    fn every_domain_has_its_own_barrier_step() {
        let steps: std::collections::BTreeSet<_> = BarrierDomain::ALL
            .iter()
            .map(|d| barrier_step(*d))
            .collect();
        assert_eq!(steps.len(), BarrierDomain::ALL.len());
        for d in BarrierDomain::ALL {
            assert_eq!(barrier_step(*d).as_str(), format!("barrier_{d}"));
            assert_eq!(barrier_step(*d).part(), Part::Service);
        }
    }
}
