//! Property tests over random answer sets, for every published rules version, for the invariants
//! in DOMAIN.md: monotone, barriers (and what holds a person back) never move an axis,
//! deterministic, total (no panic), explanations name only answered questions. For 2027.1 also:
//! "I don't know" and "I'd rather not say" are never worse than the item's worst real option, on
//! either axis and on the route side, for every item; they equal leaving the question out on
//! the axes, route and lead; silence gives no route; no single item moves a fully answered axis
//! by more than 15 points except through a floor. 2027.2 keeps all of these (it scores as 2027.1
//! does; only what is asked first and the steps differ).

use proptest::prelude::*;
use werkroute::domain::answers::answers_to_json_for;
use werkroute::domain::steps::StepId;
use werkroute::domain::{
    levers, parse_answers_json, score, Answers, AxisResult, Feeds, Lead, Outcome, Question, Rules,
    DONT_KNOW, RATHER_NOT,
};

fn v2026() -> &'static Rules {
    Rules::get("2026.1").expect("rules 2026.1")
}

fn v2027() -> &'static Rules {
    Rules::get("2027.1").expect("rules 2027.1")
}

fn v2027_2() -> &'static Rules {
    Rules::get("2027.2").expect("rules 2027.2")
}

fn versions() -> [&'static Rules; 3] {
    [v2026(), v2027(), v2027_2()]
}

/// The versions that keep the 2027.1 guarantees (2027.2 scores as 2027.1 does).
fn from_2027() -> [&'static Rules; 2] {
    [v2027(), v2027_2()]
}

