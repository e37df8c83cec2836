//! Steps chosen by need (rules 2027.2): within one route, low sub-scores and circumstances decide
//! which steps come and in what order. Property tests over random answer sets, and the personas
//! who share a route.

use proptest::prelude::*;
use werkroute::domain::ids::{BarrierDomain, FloorId, SubId};
use werkroute::domain::outcome::BarrierLevel;
use werkroute::domain::personas::parse_personas_file;
use werkroute::domain::steps::{Part, StepId};
use werkroute::domain::{score, Answers, Lead, Outcome, Rules};

fn rules() -> &'static Rules {
    Rules::get("2027.2").expect("rules 2027.2")
}

/// A random answer set: every question answered with one of its options (value or not).
fn sample(seed: u64) -> Answers {
    let r = rules();
    let mut x = seed | 1;
    let mut a = Answers::new();
    for q in r.questions() {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        let opts = r.options(q);
        a.set(q.id, opts[(x % opts.len() as u64) as usize].id.clone());
    }
    a
}

fn sub(o: &Outcome, s: SubId) -> Option<u8> {
    o.subscores
        .iter()
        .find(|x| x.sub == s)
        .and_then(|x| x.score)
}

fn big(o: &Outcome, d: BarrierDomain) -> bool {
    o.barriers
        .iter()
        .any(|b| b.domain == d && b.level >= BarrierLevel::Big)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn steps_follow_the_published_needs(seed in any::<u64>()) {
        let o = score(rules(), &sample(seed));
        let yes = rules().bands.yes_from;
        let Some(route) = o.route else {
            prop_assert!(o.steps.contains(&StepId::StepTalkItThrough));
            return Ok(());
        };
        let low = |s| sub(&o, s).is_some_and(|v| v < yes);
        // Application training exactly when job search is low, in every route.
        prop_assert_eq!(o.steps.contains(&StepId::StepApplicationTraining), low(SubId::K5JobSearch), "{}", route);
        // Sheltered work only with the work-ability floor or a big health circumstance.
        if o.steps.contains(&StepId::StepShelteredWork) {
            prop_assert!(o.kunnen.floors.contains(&FloorId::WorkAbility)
                || big(&o, BarrierDomain::PhysicalHealth) || big(&o, BarrierDomain::MentalHealth));
        }
        // A basic-skills course only when basic skills are low or their floor is met.
        if o.steps.contains(&StepId::StepBasicSkillsCourse) {
            prop_assert!(low(SubId::K2BasicSkills) || o.kunnen.floors.contains(&FloorId::BasicSkills));
        }
        // Every route names what an employer does.
        prop_assert!(o.steps.iter().any(|s| s.part() == Part::Employer), "{}: no employer", route);
        // Help that comes first stays first: no route step before a service or acute step.
        let first_route = o.steps.iter().position(|s| !matches!(s.part(), Part::Acute | Part::Service));
        if let Some(i) = first_route {
            prop_assert!(o.steps[i..].iter().all(|s| !matches!(s.part(), Part::Acute | Part::Service)));
        }
        if o.lead == Lead::SortOutFirst {
            prop_assert!(!o.steps.contains(&StepId::StepRightsDuties));
        }
        // No step twice.
        let mut seen = o.steps.clone();
        seen.sort();
        seen.dedup();
        prop_assert_eq!(seen.len(), o.steps.len());
    }

    #[test]
    fn same_route_different_low_scores_different_steps(seed in any::<u64>()) {
        // The same person, once ready for job search and once not: if the route stays, the steps differ.
        let mut a = sample(seed);
        a.set(werkroute::domain::QuestionId::K5HasCv, "recent");
        a.set(werkroute::domain::QuestionId::K5InterviewDare, "yes");
        let mut b = a.clone();
        b.set(werkroute::domain::QuestionId::K5HasCv, "none");
        b.set(werkroute::domain::QuestionId::K5InterviewDare, "not_yet");
        let (oa, ob) = (score(rules(), &a), score(rules(), &b));
        if oa.route.is_some() && oa.route == ob.route {
            prop_assert_ne!(&oa.steps, &ob.steps);
            prop_assert!(ob.steps.contains(&StepId::StepApplicationTraining));
            prop_assert!(!oa.steps.contains(&StepId::StepApplicationTraining));
        }
    }
}

#[test]
fn three_people_on_route_b_get_the_steps_they_need() {
    let text = include_str!("../fixtures/personas/2027.2.json");
    let (rules, personas) = parse_personas_file(text).unwrap();
    let steps = |name: &str| {
        let p = personas.iter().find(|p| p.name == name).unwrap();
        let o = score(rules, &p.answers);
        assert_eq!(o.route.map(|r| r.as_str()), Some("B"), "{name}");
        println!(
            "{name}: {:?}",
            o.steps.iter().map(|s| s.as_str()).collect::<Vec<_>>()
        );
        o.steps
    };
    let (kees, easy, hard, ria) = (
        steps("Kees"),
        steps("Kees, lezen makkelijk"),
        steps("Kees, lezen moeilijk"),
        steps("Ria"),
    );
    assert!(
        easy.contains(&StepId::StepApplicationTraining)
            && !easy.contains(&StepId::StepBasicSkillsCourse)
    );
    assert!(
        hard.contains(&StepId::StepBasicSkillsCourse)
            && !hard.contains(&StepId::StepApplicationTraining)
    );
    assert!(
        kees.contains(&StepId::StepApplicationTraining) && kees.contains(&StepId::StepJobcoach)
    );
    assert!(ria.contains(&StepId::StepShelteredWork) && ria.contains(&StepId::StepJobcarving));
    assert!(!kees.contains(&StepId::StepShelteredWork));
    // The lowest need comes right after the route's first step.
    assert_eq!(hard[0], StepId::StepLearningPlan);
    assert_eq!(hard[1], StepId::StepBasicSkillsCourse);
}
