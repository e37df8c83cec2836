//! The result of scoring one set of answers: sub-scores with the answers behind them, both axes
//! with band, grey zone and how much of them was answered, the route (or "no route yet"), what
//! the result leads with, the barrier overlay, the acute flag, the steps, and why (`because`).
//!
//! Rules kept: a result is ids, numbers and enums only (no display text), it carries the rules
//! version it was made with, and there is no "chance of finding work" figure in it. Silence
//! gives no route: `route` is `None` and `lead` is [`Lead::NoRouteYet`] when an axis has too
//! little information (rules 2027.1).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::bank::QuestionId;
use super::ids::{string_id, Axis, BarrierDomain, FloorId, SubId};
use super::steps::StepId;

string_id! {
    /// The outcome as files and the CLI name it: a route, or no route yet.
    pub enum OutcomeId {
        NoRouteYet => "no_route_yet",
        A => "A",
        B => "B",
        C => "C",
        D => "D",
    }
}

impl OutcomeId {
    /// The outcome of a route, or of no route.
    pub fn of(route: Option<RouteCode>) -> OutcomeId {
        match route {
            None => OutcomeId::NoRouteYet,
            Some(RouteCode::A) => OutcomeId::A,
            Some(RouteCode::B) => OutcomeId::B,
            Some(RouteCode::C) => OutcomeId::C,
            Some(RouteCode::D) => OutcomeId::D,
        }
    }
}

/// What the result page leads with.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Lead {
    /// The route, by its name.
    Route,
    /// "Eerst regelen, dan verder": willen is not (yet clearly) on the yes side and a big
    /// circumstance is in the way; the route comes after sorting that out, never as "no priority".
    SortOutFirst,
    /// "Nog geen route": too little information on an axis; the four routes shown neutrally.
    NoRouteYet,
}

/// One reason behind the outcome, naming the published rule it applied (in the `score` JSON and
/// on the result page).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "rule", rename_all = "snake_case")]
pub enum Because {
    /// An axis had less than `min_information` of its weight answered: no route.
    TooLittleInformation {
        axis: Axis,
        answered: u8,
        needed: u8,
    },
    /// An axis could not be scored at all and counts as yes (rules 2026.1 only).
    UnknownCountsAsYes { axis: Axis },
    /// The axis score against the line.
    Line {
        axis: Axis,
        score: u8,
        line: u8,
        yes: bool,
    },
    /// A floor capped kunnen.
    Floor { id: FloorId, cap: u8 },
    /// A floor's questions were left unanswered where they could have met it: kunnen is grey.
    FloorUnanswered { id: FloorId },
    /// The axis is in the grey zone (tested before and after any drag, 2027.1).
    GreyZone {
        axis: Axis,
        score_before_drag: u8,
        score: u8,
    },
    /// The result leads with sorting things out.
    SortOutFirst {
        domains: Vec<BarrierDomain>,
        holds_back: Option<String>,
    },
}

string_id! {
    /// The four routes. Internal codes; the catalog gives each a name that names the next step.
    pub enum RouteCode {
        /// Willen yes, kunnen yes: ready for work.
        A => "A",
        /// Willen yes, kunnen not yet: growing towards work.
        B => "B",
        /// Willen not yet, kunnen yes: exploring what work can offer you.
        C => "C",
        /// Willen not yet, kunnen not yet: building a strong base first.
        D => "D",
    }
}

impl RouteCode {
    /// The route for a yes/not-yet side on each axis.
    pub fn from_sides(willen_yes: bool, kunnen_yes: bool) -> RouteCode {
        match (willen_yes, kunnen_yes) {
            (true, true) => RouteCode::A,
            (true, false) => RouteCode::B,
            (false, true) => RouteCode::C,
            (false, false) => RouteCode::D,
        }
    }

    /// Whether this route is on the yes side of `axis`.
    pub fn is_yes(self, axis: Axis) -> bool {
        match axis {
            Axis::Willen => matches!(self, RouteCode::A | RouteCode::B),
            Axis::Kunnen => matches!(self, RouteCode::A | RouteCode::C),
        }
    }
}

/// The band of an axis score.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Band {
    /// Too few answers to say.
    Unknown,
    /// Not yet (right now).
    NotYet,
    /// Partly.
    Partly,
    /// Yes.
    Yes,
}

/// How big a role a barrier domain plays, from the answer given.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BarrierLevel {
    /// Plays a small role.
    Some,
    /// Plays a big role: "Sort this out first".
    Big,
    /// Needs help now: shown before anything else.
    Acute,
}

/// One sub-score and the answered questions that produced it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SubScore {
    pub sub: SubId,
    /// 0-100, higher is more positive; `None` when too few of its questions are answered.
    pub score: Option<u8>,
    /// Answered questions (with a value) behind this sub-score, in bank order.
    pub questions: Vec<QuestionId>,
    /// How many questions feed this sub-score in total.
    pub asked: usize,
    /// The weight in its axis (0 for sub-scores that are shown only).
    pub weight: f64,
    /// The drag weight (subtracted share of the shortfall), 0 for most.
    pub drag: f64,
}

