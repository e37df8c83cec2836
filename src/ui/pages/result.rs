use yew::prelude::*;

use crate::app::{Action, Screen};
use crate::domain::answers::Answers;
use crate::domain::outcome::{Outcome, SubScore};
use crate::domain::rules::Rules;
use crate::domain::score::score;
use crate::domain::steps::Part;
use crate::domain::whatif::levers;
use crate::ui::components::{
    ActionCards, AcuteBanner, BackLink, Conversation, ProgressCompare, Quadrant, ShareResult,
    SortFirst, StepList, SubScoreList, WhatIf,
};
use crate::ui::context::use_ctx;

/// How many what-if lines the result shows.
const LEVERS_SHOWN: usize = 3;

/// Sub-scores grouped strengths first: what goes well, where support helps, and what is shown
/// for the conversation only (no weight in the route).
fn groups(rules: &Rules, o: &Outcome) -> (Vec<SubScore>, Vec<SubScore>, Vec<SubScore>) {
    let counts = |s: &SubScore| s.weight > 0.0 || s.drag > 0.0;
    let (mut strong, mut support): (Vec<_>, Vec<_>) = o
        .subscores
        .iter()
        .filter(|s| counts(s))
        .cloned()
        .partition(|s| s.score.is_some_and(|v| v >= rules.bands.yes_from));
    strong.sort_by_key(|s| std::cmp::Reverse(s.score));
    support.sort_by_key(|s| s.score.map(i16::from).unwrap_or(-1));
    let info = o.subscores.iter().filter(|s| !counts(s)).cloned().collect();
    (strong, support, info)
}

/// The person's own result, from the answers in this visit.
#[function_component(ResultPage)]
pub fn result_page() -> Html {
    let ctx = use_ctx();
    html! { <ResultView answers={ctx.state.domain_answers()} shared={None::<AttrValue>} /> }
}

#[derive(Properties, PartialEq)]
pub struct ResultViewProps {
    pub answers: Answers,
    /// The rules version of a brought-along code; `None` for the person's own result.
    pub shared: Option<AttrValue>,
}

