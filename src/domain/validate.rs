//! Validation of the published rules against the question bank and the fairness rules of
//! DOMAIN.md. Kept apart from the rules' shape (`rules.rs`) so each file has one concern.
//!
//! Rule kept: rules that would break an invariant are refused, with one line naming the problem:
//! a weight on pressure from outside or on wishes, too much weight on search activity, a floor at or
//! above the line or one that a worse answer would not trigger, a scale not offered positive first,
//! an acute answer that is not also a big barrier. From 2027.1 also: one item moving its axis by
//! more than `item_cap`, a drag above 0.10, an unknown axis counted as yes, no `min_information`.
//! From 2027.2 also: a core that cannot place a person, a floor question outside the core, an
//! acute question in the checklist, a route without an employer's part that is always given.

use std::collections::BTreeSet;

use super::bank::{question, Feeds};
use super::ids::{Axis, Layer, ScaleId, SubId};
use super::rules::{Engine, Rules, DONT_KNOW, RATHER_NOT};
use super::score::item_shares;

/// The largest drag 2027.1 allows: "searching has no point" is context, not an axis driver.
const MAX_DRAG_2027: f64 = 0.10;

impl Rules {
    /// Checks the rules against the bank and the fairness rules. One line naming the first problem.
    pub fn validate(&self) -> Result<(), String> {
        if self.version.trim().is_empty() {
            return Err("rules: version is empty".into());
        }
        self.validate_scales()?;
        if let Some(m) = self.min_share_answered {
            if !(m > 0.0 && m <= 1.0) {
                return Err("rules: min_share_answered must be in (0, 1]".into());
            }
        }
        for axis in Axis::ALL {
            self.validate_axis(*axis)?;
        }
        // Every engine from 2027.1 on keeps the 2027.1 fairness rules.
        if self.engine != Engine::V2026_1 {
            self.validate_2027()?;
        }
        if self.engine == Engine::V2027_2 {
            self.validate_journey()?;
        }
        let (b, g) = (self.bands, self.grey_zone);
        if !(b.partly_from < b.yes_from && b.yes_from <= 100) {
            return Err("rules: bands need partly_from < yes_from <= 100".into());
        }
        if !(g.from <= self.line && self.line <= g.to && g.to <= 100) {
            return Err("rules: the line must lie inside the grey zone, within 0-100".into());
        }
        self.validate_floors()?;
        self.validate_barriers()
    }

    /// 2027.2: the journey places a person from its core alone, hides no acute answer in the
    /// checklist, and every route's steps name an employer's part.
    fn validate_journey(&self) -> Result<(), String> {
        let (Some(journey), Some(table)) = (&self.journey, &self.steps) else {
            return Err("rules: this engine needs a journey and a step table".into());
        };
        let acute: Vec<_> = self.barriers.acute.iter().map(|a| a.question).collect();
        let mut problems = journey.problems(self.bank, &acute);
        problems.extend(crate::domain::need::table_problems(table));
        for q in &journey.screener.questions {
            let values: Vec<u8> = self
                .scale(question(*q).scale)
                .iter()
                .map(|o| o.value)
                .collect();
            if values != [0, 1, 2] {
                problems.push(format!(
                    "journey: screener question '{q}' needs the values 0, 1 and 2, once each"
                ));
            }
        }
        for f in &self.floors {
            for q in &f.questions {
                if !journey.core.contains(q) {
                    problems.push(format!("journey: floor question '{q}' must be in the core"));
                }
            }
        }
        let needed = self.min_information.unwrap_or(0.0);
        for axis in Axis::ALL {
            let drags = &self.axes.get(*axis).drags;
            let core: f64 = item_shares(self, *axis)
                .into_iter()
                .filter(|(q, _)| journey.core.contains(q))
                .filter(
                    |(q, _)| !matches!(question(*q).feeds, Feeds::Sub(s) if drags.contains_key(&s)),
                )
                .map(|(_, s)| s)
                .sum();
            if core + 1e-9 < needed {
                problems.push(format!(
                    "journey: the core carries {:.0} % of {axis}; {:.0} % is needed to place a person",
                    core * 100.0,
                    needed * 100.0
                ));
            }
        }
        match problems.into_iter().next() {
            Some(p) => Err(format!("rules: {p}")),
            None => Ok(()),
        }
    }

