//! The scenarios of every published rules version (`fixtures/personas/<version>.json`): each
//! persona gives its expected outcome under the version its file names, each file covers what
//! the brief asks of its version (every outcome, both grey zones, each floor alone, the acute
//! path, "I'd rather not say" everywhere; for 2027.1 also no route yet, "sort this out first",
//! the new steps), and the paired proxy personas of 2027.1 get the same route. The same files
//! drive `werkroute audit` and the end-to-end tests.

use werkroute::domain::personas::{mismatches, parse_personas_file, Persona};
use werkroute::domain::steps::StepId;
use werkroute::domain::{
    score, Axis, FloorId, Lead, Outcome, OutcomeId, Rules, PUBLISHED, RATHER_NOT,
};

fn load(version: &str) -> (&'static Rules, Vec<Persona>) {
    let path = format!(
        "{}/fixtures/personas/{version}.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let (rules, personas) = parse_personas_file(&text).expect("personas parse");
    assert_eq!(rules.version, version, "{path} names another version");
    (rules, personas)
}

fn scored(version: &str) -> (Vec<Persona>, Vec<Outcome>) {
    let (rules, personas) = load(version);
    let outcomes = personas.iter().map(|p| score(rules, &p.answers)).collect();
    (personas, outcomes)
}

#[test]
fn every_persona_of_every_version_gives_its_expected_result() {
    for v in PUBLISHED {
        let (rules, personas) = load(v.version);
        assert!(
            personas.len() >= 12,
            "{}: need at least 12 personas",
            v.version
        );
        let mut wrong = Vec::new();
        for p in &personas {
            let e = &p.expect;
            assert!(
                e.route.is_some() || e.outcome.is_some(),
                "{} has no expected outcome",
                p.name
            );
            let miss = mismatches(e, &score(rules, &p.answers));
            if !miss.is_empty() {
                wrong.push(format!("{} {}: {}", v.version, p.name, miss.join("; ")));
            }
        }
        assert!(wrong.is_empty(), "{wrong:#?}");
    }
}

#[test]
fn every_version_covers_its_outcomes_grey_zones_floors_acute_and_rather_not() {
    for v in PUBLISHED {
        let (personas, outcomes) = scored(v.version);
        let (rules, _) = load(v.version);
        let ids: &[OutcomeId] = if v.version == "2026.1" {
            &[OutcomeId::A, OutcomeId::B, OutcomeId::C, OutcomeId::D]
        } else {
            OutcomeId::ALL
        };
        for id in ids {
            assert!(
                outcomes.iter().any(|o| o.outcome_id() == *id),
                "{}: no persona gives {id}",
                v.version
            );
        }
        for axis in Axis::ALL {
            let grey_only_here = outcomes.iter().any(|o| {
                o.axis(*axis).grey && o.axis(*axis).score.is_some() && o.neighbour_routes.len() == 1
            });
            assert!(
                grey_only_here,
                "{}: no persona in the {axis} grey zone",
                v.version
            );
        }
        for f in FloorId::ALL {
            assert!(
                outcomes.iter().any(|o| o.kunnen.floors == vec![*f]),
                "{}: no persona where only the {f} floor applies",
                v.version
            );
        }
        assert!(
            outcomes.iter().filter(|o| o.acute).count() >= 2,
            "{}: acute path",
            v.version
        );
        let rather_not_everywhere = personas.iter().any(|p| {
            rules
                .questions()
                .filter(|q| q.sensitive && q.ask_if.is_none())
                .all(|q| p.answers.get(q.id) == Some(RATHER_NOT))
        });
        assert!(
            rather_not_everywhere,
            "{}: no persona says 'rather not' everywhere",
            v.version
        );
    }
}

#[test]
fn rules_2027_1_scenarios_cover_its_new_outcomes_and_steps() {
    let (personas, outcomes) = scored("2027.1");
    for lead in [Lead::Route, Lead::SortOutFirst, Lead::NoRouteYet] {
        assert!(
            outcomes.iter().any(|o| o.lead == lead),
            "no persona leads with {lead:?}"
        );
    }
    for s in [
        StepId::StepTalkItThrough,
        StepId::StepManyAtOnce,
        StepId::QuietVeiligThuis,
        StepId::HelpHousingUnsure,
        StepId::Acute113,
    ] {
        assert!(
            outcomes.iter().any(|o| o.steps.contains(&s)),
            "no persona gets {s}"
        );
    }
    // Silence never gives a route; and no one who leads with sorting things out reads about
    // rights and duties.
    for (p, o) in personas.iter().zip(&outcomes) {
        if p.answers.is_empty() {
            assert_eq!(o.lead, Lead::NoRouteYet, "{}", p.name);
        }
        if o.lead == Lead::SortOutFirst {
            assert!(!o.steps.contains(&StepId::StepRightsDuties), "{}", p.name);
        }
    }
}

/// The paired proxy personas: each pair differs only in a trait that stands in for care duties,
/// Dutch as a second language, age or a disability that does not limit work. Same route.
#[test]
fn paired_proxy_personas_get_the_same_route() {
    let (personas, outcomes) = scored("2027.1");
    let mut pairs: std::collections::BTreeMap<&str, Vec<(&str, OutcomeId)>> = Default::default();
    for (p, o) in personas.iter().zip(&outcomes) {
        if let Some(pair) = &p.pair {
            pairs
                .entry(pair)
                .or_default()
                .push((&p.name, o.outcome_id()));
        }
    }
    for trait_ in ["care_duty", "dutch_second_language", "age", "disability"] {
        let members = pairs
            .get(trait_)
            .unwrap_or_else(|| panic!("no pair for {trait_}"));
        assert_eq!(members.len(), 2, "{trait_}: {members:?}");
        assert_eq!(members[0].1, members[1].1, "{trait_}: {members:?}");
        println!(
            "pair {trait_}: {} {} / {} {}",
            members[0].0, members[0].1, members[1].0, members[1].1
        );
    }
}

#[test]
fn acute_personas_see_immediate_help_first() {
    for v in PUBLISHED {
        let (personas, outcomes) = scored(v.version);
        for (p, o) in personas
            .iter()
            .zip(&outcomes)
            .filter(|(p, _)| p.expect.acute == Some(true))
        {
            let first = o.steps.first().expect("steps");
            assert!(
                first.as_str().starts_with("acute_"),
                "{}: first step {first}",
                p.name
            );
        }
    }
}