/// The result, strengths first: immediate help and "sort this out first" when they apply, the
/// route for right now with the picture of both axes, every sub-score with its why, the next
/// steps, what-if, and the person's own plan. A brought-along result is read-only and adds open
/// questions for the conversation.
#[function_component(ResultView)]
pub fn result_view(props: &ResultViewProps) -> Html {
    let ctx = use_ctx();
    let print_answers = use_state(|| false);
    // Scoring and the what-if levers (many re-scorings) run once per answer set, not on every
    // render (ticking "print my answers" or adding a plan card re-renders this page).
    let computed = use_memo(props.answers.clone(), |answers| {
        Rules::builtin().ok().map(|rules| {
            let top: Vec<_> = levers(rules, answers)
                .into_iter()
                .take(LEVERS_SHOWN)
                .collect();
            (score(rules, answers), top)
        })
    });
    let (Ok(rules), Some((o, top_levers))) = (Rules::builtin(), computed.as_ref()) else {
        return html! { <p>{ ctx.t("error.rules") }</p> };
    };
    let answers = props.answers.clone();
    // A kiosk prints only where the municipality turned printing on.
    let can_print = ctx.state.kiosk.is_none_or(|k| k.print);
    let shared = props.shared.is_some();
    let route = o.route.as_str();
    let acute_steps: Vec<_> = o
        .steps
        .iter()
        .copied()
        .filter(|s| s.part() == Part::Acute)
        .collect();
    let next_steps: Vec<_> = o
        .steps
        .iter()
        .copied()
        .filter(|s| !matches!(s.part(), Part::Acute | Part::Service))
        .collect();
    let big = o.big_barriers();
    let (strong, support, info) = groups(rules, o);
    let strengths_title = if strong.is_empty() {
        "result.furthest"
    } else {
        "result.strengths"
    };
    let strong = if strong.is_empty() {
        let mut best = support.clone();
        best.reverse();
        best.into_iter()
            .filter(|s| s.score.is_some())
            .take(2)
            .collect()
    } else {
        strong
    };
    let support: Vec<_> = support
        .into_iter()
        .filter(|s| !strong.contains(s))
        .collect();
    let neighbours = o
        .neighbour_routes
        .iter()
        .map(|r| ctx.t(&format!("route.{r}.name")))
        .collect::<Vec<_>>()
        .join(&format!(" {} ", ctx.t("result.and")));

    let on_print = {
        let include = *print_answers;
        Callback::from(move |_| {
            crate::adapters::print::print_with_details(include);
        })
    };
    let toggle_answers = {
        let print_answers = print_answers.clone();
        Callback::from(move |_| print_answers.set(!*print_answers))
    };
    let class = classes!(
        "app-result",
        print_answers.then_some("app-result--print-answers")
    );
    let low: Vec<_> = support.iter().map(|s| s.sub).collect();

    html! {
        <div {class}>
            if shared {
                <p class="app-tag">{ ctx.t("shared.tag") }</p>
                <h1 tabindex="-1">{ ctx.t("shared.title") }</h1>
                <p>{ ctx.t("shared.intro") }</p>
            } else {
                <BackLink to={Screen::Check} />
                <h1 tabindex="-1">{ ctx.t("result.title") }</h1>
            }
            if o.acute { <AcuteBanner steps={acute_steps} /> }
            if !big.is_empty() { <SortFirst domains={big} /> }

            <section class="app-route" aria-labelledby="route-title">
                <p class="app-route__label">{ ctx.t("result.route_now") }</p>
                <h2 id="route-title" class="app-route__name">{ ctx.t(&format!("route.{route}.name")) }</h2>
                <p class="app-lead">{ ctx.t(&format!("route.{route}.meaning")) }</p>
                if o.grey_zone {
                    <div class="app-inset">
                        <h3>{ ctx.t("route.grey.name") }</h3>
                        <p>{ ctx.tf("result.grey_text", &[("routes", &neighbours)]) }</p>
                    </div>
                }
                <Quadrant outcome={o.clone()} />
                <p>{ ctx.tf("result.confidence", &[("percent", &o.confidence.to_string())]) }</p>
                if o.confidence < 50 { <p>{ ctx.t("result.confidence_low") }</p> }
                <p>{ ctx.t("result.right_now") }</p>
            </section>

            <SubScoreList id="strengths" title={ctx.t(strengths_title)} subscores={strong} answers={answers.clone()} />
            <SubScoreList id="support" title={ctx.t("result.support")} subscores={support} answers={answers.clone()} />
            if shared { <Conversation subs={low} /> }

            <section aria-labelledby="steps-title">
                <h2 id="steps-title">{ ctx.t("result.steps_title") }</h2>
                <StepList steps={next_steps} />
            </section>

            <WhatIf levers={top_levers.clone()} />
            if !shared { <ActionCards route={o.route} /> }
            <SubScoreList id="info" title={ctx.t("result.info")} subscores={info} plain=true answers={answers.clone()} />
            if !shared { <ShareResult answers={answers.clone()} /> }
            if !shared && ctx.state.kiosk.is_none() { <ProgressCompare answers={answers.clone()} /> }

            <p class="app-rules-version">
                { ctx.tf("result.rules_version", &[("version", &o.rules_version)]) }{ " " }
                <a href={Screen::Rules.to_hash()}>{ ctx.t("footer.rules") }</a>
            </p>
            if can_print {
                <div class="app-button-group app-no-print">
                    <button type="button" class="app-button" onclick={on_print}>{ ctx.t("result.print") }</button>
                    <div class="app-checkbox">
                        <input type="checkbox" id="print-answers" checked={*print_answers} onchange={toggle_answers} />
                        <label for="print-answers">{ ctx.t("result.print_answers") }</label>
                    </div>
                </div>
            }
            <div class="app-button-group app-no-print">
                <button type="button" class="app-button app-button--secondary" onclick={ctx.send(Action::Restart)}>
                    { ctx.t(if shared { "shared.close" } else { "result.restart" }) }
                </button>
            </div>
        </div>
    }
}