fn bank(rules: &'static Rules) -> Vec<&'static Question> {
    rules.questions().collect()
}

fn of_kind(rules: &'static Rules, f: impl Fn(&Question) -> bool) -> Vec<&'static Question> {
    bank(rules).into_iter().filter(|q| f(q)).collect()
}

/// Every number of an outcome that must not fall.
fn all_scores(o: &Outcome) -> Vec<Option<u8>> {
    let mut v = vec![o.willen.score, o.kunnen.score];
    v.extend(o.subscores.iter().map(|s| s.score));
    v
}

/// Axis `a` (with "I don't know") is at least as good as axis `b` (with the worst answer).
fn at_least_as_good(a: &AxisResult, b: &AxisResult) -> Result<(), TestCaseError> {
    if !a.placed {
        // Unplaced claims nothing: no route from silence, and nothing against the person.
        return Ok(());
    }
    prop_assert!(b.placed, "a worst answer adds information");
    prop_assert!(a.score >= b.score, "{:?} < {:?}", a.score, b.score);
    prop_assert!(a.yes_side >= b.yes_side);
    prop_assert!(a.floors.iter().all(|f| b.floors.contains(f)));
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn the_overviews_route_levers_are_the_levers_that_change_the_route(
        v in 0usize..3, seed in any::<u64>(), every in any::<bool>(),
    ) {
        // The policy overview computes only the route of each what-if, and skips axes already on
        // the yes side; it must find exactly the route changes the full levers find.
        let rules = versions()[v];
        let answers = sample(rules, seed, every);
        let now = score(rules, &answers);
        let full: Vec<_> = levers(rules, &answers)
            .into_iter()
            .filter(|l| l.changes_route)
            .filter_map(|l| Some((l.sub, l.route_then?)))
            .collect();
        let mut fast = werkroute::domain::whatif::route_levers(rules, &answers, &now);
        let mut full = if now.route.is_some() { full } else { Vec::new() };
        fast.sort();
        full.sort();
        prop_assert_eq!(fast, full);
    }

    #[test]
    fn a_more_positive_answer_never_lowers_its_scores(
        v in 0usize..3, seed in any::<u64>(), which in any::<prop::sample::Index>(),
        a in 0usize..8, b in 0usize..8,
    ) {
        let rules = versions()[v];
        let answers = sample(rules, seed, false);
        let idx = of_kind(rules, |q| matches!(q.feeds, Feeds::Sub(_)));
        let q = idx[which.index(idx.len())];
        let scale = rules.scale(q.scale);
        let (better, worse) = (a.min(b) % scale.len(), a.max(b) % scale.len());
        let (better, worse) = (better.min(worse), better.max(worse));
        let mut hi = answers.clone();
        hi.set(q.id, scale[better].id.clone());
        let mut lo = answers;
        lo.set(q.id, scale[worse].id.clone());
        let (oh, ol) = (score(rules, &hi), score(rules, &lo));
        let Feeds::Sub(sub) = q.feeds else { unreachable!() };
        let axis = sub.axis();
        prop_assert!(oh.axis(axis).score >= ol.axis(axis).score, "{} {:?} vs {:?}", q.id, oh.axis(axis), ol.axis(axis));
        prop_assert!(oh.subscore(sub).unwrap().score >= ol.subscore(sub).unwrap().score);
        prop_assert!(oh.axis(axis).yes_side >= ol.axis(axis).yes_side);
        prop_assert!(oh.axis(axis).band >= ol.axis(axis).band);
    }

    #[test]
    fn circumstances_never_change_willen_or_kunnen(
        v in 0usize..3, seed in any::<u64>(), which in any::<prop::sample::Index>(), pick in 0usize..12,
    ) {
        let rules = versions()[v];
        let answers = sample(rules, seed, false);
        let idx = of_kind(rules, |q| matches!(q.feeds, Feeds::Barrier(_) | Feeds::HoldsBack));
        let q = idx[which.index(idx.len())];
        let opts = rules.options(q);
        let mut changed = answers.clone();
        match opts.get(pick) {
            Some(o) => changed.set(q.id, o.id.clone()),
            None => changed.remove(q.id),
        }
        let (o1, o2) = (score(rules, &answers), score(rules, &changed));
        prop_assert_eq!(&o1.willen, &o2.willen);
        prop_assert_eq!(&o1.kunnen, &o2.kunnen);
        prop_assert_eq!(&o1.subscores, &o2.subscores);
        prop_assert_eq!(o1.route, o2.route);
        prop_assert_eq!(o1.confidence, o2.confidence);
    }

    #[test]
    fn dont_know_and_rather_not_are_never_worse_than_the_worst_answer_on_any_item(
        w in 0usize..2, seed in any::<u64>(), rather in any::<bool>(),
    ) {
        let rules = from_2027()[w];
        let answers = sample(rules, seed, false);
        for q in of_kind(rules, |q| matches!(q.feeds, Feeds::Sub(_))) {
            let worst = rules.scale(q.scale).last().unwrap().id.clone();
            let option = if rather && q.sensitive { RATHER_NOT } else { DONT_KNOW };
            let mut said = answers.clone();
            said.set(q.id, option);
            let mut bad = answers.clone();
            bad.set(q.id, worst);
            let (os, ob) = (score(rules, &said), score(rules, &bad));
            at_least_as_good(&os.willen, &ob.willen)?;
            at_least_as_good(&os.kunnen, &ob.kunnen)?;
            if let (Some(rs), Some(rb)) = (os.route, ob.route) {
                for axis in werkroute::domain::Axis::ALL {
                    prop_assert!(rs.is_yes(*axis) >= rb.is_yes(*axis), "{}: {rs} vs {rb}", q.id);
                }
            }
        }
    }

    #[test]
    fn dont_know_and_rather_not_equal_leaving_the_question_out(
        v in 0usize..3, seed in any::<u64>(), which in any::<prop::sample::Index>(), rather in any::<bool>(),
    ) {
        let rules = versions()[v];
        let answers = sample(rules, seed, false);
        let b = bank(rules);
        let q = b[which.index(b.len())];
        let option = if rather && q.sensitive { RATHER_NOT } else { DONT_KNOW };
        let mut said = answers.clone();
        said.set(q.id, option);
        let mut left_out = answers;
        left_out.remove(q.id);
        let (os, ol) = (score(rules, &said), score(rules, &left_out));
        for (s, l) in all_scores(&os).into_iter().zip(all_scores(&ol)) {
            prop_assert!(s >= l);
        }
        prop_assert_eq!(&os.willen, &ol.willen);
        prop_assert_eq!(&os.kunnen, &ol.kunnen);
        prop_assert_eq!((os.route, os.lead), (ol.route, ol.lead));
        if v == 0 {
            prop_assert_eq!(os, ol);
        }
    }

    #[test]
    fn the_same_answers_always_give_the_same_result(v in 0usize..3, seed in any::<u64>()) {
        let rules = versions()[v];
        let answers = sample(rules, seed, false);
        let first = score(rules, &answers);
        prop_assert_eq!(&first, &score(rules, &answers));
        let reread = parse_answers_json(&answers_to_json_for(&answers, rules), rules).unwrap();
        prop_assert_eq!(&first, &score(rules, &reread));
    }

    #[test]
    fn every_answer_set_gives_a_sane_result(v in 0usize..3, seed in any::<u64>()) {
        let rules = versions()[v];
        let answers = sample(rules, seed, false);
        let o = score(rules, &answers);
        prop_assert!(o.confidence <= 100);
        for s in all_scores(&o).into_iter().flatten() {
            prop_assert!(s <= 100);
        }
        prop_assert_eq!(o.grey_zone, !o.neighbour_routes.is_empty());
        prop_assert!(o.route.is_none_or(|r| !o.neighbour_routes.contains(&r)));
        prop_assert_eq!(o.acute, o.steps.first().is_some_and(|s| s.as_str().starts_with("acute_")));
        prop_assert!(!o.steps.is_empty());
        prop_assert_eq!(o.route.is_none(), o.lead == Lead::NoRouteYet);
        if o.route.is_none() {
            prop_assert!(o.steps.contains(&StepId::StepTalkItThrough));
            prop_assert!(!o.willen.placed || !o.kunnen.placed);
        }
        if o.lead == Lead::SortOutFirst {
            prop_assert!(!o.steps.contains(&StepId::StepRightsDuties));
        }
        for l in levers(rules, &answers) {
            prop_assert!(l.axis_then >= l.axis_now);
        }
    }

    #[test]
    fn silence_gives_no_route(w in 0usize..2, seed in any::<u64>(), keep in 0usize..4) {
        // Keep only a few answers: below the published information share, never a route.
        let rules = from_2027()[w];
        let full = sample(rules, seed, true);
        let mut few = Answers::new();
        for (q, o) in full.iter().take(keep) {
            few.set(q, o);
        }
        let o = score(rules, &few);
        let min = rules.min_information.unwrap();
        for axis in werkroute::domain::Axis::ALL {
            let a = o.axis(*axis);
            prop_assert_eq!(a.placed, f64::from(a.information) / 100.0 + 0.005 >= min && a.score.is_some());
        }
        if !o.willen.placed || !o.kunnen.placed {
            prop_assert_eq!(o.route, None);
        }
    }

    #[test]
    fn no_single_item_moves_a_full_axis_by_more_than_15_points(
        w in 0usize..2, seed in any::<u64>(), which in any::<prop::sample::Index>(), pick in 0usize..8,
    ) {
        let rules = from_2027()[w];
        let answers = sample(rules, seed, true);
        let idx = of_kind(rules, |q| matches!(q.feeds, Feeds::Sub(_)));
        let q = idx[which.index(idx.len())];
        let scale = rules.scale(q.scale);
        let mut changed = answers.clone();
        changed.set(q.id, scale[pick % scale.len()].id.clone());
        let (o1, o2) = (score(rules, &answers), score(rules, &changed));
        for axis in werkroute::domain::Axis::ALL {
            let (a, b) = (o1.axis(*axis), o2.axis(*axis));
            if a.floors != b.floors || !a.floors.is_empty() {
                continue; // a published floor may decide more
            }
            let d = i32::from(a.score.unwrap()) - i32::from(b.score.unwrap());
            prop_assert!(d.abs() <= 15, "{} moved {axis} by {d}", q.id);
        }
    }

    #[test]
    fn arbitrary_option_strings_and_texts_never_panic(
        v in 0usize..3, seed in any::<u64>(), junk in "[a-z_]{0,12}", which in any::<prop::sample::Index>(), text in ".{0,200}",
    ) {
        let rules = versions()[v];
        let mut a = sample(rules, seed, false);
        let b = bank(rules);
        a.set(b[which.index(b.len())].id, junk);
        let _ = score(rules, &a);
        let _ = levers(rules, &a);
        let _ = parse_answers_json(&text, rules);
        let wrapped = format!("{{\"answers\": {{\"w1_work_matters\": {text:?}}}}}");
        let _ = parse_answers_json(&wrapped, rules);
    }

    #[test]
    fn explanations_name_only_answered_questions(v in 0usize..3, seed in any::<u64>()) {
        let rules = versions()[v];
        let answers = sample(rules, seed, false);
        let o = score(rules, &answers);
        for s in &o.subscores {
            for qid in &s.questions {
                let q = werkroute::domain::question(*qid);
                prop_assert_eq!(q.feeds, Feeds::Sub(s.sub));
                prop_assert!(rules.asks(*qid));
                let opt = answers.get(*qid);
                prop_assert!(opt.is_some_and(|o| o != DONT_KNOW && o != RATHER_NOT), "{} not answered", qid);
            }
            prop_assert!(s.questions.len() <= s.asked);
            let enough = s.questions.len() as f64 >= rules.min_share_answered.unwrap_or(0.0) * s.asked as f64;
            prop_assert_eq!(s.score.is_some(), enough && !s.questions.is_empty());
        }
        for (sub, qs) in o.explanation() {
            prop_assert_eq!(&o.subscore(sub).unwrap().questions, &qs);
        }
    }
}

/// A deterministic random answer set from `seed` (a small xorshift, so one strategy serves both
/// versions): `full` answers every question with a real option.
fn sample(rules: &'static Rules, seed: u64, full: bool) -> Answers {
    let mut x = seed | 1;
    let mut next = move || {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        x
    };
    let mut a = Answers::new();
    for q in bank(rules) {
        let opts: Vec<String> = if full {
            rules.scale(q.scale).iter().map(|o| o.id.clone()).collect()
        } else {
            rules.options(q).into_iter().map(|o| o.id).collect()
        };
        let n = opts.len() + usize::from(!full);
        let i = (next() % n as u64) as usize;
        if let Some(o) = opts.get(i) {
            a.set(q.id, o.as_str());
        }
    }
    a
}

#[test]
fn the_sampler_gives_full_and_partial_sets() {
    let full = sample(v2027(), 7, true);
    assert!(full.len() >= bank(v2027()).len() - 1);
    let partial = sample(v2027(), 7, false);
    assert!(partial.len() < full.len() + 1);
}
