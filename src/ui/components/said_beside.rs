//! On a brought-along result: what the person said themselves ("klopt dit?", where they want to
//! start, what they look for) beside what the rules computed (the route and the first step they
//! suggest), so the klantmanager sees both and neither hides the other.
//!
//! Rule kept (`domain::own_say`): the person's say is never mixed into the computed picture.

use yew::prelude::*;

use crate::domain::outcome::Outcome;
use crate::domain::own_say::OwnSay;
use crate::domain::steps::StepId;
use crate::ui::components::OwnSaySummary;
use crate::ui::context::use_ctx;

#[derive(Properties, PartialEq)]
pub struct SaidBesideProps {
    pub own: OwnSay,
    /// The person had said something and left it out of the code.
    pub withheld: bool,
    pub outcome: Outcome,
    /// The first step the rules suggest.
    pub first_step: Option<StepId>,
}

#[function_component(SaidBeside)]
pub fn said_beside(props: &SaidBesideProps) -> Html {
    let ctx = use_ctx();
    let o = &props.outcome;
    let heading = o.heading();
    html! {
        <div class="app-beside">
            <div class="app-beside__column">
                if props.own.is_empty() {
                    <div class="app-inset app-own-say">
                        <h3 class="utrecht-heading-3">{ ctx.t("shared.said_title") }</h3>
                        <p class="utrecht-paragraph">{ ctx.t(if props.withheld { "staff.said_withheld" } else { "staff.said_nothing" }) }</p>
                    </div>
                } else {
                    <OwnSaySummary own={props.own.clone()} shared=true />
                }
            </div>
            <div class="app-beside__column app-inset">
                <h3 class="utrecht-heading-3">{ ctx.t("staff.computed_title") }</h3>
                <p class="utrecht-paragraph">{ ctx.tf("staff.computed_route", &[("route", ctx.t(&format!("route.{heading}.name")))]) }</p>
                if let Some(s) = props.first_step {
                    <p class="utrecht-paragraph">{ ctx.tf("staff.computed_step", &[("step", ctx.t(&format!("step.{s}.title")))]) }</p>
                }
            </div>
        </div>
    }
}
