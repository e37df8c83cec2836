use yew::prelude::*;

use crate::app::Screen;
use crate::domain::bank::question;
use crate::domain::ids::Axis;
use crate::domain::rules::Rules;
use crate::ui::components::BackLink;
use crate::ui::context::use_ctx;

/// "How we got here": the published rules with their version, rendered from the same data the
/// scoring uses, so the page can never drift from what the app does.
#[function_component(RulesPage)]
pub fn rules_page() -> Html {
    let ctx = use_ctx();
    let Ok(rules) = Rules::current() else {
        return html! { <p class="utrecht-paragraph">{ ctx.t("error.rules") }</p> };
    };
    let n = |v: u8| v.to_string();
    let pct = |v: f64| format!("{:.0}", v * 100.0);
    let axis = |axis: Axis| {
        let r = rules.axes.get(axis);
        let weights = r.weights.iter().map(|(sub, w)| {
            html! {
                <tr>
                    <th scope="row">{ ctx.t(&format!("sub.{sub}.name")) }</th>
                    <td>{ ctx.tf("rules.weight", &[("weight", &format!("{w}"))]) }</td>
                </tr>
            }
        });
        let drags = r.drags.iter().map(|(sub, d)| {
            html! {
                <tr>
                    <th scope="row">{ ctx.t(&format!("sub.{sub}.name")) }</th>
                    <td>{ ctx.tf("rules.drag", &[("percent", &pct(*d))]) }</td>
                </tr>
            }
        });
        html! {
            <table class="app-table">
                <caption>{ ctx.t(&format!("axis.{axis}")) }</caption>
                <thead><tr><th scope="col">{ ctx.t("rules.col_topic") }</th><th scope="col">{ ctx.t("rules.col_counts") }</th></tr></thead>
                <tbody>{ for weights }{ for drags }</tbody>
            </table>
        }
    };
    let floors = rules.floors.iter().map(|f| html! {
        <li>{ ctx.t(&format!("floor.{}.text", f.id)) }{ " " }{ ctx.tf("rules.floor_cap", &[("cap", &n(f.cap))]) }</li>
    });
    let acute = rules.barriers.acute.iter().map(|a| {
        let q = question(a.question);
        let label = rules
            .options(q)
            .into_iter()
            .find(|o| o.id == a.option)
            .map(|o| ctx.t(&format!("opt.{}", o.label)))
            .unwrap_or_default();
        html! { <li>{ ctx.t(&q.text_key()) }{ " " }<strong>{ label }</strong></li> }
    });
    html! {
        <>
            <BackLink to={Screen::Start} />
            <h1 class="utrecht-heading-1" tabindex="-1">{ ctx.t("rules.title") }</h1>
            <p class="utrecht-paragraph app-lead">{ ctx.tf("rules.version", &[("version", &rules.version)]) }</p>
            <p class="utrecht-paragraph">{ ctx.t("rules.intro") }</p>
            <h2 class="utrecht-heading-2">{ ctx.t("rules.axes_title") }</h2>
            <p class="utrecht-paragraph">{ ctx.t("rules.axes_text") }</p>
            if let Some(m) = rules.min_share_answered {
                <p class="utrecht-paragraph">{ ctx.tf("rules.min_share", &[("percent", &pct(m))]) }</p>
            } else {
                <p class="utrecht-paragraph">{ ctx.t("rules.any_answered") }</p>
            }
            if let Some(m) = rules.min_information {
                <p class="utrecht-paragraph">{ ctx.tf("rules.min_information", &[("percent", &pct(m))]) }</p>
            }
            if let Some(c) = rules.item_cap {
                <p class="utrecht-paragraph">{ ctx.tf("rules.item_cap", &[("percent", &pct(c))]) }</p>
            }
            { axis(Axis::Willen) }
            { axis(Axis::Kunnen) }
            <h2 class="utrecht-heading-2">{ ctx.t("rules.bands_title") }</h2>
            <ul>
                <li>{ ctx.tf("rules.band_yes", &[("from", &n(rules.bands.yes_from))]) }</li>
                <li>{ ctx.tf("rules.band_partly", &[("from", &n(rules.bands.partly_from)), ("to", &n(rules.bands.yes_from.saturating_sub(1)))]) }</li>
                <li>{ ctx.tf("rules.band_not_yet", &[("to", &n(rules.bands.partly_from.saturating_sub(1)))]) }</li>
            </ul>
            <p class="utrecht-paragraph">{ ctx.tf("rules.line", &[("line", &n(rules.line))]) }</p>
            <p class="utrecht-paragraph">{ ctx.tf("rules.grey_zone", &[("from", &n(rules.grey_zone.from)), ("to", &n(rules.grey_zone.to))]) }</p>
            <h2 class="utrecht-heading-2">{ ctx.t("rules.floors_title") }</h2>
            <ul>{ for floors }</ul>
            <h2 class="utrecht-heading-2">{ ctx.t("rules.barriers_title") }</h2>
            <p class="utrecht-paragraph">{ ctx.t("rules.barriers_text") }</p>
            if rules.barriers.sort_out_first.is_some() {
                <p class="utrecht-paragraph">{ ctx.t("rules.sort_out_first") }</p>
            }
            if let Some(n) = rules.barriers.many_at_once_from {
                <p class="utrecht-paragraph">{ ctx.tp("rules.some_text", n as u64) }</p>
            }
            <p class="utrecht-paragraph">{ ctx.t("rules.acute_text") }</p>
            <ul>{ for acute }</ul>
            <h2 class="utrecht-heading-2">{ ctx.t("rules.never_title") }</h2>
            <p class="utrecht-paragraph">{ ctx.t("rules.never_text") }</p>
            <p class="utrecht-paragraph">{ ctx.t("rules.human") }</p>
            <h2 class="utrecht-heading-2">{ ctx.t("fairness.link_title") }</h2>
            <p class="utrecht-paragraph"><a class="utrecht-link utrecht-link--html-a app-standalone-link" href={Screen::Fairness.to_hash()}>{ ctx.t("fairness.link") }</a></p>
            // Policy staff open the overview on their own device, not on a public kiosk.
            if ctx.state.kiosk.is_none() {
                <p class="utrecht-paragraph"><a class="utrecht-link utrecht-link--html-a app-standalone-link" href={Screen::Overview.to_hash()}>{ ctx.t("overview.link") }</a></p>
            }
        </>
    }
}
