use yew::prelude::*;

use crate::domain::ids::BarrierDomain;
use crate::domain::steps::barrier_step;
use crate::ui::components::{FormalName, ServiceList};
use crate::ui::context::use_ctx;
use crate::ui::pictograms::pictogram_for_domain;

#[derive(Properties, PartialEq)]
pub struct SortFirstProps {
    /// Barrier domains that play a big role.
    pub domains: Vec<BarrierDomain>,
    /// For the klantmanager: the formal name under each step.
    #[prop_or_default]
    pub formal: bool,
}

/// "Sort this out first": one card per big barrier, with the service that helps.
#[function_component(SortFirst)]
pub fn sort_first(props: &SortFirstProps) -> Html {
    let ctx = use_ctx();
    html! {
        <section class="app-sort-first" aria-labelledby="sort-first-title">
            <h2 class="utrecht-heading-2" id="sort-first-title">{ ctx.t("route.overlay.name") }</h2>
            <p class="utrecht-paragraph">{ ctx.t("route.overlay.meaning") }</p>
            <ul class="app-cards">
                { for props.domains.iter().map(|d| {
                    let step = barrier_step(*d);
                    html! {
                        <li class="app-card">
                            <h3 class="utrecht-heading-3 app-card__title app-picto-text">
                                { pictogram_for_domain(*d) }
                                <span>{ ctx.t(&format!("barrier.{d}.name")) }</span>
                            </h3>
                            <p class="utrecht-paragraph"><strong>{ ctx.t(&format!("step.{step}.title")) }</strong></p>
                            if props.formal { <FormalName {step} /> }
                            <p class="utrecht-paragraph">{ ctx.t(&format!("step.{step}.text")) }</p>
                            <ServiceList {step} />
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}
