//! "Begin hiermee": the one step the person chose to start with, or else the first step the
//! rules suggest, with its local service. On the first screen of the result.

use yew::prelude::*;

use crate::domain::steps::StepId;
use crate::ui::components::ServiceList;
use crate::ui::context::use_ctx;

#[derive(Properties, PartialEq)]
pub struct FirstStepProps {
    pub step: StepId,
    /// The person chose it (otherwise the rules suggest it).
    pub chosen: bool,
}

#[function_component(FirstStep)]
pub fn first_step(props: &FirstStepProps) -> Html {
    let ctx = use_ctx();
    let s = props.step;
    let label = if props.chosen {
        "result.first_step_chosen"
    } else {
        "result.first_step_suggested"
    };
    html! {
        <section class="app-first-step" aria-labelledby="first-step-title">
            <h2 class="utrecht-heading-2" id="first-step-title">{ ctx.t(label) }</h2>
            <div class="app-card">
                <h3 class="utrecht-heading-3 app-card__title">{ ctx.t(&format!("step.{s}.title")) }</h3>
                <p class="utrecht-paragraph">{ ctx.t(&format!("step.{s}.text")) }</p>
                <ServiceList step={s} />
            </div>
        </section>
    }
}
