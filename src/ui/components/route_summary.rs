use yew::prelude::*;

use crate::domain::ids::FloorId;
use crate::domain::outcome::{Because, Lead, Outcome, RouteCode};
use crate::ui::components::Quadrant;
use crate::ui::context::use_ctx;

#[derive(Properties, PartialEq)]
pub struct RouteSummaryProps {
    pub outcome: Outcome,
    /// `true`: only the head (what the result leads with and why there is no route); `false`:
    /// only the picture behind it (grey zone, open floors, the quadrant, completeness).
    pub head: bool,
}

/// What the result leads with, as the engine decided it: a route for right now (with the grey
/// zone said out loud and the picture of both axes); "sort this out first, then further" with
/// the route that comes after; or "no route yet", with why and the four routes shown neutrally.
#[function_component(RouteSummary)]
pub fn route_summary(props: &RouteSummaryProps) -> Html {
    let ctx = use_ctx();
    let o = &props.outcome;
    let heading = o.heading();
    let neighbours = o
        .neighbour_routes
        .iter()
        .map(|r| ctx.t(&format!("route.{r}.name")))
        .collect::<Vec<_>>()
        .join(&format!(" {} ", ctx.t("result.and")));
    let too_little = o.because.iter().filter_map(|b| match b {
        Because::TooLittleInformation {
            axis,
            answered,
            needed,
        } => Some(html! {
            <p class="utrecht-paragraph">{ ctx.tf("result.no_route.why", &[
                ("axis", ctx.t(&format!("axis.{axis}"))),
                ("answered", &answered.to_string()),
                ("needed", &needed.to_string()),
            ]) }</p>
        }),
        _ => None,
    });
    let floor_topic = |f: &FloorId| match f {
        FloorId::WorkAbility => ctx.t("sub.k1_work_ability.name"),
        FloorId::BasicSkills => ctx.t("sub.k2_basic_skills.name"),
    };
    let open_floors = o.kunnen.floors_open.iter().map(|f| {
        html! {
            <p class="utrecht-paragraph">{ ctx.tf("result.floor_open", &[("topic", floor_topic(f))]) }</p>
        }
    });
    if props.head {
        return html! {
            <section class="app-route" aria-labelledby="route-title">
                // With acute help on top, the route is clearly second: "later".
                <p class="utrecht-paragraph app-route__label">{ ctx.t(if o.acute { "result.route_later" } else { "result.route_now" }) }</p>
                <h2 id="route-title" class="utrecht-heading-2 app-route__name">{ ctx.t(&format!("route.{heading}.name")) }</h2>
                <p class="utrecht-paragraph app-lead">{ ctx.t(&format!("route.{heading}.meaning")) }</p>
                if o.lead == Lead::SortOutFirst {
                    if let Some(r) = o.route {
                        <p class="utrecht-paragraph">{ ctx.tf("result.then_route", &[("route", ctx.t(&format!("route.{r}.name")))]) }</p>
                    }
                }
                { for too_little }
                if o.grey_zone {
                    <p class="utrecht-paragraph">{ ctx.tf("result.grey_text", &[("routes", &neighbours)]) }</p>
                }
            </section>
        };
    }
    html! {
        <div class="app-route-detail">
            if o.grey_zone {
                <div class="app-inset">
                    <h3 class="utrecht-heading-3">{ ctx.t("route.grey.name") }</h3>
                    <p class="utrecht-paragraph">{ ctx.tf("result.grey_text", &[("routes", &neighbours)]) }</p>
                </div>
            }
            { for open_floors }
            if o.route.is_some() {
                <Quadrant outcome={o.clone()} />
            } else {
                <h3 class="utrecht-heading-3">{ ctx.t("result.no_route.routes_title") }</h3>
                <p class="utrecht-paragraph">{ ctx.t("result.no_route.routes_intro") }</p>
                <ul class="app-routes-overview">
                    { for RouteCode::ALL.iter().map(|r| html! {
                        <li>
                            <strong>{ ctx.t(&format!("route.{r}.name")) }</strong>{ ": " }
                            { ctx.t(&format!("route.{r}.meaning")) }
                        </li>
                    }) }
                </ul>
            }
            <p class="utrecht-paragraph">{ ctx.tf("result.confidence", &[("percent", &o.confidence.to_string())]) }</p>
            if o.confidence < 50 { <p class="utrecht-paragraph">{ ctx.t("result.confidence_low") }</p> }
            <p class="utrecht-paragraph">{ ctx.t("result.right_now") }</p>
        </div>
    }
}
