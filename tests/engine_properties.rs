//! Property tests over random answer sets for the invariants in DOMAIN.md: monotone, barriers never
//! move an axis, "I don't know" / "I'd rather not say" are the same as leaving a question out,
//! deterministic, total (no panic), and explanations name only answered questions.

use proptest::prelude::*;
use werkroute::domain::answers::answers_to_json;
use werkroute::domain::{
    levers, parse_answers_json, score, Answers, Feeds, Outcome, Rules, BANK, DONT_KNOW, RATHER_NOT,
};

fn rules() -> &'static Rules {
    Rules::builtin().expect("built-in rules")
}

/// A random answer set: per question an index into its options, or one past the end (missing).
fn answer_sets() -> impl Strategy<Value = Answers> {
    proptest::collection::vec(0usize..64, BANK.len()).prop_map(|picks| {
        let mut a = Answers::new();
        for (q, pick) in BANK.iter().zip(picks) {
            let opts = rules().options(q);
            let i = pick % (opts.len() + 1);
            if i < opts.len() {
                a.set(q.id, opts[i].id.clone());
            }
        }
        a
    })
}

fn scored_questions() -> Vec<usize> {
    (0..BANK.len())
        .filter(|i| matches!(BANK[*i].feeds, Feeds::Sub(_)))
        .collect()
}

fn barrier_questions() -> Vec<usize> {
    (0..BANK.len())
        .filter(|i| matches!(BANK[*i].feeds, Feeds::Barrier(_)))
        .collect()
}

/// Every number of an outcome that must not fall.
fn all_scores(o: &Outcome) -> Vec<Option<u8>> {
    let mut v = vec![o.willen.score, o.kunnen.score];
    v.extend(o.subscores.iter().map(|s| s.score));
    v
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn a_more_positive_answer_never_lowers_its_scores(
        answers in answer_sets(), which in any::<prop::sample::Index>(),
        a in 0usize..8, b in 0usize..8,
    ) {
        let idx = scored_questions();
        let q = &BANK[idx[which.index(idx.len())]];
        let scale = rules().scale(q.scale);
        let (better, worse) = (a.min(b) % scale.len(), a.max(b) % scale.len());
        let (better, worse) = (better.min(worse), better.max(worse));
        let mut hi = answers.clone();
        hi.set(q.id, scale[better].id.clone());
        let mut lo = answers;
        lo.set(q.id, scale[worse].id.clone());
        let (oh, ol) = (score(rules(), &hi), score(rules(), &lo));
        let Feeds::Sub(sub) = q.feeds else { unreachable!() };
        let axis = sub.axis();
        prop_assert!(oh.axis(axis).score >= ol.axis(axis).score, "{} {:?} vs {:?}", q.id, oh.axis(axis), ol.axis(axis));
        prop_assert!(oh.subscore(sub).unwrap().score >= ol.subscore(sub).unwrap().score);
        prop_assert!(oh.axis(axis).yes_side >= ol.axis(axis).yes_side);
        prop_assert!(oh.axis(axis).band >= ol.axis(axis).band);
    }

    #[test]
    fn barrier_answers_never_change_willen_or_kunnen(
        answers in answer_sets(), which in any::<prop::sample::Index>(), pick in 0usize..8,
    ) {
        let idx = barrier_questions();
        let q = &BANK[idx[which.index(idx.len())]];
        let opts = rules().options(q);
        let mut changed = answers.clone();
        match opts.get(pick) {
            Some(o) => changed.set(q.id, o.id.clone()),
            None => changed.remove(q.id),
        }
        let (o1, o2) = (score(rules(), &answers), score(rules(), &changed));
        prop_assert_eq!(&o1.willen, &o2.willen);
        prop_assert_eq!(&o1.kunnen, &o2.kunnen);
        prop_assert_eq!(&o1.subscores, &o2.subscores);
        prop_assert_eq!(o1.route, o2.route);
        prop_assert_eq!(o1.confidence, o2.confidence);
    }

    #[test]
    fn dont_know_and_rather_not_equal_leaving_the_question_out(
        answers in answer_sets(), which in any::<prop::sample::Index>(), rather in any::<bool>(),
    ) {
        let q = &BANK[which.index(BANK.len())];
        let option = if rather && q.sensitive { RATHER_NOT } else { DONT_KNOW };
        let mut said = answers.clone();
        said.set(q.id, option);
        let mut left_out = answers;
        left_out.remove(q.id);
        let (os, ol) = (score(rules(), &said), score(rules(), &left_out));
        for (s, l) in all_scores(&os).into_iter().zip(all_scores(&ol)) {
            prop_assert!(s >= l);
        }
        prop_assert_eq!(os, ol);
    }

    #[test]
    fn the_same_answers_always_give_the_same_result(answers in answer_sets()) {
        let first = score(rules(), &answers);
        prop_assert_eq!(&first, &score(rules(), &answers));
        let reread = parse_answers_json(&answers_to_json(&answers), rules()).unwrap();
        prop_assert_eq!(&first, &score(rules(), &reread));
    }

    #[test]
    fn every_answer_set_gives_a_sane_result(answers in answer_sets()) {
        let o = score(rules(), &answers);
        prop_assert!(o.confidence <= 100);
        for s in all_scores(&o).into_iter().flatten() {
            prop_assert!(s <= 100);
        }
        prop_assert_eq!(o.grey_zone, !o.neighbour_routes.is_empty());
        prop_assert!(!o.neighbour_routes.contains(&o.route));
        prop_assert_eq!(o.acute, o.steps.first().is_some_and(|s| s.as_str().starts_with("acute_")));
        prop_assert!(!o.steps.is_empty());
        for l in levers(rules(), &answers) {
            prop_assert!(l.axis_then >= l.axis_now);
        }
    }

    #[test]
    fn arbitrary_option_strings_and_texts_never_panic(
        answers in answer_sets(), junk in "[a-z_]{0,12}", which in any::<prop::sample::Index>(), text in ".{0,200}",
    ) {
        let mut a = answers;
        a.set(BANK[which.index(BANK.len())].id, junk);
        let _ = score(rules(), &a);
        let _ = levers(rules(), &a);
        let _ = parse_answers_json(&text, rules());
        let wrapped = format!("{{\"answers\": {{\"w1_work_matters\": {text:?}}}}}");
        let _ = parse_answers_json(&wrapped, rules());
    }

    #[test]
    fn explanations_name_only_answered_questions(answers in answer_sets()) {
        let o = score(rules(), &answers);
        for s in &o.subscores {
            for qid in &s.questions {
                let q = BANK.iter().find(|q| q.id == *qid).unwrap();
                prop_assert_eq!(q.feeds, Feeds::Sub(s.sub));
                let opt = answers.get(*qid);
                prop_assert!(opt.is_some_and(|o| o != DONT_KNOW && o != RATHER_NOT), "{} not answered", qid);
            }
            prop_assert!(s.questions.len() <= s.asked);
            let enough = s.questions.len() as f64 >= rules().min_share_answered * s.asked as f64;
            prop_assert_eq!(s.score.is_some(), enough && !s.questions.is_empty());
        }
        for (sub, qs) in o.explanation() {
            prop_assert_eq!(&o.subscore(sub).unwrap().questions, &qs);
        }
    }
}