/// One axis of the result.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AxisResult {
    /// 0-100 after drags and floors; `None` when no weighted sub-score is known.
    pub score: Option<u8>,
    /// The weighted mean before drags and floors.
    pub score_before_drag: Option<u8>,
    /// Share of the axis' weight that was answered, 0-100.
    pub information: u8,
    /// Enough was answered to place the person on this axis (always true under 2026.1).
    pub placed: bool,
    pub band: Band,
    /// On the yes side of the line (this decides the route).
    pub yes_side: bool,
    /// In the grey zone: "not quite clear yet".
    pub grey: bool,
    /// Floors that capped this axis (kunnen only).
    pub floors: Vec<FloorId>,
    /// Floors its unanswered questions could still meet: the axis is grey (2027.1, kunnen only).
    pub floors_open: Vec<FloorId>,
}

/// A barrier domain that plays a role, and the question that said so.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BarrierFinding {
    pub domain: BarrierDomain,
    pub level: BarrierLevel,
    pub question: QuestionId,
}

/// The whole result of one check.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Outcome {
    /// The version of the rules that made this result.
    pub rules_version: String,
    /// The route; `None` is "no route yet".
    pub route: Option<RouteCode>,
    /// What the result leads with.
    pub lead: Lead,
    pub willen: AxisResult,
    pub kunnen: AxisResult,
    /// Either axis is in the grey zone.
    pub grey_zone: bool,
    /// The routes one grey axis away (empty outside the grey zone and without a route).
    pub neighbour_routes: Vec<RouteCode>,
    /// How complete this picture is: share of scored questions answered, 0-100.
    pub confidence: u8,
    /// Every sub-score, in bank order.
    pub subscores: Vec<SubScore>,
    /// Barrier domains that play a role (some, big or acute), in bank order.
    pub barriers: Vec<BarrierFinding>,
    /// An acute answer was given: immediate help comes first.
    pub acute: bool,
    /// Steps in order: acute help, then "sort this out first", then the route's steps.
    pub steps: Vec<StepId>,
    /// What the person said holds them back now (an option of `w_holds_back`), if anything.
    pub holds_back: Option<String>,
    /// Why: each published rule that decided the route, the grey zone or the lead.
    pub because: Vec<Because>,
}

impl Outcome {
    /// The axis result for `axis`.
    pub fn axis(&self, axis: Axis) -> &AxisResult {
        match axis {
            Axis::Willen => &self.willen,
            Axis::Kunnen => &self.kunnen,
        }
    }

    /// The sub-score of `sub`.
    pub fn subscore(&self, sub: SubId) -> Option<&SubScore> {
        self.subscores.iter().find(|s| s.sub == sub)
    }

    /// Sub-score id -> the answered question ids behind it (the explanation).
    pub fn explanation(&self) -> BTreeMap<SubId, Vec<QuestionId>> {
        self.subscores
            .iter()
            .map(|s| (s.sub, s.questions.clone()))
            .collect()
    }

    /// The catalog id of the heading: the route code, `sort_out_first` or `no_route_yet`.
    pub fn heading(&self) -> &'static str {
        match (self.lead, self.route) {
            (Lead::NoRouteYet, _) | (_, None) => "no_route_yet",
            (Lead::SortOutFirst, _) => "sort_out_first",
            (Lead::Route, Some(r)) => r.as_str(),
        }
    }

    /// The outcome's name in files and the CLI: the route code or `no_route_yet`.
    pub fn outcome_id(&self) -> OutcomeId {
        OutcomeId::of(self.route)
    }

    /// Barrier domains that play some role only ("een beetje").
    pub fn some_barriers(&self) -> Vec<BarrierDomain> {
        self.barriers
            .iter()
            .filter(|b| b.level == BarrierLevel::Some)
            .map(|b| b.domain)
            .collect()
    }

    /// Barrier domains that play a big role (including acute ones).
    pub fn big_barriers(&self) -> Vec<BarrierDomain> {
        self.barriers
            .iter()
            .filter(|b| b.level >= BarrierLevel::Big)
            .map(|b| b.domain)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn route_codes_follow_the_sides() {
        for r in RouteCode::ALL {
            let back = RouteCode::from_sides(r.is_yes(Axis::Willen), r.is_yes(Axis::Kunnen));
            assert_eq!(back, *r);
        }
        assert_eq!(serde_json::to_string(&Band::NotYet).unwrap(), "\"not_yet\"");
        assert!(BarrierLevel::Acute > BarrierLevel::Big && BarrierLevel::Big > BarrierLevel::Some);
    }
}
