//! The engine of rules 2027.2: the axes, route, grey zone, lead and barriers exactly as 2027.1
//! gives them (its engine is frozen and called, not copied), then the route's steps chosen by
//! need from the file's step table ([`crate::domain::need`]).

use crate::domain::answers::Answers;
use crate::domain::ids::SubId;
use crate::domain::need::steps_by_need;
use crate::domain::outcome::Outcome;
use crate::domain::rules::Rules;

/// Scores with some sub-scores set to a fixed value (for what-if). Floors still follow the answers.
pub(super) fn score_with(rules: &Rules, answers: &Answers, overrides: &[(SubId, u8)]) -> Outcome {
    let mut o = super::v2027_1::score_with(rules, answers, overrides);
    if let Some(table) = &rules.steps {
        o.steps = steps_by_need(table, &o, rules.bands.yes_from);
    }
    o
}