    fn validate_2027(&self) -> Result<(), String> {
        if self.unknown_axis_counts_as_yes {
            return Err(
                "rules: an unknown axis may not count as yes (silence gives no route)".into(),
            );
        }
        match self.min_information {
            Some(m) if m > 0.0 && m <= 1.0 => {}
            _ => return Err("rules: min_information must be in (0, 1]".into()),
        }
        let cap = match self.item_cap {
            Some(c) if c > 0.0 && c <= 1.0 => c,
            _ => return Err("rules: item_cap must be in (0, 1]".into()),
        };
        for axis in Axis::ALL {
            for (sub, d) in &self.axes.get(*axis).drags {
                if *d > MAX_DRAG_2027 + 1e-9 {
                    return Err(format!("rules: the drag of '{sub}' may be at most 0.10"));
                }
            }
            for (q, share) in item_shares(self, *axis) {
                if share > cap + 1e-9 {
                    return Err(format!(
                        "rules: '{q}' carries {:.1} % of {axis}, more than the item cap",
                        share * 100.0
                    ));
                }
            }
        }
        for a in &self.barriers.answer_steps {
            let q = question(a.question);
            if !self.asks(a.question) || a.options.is_empty() {
                return Err(format!(
                    "rules: an answer step names '{}', not asked here",
                    a.question
                ));
            }
            if a.options.iter().any(|o| self.value_of(q, o).is_none()) {
                return Err(format!(
                    "rules: an answer step names an option '{}' lacks",
                    a.question
                ));
            }
        }
        if let Some(s) = &self.barriers.sort_out_first {
            let q = question(super::bank::QuestionId::WHoldsBack);
            if s.holds_back
                .iter()
                .any(|o| !matches!(self.value_of(q, o), Some(Some(_))))
            {
                return Err("rules: sort_out_first names an option w_holds_back lacks".into());
            }
        }
        Ok(())
    }

    fn validate_scales(&self) -> Result<(), String> {
        for scale in ScaleId::ALL {
            let users: BTreeSet<Layer> = self
                .questions()
                .filter(|q| q.scale == *scale)
                .map(|q| q.layer())
                .collect();
            let reason = self
                .questions()
                .any(|q| q.scale == *scale && q.feeds == Feeds::HoldsBack);
            let opts = self.scale(*scale);
            if users.is_empty() {
                if !opts.is_empty() {
                    return Err(format!(
                        "rules: scale '{scale}' is not used by this version"
                    ));
                }
                continue;
            }
            if opts.len() < 2 {
                return Err(format!("rules: scale '{scale}' needs at least two options"));
            }
            let barrier = users.contains(&Layer::Omstandigheden);
            if barrier && users.len() > 1 {
                return Err(format!(
                    "rules: scale '{scale}' must be used by one kind of question"
                ));
            }
            let mut ids = BTreeSet::new();
            for o in opts {
                let snake =
                    o.id.chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
                if !snake || o.id.is_empty() || o.id == DONT_KNOW || o.id == RATHER_NOT {
                    return Err(format!(
                        "rules: scale '{scale}' has a bad option id '{}'",
                        o.id
                    ));
                }
                if !ids.insert(o.id.as_str()) {
                    return Err(format!("rules: scale '{scale}' repeats option '{}'", o.id));
                }
            }
            // Offered positive first: values fall for scored scales and rise for barrier scales
            // (and for what holds the person back, which starts at "nothing").
            let ordered = opts.windows(2).all(|w| {
                if barrier || reason {
                    w[0].value < w[1].value
                } else {
                    w[0].value > w[1].value
                }
            });
            let lowest = opts.iter().map(|o| o.value).min();
            if !ordered || lowest != Some(0) {
                return Err(format!(
                    "rules: scale '{scale}' must run positive first, from or to 0"
                ));
            }
        }
        Ok(())
    }

    fn validate_axis(&self, axis: Axis) -> Result<(), String> {
        let r = self.axes.get(axis);
        for (sub, w) in r.weights.iter().chain(r.drags.iter()) {
            if sub.axis() != axis {
                return Err(format!(
                    "rules: sub-score '{sub}' does not belong to {axis}"
                ));
            }
            if !(w.is_finite() && *w >= 0.0 && *w <= 1.0) {
                return Err(format!("rules: weight of '{sub}' must be between 0 and 1"));
            }
            if matches!(sub, SubId::W3Controlled | SubId::W6Adjust) {
                return Err(format!(
                    "rules: '{sub}' is shown only and may carry no weight"
                ));
            }
        }
        if r.weights.keys().any(|s| r.drags.contains_key(s)) {
            return Err(format!(
                "rules: a {axis} sub-score is both a weight and a drag"
            ));
        }
        if r.weights.values().all(|w| *w <= 0.0) {
            return Err(format!(
                "rules: {axis} needs at least one weighted sub-score"
            ));
        }
        let top = r
            .weights
            .iter()
            .filter(|(s, _)| **s != SubId::W5Activity)
            .map(|(_, w)| *w);
        let top = top.fold(0.0_f64, f64::max);
        if r.weights
            .get(&SubId::W5Activity)
            .is_some_and(|w| *w > 0.15 * top)
        {
            return Err("rules: search activity may weigh at most 0.15 of a main sub-score".into());
        }
        Ok(())
    }

