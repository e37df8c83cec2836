//! Steps chosen by need (rules 2027.2 on): each route's steps as published data, each step with
//! the named conditions that admit it, in the smart-answers form ("each result names the
//! predicate that admits it"). The predicates are few and tested here: a sub-score that is low,
//! a floor that is met, a circumstance that plays a (big) role, something to sort out, and "not
//! when the result leads with sorting things out".
//!
//! Rules kept: a step without conditions is always given; a step with conditions is given when
//! any of them holds; silence is never a need (an unanswered sub-score is not low); the steps a
//! low sub-score calls for come right after the route's first step, lowest sub-score first;
//! help that comes first (acute, sort out first, the answers' own steps) stays before all of it.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::ids::{BarrierDomain, FloorId, SubId};
use super::outcome::{BarrierLevel, Lead, Outcome, RouteCode};
use super::steps::{Part, StepId};

/// One step of a route and what admits it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StepRule {
    pub step: StepId,
    /// Given when one of these sub-scores is known and below the yes band.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub low: Vec<SubId>,
    /// Given when one of these floors is met.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub floor: Vec<FloorId>,
    /// Given when one of these circumstances plays a big role.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub big: Vec<BarrierDomain>,
    /// Given when one of these circumstances plays any role.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub plays: Vec<BarrierDomain>,
    /// Given when something was named to sort out (a circumstance, or what holds one back).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub something_to_sort: bool,
    /// Left out when the result leads with sorting things out.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub unless_sort_out_first: bool,
}

/// The steps of each route, and of "no route yet" (`none`), in published order.
pub type StepTable = BTreeMap<String, Vec<StepRule>>;

/// The table key of an outcome: the route's code, or `none`.
pub fn table_key(route: Option<RouteCode>) -> &'static str {
    route.map_or("none", RouteCode::as_str)
}

impl StepRule {
    /// Whether the rule has any condition (a plain step is always given).
    fn conditional(&self) -> bool {
        !(self.low.is_empty()
            && self.floor.is_empty()
            && self.big.is_empty()
            && self.plays.is_empty()
            && !self.something_to_sort)
    }

    /// The lowest of its `low` sub-scores that is low in `o`, if one is.
    fn low_score(&self, o: &Outcome, yes_from: u8) -> Option<u8> {
        self.low
            .iter()
            .filter_map(|sub| o.subscores.iter().find(|s| s.sub == *sub)?.score)
            .filter(|score| *score < yes_from)
            .min()
    }

    /// Whether `o` admits this step.
    fn admits(&self, o: &Outcome, yes_from: u8) -> bool {
        if self.unless_sort_out_first && o.lead == Lead::SortOutFirst {
            return false;
        }
        if !self.conditional() {
            return true;
        }
        let level = |d: &BarrierDomain| o.barriers.iter().find(|b| b.domain == *d).map(|b| b.level);
        self.low_score(o, yes_from).is_some()
            || self.floor.iter().any(|f| o.kunnen.floors.contains(f))
            || self.big.iter().any(|d| level(d) >= Some(BarrierLevel::Big))
            || self.plays.iter().any(|d| level(d).is_some())
            || (self.something_to_sort
                && (!o.barriers.is_empty()
                    || o.holds_back.as_deref().is_some_and(|h| h != "nothing")))
    }
}

/// The route part of the steps of `o`: the admitted steps of its route, the first one first,
/// then those a low sub-score admitted (lowest first), then the rest in published order.
pub fn route_part(table: &StepTable, o: &Outcome, yes_from: u8) -> Vec<StepId> {
    let Some(rules) = table.get(table_key(o.route)) else {
        return Vec::new();
    };
    let admitted: Vec<&StepRule> = rules.iter().filter(|r| r.admits(o, yes_from)).collect();
    let Some((first, rest)) = admitted.split_first() else {
        return Vec::new();
    };
    let mut by_need: Vec<(u8, usize, StepId)> = rest
        .iter()
        .enumerate()
        .filter_map(|(i, r)| Some((r.low_score(o, yes_from)?, i, r.step)))
        .collect();
    super::sorting::sort(&mut by_need);
    let mut out = vec![first.step];
    out.extend(by_need.iter().map(|(_, _, s)| *s));
    for r in rest {
        if !out.contains(&r.step) {
            out.push(r.step);
        }
    }
    out
}

/// The whole list: the help that comes first, as `o.steps` has it (acute help, sorting things
/// out, the answers' own steps), then the route part. No step twice.
pub fn steps_by_need(table: &StepTable, o: &Outcome, yes_from: u8) -> Vec<StepId> {
    let mut out: Vec<StepId> = o
        .steps
        .iter()
        .copied()
        .filter(|s| matches!(s.part(), Part::Acute | Part::Service))
        .collect();
    for s in route_part(table, o, yes_from) {
        if !out.contains(&s) {
            out.push(s);
        }
    }
    out
}

/// The problems with a step table, one line each (used by validation): every route and "no
/// route yet" has steps, each route names an employer's part that is always given, and a step
/// appears once per route.
pub fn table_problems(table: &StepTable) -> Vec<String> {
    let mut out = Vec::new();
    for key in ["A", "B", "C", "D", "none"] {
        let Some(rules) = table.get(key) else {
            out.push(format!("steps: no steps for '{key}'"));
            continue;
        };
        if rules.is_empty() {
            out.push(format!("steps: no steps for '{key}'"));
        }
        if key != "none"
            && !rules
                .iter()
                .any(|r| r.step.part() == Part::Employer && !r.conditional())
        {
            out.push(format!(
                "steps: route {key} has no employer's part that is always given"
            ));
        }
        for r in rules {
            if rules.iter().filter(|x| x.step == r.step).count() > 1 {
                out.push(format!("steps: '{}' is listed twice for '{key}'", r.step));
            }
            if matches!(r.step.part(), Part::Acute | Part::Service) {
                out.push(format!(
                    "steps: '{}' is help that comes first, not a step of a route",
                    r.step
                ));
            }
        }
    }
    for key in table.keys() {
        if !["A", "B", "C", "D", "none"].contains(&key.as_str()) {
            out.push(format!("steps: '{key}' is not a route"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::rules::Rules;

    #[test]
    fn the_published_table_passes_and_a_broken_one_is_named() {
        let table = Rules::get("2027.2").unwrap().steps.clone().unwrap();
        assert!(
            table_problems(&table).is_empty(),
            "{:?}",
            table_problems(&table)
        );
        let mut broken = table.clone();
        broken.remove("none");
        broken
            .get_mut("D")
            .unwrap()
            .retain(|r| r.step.part() != Part::Employer);
        broken.insert("E".into(), vec![]);
        broken.get_mut("A").unwrap().push(StepRule {
            step: StepId::BarrierMoney,
            low: vec![],
            floor: vec![],
            big: vec![],
            plays: vec![],
            something_to_sort: false,
            unless_sort_out_first: false,
        });
        let p = table_problems(&broken).join("\n");
        assert!(p.contains("no steps for 'none'"), "{p}");
        assert!(p.contains("route D has no employer's part"), "{p}");
        assert!(p.contains("'E' is not a route"), "{p}");
        assert!(
            p.contains("'barrier_money' is help that comes first"),
            "{p}"
        );
    }
}
