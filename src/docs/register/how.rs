//! The "how the result is made" part of the register entry: values, topic figures with a worked
//! example, the two axes (weights and drags), bands, the line and the grey zone, the floors, the
//! routes with their steps, the barrier overlay, the acute answers, confidence and what-if.

use super::Doc;
use crate::domain::bank::{question, questions_of_sub, Feeds, Question};
use crate::domain::ids::{Axis, SubId};
use crate::domain::outcome::RouteCode;
use crate::domain::score::{is_scored, item_shares};
use crate::domain::steps::{acute_steps, barrier_step, route_steps, StepId};
use crate::i18n::fill;

impl Doc<'_> {
    pub(super) fn how(&mut self) {
        let r = self.rules;
        let big = r.barriers.big_from_value.to_string();
        let pct = |x: f64| format!("{}", (x * 100.0).round());
        self.block(&format!("## {}", self.w.how_title), &[]);
        self.block(self.w.how_values, &[("big_from", &big)]);
        match r.min_share_answered {
            Some(m) => self.block(self.w.how_topics, &[("percent", &pct(m))]),
            None => self.block(self.w.how_topics_any, &[]),
        }
        self.example();
        self.axes();
        self.bands();
        self.floors();
        self.routes();
        self.barriers();
        self.some_and_answer_steps();
        self.acute();
        let scored = r
            .questions()
            .filter(|q| is_scored(r, q))
            .count()
            .to_string();
        self.block(self.w.confidence, &[("n", &scored)]);
        self.block(self.w.whatif, &[]);
    }

    /// A worked example on the first weighted topic with two or more questions.
    fn example(&mut self) {
        let r = self.rules;
        let sub = SubId::ALL.iter().copied().find(|s| {
            r.axes
                .get(s.axis())
                .weights
                .get(s)
                .is_some_and(|w| *w > 0.0)
                && questions_of_sub(r.bank, *s).count() >= 2
        });
        let Some(sub) = sub else { return };
        let qs: Vec<&Question> = questions_of_sub(r.bank, sub).take(2).collect();
        let pick = |q: &Question, i: usize| {
            let scale = r.scale(q.scale);
            let o = &scale[i.min(scale.len() - 1)];
            (
                format!("opt.{}.{}", q.scale, o.id),
                o.value,
                r.max_value(q.scale),
            )
        };
        let (a, b) = (pick(qs[0], 1), pick(qs[1], 2));
        let value =
            100.0 * (f64::from(a.1) / f64::from(a.2) + f64::from(b.1) / f64::from(b.2)) / 2.0;
        let args = [
            ("sub", self.t(&format!("sub.{sub}.name"))),
            ("q1", self.t(&qs[0].text_key())),
            ("a1", self.t(&a.0)),
            ("v1", &a.1.to_string()),
            ("m1", &a.2.to_string()),
            ("q2", self.t(&qs[1].text_key())),
            ("a2", self.t(&b.0)),
            ("v2", &b.1.to_string()),
            ("m2", &b.2.to_string()),
            ("result", &self.num(value)),
        ];
        let text = self.w.example;
        self.block(text, &args);
    }

    fn axes(&mut self) {
        let w = self.w;
        self.block(w.how_axes, &[]);
        for axis in Axis::ALL {
            let name = self.t(&format!("layer.{axis}"));
            self.line(&format!("**{name}** (`{axis}`)"));
            self.out.push('\n');
            self.line(&format!(
                "| {} | {} | {} |",
                w.col_topic, w.col_questions, w.col_counts
            ));
            self.line("|---|---|---|");
            for sub in SubId::ALL.iter().filter(|s| s.axis() == *axis) {
                let qs: Vec<String> = questions_of_sub(self.rules.bank, *sub)
                    .map(|q| format!("`{}`", q.id))
                    .collect();
                let row = format!(
                    "| {} (`{sub}`) | {} | {} |",
                    self.t(&format!("sub.{sub}.name")),
                    qs.join(", "),
                    self.counts(*sub)
                );
                self.line(&row);
            }
            self.out.push('\n');
        }
        let drag = self.rules.axes.willen.drags.iter().next();
        let drag_name = drag.map_or("", |(sub, _)| self.t(&format!("sub.{sub}.name")));
        let points = drag.map_or(String::new(), |(_, d)| self.num(d * 100.0));
        self.block(w.axis_formula, &[("drag", drag_name), ("points", &points)]);
        if self.rules.unknown_axis_counts_as_yes {
            self.block(w.unknown_axis_yes, &[]);
        }
        self.shares();
    }

    /// The item cap and the share of its axis each question carries (2027.1).
    fn shares(&mut self) {
        let r = self.rules;
        let Some(cap) = r.item_cap else { return };
        let cap = format!("{}", (cap * 100.0).round());
        self.block(self.w.item_cap, &[("cap", &cap)]);
        self.line(&format!(
            "| {} | {} | % |",
            self.w.col_topic, self.w.col_questions
        ));
        self.line("|---|---|---|");
        for axis in Axis::ALL {
            for (id, share) in item_shares(r, *axis) {
                let name = self.t(&format!("layer.{axis}"));
                let pct = self.num(share * 100.0);
                self.line(&format!("| {name} | `{id}` | {pct} |"));
            }
        }
        self.out.push('\n');
    }

    fn bands(&mut self) {
        let r = self.rules;
        let s = |x: u8| x.to_string();
        let args = [
            ("yes_from", s(r.bands.yes_from)),
            ("partly_from", s(r.bands.partly_from)),
            ("partly_to", s(r.bands.yes_from.saturating_sub(1))),
            ("not_yet_to", s(r.bands.partly_from.saturating_sub(1))),
            ("line", s(r.line)),
            ("grey_from", s(r.grey_zone.from)),
            ("grey_to", s(r.grey_zone.to)),
            ("yes", self.t("band.yes").into()),
            ("partly", self.t("band.partly").into()),
            ("not_yet", self.t("band.not_yet").into()),
            ("grey_name", self.t("route.grey.name").into()),
        ];
        let args: Vec<(&str, &str)> = args.iter().map(|(k, v)| (*k, v.as_str())).collect();
        self.block(self.w.bands, &args);
        if self.rules.grey_zone_before_drag {
            self.block(self.w.grey_before_drag, &[]);
        }
    }

    fn floors(&mut self) {
        let w = self.w;
        self.block(w.floors, &[]);
        for f in &self.rules.floors {
            let n = f.questions.len().to_string();
            let template = if f.questions.len() == 1 {
                w.floor_rule_one
            } else {
                w.floor_rule
            };
            let rule = fill(
                template,
                &[
                    ("id", f.id.as_str()),
                    ("at_least", &f.at_least.to_string()),
                    ("n", &n),
                    ("cap", &f.cap.to_string()),
                ],
            );
            self.line(&format!("- {rule}"));
            for qid in &f.questions {
                let q = question(*qid);
                let opts: Vec<String> = f
                    .options
                    .iter()
                    .map(|o| format!("\"{}\"", self.t(&format!("opt.{}.{o}", q.scale))))
                    .collect();
                let text = self.t(&q.text_key());
                self.line(&format!(
                    "  - {text} (`{qid}`): {}",
                    opts.join(&format!(" {} ", w.floor_or))
                ));
            }
            let mut side = w.floor_side.to_string();
            if self.rules.floor_ends_grey_zone {
                side = format!("{side} {}", w.floor_ends_grey);
            }
            self.line(&format!("  - {side}"));
            let shown = fill(
                w.floor_shown,
                &[("text", self.t(&format!("floor.{}.text", f.id)))],
            );
            self.line(&format!("  - {shown}"));
        }
        self.out.push('\n');
        if self.rules.unanswered_floor_is_grey {
            self.block(self.w.floor_open, &[]);
        }
    }

    fn step_titles(&self, steps: &[StepId]) -> String {
        let titles: Vec<String> = steps
            .iter()
            .map(|s| self.t(&format!("step.{s}.title")).to_string())
            .collect();
        titles.join("; ")
    }

    /// A route's steps: the fixed list (2026.1, 2027.1) or the published step table with each
    /// step's conditions (2027.2).
    fn route_step_titles(&self, r: RouteCode) -> String {
        let Some(table) = &self.rules.steps else {
            return self.step_titles(route_steps(r));
        };
        let w = self.w;
        let topic = |key: String| self.t(&key).to_string();
        let rules = table.get(r.as_str()).map(Vec::as_slice).unwrap_or(&[]);
        let parts: Vec<String> = rules
            .iter()
            .map(|rule| {
                let mut when: Vec<String> = Vec::new();
                when.extend(
                    rule.low
                        .iter()
                        .map(|s| fill(w.when_low, &[("topic", &topic(format!("sub.{s}.name")))])),
                );
                when.extend(rule.floor.iter().map(|f| {
                    let sub = match f {
                        crate::domain::ids::FloorId::WorkAbility => "sub.k1_work_ability.name",
                        crate::domain::ids::FloorId::BasicSkills => "sub.k2_basic_skills.name",
                    };
                    fill(w.when_floor, &[("topic", &topic(sub.to_string()))])
                }));
                when.extend(rule.big.iter().map(|d| {
                    fill(
                        w.when_big,
                        &[("topic", &topic(format!("barrier.{d}.name")))],
                    )
                }));
                when.extend(rule.plays.iter().map(|d| {
                    fill(
                        w.when_plays,
                        &[("topic", &topic(format!("barrier.{d}.name")))],
                    )
                }));
                if rule.something_to_sort {
                    when.push(w.when_something_to_sort.to_string());
                }
                let mut text = self.t(&format!("step.{}.title", rule.step)).to_string();
                if !when.is_empty() {
                    text += &format!(" ({})", when.join(w.when_or));
                }
                if rule.unless_sort_out_first {
                    text += &format!(" ({})", w.unless_sort_out_first);
                }
                text
            })
            .collect();
        parts.join("; ")
    }

    /// The core, the checklist and the extras (2027.2).
    fn journey(&mut self) {
        let r = self.rules;
        let Some(j) = &r.journey else { return };
        let core_len = crate::docs::length::core(r, false);
        let names = |qs: &[crate::domain::bank::QuestionId]| {
            qs.iter()
                .map(|q| format!("`{q}`"))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let screened: Vec<String> = j
            .screener
            .questions
            .iter()
            .map(|q| {
                let crate::domain::bank::Feeds::Barrier(d) = question(*q).feeds else {
                    return format!("`{q}`");
                };
                format!("\"{}\"", self.t(&format!("barrier.{d}.name")))
            })
            .collect();
        let (pages, words, minutes) =
            core_len.map_or((0, 0, 0), |l| (l.pages, l.words, l.minutes()));
        let needed = format!("{}", (r.min_information.unwrap_or(0.0) * 100.0).round());
        let args = [
            ("pages", pages.to_string()),
            ("words", words.to_string()),
            ("minutes", minutes.to_string()),
            ("core", names(&j.core)),
            ("screened", screened.join(", ")),
            ("extras", names(&j.extras(r.bank))),
            ("needed", needed),
        ];
        let args: Vec<(&str, &str)> = args.iter().map(|(k, v)| (*k, v.as_str())).collect();
        self.block(self.w.journey, &args);
    }

    fn routes(&mut self) {
        let w = self.w;
        self.journey();
        self.block(w.routes, &[]);
        if self.rules.steps.is_some() {
            let yes = self.rules.bands.yes_from.to_string();
            self.block(w.steps_by_need, &[("yes_from", &yes)]);
        }
        let willen = self.t("layer.willen");
        let kunnen = self.t("layer.kunnen");
        self.line(&format!(
            "| {} | {willen} | {kunnen} | {} |",
            w.col_route, w.col_first_steps
        ));
        self.line("|---|---|---|---|");
        for r in RouteCode::ALL {
            let side = |axis| {
                if r.is_yes(axis) {
                    w.side_yes
                } else {
                    w.side_not_yet
                }
            };
            let row = format!(
                "| {r}: **{}**. {} | {} | {} | {} |",
                self.t(&format!("route.{r}.name")),
                self.t(&format!("route.{r}.meaning")),
                side(Axis::Willen),
                side(Axis::Kunnen),
                self.route_step_titles(*r),
            );
            self.line(&row);
        }
        self.out.push('\n');
        self.no_route_and_sort_out_first();
    }

    /// "No route yet" and "sort this out first, then further" (2027.1).
    fn no_route_and_sort_out_first(&mut self) {
        let r = self.rules;
        if let Some(m) = r.min_information {
            let needed = format!("{}", (m * 100.0).round());
            let args = [
                ("needed", needed.as_str()),
                ("name", self.t("route.no_route_yet.name")),
                ("meaning", self.t("route.no_route_yet.meaning")),
                ("step", self.t("step.step_talk_it_through.title")),
            ];
            self.block(self.w.no_route, &args);
        }
        if let Some(s) = &r.barriers.sort_out_first {
            let domains: Vec<&str> = s
                .domains
                .iter()
                .map(|d| self.t(&format!("barrier.{d}.name")))
                .collect();
            let q = question(crate::domain::bank::QuestionId::WHoldsBack);
            let holds: Vec<String> = s
                .holds_back
                .iter()
                .map(|o| format!("\"{}\"", self.t(&format!("opt.{}.{o}", q.scale))))
                .collect();
            let (domains, holds) = (domains.join(", "), holds.join(", "));
            let args = [
                ("domains", domains.as_str()),
                ("holds", holds.as_str()),
                ("name", self.t("route.sort_out_first.name")),
                ("meaning", self.t("route.sort_out_first.meaning")),
            ];
            self.block(self.w.sort_out_first, &args);
        }
    }

    fn barriers(&mut self) {
        let w = self.w;
        let r = self.rules;
        let big = r.barriers.big_from_value.to_string();
        let overlay = self.t("route.overlay.name");
        self.block(w.barriers, &[("big_from", &big), ("overlay", overlay)]);
        self.line(&format!(
            "| {} | {} | {} |",
            w.col_barrier, w.col_big_when, w.col_step
        ));
        self.line("|---|---|---|");
        for q in r.questions() {
            let Feeds::Barrier(d) = q.feeds else { continue };
            let big: Vec<String> = r
                .scale(q.scale)
                .iter()
                .filter(|o| o.value >= r.barriers.big_from_value)
                .map(|o| format!("\"{}\"", self.t(&format!("opt.{}.{}", q.scale, o.id))))
                .collect();
            let row = format!(
                "| {} (`{}`) | {} | {} |",
                self.t(&format!("barrier.{d}.name")),
                q.id,
                big.join(", "),
                self.step_titles(&[barrier_step(d)]),
            );
            self.line(&row);
        }
        self.out.push('\n');
    }

    /// Barriers that play a small role, "a lot at once" and the answers with a card of their own.
    fn some_and_answer_steps(&mut self) {
        let r = self.rules;
        if let Some(n) = r.barriers.many_at_once_from {
            let args = [
                ("n", n.to_string()),
                ("many", self.t("step.step_many_at_once.title").to_string()),
            ];
            let args: Vec<(&str, &str)> = args.iter().map(|(k, v)| (*k, v.as_str())).collect();
            self.block(self.w.some_barriers, &args);
        }
        if r.barriers.answer_steps.is_empty() {
            return;
        }
        self.block(self.w.answer_steps, &[]);
        for a in &r.barriers.answer_steps {
            let q = question(a.question);
            let opts: Vec<String> = a
                .options
                .iter()
                .map(|o| match o.as_str() {
                    "dont_know" | "rather_not" => format!("\"{}\"", self.t(&format!("opt.{o}"))),
                    _ => format!("\"{}\"", self.t(&format!("opt.{}.{o}", q.scale))),
                })
                .collect();
            let line = format!(
                "- {} (`{}`): {} → {}",
                self.t(&q.text_key()),
                q.id,
                opts.join(", "),
                self.step_titles(&[a.step]),
            );
            self.line(&line);
        }
        self.out.push('\n');
    }

    fn acute(&mut self) {
        self.block(self.w.acute, &[]);
        for a in &self.rules.barriers.acute {
            let q = question(a.question);
            let Feeds::Barrier(d) = q.feeds else { continue };
            let line = format!(
                "- {} (`{}`): \"{}\" → {}",
                self.t(&q.text_key()),
                q.id,
                self.t(&format!("opt.{}.{}", q.scale, a.option)),
                self.step_titles(acute_steps(d)),
            );
            self.line(&line);
        }
        self.out.push('\n');
    }
}
