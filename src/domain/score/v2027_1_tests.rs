//! Unit tests of the 2027.1 engine: silence, the open floor, follow-ups.
use super::super::score;
use super::*;
use crate::domain::bank::{Feeds, QuestionId as Q};
use crate::domain::outcome::BarrierFinding;

fn finding(o: &Outcome, d: BarrierDomain) -> Option<&BarrierFinding> {
    o.barriers.iter().find(|b| b.domain == d)
}

fn rules() -> &'static Rules {
    Rules::get("2027.1").unwrap()
}

fn all_top() -> Answers {
    let mut a = Answers::new();
    for q in rules().questions() {
        if let Feeds::Sub(_) = q.feeds {
            a.set(q.id, rules().scale(q.scale)[0].id.clone());
        }
    }
    a
}

#[test]
fn nothing_answered_gives_no_route_yet() {
    let o = score(rules(), &Answers::new());
    assert_eq!((o.route, o.lead), (None, Lead::NoRouteYet));
    assert!(!o.grey_zone && o.neighbour_routes.is_empty());
    assert_eq!(
        o.steps,
        vec![crate::domain::steps::StepId::StepTalkItThrough]
    );
    assert!(matches!(
        o.because[0],
        Because::TooLittleInformation {
            axis: Axis::Willen,
            answered: 0,
            needed: 50
        }
    ));
}

#[test]
fn top_answers_give_route_a() {
    let o = score(rules(), &all_top());
    assert_eq!((o.route, o.lead), (Some(RouteCode::A), Lead::Route));
    assert_eq!((o.willen.score, o.kunnen.score), (Some(100), Some(100)));
    assert_eq!((o.willen.information, o.kunnen.information), (100, 100));
    assert!(!o.grey_zone && o.barriers.is_empty());
}

#[test]
fn work_ability_rather_not_makes_kunnen_grey_instead_of_skipping_the_floor() {
    let mut a = all_top();
    a.set(Q::K1AbilityNow, "rather_not");
    let o = score(rules(), &a);
    assert_eq!(o.route, Some(RouteCode::A));
    assert!(o.kunnen.grey, "{:?}", o.kunnen);
    assert_eq!(o.kunnen.floors_open, vec![FloorId::WorkAbility]);
    assert_eq!(o.neighbour_routes, vec![RouteCode::B]);
}

#[test]
fn a_follow_up_counts_only_when_called_for() {
    let mut a = all_top();
    a.set(Q::ODarkThoughts, "yes");
    a.set(Q::OMood, "mostly_well");
    assert!(!score(rules(), &a).acute);
    a.set(Q::OMood, "sometimes");
    let o = score(rules(), &a);
    assert!(o.acute);
    assert_eq!(
        finding(&o, BarrierDomain::MentalHealth).unwrap().level,
        BarrierLevel::Acute
    );
    assert_eq!(o.steps[0], crate::domain::steps::StepId::Acute113);
}
