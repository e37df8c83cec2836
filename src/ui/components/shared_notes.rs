//! What a share code says beyond its answers, shown first on a brought-along result: the topics
//! the person wants to talk about, what the person chose to leave out (when it was made is in
//! the staff banner), and that the route is the one their own app gave when its answers stayed
//! behind (`domain::share`).

use yew::prelude::*;

use crate::domain::code::SharedInfo;
use crate::domain::rules::Rules;
use crate::domain::share::{left_out, Topic};
use crate::ui::components::share_choice::topic_key;
use crate::ui::context::use_ctx;

#[derive(Properties, PartialEq)]
pub struct SharedNotesProps {
    pub info: SharedInfo,
    /// The rules version the code names.
    pub version: AttrValue,
    /// Some circumstance answer went along.
    pub circumstance_shared: bool,
}

/// What the person left out, in words: willen, kunnen and what holds them back by name; the
/// circumstances as one item (naming each would say no more: the reader cannot tell which of
/// them played a role); their own say. Empty when nothing was left out.
pub fn left_out_names(
    ctx: &crate::ui::Ctx,
    rules: &Rules,
    info: &SharedInfo,
    circumstance_shared: bool,
) -> String {
    let out = left_out(rules, &info.withheld);
    let named: Vec<Topic> = out
        .iter()
        .copied()
        .filter(|t| matches!(t, Topic::Willen | Topic::Kunnen | Topic::HoldsBack))
        .collect();
    let mut items: Vec<String> = named
        .iter()
        .map(|t| ctx.t(&topic_key(*t)).to_string())
        .collect();
    if out.len() > named.len() {
        items.push(
            ctx.t(if circumstance_shared {
                "shared.circumstances_some"
            } else {
                "shared.circumstances_all"
            })
            .to_string(),
        );
    }
    if info.own_say_withheld {
        items.push(ctx.t("shared.own_say_item").to_string());
    }
    items.join(", ")
}

#[function_component(SharedNotes)]
pub fn shared_notes(props: &SharedNotesProps) -> Html {
    let ctx = use_ctx();
    let info = &props.info;
    let Ok(rules) = Rules::get(&props.version) else {
        return html! {};
    };
    let axes_out = left_out(rules, &info.withheld)
        .iter()
        .any(|t| matches!(t, Topic::Willen | Topic::Kunnen));
    let out_names = left_out_names(&ctx, rules, info, props.circumstance_shared);
    html! {
        <>
            if !info.talk.is_empty() {
                <section class="app-talk" aria-labelledby="talk-title">
                    <h2 class="utrecht-heading-2" id="talk-title">{ ctx.t("shared.talk_title") }</h2>
                    <ul>
                        { for info.talk.iter().map(|t| html! {
                            <li>{ ctx.t(&topic_key(*t)) }</li>
                        }) }
                    </ul>
                </section>
            }
            <div class="app-inset app-shared-notes">
                if out_names.is_empty() {
                    <p class="utrecht-paragraph">{ ctx.t("shared.nothing_left_out") }</p>
                } else {
                    <p class="utrecht-paragraph">{ ctx.tf("shared.left_out", &[("topics", &out_names)]) }</p>
                }
                if axes_out { <p class="utrecht-paragraph">{ ctx.t("shared.route_as_given") }</p> }
            </div>
        </>
    }
}
