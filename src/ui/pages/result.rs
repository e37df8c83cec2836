use yew::prelude::*;

use crate::app::{Action, Screen};
use crate::domain::outcome::{Band, Outcome};
use crate::domain::rules::Rules;
use crate::domain::score::score;
use crate::ui::components::BackLink;
use crate::ui::context::use_ctx;

fn band_key(band: Band) -> &'static str {
    match band {
        Band::Yes => "band.yes",
        Band::Partly => "band.partly",
        Band::NotYet => "band.not_yet",
        Band::Unknown => "band.unknown",
    }
}

/// The result, strengths first: the route for right now, both axes, how sure the picture is,
/// and the next steps.
#[function_component(ResultPage)]
pub fn result_page() -> Html {
    let ctx = use_ctx();
    let state = &ctx.state;
    let Ok(rules) = Rules::builtin() else {
        return html! { <p>{ ctx.t("error.rules") }</p> };
    };
    let outcome: Outcome = score(rules, &state.domain_answers());
    let route = outcome.route.as_str();
    let axis = |key: &str, band: Band| {
        html! { <li>{ format!("{}: {}", ctx.t(key), ctx.t(band_key(band))) }</li> }
    };
    html! {
        <>
            <BackLink to={Screen::Check} />
            <p class="app-progress">{ ctx.t("result.title") }</p>
            <h1 tabindex="-1">{ ctx.t(&format!("route.{route}.name")) }</h1>
            <p class="app-lead">{ ctx.t(&format!("route.{route}.meaning")) }</p>
            <p>{ ctx.t("result.right_now") }</p>
            <ul>
                { axis("axis.willen", outcome.willen.band) }
                { axis("axis.kunnen", outcome.kunnen.band) }
            </ul>
            <p>{ ctx.tf("result.confidence", &[("percent", &outcome.confidence.to_string())]) }</p>
            <h2>{ ctx.t("result.steps_title") }</h2>
            <ol class="app-steps">
                { for outcome.steps.iter().map(|s| html! {
                    <li>
                        <strong>{ ctx.t(&format!("step.{s}.title")) }</strong>
                        <p>{ ctx.t(&format!("step.{s}.text")) }</p>
                    </li>
                }) }
            </ol>
            <p class="app-rules-version">{ ctx.tf("result.rules_version", &[("version", &outcome.rules_version)]) }</p>
            <div class="app-button-group">
                <button type="button" class="app-button app-button--secondary" onclick={ctx.send(Action::Restart)}>
                    { ctx.t("result.restart") }
                </button>
            </div>
        </>
    }
}
