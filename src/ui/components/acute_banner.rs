use yew::prelude::*;

use crate::domain::steps::StepId;
use crate::ui::components::ServiceList;
use crate::ui::context::use_ctx;

#[derive(Properties, PartialEq)]
pub struct AcuteBannerProps {
    pub steps: Vec<StepId>,
}

/// Immediate help, before anything else on the result. The only place red is used.
#[function_component(AcuteBanner)]
pub fn acute_banner(props: &AcuteBannerProps) -> Html {
    let ctx = use_ctx();
    html! {
        <section class="app-acute" aria-labelledby="acute-title">
            <h2 id="acute-title">{ ctx.t("result.acute_title") }</h2>
            <p>{ ctx.t("result.acute_intro") }</p>
            <ul class="app-acute__list">
                { for props.steps.iter().map(|s| html! {
                    <li>
                        <strong>{ ctx.t(&format!("step.{s}.title")) }</strong>
                        <span>{ " " }{ ctx.t(&format!("step.{s}.text")) }</span>
                        <ServiceList step={*s} />
                    </li>
                }) }
                { for ctx.state.config.acute.iter().map(|a| html! {
                    <li><strong>{ a.label.get(ctx.locale(), ctx.state.config.default_language) }</strong>{ ": " }{ &a.phone }</li>
                }) }
            </ul>
        </section>
    }
}
