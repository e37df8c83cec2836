//! Share codes (format 3): only what the person chose goes along, and a code that does not hold
//! together is refused.

use super::formats::{FORMAT_3, SHARED_3};
use super::*;
use crate::domain::bank::Feeds;
use crate::domain::outcome::Lead;
use crate::domain::own_say::{Fit, FitReason, Wish};
use crate::domain::share::Topic;
use crate::domain::steps::StepId;

fn rules() -> &'static Rules {
    Rules::get("2027.2").unwrap()
}

fn q(id: &str) -> QuestionId {
    QuestionId::parse(id).unwrap()
}

/// Every question answered on its option at `pick(number of options)`.
fn all_answered(mut pick: impl FnMut(usize) -> usize) -> Answers {
    let r = rules();
    let mut a = Answers::new();
    for rq in r.questions() {
        let opts = r.options(rq);
        a.set(rq.id, opts[pick(opts.len())].id.clone());
    }
    a
}

fn month() -> Month {
    Month::parse_iso("2026-12").unwrap()
}

fn share(answers: &Answers, own: &OwnSay, choice: &ShareChoice) -> (String, Decoded) {
    let code = encode_shared(
        &Sharing {
            answers,
            own_say: own,
            choice,
            made: month(),
        },
        rules(),
    )
    .unwrap();
    let d = decode(&code).unwrap();
    (code, d)
}

fn bytes_of(code: &str) -> Vec<u8> {
    text::base64url_decode(code).unwrap()
}

#[test]
fn a_default_share_code_holds_no_circumstance_answer() {
    // The second option everywhere: every circumstance plays a little, nothing acute.
    let a = all_answered(|_| 1);
    let (code, d) = share(&a, &OwnSay::default(), &ShareChoice::default());
    assert_eq!(bytes_of(&code).len(), FORMAT_3.len());
    assert_eq!(FORMAT_3.len(), 38);
    assert_eq!(code.len(), 51);
    assert_eq!(d.format, 3);
    assert_eq!(d.rules_version, "2027.2");
    for (qid, _) in d.answers.iter() {
        let feeds = rules().questions().find(|rq| rq.id == qid).unwrap().feeds;
        assert!(matches!(feeds, Feeds::Sub(_)), "{qid} went along");
    }
    let info = d.shared.unwrap();
    let circumstances = a.len() - d.answers.len();
    assert!(circumstances >= 15, "{circumstances}");
    assert_eq!(info.withheld.len(), circumstances);
    // The outcome is the one all answers give, whatever was sent.
    let full = score(rules(), &a);
    assert_eq!(info.outcome.route, full.route);
    assert_eq!(info.outcome.lead, full.lead);
    assert_eq!(info.made, month());
    // Typed back in, the same code.
    let (again, _) = read_any(&to_typeable(&code).unwrap()).unwrap();
    assert_eq!(again, code);
}

#[test]
fn ticked_circumstances_go_along_and_acute_answers_never() {
    let mut a = all_answered(|_| 1);
    a.set(q("o_mood"), "often");
    a.set(q("o_dark_thoughts"), "yes");
    a.set(q("o_safety_home"), "unsafe_now");
    a.set(q("o_housing"), "nowhere_tonight");
    let mut all = ShareChoice::default();
    for t in Topic::ALL {
        all.set_include(*t, true);
    }
    let (_, d) = share(&a, &OwnSay::default(), &all);
    assert_eq!(d.answers.get(q("o_money")), a.get(q("o_money")));
    assert_eq!(d.answers.get(q("o_mood")), Some("often"));
    for acute in ["o_dark_thoughts", "o_safety_home", "o_housing"] {
        assert_eq!(d.answers.get(q(acute)), None, "{acute}");
    }
    let info = d.shared.unwrap();
    assert_eq!(
        info.withheld,
        vec![q("o_housing"), q("o_dark_thoughts"), q("o_safety_home")]
    );
    assert_eq!(d.answers.len(), a.len() - 3);
}

