//! "Vertel meer": the questions the core left out, offered after the result and never required.
//! Says how many and how long, and that the result follows the new answers.

use yew::prelude::*;

use crate::app::Action;
use crate::ui::context::use_ctx;

#[function_component(TellMore)]
pub fn tell_more() -> Html {
    let ctx = use_ctx();
    let open: Vec<_> = ctx
        .state
        .extras()
        .into_iter()
        .filter(|q| !ctx.state.answers.contains_key(*q))
        .collect();
    if open.is_empty() {
        return html! {};
    }
    let minutes = crate::domain::Rules::current()
        .ok()
        .and_then(crate::docs::length::extras)
        .map_or(1, |l| l.minutes().max(1));
    html! {
        <section class="app-tell-more app-no-print" aria-labelledby="tell-more-title">
            <h2 class="utrecht-heading-2" id="tell-more-title">{ ctx.t("tell_more.title") }</h2>
            <p class="utrecht-paragraph">{ ctx.tp("tell_more.count", open.len() as u64) }{ " " }{ ctx.tp("tell_more.time", minutes as u64) }{ " " }{ ctx.t("tell_more.text") }</p>
            <button type="button" class="utrecht-button utrecht-button--secondary-action app-button app-button--secondary" onclick={ctx.send(Action::TellMore)}>
                { ctx.t("tell_more.button") }
            </button>
        </section>
    }
}
