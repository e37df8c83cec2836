//! Next steps: for each route and each big barrier an ordered list of step ids, and the rule that
//! puts acute help first, then "Sort this out first", then the route. [`steps_for`] is the list
//! of rules 2026.1 (frozen); [`steps_2027_1`] adds the steps that answers call for on their own
//! (quiet help lines, an unsure home, "a lot at once"), "talk it through" for no route yet, and
//! leaves rights and duties out when the result leads with sorting things out.
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
        // Added with rules 2027.1.
        StepTalkItThrough => "step_talk_it_through",
        StepManyAtOnce => "step_many_at_once",
        QuietVeiligThuis => "quiet_veilig_thuis",
        Quiet113 => "quiet_113",
        HelpHousingUnsure => "help_housing_unsure",
        // Added with rules 2027.2.
        StepJobcarving => "step_jobcarving",
        StepPraktijkroute => "step_praktijkroute",
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
            | StepTasterDay | StepEmployerVisit | StepJobcarving => Part::Employer,
            StepManyAtOnce | QuietVeiligThuis | Quiet113 | HelpHousingUnsure => Part::Service,
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

/// The barrier domain whose "Sort this out first" step `step` is, if it is one.
pub fn barrier_domain(step: StepId) -> Option<BarrierDomain> {
    BarrierDomain::ALL
        .iter()
        .copied()
        .find(|d| barrier_step(*d) == step)
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

/// What decides the steps of a 2027.1 result, besides the route.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Needs {
    /// `None`: no route yet.
    pub route: Option<RouteCode>,
    /// The result leads with sorting things out.
    pub sort_out_first: bool,
    /// Domains whose help comes first: big barriers, then one named as what holds the person back.
    pub first: Vec<BarrierDomain>,
    pub acute: Vec<BarrierDomain>,
    /// Steps that answers call for on their own (`answer_steps` of the rules), in rules order.
    pub answer_steps: Vec<StepId>,
    /// So many domains play a role that one plan for all of them comes first.
    pub many_at_once: bool,
    /// Sheltered work is offered only with the work-ability floor or a big health barrier.
    pub sheltered_work_fits: bool,
    /// Something was named to sort out (a barrier or what holds the person back); without it,
    /// "make a list of what to sort out first" is left out.
    pub something_to_sort: bool,
}

/// All steps of a 2027.1 result in order: acute help; then the help that comes first (big
/// barriers and the named circumstance, "a lot at once", the answers' own steps); then the route
/// (with rights and duties left out when the result leads with sorting things out, and sheltered
/// work only where it fits), or for no route yet the one step "talk it through". No step twice.
pub fn steps_2027_1(n: &Needs) -> Vec<StepId> {
    let mut out: Vec<StepId> = Vec::new();
    let mut push = |s: StepId| {
        if !out.contains(&s) {
            out.push(s);
        }
    };
    for d in &n.acute {
        acute_steps(*d).iter().copied().for_each(&mut push);
    }
    if n.many_at_once {
        push(S::StepManyAtOnce);
    }
    n.first.iter().map(|d| barrier_step(*d)).for_each(&mut push);
    n.answer_steps.iter().copied().for_each(&mut push);
    match n.route {
        None => push(S::StepTalkItThrough),
        Some(r) => route_steps(r)
            .iter()
            .copied()
            .filter(|s| !(n.sort_out_first && *s == S::StepRightsDuties))
            .filter(|s| n.sheltered_work_fits || *s != S::StepShelteredWork)
            .filter(|s| n.something_to_sort || *s != S::StepSortOutList)
            .for_each(&mut push),
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
            assert_eq!(barrier_domain(barrier_step(*d)), Some(*d));
            assert_eq!(barrier_step(*d).as_str(), format!("barrier_{d}"));
            assert_eq!(barrier_step(*d).part(), Part::Service);
        }
    }

    #[test]
    fn steps_of_2027_1_follow_the_needs() {
        let none = steps_2027_1(&Needs::default());
        assert_eq!(none, vec![S::StepTalkItThrough]);
        let c = Needs {
            route: Some(RouteCode::C),
            sort_out_first: true,
            first: vec![BarrierDomain::Childcare],
            answer_steps: vec![S::QuietVeiligThuis],
            ..Needs::default()
        };
        let s = steps_2027_1(&c);
        assert_eq!(&s[..2], &[S::BarrierChildcare, S::QuietVeiligThuis]);
        assert!(!s.contains(&S::StepRightsDuties));
        let c = Needs {
            sort_out_first: false,
            ..c
        };
        assert!(steps_2027_1(&c).contains(&S::StepRightsDuties));
        let d = Needs {
            route: Some(RouteCode::D),
            ..Needs::default()
        };
        assert!(!steps_2027_1(&d).contains(&S::StepSortOutList));
        let d = Needs {
            something_to_sort: true,
            ..d
        };
        assert_eq!(steps_2027_1(&d)[0], S::StepSortOutList);
        let b = Needs {
            route: Some(RouteCode::B),
            ..Needs::default()
        };
        assert!(!steps_2027_1(&b).contains(&S::StepShelteredWork));
        let b = Needs {
            sheltered_work_fits: true,
            many_at_once: true,
            ..b
        };
        let s = steps_2027_1(&b);
        assert!(s.contains(&S::StepShelteredWork));
        assert_eq!(s[0], S::StepManyAtOnce);
        let acute = Needs {
            acute: vec![BarrierDomain::MentalHealth],
            answer_steps: vec![S::Quiet113],
            ..b
        };
        assert_eq!(&steps_2027_1(&acute)[..2], &[S::Acute113, S::Acute112]);
    }
}
