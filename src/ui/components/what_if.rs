use yew::prelude::*;

use crate::domain::whatif::Lever;
use crate::ui::context::use_ctx;

#[derive(Properties, PartialEq)]
pub struct WhatIfProps {
    /// The most influential levers, route changes first.
    pub levers: Vec<Lever>,
}

/// "What if": for the sub-scores that matter most, what one step better would do. Computed on
/// this device from the same rules.
#[function_component(WhatIf)]
pub fn what_if(props: &WhatIfProps) -> Html {
    let ctx = use_ctx();
    if props.levers.is_empty() {
        return html! {};
    }
    let line = |l: &Lever| {
        let sub = ctx.t(&format!("sub.{}.name", l.sub));
        let then = l.route_then.map_or("no_route_yet", |r| r.as_str());
        let route = ctx.t(&format!("route.{then}.name"));
        let text = if l.changes_route {
            ctx.tf("whatif.changes", &[("sub", sub), ("route", route)])
        } else {
            let axis = ctx.t(&format!("axis.{}", l.axis));
            let n = |v: Option<u8>| v.map(|v| v.to_string()).unwrap_or_else(|| "?".into());
            ctx.tf(
                "whatif.moves",
                &[
                    ("sub", sub),
                    ("axis", axis),
                    ("from", &n(l.axis_now)),
                    ("to", &n(l.axis_then)),
                ],
            )
        };
        html! { <li>{ text }</li> }
    };
    html! {
        // Its heading is the section's ("what-if-title", in the result's collapsible).
        <div class="app-what-if">
            <p class="utrecht-paragraph">{ ctx.t("whatif.intro") }</p>
            <ul>{ for props.levers.iter().map(line) }</ul>
        </div>
    }
}
