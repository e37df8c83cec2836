use yew::prelude::*;

use crate::domain::ids::BarrierDomain;
use crate::ui::context::use_ctx;
use crate::ui::pictograms::pictogram_for_domain;

#[derive(Properties, PartialEq)]
pub struct SomeBarriersProps {
    /// Barrier domains that play a small role ("een beetje").
    pub domains: Vec<BarrierDomain>,
}

/// What plays a small role: listed, so neither the person nor the klantmanager misses it.
#[function_component(SomeBarriers)]
pub fn some_barriers(props: &SomeBarriersProps) -> Html {
    let ctx = use_ctx();
    if props.domains.is_empty() {
        return html! {};
    }
    html! {
        <section class="app-some-barriers" aria-labelledby="some-title">
            <h3 class="utrecht-heading-3" id="some-title">{ ctx.t("result.some_title") }</h3>
            <p class="utrecht-paragraph">{ ctx.t("result.some_intro") }</p>
            <ul class="app-list-plain">
                { for props.domains.iter().map(|d| html! {
                    <li class="app-picto-text">
                        { pictogram_for_domain(*d) }
                        <span>{ ctx.t(&format!("barrier.{d}.name")) }{ ": " }{ ctx.t("level.some") }</span>
                    </li>
                }) }
            </ul>
        </section>
    }
}
