use yew::prelude::*;

use crate::domain::steps::{Part, StepId};
use crate::ui::components::{FormalName, ServiceList};
use crate::ui::context::use_ctx;

#[derive(Properties, PartialEq)]
pub struct StepListProps {
    pub steps: Vec<StepId>,
    /// For the klantmanager: the instrument's formal Dutch name beside each B1 title.
    #[prop_or_default]
    pub formal: bool,
}

fn part_key(part: Part) -> &'static str {
    match part {
        Part::Acute => "part.acute",
        Part::Service => "part.service",
        Part::You => "part.you",
        Part::Municipality => "part.municipality",
        Part::Employer => "part.employer",
    }
}

/// The ordered next steps, each saying whose part it is (you, the municipality, an employer),
/// and for the klantmanager the instrument's formal name (always in Dutch: the client file's term).
#[function_component(StepList)]
pub fn step_list(props: &StepListProps) -> Html {
    let ctx = use_ctx();
    html! {
        <ol class="app-steps">
            { for props.steps.iter().map(|s| html! {
                <li class="app-steps__item">
                    <span class="app-steps__part">{ ctx.t(part_key(s.part())) }</span>
                    <h3 class="utrecht-heading-3 app-steps__title">{ ctx.t(&format!("step.{s}.title")) }</h3>
                    if props.formal { <FormalName step={*s} /> }
                    <p class="utrecht-paragraph">{ ctx.t(&format!("step.{s}.text")) }</p>
                    <ServiceList step={*s} />
                </li>
            }) }
        </ol>
    }
}
