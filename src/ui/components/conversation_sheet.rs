//! The conversation sheet: one printed page for the klantmanager and the person, made from a
//! brought-along result. What the code may not be used for, when it was made, what the person
//! wants to talk about and said themselves, what the rules computed, the steps with their formal
//! names, what stayed behind, and room to write the agreed next step by hand.
//!
//! Only on paper (`print::print_sheet`): on screen the same facts are on the page itself.

use yew::prelude::*;

use crate::domain::code::SharedInfo;
use crate::domain::outcome::Outcome;
use crate::domain::rules::Rules;
use crate::domain::steps::StepId;
use crate::i18n::{self, Locale};
use crate::ui::components::own_say::own_say_lines;
use crate::ui::components::share_choice::topic_key;
use crate::ui::components::shared_notes::left_out_names;
use crate::ui::components::staff_banner::made_line;
use crate::ui::context::use_ctx;

#[derive(Properties, PartialEq)]
pub struct ConversationSheetProps {
    pub info: Option<SharedInfo>,
    pub outcome: Outcome,
    pub steps: Vec<StepId>,
    pub version: AttrValue,
    /// Some circumstance answer went along.
    pub circumstance_shared: bool,
}

#[function_component(ConversationSheet)]
pub fn conversation_sheet(props: &ConversationSheetProps) -> Html {
    let ctx = use_ctx();
    let Ok(rules) = Rules::get(&props.version) else {
        return html! {};
    };
    let made = made_line(&ctx, props.info.as_ref().map(|i| i.made), &props.version);
    let said = props
        .info
        .as_ref()
        .map(|i| own_say_lines(&ctx, &i.own_say, true))
        .unwrap_or_default();
    let out = props
        .info
        .as_ref()
        .map(|i| left_out_names(&ctx, rules, i, props.circumstance_shared))
        .unwrap_or_default();
    let talk: Vec<_> = props
        .info
        .as_ref()
        .map(|i| i.talk.clone())
        .unwrap_or_default();
    let heading = props.outcome.heading();
    let lines = |n: usize| html! { <div class="app-sheet-lines">{ for (0..n).map(|_| html! { <span></span> }) }</div> };
    html! {
        <section class="app-conversation-sheet" aria-labelledby="conversation-sheet-title">
            <h2 class="utrecht-heading-2" id="conversation-sheet-title">{ ctx.t("staff.sheet_title") }</h2>
            <p class="utrecht-paragraph">{ made }</p>
            <p class="utrecht-paragraph">{ ctx.t("staff.not_for") }{ " " }{ ctx.t("staff.no_copy") }</p>
            if !talk.is_empty() {
                <h3 class="utrecht-heading-3">{ ctx.t("shared.talk_title") }</h3>
                <ul>{ for talk.iter().map(|t| html! { <li>{ ctx.t(&topic_key(*t)) }</li> }) }</ul>
            }
            <h3 class="utrecht-heading-3">{ ctx.t("shared.said_title") }</h3>
            if said.is_empty() {
                <p class="utrecht-paragraph">{ ctx.t("staff.said_nothing") }</p>
            } else {
                { for said.into_iter().map(|l| html! { <p class="utrecht-paragraph">{ l }</p> }) }
            }
            <h3 class="utrecht-heading-3">{ ctx.t("staff.computed_title") }</h3>
            <p class="utrecht-paragraph">{ ctx.tf("staff.computed_route", &[("route", ctx.t(&format!("route.{heading}.name")))]) }</p>
            if !props.steps.is_empty() {
                <ol class="app-conversation-sheet__steps">
                    { for props.steps.iter().map(|s| html! {
                        <li>
                            { ctx.t(&format!("step.{s}.title")) }{ " — " }
                            <bdi lang="nl">{ i18n::t(Locale::Nl, &format!("step.{s}.formal")) }</bdi>
                        </li>
                    }) }
                </ol>
            }
            if !out.is_empty() {
                <p class="utrecht-paragraph">{ ctx.tf("shared.left_out", &[("topics", &out)]) }</p>
            }
            <h3 class="utrecht-heading-3">{ ctx.t("staff.sheet_agreed") }</h3>
            { lines(3) }
            <h3 class="utrecht-heading-3">{ ctx.t("staff.sheet_who") }</h3>
            { lines(2) }
            <p class="utrecht-paragraph app-sheet-write">{ ctx.t("staff.sheet_next") }</p>
        </section>
    }
}
