//! The algorithm-register entry, generated from the published rules: what the check is for and
//! not for, every question by layer with its options and values, how topic figures, axes, bands,
//! the line, the grey zone, the floors, the barrier overlay and the acute answers are computed
//! (the actual numbers), what is never used, where data goes and who decides.
//!
//! Rule kept: every number, question, option, route and step name comes from the rules, the bank
//! and the catalogs, so a change to the rules changes this text. The fixed sentences per
//! language are in `register/nl.rs` and `register/en.rs` (B1, the avoid-list of DOMAIN.md); the
//! "how the result is made" sections are rendered in `register/how.rs`.

use crate::domain::bank::{Feeds, Question};
use crate::domain::ids::{Layer, SubId};
use crate::domain::rules::{Rules, DONT_KNOW, RATHER_NOT};
use crate::i18n::{fill, t, Locale};

mod en;
mod how;
mod local;
mod nl;

pub use local::register_markdown_for;

/// The committed copies and the locale each is written in, relative to the crate root.
pub const REGISTER_FILES: [(Locale, &str); 2] = [
    (Locale::Nl, "docs/algoritmeregister.nl.md"),
    (Locale::En, "docs/algoritmeregister.en.md"),
];

/// The rules file of `rules`, relative to the crate root.
fn rules_file(rules: &Rules) -> String {
    format!("src/domain/rules/{}.json", rules.version)
}

/// The fixed sentences of the document in one language. `{name}` marks a value filled in from
/// the rules; `{{name}}` marks a field the municipality fills in.
pub(crate) struct Words {
    pub title: &'static str,
    pub intro: &'static str,
    pub summary: &'static str,
    pub purpose: &'static str,
    pub questions_title: &'static str,
    pub questions_intro: &'static str,
    pub part: &'static str,
    pub layer_notes: [&'static str; 3],
    pub answers: &'static str,
    pub no_value: &'static str,
    pub feeds_sub: &'static str,
    pub weight: &'static str,
    pub drag: &'static str,
    pub shown_only: &'static str,
    pub feeds_barrier: &'static str,
    pub feeds_holds_back: &'static str,
    pub how_topics_any: &'static str,
    pub item_cap: &'static str,
    pub no_route: &'static str,
    pub grey_before_drag: &'static str,
    pub floor_open: &'static str,
    pub sort_out_first: &'static str,
    /// 2027.2: the core, the checklist and the extras ({pages}, {words}, {minutes}, {core},
    /// {screened}, {extras}, {needed}).
    pub journey: &'static str,
    /// 2027.2: how steps are chosen by need.
    pub steps_by_need: &'static str,
    /// A step's conditions: "when {topic} is low" and so on, joined by `when_or`.
    pub when_low: &'static str,
    pub when_floor: &'static str,
    pub when_big: &'static str,
    pub when_plays: &'static str,
    pub when_something_to_sort: &'static str,
    pub unless_sort_out_first: &'static str,
    pub when_or: &'static str,
    pub some_barriers: &'static str,
    pub answer_steps: &'static str,
    pub fairness_2027: &'static str,
    pub sensitive_yes: &'static str,
    pub sensitive_no: &'static str,
    pub module: &'static str,
    pub why: &'static str,
    pub how_title: &'static str,
    pub how_values: &'static str,
    pub how_topics: &'static str,
    pub example: &'static str,
    pub how_axes: &'static str,
    pub col_topic: &'static str,
    pub col_questions: &'static str,
    pub col_counts: &'static str,
    pub axis_formula: &'static str,
    pub unknown_axis_yes: &'static str,
    pub bands: &'static str,
    pub floors: &'static str,
    pub floor_rule: &'static str,
    pub floor_rule_one: &'static str,
    pub floor_or: &'static str,
    pub floor_side: &'static str,
    pub floor_ends_grey: &'static str,
    pub floor_shown: &'static str,
    pub routes: &'static str,
    pub col_route: &'static str,
    pub col_first_steps: &'static str,
    pub side_yes: &'static str,
    pub side_not_yet: &'static str,
    pub barriers: &'static str,
    pub col_barrier: &'static str,
    pub col_big_when: &'static str,
    pub col_step: &'static str,
    pub acute: &'static str,
    pub confidence: &'static str,
    pub whatif: &'static str,
    pub never: &'static str,
    pub data: &'static str,
    pub human: &'static str,
    pub fairness: &'static str,
    pub contact: &'static str,
    pub footer: &'static str,
}

fn words(locale: Locale) -> &'static Words {
    // The register entry is published in Dutch and English; other languages read the English.
    match locale {
        Locale::Nl => &nl::WORDS,
        _ => &en::WORDS,
    }
}

