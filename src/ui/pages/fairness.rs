use yew::prelude::*;

use crate::app::Screen;
use crate::domain::outcome::Outcome;
use crate::domain::personas::{parse_personas_file, Persona};
use crate::domain::score::score;
use crate::ui::components::BackLink;
use crate::ui::context::use_ctx;

/// The scenarios of the current rules (the same file the native tests and the CLI audit use,
/// `fixtures/personas/2027.2.json`), copied by the build to `data/` and fetched from our own
/// origin when this page opens: about 50 KB no other visitor needs in the wasm.
const PERSONAS_PATH: &str = "data/personas-2027.2.json";

/// The fairness self-test for policy staff: every shipped persona through the same engine, in
/// this browser, with no real data; and the paired proxy personas, which differ only in a trait
/// that must not count (care duties, Dutch as a second language, age, a disability) and must get
/// the same route. The tables appear once the personas have arrived; a file that cannot be
/// fetched or read says so.
#[function_component(FairnessPage)]
pub fn fairness_page() -> Html {
    let ctx = use_ctx();
    let file = use_state(|| None::<Result<AttrValue, String>>);
    {
        let file = file.clone();
        let keep = ctx.state.kiosk.is_none();
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                let got = crate::adapters::fetch::text(PERSONAS_PATH, keep).await;
                if let Err(problem) = &got {
                    web_sys::console::warn_1(&format!("Werkroute fairness page: {problem}").into());
                }
                file.set(Some(got.map(AttrValue::from)));
            });
        });
    }
    let body = match &*file {
        None => {
            html! { <p class="utrecht-paragraph" role="status">{ ctx.t("fairness.loading") }</p> }
        }
        Some(Ok(text)) => html! { <FairnessTables text={text.clone()} /> },
        Some(Err(_)) => html! { <p class="utrecht-paragraph">{ ctx.t("fairness.error") }</p> },
    };
    html! {
        <>
            <BackLink to={Screen::Rules} />
            <h1 class="utrecht-heading-1" tabindex="-1">{ ctx.t("fairness.title") }</h1>
            <p class="utrecht-paragraph">{ ctx.t("fairness.intro") }</p>
            { body }
        </>
    }
}

#[derive(Properties, PartialEq)]
struct FairnessTablesProps {
    /// The personas file's text.
    text: AttrValue,
}

/// Both tables, from the personas file's text.
#[function_component(FairnessTables)]
fn fairness_tables(props: &FairnessTablesProps) -> Html {
    let ctx = use_ctx();
    let Ok((rules, personas)) = parse_personas_file(&props.text) else {
        return html! { <p class="utrecht-paragraph">{ ctx.t("fairness.error") }</p> };
    };
    let n = |v: Option<u8>| {
        v.map(|v| v.to_string())
            .unwrap_or_else(|| ctx.t("band.unknown").to_string())
    };
    let route = |o: &Outcome| ctx.t(&format!("route.{}.name", o.outcome_id()));
    let scored: Vec<(&Persona, Outcome)> = personas
        .iter()
        .map(|p| (p, score(rules, &p.answers)))
        .collect();
    let row = |(p, o): &(&Persona, Outcome)| {
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
                <td>{ route(o) }{ if o.acute { format!(" ({})", ctx.t("level.acute")) } else { String::new() } }</td>
                <td>{ n(o.willen.score) }</td>
                <td>{ n(o.kunnen.score) }</td>
                <td>{ grey }</td>
                <td>{ if big.is_empty() { "-".to_string() } else { big.join(", ") } }</td>
            </tr>
        }
    };
    // Pairs in file order: the first two personas that share a pair name.
    let mut pairs: Vec<(&str, Vec<&(&Persona, Outcome)>)> = Vec::new();
    for entry in &scored {
        if let Some(pair) = entry.0.pair.as_deref() {
            match pairs.iter_mut().find(|(name, _)| *name == pair) {
                Some((_, members)) => members.push(entry),
                None => pairs.push((pair, vec![entry])),
            }
        }
    }
    let pair_row = |(pair, members): &(&str, Vec<&(&Persona, Outcome)>)| {
        let cell = |i: usize| {
            members
                .get(i)
                .map_or_else(String::new, |(p, o)| format!("{}: {}", p.name, route(o)))
        };
        let same = members.windows(2).all(|w| w[0].1.route == w[1].1.route);
        html! {
            <tr>
                <th scope="row">{ ctx.t(&format!("fairness.pair.{pair}")) }</th>
                <td>{ cell(0) }</td>
                <td>{ cell(1) }</td>
                <td>{ ctx.t(if same { "fairness.yes" } else { "fairness.no" }) }</td>
            </tr>
        }
    };
    html! {
        <>
            <p class="utrecht-paragraph">{ ctx.tf("rules.version", &[("version", &rules.version)]) }</p>
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
                    </tr></thead>
                    <tbody>{ for scored.iter().map(row) }</tbody>
                </table>
            </div>
            <h2 class="utrecht-heading-2">{ ctx.t("fairness.pairs_title") }</h2>
            <p class="utrecht-paragraph">{ ctx.t("fairness.pairs_intro") }</p>
            <div class="app-table-scroll" tabindex="0" role="region" aria-labelledby="pairs-caption">
                <table class="app-table">
                    <caption id="pairs-caption">{ ctx.t("fairness.pairs_caption") }</caption>
                    <thead><tr>
                        <th scope="col">{ ctx.t("fairness.col_pair") }</th>
                        <th scope="col">{ ctx.t("fairness.col_first") }</th>
                        <th scope="col">{ ctx.t("fairness.col_second") }</th>
                        <th scope="col">{ ctx.t("fairness.col_same") }</th>
                    </tr></thead>
                    <tbody>{ for pairs.iter().map(pair_row) }</tbody>
                </table>
            </div>
        </>
    }
}
