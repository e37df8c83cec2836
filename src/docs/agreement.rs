//! Does the core place people where the full set would? A seeded simulation with a latent-trait
//! model of our own (no pilot data exists yet), printed by `werkroute agreement` and held by
//! `tests/core_agreement.rs`. The model, in full:
//!
//! - Each simulated person has two latent traits, willen and kunnen, standard normal with a
//!   correlation of 0.3. The line of each axis sits near the middle of this population, which is
//!   the hard case: many people are close to it.
//! - Each sub-dimension (facet) is the person's trait plus its own part: loading 0.8 on the trait
//!   (facets correlate about 0.64), so an extra question can say something the core did not.
//!   Questions of one facet differ only by their own noise.
//! - Each question answers by a graded response model (Samejima): with `m` ordered options,
//!   P(answer >= k) = logistic(a (facet - b_k)), with discrimination `a` drawn per question from
//!   1.2 to 2.4 (a usual range for Likert items) and thresholds spread evenly from -1.2 to 1.2
//!   plus a per-question shift (sd 0.3). One uniform draw against these curves gives the answer.
//! - 4 % of answers are "I don't know"; on a sensitive question 3 % more are "I'd rather not say".
//! - Each circumstance in the checklist plays a role for 20 % of people (a big one for 8 %);
//!   housing, mood and safety are asked directly and are mostly fine. Circumstances never move a
//!   route, so they matter here only through what the person is asked.
//!
//! The core answers are the full answers with every question outside the core and the checklist
//! left out: the same person, asked less. Agreement is "the same outcome" (the same route, or no
//! route yet both times); "outside the grey zone" counts the people whose core result is not in it.

use crate::domain::answers::Answers;
use crate::domain::bank::{question, Feeds, QuestionId};
use crate::domain::ids::{Axis, BarrierDomain};
use crate::domain::outcome::OutcomeId;
use crate::domain::rules::{Rules, DONT_KNOW, RATHER_NOT};
use crate::domain::score::score;

/// A small seeded generator (SplitMix64): the same seed gives the same people on any machine.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// Uniform in [0, 1).
    fn uniform(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }

    /// Standard normal (Box-Muller).
    fn normal(&mut self) -> f64 {
        let u = self.uniform().max(1e-12);
        let v = self.uniform();
        (-2.0 * u.ln()).sqrt() * (std::f64::consts::TAU * v).cos()
    }
}

/// What the simulation found.
#[derive(Clone, Debug, PartialEq)]
pub struct Agreement {
    pub people: usize,
    pub seed: u64,
    /// Same outcome from the core as from the full set.
    pub agree: usize,
    /// People whose core result is outside the grey zone, and how many of them agree.
    pub outside_grey: usize,
    pub outside_grey_agree: usize,
    /// Outcomes from the core (rows) against the full set (columns), in [`OUTCOMES`] order.
    pub table: [[usize; 5]; 5],
}

/// The outcomes in table order.
pub const OUTCOMES: [OutcomeId; 5] = [
    OutcomeId::A,
    OutcomeId::B,
    OutcomeId::C,
    OutcomeId::D,
    OutcomeId::NoRouteYet,
];

impl Agreement {
    pub fn share(&self) -> f64 {
        self.agree as f64 / self.people.max(1) as f64
    }

    pub fn share_outside_grey(&self) -> f64 {
        self.outside_grey_agree as f64 / self.outside_grey.max(1) as f64
    }

    /// The report `werkroute agreement` prints.
    pub fn report(&self, version: &str) -> String {
        let mut s = format!(
            "rules {version}: core against the full set, {} simulated people (seed {})\n",
            self.people, self.seed
        );
        s += &format!(
            "same outcome:                  {:6.2} %  ({} of {})\n",
            100.0 * self.share(),
            self.agree,
            self.people
        );
        s += &format!(
            "outside the grey zone (core):  {:6.2} %  ({} of {})\n",
            100.0 * self.share_outside_grey(),
            self.outside_grey_agree,
            self.outside_grey
        );
        s += "\ncore \\ full       A       B       C       D   none\n";
        for (i, row) in self.table.iter().enumerate() {
            s += &format!("{:<12}", OUTCOMES[i].as_str());
            for n in row {
                s += &format!("{n:8}");
            }
            s += "\n";
        }
        s
    }
}