#[test]
fn talk_topics_and_own_say_travel_and_can_stay_behind() {
    let a = all_answered(|_| 0);
    let own = OwnSay {
        wishes: vec![Wish::WithPeople, Wish::PartTime, Wish::QuietPlace],
        start_with: Some(StepId::StepVacancies),
        fit: Some(Fit::No {
            reason: Some(FitReason::CanMore),
        }),
    };
    let mut choice = ShareChoice::default();
    choice.set_talk(Topic::Money, true);
    choice.set_talk(Topic::Kunnen, true);
    choice.set_talk(Topic::DailyRhythm, true);
    let (_, d) = share(&a, &own, &choice);
    let info = d.shared.unwrap();
    assert_eq!(
        info.talk,
        vec![Topic::Kunnen, Topic::Money, Topic::DailyRhythm]
    );
    assert_eq!(info.own_say, own);
    assert!(!info.own_say_withheld);
    // Money is a topic to talk about, but its answer did not go.
    assert_eq!(d.answers.get(q("o_money")), None);

    let choice = ShareChoice {
        own_say: false,
        ..choice
    };
    let (_, d) = share(&a, &own, &choice);
    let info = d.shared.unwrap();
    assert!(info.own_say.is_empty());
    assert!(info.own_say_withheld);
    // Nothing said, nothing withheld.
    let (_, d) = share(&a, &OwnSay::default(), &choice);
    assert!(!d.shared.unwrap().own_say_withheld);
    for fit in [None, Some(Fit::Yes), Some(Fit::No { reason: None })] {
        let own = OwnSay {
            fit,
            ..OwnSay::default()
        };
        let (_, d) = share(&a, &own, &ShareChoice::default());
        assert_eq!(d.shared.unwrap().own_say.fit, fit);
    }
}

#[test]
fn leaving_out_willen_still_carries_the_route_the_person_was_given() {
    let a = all_answered(|_| 0);
    let mut choice = ShareChoice::default();
    choice.set_include(Topic::Willen, false);
    choice.set_include(Topic::Kunnen, false);
    let (_, d) = share(&a, &OwnSay::default(), &choice);
    assert!(d.answers.is_empty());
    let info = d.shared.unwrap();
    assert_eq!(info.withheld.len(), a.len());
    assert_eq!(info.outcome.route, score(rules(), &a).route);
    assert!(info.outcome.route.is_some());
    assert_eq!(info.outcome.lead, Lead::Route);
}

#[test]
fn a_share_code_that_does_not_hold_together_is_refused() {
    let a = all_answered(|_| 1);
    let (code, _) = share(&a, &OwnSay::default(), &ShareChoice::default());
    let good = bytes_of(&code);
    let reseal = |edit: &dyn Fn(&mut Vec<u8>)| {
        let mut b = good.clone();
        edit(&mut b);
        seal(b)
    };
    let withheld_at = FORMAT_3.answers_at() + FORMAT_3.answer_bytes();
    let cases: Vec<(&str, String)> = vec![
        // The first question is answered, and also marked withheld.
        (
            "withheld with an answer",
            reseal(&|b| b[withheld_at] |= 0x80),
        ),
        (
            "a spare withheld bit",
            reseal(&|b| b[withheld_at + 4] |= 0x01),
        ),
        ("a route without a lead", reseal(&|b| b[4] = 0x20 | 1)),
        ("no route, lead route", reseal(&|b| b[4] = 0x00)),
        ("route 5", reseal(&|b| b[4] = 0x05)),
        ("lead 3", reseal(&|b| b[4] = 0x31)),
        ("a flag not known", reseal(&|b| b[5] = 0x02)),
        (
            "month past 2199",
            reseal(&|b| b[2..4].copy_from_slice(&2400u16.to_be_bytes())),
        ),
        ("a spare talk bit", reseal(&|b| b[withheld_at + 7] |= 0x01)),
        ("a spare wish bit", reseal(&|b| b[withheld_at + 9] |= 0x01)),
        ("a step past the list", reseal(&|b| b[34] = 200)),
        ("a reason past the list", reseal(&|b| b[35] = 9)),
    ];
    for (what, bad) in cases {
        assert_eq!(decode(&bad).unwrap_err(), CodeError::Malformed, "{what}");
    }
    // The own say left out, yet a wish in it.
    let own = OwnSay {
        wishes: vec![Wish::Outdoors],
        ..OwnSay::default()
    };
    let choice = ShareChoice {
        own_say: false,
        ..ShareChoice::default()
    };
    let (code, _) = share(&a, &own, &choice);
    let mut b = bytes_of(&code);
    b[32] |= 0x80;
    assert_eq!(decode(&seal(b)).unwrap_err(), CodeError::Malformed);
    // A format 3 code naming rules 2027.1 (format 2's) is refused.
    let mut b = good.clone();
    b[1] = 2;
    assert_eq!(
        decode(&seal(b)).unwrap_err(),
        CodeError::UnknownRulesVersion(2)
    );
}

