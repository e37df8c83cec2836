//! Every persona in `fixtures/personas.json` gives its expected route, grey zone and acute flag,
//! and the file covers what the brief asks: every route, both grey zones, each floor, the acute
//! path and "I'd rather not say" everywhere. The same file drives the end-to-end tests.

use werkroute::domain::personas::{mismatches, parse_personas_json, Persona};
use werkroute::domain::{score, Axis, FloorId, Outcome, RouteCode, Rules, BANK, RATHER_NOT};

const PERSONAS: &str = include_str!("../fixtures/personas.json");

fn load() -> (Vec<Persona>, &'static Rules) {
    let rules = Rules::builtin().expect("built-in rules");
    (
        parse_personas_json(PERSONAS, rules).expect("personas parse"),
        rules,
    )
}

#[test]
fn every_persona_gives_its_expected_result() {
    let (personas, rules) = load();
    assert!(
        personas.len() >= 12,
        "need at least 12 personas, have {}",
        personas.len()
    );
    let mut wrong = Vec::new();
    for p in &personas {
        assert!(p.expect.route.is_some(), "{} has no expected route", p.name);
        let miss = mismatches(&p.expect, &score(rules, &p.answers));
        if !miss.is_empty() {
            wrong.push(format!("{}: {}", p.name, miss.join("; ")));
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}

#[test]
fn fixture_names_the_rules_version_it_was_written_for() {
    let v: serde_json::Value = serde_json::from_str(PERSONAS).unwrap();
    assert_eq!(
        v["rules_version"],
        Rules::builtin().unwrap().version.as_str()
    );
}

#[test]
fn personas_cover_routes_grey_zones_floors_acute_and_rather_not() {
    let (personas, rules) = load();
    let outcomes: Vec<(&Persona, Outcome)> = personas
        .iter()
        .map(|p| (p, score(rules, &p.answers)))
        .collect();
    for r in RouteCode::ALL {
        assert!(
            outcomes.iter().any(|(_, o)| o.route == *r),
            "no persona on route {r}"
        );
    }
    for axis in Axis::ALL {
        let grey_only_here = outcomes.iter().any(|(_, o)| {
            o.axis(*axis).grey && o.axis(*axis).score.is_some() && o.neighbour_routes.len() == 1
        });
        assert!(grey_only_here, "no persona in the {axis} grey zone");
    }
    for f in FloorId::ALL {
        assert!(
            outcomes.iter().any(|(_, o)| o.kunnen.floors == vec![*f]),
            "no persona where only the {f} floor applies"
        );
    }
    assert!(
        outcomes.iter().filter(|(_, o)| o.acute).count() >= 2,
        "acute path not covered"
    );
    let rather_not_everywhere = personas.iter().any(|p| {
        BANK.iter()
            .filter(|q| q.sensitive)
            .all(|q| p.answers.get(q.id) == Some(RATHER_NOT))
    });
    assert!(
        rather_not_everywhere,
        "no persona says 'rather not' on every sensitive question"
    );
}

#[test]
fn acute_personas_see_immediate_help_first() {
    let (personas, rules) = load();
    for p in personas.iter().filter(|p| p.expect.acute == Some(true)) {
        let o = score(rules, &p.answers);
        let first = o.steps.first().expect("steps");
        assert!(
            first.as_str().starts_with("acute_"),
            "{}: first step {first}",
            p.name
        );
    }
}