/// The model variants `werkroute agreement --sensitivity` reports beside [`MODEL`].
pub const VARIANTS: &[(&str, Model)] = &[
    ("published model", MODEL),
    (
        "sharper questions (a 1.5-3.0)",
        Model {
            a_min: 1.5,
            a_max: 3.0,
            ..MODEL
        },
    ),
    (
        "weaker questions (a 0.8-1.6)",
        Model {
            a_min: 0.8,
            a_max: 1.6,
            ..MODEL
        },
    ),
    (
        "thresholds spread wider (span 2.0)",
        Model { span: 2.0, ..MODEL },
    ),
    (
        "facets less alike (loading 0.7)",
        Model {
            loading: 0.7,
            ..MODEL
        },
    ),
    (
        "facets more alike (loading 0.9)",
        Model {
            loading: 0.9,
            ..MODEL
        },
    ),
    (
        "twice the 'I don't know' (8 %)",
        Model {
            dont_know: 0.08,
            ..MODEL
        },
    ),
    ("traits unrelated (rho 0)", Model { rho: 0.0, ..MODEL }),
];

/// The sensitivity table: the same people under each variant of the model.
pub fn sensitivity(rules: &Rules, people: usize, seed: u64) -> Result<String, String> {
    let mut s = format!(
        "rules {}: core against the full set under other models, {people} people (seed {seed})\n",
        rules.version
    );
    s += "model                                   same outcome   outside grey zone\n";
    for (name, m) in VARIANTS {
        let a = simulate_with(rules, people, seed, *m)?;
        s += &format!(
            "{name:<38} {:>10.2} %  {:>12.2} %\n",
            100.0 * a.share(),
            100.0 * a.share_outside_grey()
        );
    }
    Ok(s)
}

/// One question's fixed parameters: discrimination and threshold shift.
struct Item {
    id: QuestionId,
    a: f64,
    shift: f64,
    span: f64,
    dont_know: f64,
}

/// The option with value `k` on `q`'s scale (the nearest one when no option has it).
fn option_with_value(rules: &Rules, q: QuestionId, k: u8) -> String {
    let scale = rules.scale(question(q).scale);
    scale
        .iter()
        .min_by_key(|o| o.value.abs_diff(k))
        .map(|o| o.id.clone())
        .unwrap_or_else(|| DONT_KNOW.to_string())
}

/// An answer by the graded response model for a person at `level` on this question's facet.
fn graded(rng: &mut Rng, rules: &Rules, item: &Item, level: f64) -> String {
    let q = question(item.id);
    let r = rng.uniform();
    if r < item.dont_know {
        return DONT_KNOW.to_string();
    }
    if q.sensitive && r < item.dont_know + 0.03 {
        return RATHER_NOT.to_string();
    }
    // One draw against the cumulative curves: P(answer >= k) falls with k, so the answer is
    // the number of thresholds the draw stays under.
    let max = rules.max_value(q.scale);
    let u = rng.uniform();
    let k = (1..=max)
        .filter(|step| {
            let b = -item.span
                + 2.0 * item.span * f64::from(step - 1) / f64::from((max - 1).max(1))
                + item.shift;
            u < 1.0 / (1.0 + (-item.a * (level - b)).exp())
        })
        .count();
    option_with_value(rules, item.id, k as u8)
}

/// A circumstance answer: mostly none, sometimes a role, now and then a big one.
fn circumstance(rng: &mut Rng, rules: &Rules, q: QuestionId) -> String {
    let r = rng.uniform();
    let k = if r < 0.08 {
        2
    } else if r < 0.20 {
        1
    } else {
        0
    };
    option_with_value(rules, q, k)
}

/// The model's parameters (see the module note for what each means).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Model {
    /// Correlation of the willen and kunnen traits.
    pub rho: f64,
    /// Loading of a facet on its trait (its own part is the rest of the variance).
    pub loading: f64,
    /// Discrimination range of a question.
    pub a_min: f64,
    pub a_max: f64,
    /// Thresholds run from `-span` to `+span`.
    pub span: f64,
    /// Share of "I don't know" answers.
    pub dont_know: f64,
}