#[test]
fn format_3_knows_every_topic_wish_step_and_reason_of_today() {
    // When this fails an id was added: a new share format carries it (never edit format 3).
    let has = |list: &[&str], id: &str| list.contains(&id);
    for t in Topic::ALL {
        assert!(has(SHARED_3.topics, t.as_str()), "{t}");
    }
    for w in Wish::ALL {
        assert!(has(SHARED_3.wishes, w.as_str()), "{w}");
    }
    for s in StepId::ALL {
        assert!(has(SHARED_3.steps, s.as_str()), "{s}");
    }
    for r in FitReason::ALL {
        assert!(has(SHARED_3.reasons, r.as_str()), "{r}");
    }
    assert!(SHARED_3.steps.len() < 255);
}

#[test]
fn the_reader_shows_the_carried_route_and_refuses_one_the_answers_contradict() {
    use crate::domain::share::reader_outcome;
    let r = rules();
    // A small pseudo-random walk over answer sets: the route never depends on a circumstance,
    // so a default share code always reads back with the person's own route and lead.
    let mut seed: u64 = 2027;
    for _ in 0..300 {
        let a = all_answered(|n| {
            seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
            ((seed >> 33) as usize) % n
        });
        let full = score(r, &a);
        let (_, d) = share(&a, &OwnSay::default(), &ShareChoice::default());
        let o = reader_outcome(r, &d).unwrap();
        assert_eq!((o.route, o.lead), (full.route, full.lead));
        assert_eq!(
            score(r, &d.answers).route,
            full.route,
            "route from willen and kunnen alone"
        );
    }
    // A code whose carried route is not the one its shared answers give.
    let a = all_answered(|_| 0);
    let (code, d) = share(&a, &OwnSay::default(), &ShareChoice::default());
    assert_eq!(
        d.shared.unwrap().outcome.route,
        Some(crate::domain::outcome::RouteCode::A)
    );
    let mut b = bytes_of(&code);
    b[4] = 0x04; // route D
    let forged = decode(&seal(b)).unwrap();
    assert_eq!(
        reader_outcome(r, &forged).unwrap_err(),
        CodeError::Inconsistent
    );
    // With the answers behind the route left out, the carried route is shown as given.
    let choice = ShareChoice {
        include: Default::default(),
        ..ShareChoice::default()
    };
    let (code, _) = share(&a, &OwnSay::default(), &choice);
    let mut b = bytes_of(&code);
    b[4] = 0x04;
    let o = reader_outcome(r, &decode(&seal(b)).unwrap()).unwrap();
    assert_eq!(o.route, Some(crate::domain::outcome::RouteCode::D));
    assert!(!o.because.iter().any(|b| matches!(
        b,
        crate::domain::outcome::Because::TooLittleInformation { .. }
    )));
}
