use yew::prelude::*;

use crate::domain::steps::StepId;
use crate::ui::components::ServiceList;
use crate::ui::context::use_ctx;

/// The national number to call for an acute step, if it has one (shelter is local: the
/// municipality's configuration gives it).
pub fn acute_phone(step: StepId) -> Option<&'static str> {
    match step {
        StepId::Acute113 | StepId::Quiet113 => Some("113"),
        StepId::Acute112 => Some("112"),
        StepId::AcuteVeiligThuis | StepId::QuietVeiligThuis => Some("0800-2000"),
        _ => None,
    }
}

/// The national number for `step`, unless the municipality already lists a service with that
/// number for it (then its service card carries the call link, once).
fn national_call(ctx: &crate::ui::Ctx, step: StepId) -> Option<&'static str> {
    let digits = |s: &str| s.chars().filter(char::is_ascii_digit).collect::<String>();
    let number = acute_phone(step)?;
    let listed = ctx
        .state
        .config
        .services_for(step)
        .iter()
        .any(|s| digits(&s.phone) == digits(number));
    (!listed).then_some(number)
}

#[derive(Properties, PartialEq)]
pub struct AcuteBannerProps {
    pub steps: Vec<StepId>,
    /// Catalog keys of the heading and the line under it.
    #[prop_or(AttrValue::Static("result.acute_title"))]
    pub title: AttrValue,
    #[prop_or(AttrValue::Static("result.acute_intro"))]
    pub intro: AttrValue,
    /// The heading's id (several banners never share a page, but the help page and a question do
    /// differ in what they are).
    #[prop_or(AttrValue::Static("acute-title"))]
    pub id: AttrValue,
}

/// Immediate help: each step with a call link (plain numbers on a kiosk, which cannot call), the
/// municipality's local services and its own crisis contacts. The only place red is used. On
/// the result it comes before anything else; on a question page it shows the moment a crisis
/// answer is chosen; and the "Direct hulp" page shows it for everyone.
#[function_component(AcuteBanner)]
pub fn acute_banner(props: &AcuteBannerProps) -> Html {
    let ctx = use_ctx();
    let kiosk = ctx.state.kiosk.is_some();
    let call = |number: &'static str| {
        // "Bel {number}" with the number in its own left-to-right island (a marker stands in for
        // it while the sentence is looked up), so right-to-left text keeps it whole.
        let label = ctx.tf("help.call", &[("number", "\u{1}")]);
        let (before, after) = label.split_once('\u{1}').unwrap_or((&label, ""));
        let number_html = html! { <bdi dir="ltr">{ number }</bdi> };
        if kiosk {
            html! { <p class="utrecht-paragraph app-acute__call">{ before }{ number_html }{ after }</p> }
        } else {
            let href = format!("tel:{}", number.replace('-', ""));
            html! { <p class="utrecht-paragraph app-acute__call"><a class="utrecht-link utrecht-link--html-a app-acute__link" {href}>{ before }{ number_html }{ after }</a></p> }
        }
    };
    html! {
        <section class="app-acute" aria-labelledby={props.id.clone()}>
            <h2 class="utrecht-heading-2" id={props.id.clone()}>{ ctx.t(&props.title) }</h2>
            <p class="utrecht-paragraph">{ ctx.t(&props.intro) }</p>
            <ul class="app-acute__list">
                { for props.steps.iter().map(|s| html! {
                    <li>
                        <strong>{ ctx.t(&format!("step.{s}.title")) }</strong>
                        <span>{ " " }{ ctx.t(&format!("step.{s}.text")) }</span>
                        if let Some(number) = national_call(&ctx, *s) { { call(number) } }
                        <ServiceList step={*s} />
                    </li>
                }) }
                { for ctx.state.config.acute.iter().map(|a| html! {
                    <li><strong>{ ctx.shown(a.label.get(ctx.locale(), ctx.state.config.default_language)) }</strong>{ ": " }<bdi dir="ltr">{ &a.phone }</bdi></li>
                }) }
            </ul>
        </section>
    }
}