    fn validate_floors(&self) -> Result<(), String> {
        let mut seen = BTreeSet::new();
        for f in &self.floors {
            if !seen.insert(f.id) {
                return Err(format!("rules: floor '{}' appears twice", f.id));
            }
            if f.cap >= self.line {
                return Err(format!("rules: floor '{}' must cap below the line", f.id));
            }
            if f.at_least == 0 || f.at_least > f.questions.len() {
                return Err(format!("rules: floor '{}' has a bad at_least", f.id));
            }
            for qid in &f.questions {
                let q = question(*qid);
                if q.layer() != Layer::Kunnen || !self.asks(*qid) {
                    return Err(format!(
                        "rules: floor '{}' uses '{qid}', not a kunnen question",
                        f.id
                    ));
                }
                let scale = self.scale(q.scale);
                let Some(worst_in) = f
                    .options
                    .iter()
                    .map(|o| scale.iter().find(|s| &s.id == o).map(|s| s.value))
                    .collect::<Option<Vec<u8>>>()
                else {
                    return Err(format!(
                        "rules: floor '{}' names an option '{qid}' lacks",
                        f.id
                    ));
                };
                // Downward closed: a worse answer than a floor answer also triggers the floor.
                let top = worst_in.iter().copied().max().unwrap_or(0);
                if scale
                    .iter()
                    .any(|s| s.value <= top && !f.options.contains(&s.id))
                {
                    return Err(format!(
                        "rules: floor '{}' must include every worse answer",
                        f.id
                    ));
                }
            }
        }
        Ok(())
    }

    fn validate_barriers(&self) -> Result<(), String> {
        let b = &self.barriers;
        if b.big_from_value == 0 {
            return Err("rules: big_from_value must be at least 1".into());
        }
        for a in &b.acute {
            let q = question(a.question);
            if !matches!(q.feeds, Feeds::Barrier(_)) || !self.asks(a.question) {
                return Err(format!(
                    "rules: acute answer on '{}', not a barrier question",
                    a.question
                ));
            }
            match self.value_of(q, &a.option) {
                Some(Some(v)) if v >= b.big_from_value => {}
                _ => {
                    return Err(format!(
                        "rules: acute answer '{}' on '{}' must be a big-barrier option",
                        a.option, a.question
                    ))
                }
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::bank::QuestionId;
    use crate::domain::rules::AnswerRef;

    fn base() -> Rules {
        Rules::get("2026.1").unwrap().clone()
    }

    fn current() -> Rules {
        Rules::current().unwrap().clone()
    }

    #[test]
    fn validation_of_2027_1_refuses_silence_as_yes_and_big_single_items() {
        let mut r = current();
        r.unknown_axis_counts_as_yes = true;
        assert!(r.validate().unwrap_err().contains("silence"));
        let mut r = current();
        r.axes.willen.drags.insert(SubId::W3Sense, 0.25);
        assert!(r.validate().unwrap_err().contains("at most 0.10"));
        let mut r = current();
        r.axes.willen.weights.insert(SubId::W1Commitment, 1.0);
        r.axes.willen.weights.insert(SubId::W3Autonomous, 0.3);
        assert!(
            r.validate().unwrap_err().contains("item cap"),
            "{:?}",
            r.validate()
        );
        let mut r = current();
        r.min_information = None;
        assert!(r.validate().is_err());
        let mut r = current();
        r.barriers.answer_steps[0].options.push("nope".into());
        assert!(r.validate().is_err());
    }

    #[test]
    fn validation_refuses_unfair_changes() {
        let mut r = base();
        r.axes.willen.weights.insert(SubId::W3Controlled, 0.5);
        assert!(r.validate().unwrap_err().contains("w3_controlled"));

        let mut r = base();
        r.axes.willen.weights.insert(SubId::W5Activity, 0.5);
        assert!(r.validate().is_err());

        let mut r = base();
        r.floors[0].options = vec!["was_4_5".into()];
        assert!(r.validate().unwrap_err().contains("worse answer"));

        let mut r = base();
        r.floors[1].cap = 70;
        assert!(r.validate().is_err());

        let mut r = base();
        r.scales.get_mut(&ScaleId::Role3).unwrap().reverse();
        assert!(r.validate().unwrap_err().contains("role3"));

        let mut r = base();
        r.barriers.acute.push(AnswerRef {
            question: QuestionId::OMoney,
            option: "a_little".into(),
        });
        assert!(r.validate().is_err());

        let mut r = base();
        r.line = 70;
        assert!(r.validate().is_err());
    }
}
