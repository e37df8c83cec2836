use yew::prelude::*;

use crate::domain::ids::SubId;
use crate::ui::context::use_ctx;

#[derive(Properties, PartialEq)]
pub struct ConversationProps {
    /// Sub-dimensions where support can help (low or unknown), in the order shown.
    pub subs: Vec<SubId>,
}

/// For the klantmanager who sits with the person: open questions per low sub-score, to start a
/// conversation instead of filling a box.
#[function_component(Conversation)]
pub fn conversation(props: &ConversationProps) -> Html {
    let ctx = use_ctx();
    let subs: Vec<_> = props.subs.iter().filter(|s| has_questions(**s)).collect();
    if subs.is_empty() {
        return html! {};
    }
    html! {
        <section class="app-conversation" aria-labelledby="conversation-title">
            <h3 class="utrecht-heading-3" id="conversation-title">{ ctx.t("talk.title") }</h3>
            <p class="utrecht-paragraph">{ ctx.t("talk.intro") }</p>
            { for subs.iter().map(|s| html! {
                <>
                    <h3 class="utrecht-heading-3">{ ctx.t(&format!("sub.{s}.name")) }</h3>
                    <ul>
                        <li>{ ctx.t(&format!("talk.{s}.1")) }</li>
                        <li>{ ctx.t(&format!("talk.{s}.2")) }</li>
                    </ul>
                </>
            }) }
        </section>
    }
}

/// Only sub-scores that carry weight have conversation questions.
fn has_questions(sub: SubId) -> bool {
    !matches!(sub, SubId::W3Controlled | SubId::W6Adjust)
}