/// The command that prints the document in `locale`.
pub fn register_command(locale: Locale) -> String {
    format!("werkroute rules --format markdown --lang {}", locale.code())
}

/// The algorithm-register entry for `rules` in `locale`, as Markdown.
pub fn register_markdown(rules: &Rules, locale: Locale) -> String {
    let mut d = Doc {
        out: String::new(),
        locale,
        w: words(locale),
        rules,
    };
    d.head();
    d.questions();
    d.how();
    d.tail();
    d.out
}

struct Doc<'a> {
    out: String,
    locale: Locale,
    w: &'static Words,
    rules: &'a Rules,
}

impl Doc<'_> {
    /// Appends `text` with the rules' values filled in, then a blank line.
    fn block(&mut self, text: &str, args: &[(&str, &str)]) {
        let version = self.rules.version.clone();
        let command = register_command(self.locale);
        let file = rules_file(self.rules);
        let mut all: Vec<(&str, &str)> = vec![
            ("version", version.as_str()),
            ("command", command.as_str()),
            ("file", file.as_str()),
        ];
        all.extend_from_slice(args);
        self.out.push_str(fill(text, &all).trim_end());
        self.out.push_str("\n\n");
    }

    fn line(&mut self, text: &str) {
        self.out.push_str(text);
        self.out.push('\n');
    }

    fn num(&self, x: f64) -> String {
        let s = format!("{}", (x * 100.0).round() / 100.0);
        match self.locale {
            Locale::Nl => s.replace('.', ","),
            _ => s,
        }
    }

    fn t(&self, key: &str) -> &'static str {
        t(self.locale, key)
    }

    fn head(&mut self) {
        let count = self.rules.bank.len().to_string();
        self.block(&format!("# {}", self.w.title), &[]);
        self.block(self.w.intro, &[]);
        self.block(self.w.summary, &[("count", &count)]);
        self.block(self.w.purpose, &[]);
    }

    fn questions(&mut self) {
        let bank = self.rules.bank;
        let count = bank.len().to_string();
        let optional = self
            .rules
            .questions()
            .filter(|q| q.module.is_some())
            .count();
        let without = (bank.len() - optional).to_string();
        let dont_know = self.t("opt.dont_know");
        let rather_not = self.t("opt.rather_not");
        self.block(&format!("## {}", self.w.questions_title), &[]);
        let args = [
            ("count", count.as_str()),
            ("without", without.as_str()),
            ("dont_know", dont_know),
            ("rather_not", rather_not),
        ];
        self.block(self.w.questions_intro, &args);
        let mut n = 0;
        for (i, layer) in Layer::ALL.iter().enumerate() {
            let name = self.t(&format!("layer.{layer}"));
            let part = fill(
                self.w.part,
                &[
                    ("n", &(i + 1).to_string()),
                    ("name", name),
                    ("id", layer.as_str()),
                ],
            );
            self.block(&format!("### {part}"), &[]);
            self.block(self.w.layer_notes[i], &[]);
            let rules = self.rules;
            for q in rules.questions().filter(|q| q.layer() == *layer) {
                n += 1;
                self.question(n, q);
            }
            self.out.push('\n');
        }
    }

    fn question(&mut self, n: usize, q: &Question) {
        let w = self.w;
        let head = format!("{n}. ");
        // Nested lines line up with the item's text, so `10.` items keep their sub-list.
        let pad = " ".repeat(head.len());
        self.line(&format!("{head}**{}** (`{}`)", self.t(&q.text_key()), q.id));
        let opts: Vec<String> = self
            .rules
            .options(q)
            .iter()
            .map(|o| {
                let label = self.t(&format!("opt.{}", o.label));
                match o.value {
                    None => format!("{label} ({})", w.no_value),
                    Some(v) => format!("{label} ({}{})", v, self.barrier_mark(q, &o.id, v)),
                }
            })
            .collect();
        self.line(&format!("{pad}- {}: {}", w.answers, opts.join("; ")));
        let feeds = match q.feeds {
            Feeds::Sub(sub) => fill(
                w.feeds_sub,
                &[
                    ("sub", self.t(&format!("sub.{sub}.name"))),
                    ("id", sub.as_str()),
                    ("counts", &self.counts(sub)),
                ],
            ),
            Feeds::Barrier(d) => fill(
                w.feeds_barrier,
                &[("name", self.t(&format!("barrier.{d}.name")))],
            ),
            Feeds::HoldsBack => w.feeds_holds_back.to_string(),
        };
        self.line(&format!("{pad}- {feeds}"));
        let sensitive = if q.sensitive {
            fill(w.sensitive_yes, &[("rather_not", self.t("opt.rather_not"))])
        } else {
            w.sensitive_no.to_string()
        };
        self.line(&format!("{pad}- {sensitive}"));
        if let Some(m) = q.module {
            self.line(&format!(
                "{pad}- {}",
                fill(w.module, &[("module", m.as_str())])
            ));
        }
        let why = fill(w.why, &[("why", self.t(&q.why_key()))]);
        self.line(&format!("{pad}- {why}"));
    }

    /// For a barrier option: ", plays a big role" or ", help needed now".
    fn barrier_mark(&self, q: &Question, option: &str, v: u8) -> String {
        if !matches!(q.feeds, Feeds::Barrier(_)) {
            return String::new();
        }
        let acute = self
            .rules
            .barriers
            .acute
            .iter()
            .any(|a| a.question == q.id && a.option == option);
        if acute {
            format!(": {}", self.t("level.acute"))
        } else if v >= self.rules.barriers.big_from_value {
            format!(": {}", self.t("level.big"))
        } else {
            String::new()
        }
    }

    /// How a topic counts in its axis: a weight, a drag, or shown only.
    fn counts(&self, sub: SubId) -> String {
        let axis = self.rules.axes.get(sub.axis());
        match (axis.weights.get(&sub), axis.drags.get(&sub)) {
            (Some(w), _) if *w > 0.0 => fill(self.w.weight, &[("w", &self.num(*w))]),
            (_, Some(d)) if *d > 0.0 => fill(self.w.drag, &[("d", &self.num(*d))]),
            _ => self.w.shown_only.to_string(),
        }
    }

    fn tail(&mut self) {
        let w = self.w;
        let dont_know = self.t(&format!("opt.{DONT_KNOW}"));
        let rather_not = self.t(&format!("opt.{RATHER_NOT}"));
        let pressure = self.t("sub.w3_controlled.name");
        let adjust = self.t("sub.w6_adjust.name");
        let args = [
            ("dont_know", dont_know),
            ("rather_not", rather_not),
            ("pressure", pressure),
            ("adjust", adjust),
        ];
        self.block(w.never, &args);
        self.block(w.data, &[]);
        self.block(w.human, &[]);
        // The guarantees 2027.1 added, stated only for the versions that keep them.
        let since = if self.rules.item_cap.is_some() {
            w.fairness_2027
        } else {
            ""
        };
        let mut fairness_args = args.to_vec();
        fairness_args.push(("since_2027", since));
        self.block(w.fairness, &fairness_args);
        self.block(w.contact, &[]);
        self.block(w.footer, &[]);
        while self.out.ends_with("\n\n") {
            self.out.pop();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_languages_render_every_question_and_no_missing_key() {
        let rules = Rules::current().unwrap();
        for locale in Locale::ALL {
            let doc = register_markdown(rules, locale);
            assert!(!doc.contains('⟦'), "{locale:?}: a catalog key is missing");
            assert!(!doc.contains("{version}") && !doc.contains("{command}"));
            for q in rules.questions() {
                assert!(doc.contains(&format!("(`{}`)", q.id)), "{}", q.id);
            }
            assert!(doc.contains(&rules.version));
            assert!(doc.ends_with('\n') && !doc.ends_with("\n\n"));
        }
    }
}
