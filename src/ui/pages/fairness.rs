use yew::prelude::*;

use crate::app::Screen;
use crate::domain::outcome::Outcome;
use crate::domain::personas::{parse_personas_json, Persona};
use crate::domain::rules::Rules;
use crate::domain::score::score;
use crate::i18n::Locale;
use crate::ui::components::BackLink;
use crate::ui::context::use_ctx;

/// The persona set that ships with the app (the same file the native tests and the CLI audit use).
const PERSONAS_JSON: &str = include_str!("../../../fixtures/personas.json");

/// The fairness self-test for policy staff: every shipped persona through the same engine, in
/// this browser, with no real data; and a check that the language chosen never changes a result.
#[function_component(FairnessPage)]
pub fn fairness_page() -> Html {
    let ctx = use_ctx();
    let Ok(rules) = Rules::builtin() else {
        return html! { <p>{ ctx.t("error.rules") }</p> };
    };
    let personas = match parse_personas_json(PERSONAS_JSON, rules) {
        Ok(p) => p,
        Err(_) => return html! { <p>{ ctx.t("fairness.error") }</p> },
    };
    let n = |v: Option<u8>| {
        v.map(|v| v.to_string())
            .unwrap_or_else(|| ctx.t("band.unknown").to_string())
    };
    let route = |o: &Outcome| ctx.t(&format!("route.{}.name", o.route));
    let row = |p: &Persona| {
        let o = score(rules, &p.answers);
        // Scoring takes no language; this shows it: one result per locale, all equal.
        let same = Locale::ALL
            .iter()
            .map(|_| score(rules, &p.answers))
            .all(|x| x == o);
        let grey = if o.grey_zone {
            let names: Vec<_> = o
                .neighbour_routes
                .iter()
                .map(|r| ctx.t(&format!("route.{r}.name")))
                .collect();
            ctx.tf("fairness.grey_yes", &[("routes", &names.join(", "))])
        } else {
            ctx.t("fairness.no").to_string()
        };
        let big: Vec<_> = o
            .big_barriers()
            .iter()
            .map(|d| ctx.t(&format!("barrier.{d}.name")))
            .collect();
        html! {
            <tr>
                <th scope="row">{ &p.name }</th>
                <td>{ route(&o) }{ if o.acute { format!(" ({})", ctx.t("level.acute")) } else { String::new() } }</td>
                <td>{ n(o.willen.score) }</td>
                <td>{ n(o.kunnen.score) }</td>
                <td>{ grey }</td>
                <td>{ if big.is_empty() { "-".to_string() } else { big.join(", ") } }</td>
                <td>{ ctx.t(if same { "fairness.yes" } else { "fairness.no" }) }</td>
            </tr>
        }
    };
    html! {
        <>
            <BackLink to={Screen::Rules} />
            <h1 tabindex="-1">{ ctx.t("fairness.title") }</h1>
            <p>{ ctx.t("fairness.intro") }</p>
            <p>{ ctx.tf("rules.version", &[("version", &rules.version)]) }</p>
            <div class="app-table-scroll" tabindex="0" role="region" aria-labelledby="fairness-caption">
                <table class="app-table">
                    <caption id="fairness-caption">{ ctx.t("fairness.caption") }</caption>
                    <thead><tr>
                        <th scope="col">{ ctx.t("fairness.col_persona") }</th>
                        <th scope="col">{ ctx.t("fairness.col_route") }</th>
                        <th scope="col">{ ctx.t("axis.willen") }</th>
                        <th scope="col">{ ctx.t("axis.kunnen") }</th>
                        <th scope="col">{ ctx.t("route.grey.name") }</th>
                        <th scope="col">{ ctx.t("route.overlay.name") }</th>
                        <th scope="col">{ ctx.t("fairness.col_languages") }</th>
                    </tr></thead>
                    <tbody>{ for personas.iter().map(row) }</tbody>
                </table>
            </div>
        </>
    }
}
