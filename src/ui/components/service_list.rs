use yew::prelude::*;

use crate::domain::steps::StepId;
use crate::ui::context::use_ctx;

#[derive(Properties, PartialEq)]
pub struct ServiceListProps {
    pub step: StepId,
}

/// The municipality's local services for one step: name, one line, phone, address, opening
/// hours and web address (plain text on a kiosk, so nobody leaves the app). Nothing when the
/// configuration has none: the step's own text already says what to do.
#[function_component(ServiceList)]
pub fn service_list(props: &ServiceListProps) -> Html {
    let ctx = use_ctx();
    let config = &ctx.state.config;
    let services = config.services_for(props.step);
    if services.is_empty() {
        return html! {};
    }
    let (locale, fallback) = (ctx.locale(), config.default_language);
    let kiosk = ctx.state.kiosk.is_some();
    html! {
        <ul class="app-services">
            { for services.iter().map(|s| html! {
                <li class="app-service">
                    <strong class="app-service__name">{ &s.name }</strong>
                    <p class="utrecht-paragraph">{ ctx.shown(s.description.get(locale, fallback)) }</p>
                    <dl class="app-service__facts">
                        <dt>{ ctx.t("service.phone") }</dt>
                        <dd>
                            // Numbers and addresses keep their order in right-to-left text.
                            if kiosk { <bdi dir="ltr">{ &s.phone }</bdi> }
                            else { <a class="utrecht-link utrecht-link--html-a" href={format!("tel:{}", s.phone.replace([' ', '-'], ""))}><bdi dir="ltr">{ &s.phone }</bdi></a> }
                        </dd>
                        if let Some(address) = &s.address {
                            <dt>{ ctx.t("service.address") }</dt><dd>{ ctx.shown(address) }</dd>
                        }
                        if let Some(hours) = &s.opening_hours {
                            <dt>{ ctx.t("service.hours") }</dt><dd>{ ctx.shown(hours.get(locale, fallback)) }</dd>
                        }
                        if let Some(url) = &s.url {
                            <dt>{ ctx.t("service.web") }</dt>
                            <dd>
                                if kiosk { <bdi dir="ltr">{ url }</bdi> }
                                else { <a class="utrecht-link utrecht-link--html-a" href={url.clone()} rel="noopener noreferrer" target="_blank"><bdi dir="ltr">{ url }</bdi></a> }
                            </dd>
                        }
                    </dl>
                </li>
            }) }
        </ul>
    }
}
