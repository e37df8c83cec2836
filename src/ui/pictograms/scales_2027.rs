//! Pictograms for the answer scales added with rules 2027.1, in the same visual grammar as the
//! older ones (a fuller beaker is "more", dots count, a tick is "yes", a cross "no", a tilde
//! "partly"); the options of what holds a person back borrow the drawing of their domain.

use super::{
    beaker, calendars, domain_shapes, dots, papers, weather, Shape, Shape::Line, CROSS, MINUS,
    TICK, TILDE,
};
use crate::domain::ids::BarrierDomain;

/// A beaker level 4, 3, 1 or 0 for the options of a four-point scale listed from most to least.
fn level4(option: &str, scale: [&str; 4]) -> Option<Vec<Shape>> {
    let at = scale.iter().position(|o| *o == option)?;
    Some(beaker([4, 3, 1, 0][at]))
}

/// The drawing of `option` on a 2027.1 scale, and whether it turns round in right-to-left.
pub(super) fn shapes(scale: &str, option: &str) -> Option<(Vec<Shape>, bool)> {
    let plain = |s: Vec<Shape>| Some((s, false));
    let ordered = |s: Vec<Shape>| Some((s, true));
    match scale {
        "importance4" => plain(level4(
            option,
            ["very", "important", "a_little", "not_really"],
        )?),
        "likely4" => plain(level4(
            option,
            ["surely", "probably", "probably_not", "no"],
        )?),
        "miss4" => plain(level4(option, ["a_lot", "some", "a_little", "nothing"])?),
        "wish4" => plain(level4(option, ["gladly", "maybe", "not_yet", "no"])?),
        "fit4" => plain(level4(option, ["fully", "mostly", "a_little", "not"])?),
        "forward4" => plain(level4(option, ["very", "yes", "a_little", "no"])?),
        "often4" => plain(level4(option, ["always", "mostly", "sometimes", "rarely"])?),
        "learn4" => plain(level4(
            option,
            ["well", "mostly_well", "sometimes_hard", "often_hard"],
        )?),
        "exists5" => {
            let at = ["surely", "think_so", "unsure", "think_not", "no"]
                .iter()
                .position(|o| *o == option)?;
            plain(beaker(4 - at as u8))
        }
        "when4" => ordered(calendars(match option {
            "now" => 1,
            "few_months" => 2,
            "later" => 3,
            "not_yet" => 0,
            _ => return None,
        })),
        "experience4" => ordered(dots(match option {
            "a_lot" => 6,
            "some" => 3,
            "a_little" => 1,
            "not_yet" => 0,
            _ => return None,
        })),
        "cv3" => ordered(papers(match option {
            "recent" => 2,
            "old" => 1,
            "none" => 0,
            _ => return None,
        })),
        "dare3" | "yes_no2" => plain(vec![Line(match option {
            "yes" => TICK,
            "after_practice" => TILDE,
            "not_yet" | "no" => CROSS,
            _ => return None,
        })]),
        "mood3" => plain(weather(option)?),
        "holds_back9" => plain(match option {
            "nothing" => vec![Line(TICK)],
            "care" => domain_shapes(BarrierDomain::CareForOthers),
            "childcare" => domain_shapes(BarrierDomain::Childcare),
            "health" => domain_shapes(BarrierDomain::PhysicalHealth),
            "money" => domain_shapes(BarrierDomain::Money),
            "housing" => domain_shapes(BarrierDomain::Housing),
            "fear" => weather("often")?,
            "no_point" => vec![Line(CROSS)],
            "something_else" => vec![Line(MINUS)],
            _ => return None,
        }),
        _ => None,
    }
}