/// The model the published figure is made with.
pub const MODEL: Model = Model {
    rho: 0.3,
    loading: 0.8,
    a_min: 1.2,
    a_max: 2.4,
    span: 1.2,
    dont_know: 0.04,
};

/// Simulated people under a model: the same seed gives the same people, one full answer set at a
/// time. Also the source of `werkroute sample` (made-up result codes for the policy overview).
pub struct People<'a> {
    rules: &'a Rules,
    rng: Rng,
    items: Vec<Item>,
    m: Model,
}

impl<'a> People<'a> {
    pub fn new(rules: &'a Rules, seed: u64, m: Model) -> People<'a> {
        let mut rng = Rng(seed);
        let items: Vec<Item> = rules
            .questions()
            .map(|q| Item {
                id: q.id,
                a: m.a_min + (m.a_max - m.a_min) * rng.uniform(),
                span: m.span,
                dont_know: m.dont_know,
                shift: 0.3 * rng.normal(),
            })
            .collect();
        People {
            rules,
            rng,
            items,
            m,
        }
    }

    /// The next person's answers to every question of the rules.
    pub fn next_person(&mut self) -> Answers {
        let (rules, m, rng) = (self.rules, self.m, &mut self.rng);
        let willen = rng.normal();
        let kunnen = m.rho * willen + (1.0 - m.rho * m.rho).sqrt() * rng.normal();
        let mut facets = std::collections::BTreeMap::new();
        let mut full = Answers::new();
        for item in &self.items {
            let q = question(item.id);
            let answer = match q.feeds {
                Feeds::Sub(sub) => {
                    let base = if sub.axis() == Axis::Willen {
                        willen
                    } else {
                        kunnen
                    };
                    let own = *facets.entry(sub).or_insert_with(|| rng.normal());
                    let level = m.loading * base + (1.0 - m.loading * m.loading).sqrt() * own;
                    graded(rng, rules, item, level)
                }
                Feeds::Barrier(BarrierDomain::Housing | BarrierDomain::SafetyHome) => {
                    option_with_value(rules, item.id, u8::from(rng.uniform() < 0.1))
                }
                Feeds::Barrier(_) => circumstance(rng, rules, item.id),
                Feeds::HoldsBack => "nothing".to_string(),
            };
            full.set(item.id, answer);
        }
        full
    }
}

/// Simulates `people` answer sets and scores each from the core and from the full set.
pub fn simulate(rules: &Rules, people: usize, seed: u64) -> Result<Agreement, String> {
    simulate_with(rules, people, seed, MODEL)
}

/// [`simulate`] under another model (the sensitivity table in docs/core.md).
pub fn simulate_with(
    rules: &Rules,
    people: usize,
    seed: u64,
    m: Model,
) -> Result<Agreement, String> {
    let journey = rules
        .journey
        .as_ref()
        .ok_or_else(|| format!("rules {} have no core", rules.version))?;
    let mut crowd = People::new(rules, seed, m);
    let mut out = Agreement {
        people,
        seed,
        agree: 0,
        outside_grey: 0,
        outside_grey_agree: 0,
        table: [[0; 5]; 5],
    };
    for _ in 0..people {
        let full = crowd.next_person();
        let mut core = Answers::new();
        for (q, o) in full.iter() {
            if journey.core.contains(&q) || journey.screened(q) {
                core.set(q, o.to_string());
            }
        }
        let (c, f) = (score(rules, &core), score(rules, &full));
        let at = |o: OutcomeId| OUTCOMES.iter().position(|x| *x == o).unwrap_or(4);
        out.table[at(c.outcome_id())][at(f.outcome_id())] += 1;
        let same = c.outcome_id() == f.outcome_id();
        out.agree += usize::from(same);
        if !c.grey_zone {
            out.outside_grey += 1;
            out.outside_grey_agree += usize::from(same);
        }
    }
    Ok(out)
}
