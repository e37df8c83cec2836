//! What goes along: topics, the default choice, acute answers, months.

use super::*;
use crate::domain::rules::Rules;

fn q(id: &str) -> QuestionId {
    QuestionId::parse(id).unwrap()
}

fn answers(pairs: &[(&str, &str)]) -> Answers {
    let mut a = Answers::new();
    for (id, option) in pairs {
        a.set(q(id), *option);
    }
    a
}

#[test]
fn a_circumstance_that_plays_no_role_is_not_offered_and_never_goes() {
    let rules = Rules::current().unwrap();
    let a = answers(&[
        ("w1_work_importance", "very"),
        ("o_money", "no"),
        ("o_transport", "rather_not"),
        ("o_language", "a_little"),
        ("w_holds_back", "nothing"),
    ]);
    let offered: Vec<Topic> = offers(rules, &a).iter().map(|o| o.topic).collect();
    assert_eq!(offered, vec![Topic::Willen, Topic::Language]);
    let mut everything = ShareChoice::default();
    for t in Topic::ALL {
        everything.set_include(*t, true);
    }
    let (shared, withheld) = split(rules, &a, &everything);
    assert_eq!(shared.get(q("o_language")), Some("a_little"));
    assert_eq!(shared.len(), 2);
    assert_eq!(withheld.len(), 3);
}

#[test]
fn by_default_willen_and_kunnen_go_and_no_circumstance() {
    let rules = Rules::current().unwrap();
    let a = answers(&[
        ("w1_work_importance", "very"),
        ("k1_ability_now", "was_6_7"),
        ("o_money", "a_lot"),
        ("w_holds_back", "health"),
        ("o_housing", "stable"),
    ]);
    let (shared, withheld) = split(rules, &a, &ShareChoice::default());
    assert_eq!(shared.get(q("w1_work_importance")), Some("very"));
    assert_eq!(shared.get(q("k1_ability_now")), Some("was_6_7"));
    assert_eq!(shared.len(), 2);
    assert_eq!(
        left_out(rules, &withheld),
        vec![Topic::HoldsBack, Topic::Money, Topic::Housing]
    );
}

#[test]
fn an_acute_answer_never_goes_even_when_ticked() {
    let rules = Rules::current().unwrap();
    let a = answers(&[
        ("o_mood", "often"),
        ("o_dark_thoughts", "yes"),
        ("o_safety_home", "unsafe_now"),
        ("o_housing", "nowhere_tonight"),
        ("o_money", "a_little"),
    ]);
    let mut everything = ShareChoice::default();
    for t in Topic::ALL {
        everything.set_include(*t, true);
    }
    let (shared, withheld) = split(rules, &a, &everything);
    assert_eq!(shared.get(q("o_mood")), Some("often"));
    assert_eq!(shared.get(q("o_money")), Some("a_little"));
    for acute in ["o_dark_thoughts", "o_safety_home", "o_housing"] {
        assert_eq!(shared.get(q(acute)), None, "{acute} went along");
        assert!(withheld.contains(&q(acute)));
    }
    // Safety and housing hold only an acute answer: not offered at all; mood is offered and
    // says its acute follow-up stays behind.
    let offered = offers(rules, &a);
    assert!(offered
        .iter()
        .all(|o| o.topic != Topic::SafetyHome && o.topic != Topic::Housing));
    assert!(offered.contains(&Offer {
        topic: Topic::MentalHealth,
        keeps_acute: true
    }));
    assert_eq!(
        acute_topics(rules, &a),
        vec![Topic::Housing, Topic::MentalHealth, Topic::SafetyHome]
    );
}

#[test]
fn months_from_the_clock_and_back() {
    // 2026-12-01T14:51:50Z
    assert_eq!(Month::from_unix_ms(1_796_136_710_000.0).iso(), "2026-12");
    assert_eq!(Month::from_unix_ms(0.0).iso(), "2000-01");
    assert_eq!(Month::from_unix_ms(f64::NAN).iso(), "2000-01");
    // 2028-02-29T23:59:59Z, a leap day.
    assert_eq!(Month::from_unix_ms(1_835_481_599_000.0).iso(), "2028-02");
    let m = Month::parse_iso("2027-04").unwrap();
    assert_eq!(Month::from_index(m.index()), Some(m));
    for bad in [
        "2027-13", "2027-00", "1999-12", "2027-4", "27-04", "2027", "x-y",
    ] {
        assert_eq!(Month::parse_iso(bad), None, "{bad}");
    }
}

#[test]
fn every_question_of_the_current_rules_has_a_topic() {
    let rules = Rules::current().unwrap();
    for rq in rules.questions() {
        assert!(topic_of(rules, rq.id).is_some(), "{}", rq.id);
    }
    for d in BarrierDomain::ALL {
        assert_eq!(Topic::of_domain(*d).as_str(), d.as_str());
    }
}
