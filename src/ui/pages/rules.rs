use yew::prelude::*;

use crate::app::Screen;
use crate::domain::rules::Rules;
use crate::ui::components::BackLink;
use crate::ui::context::use_ctx;

/// "How we got here": the published rules, rendered from the same data the scoring uses.
#[function_component(RulesPage)]
pub fn rules_page() -> Html {
    let ctx = use_ctx();
    let Ok(rules) = Rules::builtin() else {
        return html! { <p>{ ctx.t("error.rules") }</p> };
    };
    let n = |v: u8| v.to_string();
    html! {
        <>
            <BackLink to={Screen::Start} />
            <h1 tabindex="-1">{ ctx.t("rules.title") }</h1>
            <p>{ ctx.tf("rules.version", &[("version", &rules.version)]) }</p>
            <p>{ ctx.t("rules.intro") }</p>
            <h2>{ ctx.t("rules.axes_title") }</h2>
            <p>{ ctx.t("rules.axes_text") }</p>
            <h2>{ ctx.t("rules.bands_title") }</h2>
            <ul>
                <li>{ ctx.tf("rules.band_yes", &[("from", &n(rules.bands.yes_from))]) }</li>
                <li>{ ctx.tf("rules.band_partly", &[("from", &n(rules.bands.partly_from)), ("to", &n(rules.bands.yes_from.saturating_sub(1)))]) }</li>
                <li>{ ctx.tf("rules.band_not_yet", &[("to", &n(rules.bands.partly_from.saturating_sub(1)))]) }</li>
            </ul>
            <p>{ ctx.tf("rules.grey_zone", &[("from", &n(rules.grey_zone.from)), ("to", &n(rules.grey_zone.to))]) }</p>
            <h2>{ ctx.t("rules.never_title") }</h2>
            <p>{ ctx.t("rules.never_text") }</p>
        </>
    }
}
