use yew::prelude::*;

use crate::adapters::clock;
use crate::app::{Action, Screen};
use crate::ui::components::CodeEntry;
use crate::ui::context::use_ctx;

/// What this is and is not, how long it takes (the measured minutes of the core at 60 words a
/// minute, `docs::length`), and the start button.
#[function_component(StartPage)]
pub fn start_page() -> Html {
    let ctx = use_ctx();
    let minutes = crate::docs::length::core_minutes() as u64;
    html! {
        <>
            <h1 class="utrecht-heading-1" tabindex="-1">{ ctx.t("start.title") }</h1>
            if let Some(saved) = &ctx.state.offer {
                <section class="app-offer" aria-labelledby="offer-title">
                    <h2 class="utrecht-heading-2" id="offer-title">{ ctx.t("saved.offer_title") }</h2>
                    <p class="utrecht-paragraph">{ ctx.tf("saved.offer_text", &[("date", &clock::format_date(saved.saved_at, ctx.locale()))]) }</p>
                    <div class="app-button-group">
                        <button type="button" class="utrecht-button utrecht-button--primary-action app-button" onclick={ctx.send(Action::ContinueSaved)}>
                            { ctx.t("saved.continue") }
                        </button>
                        <button type="button" class="utrecht-button utrecht-button--secondary-action app-button app-button--secondary" onclick={ctx.send(Action::DiscardSaved)}>
                            { ctx.t("saved.discard") }
                        </button>
                    </div>
                </section>
            }
            <p class="utrecht-paragraph app-lead">{ ctx.t("start.lead") }</p>
            <ul class="app-facts">
                <li>{ ctx.tp("start.question_count", ctx.state.total() as u64) }</li>
                <li>{ ctx.tp("start.fact_time", minutes) }</li>
                <li>{ ctx.t("start.fact_device") }</li>
                <li>{ ctx.t("start.fact_stop") }</li>
            </ul>
            <div class="app-inset">
                <h2 class="utrecht-heading-2">{ ctx.t("start.not_title") }</h2>
                <p class="utrecht-paragraph">{ ctx.t("start.not_decision") }</p>
                <p class="utrecht-paragraph">{ ctx.t("start.not_shared") }</p>
            </div>
            <div class="app-button-group">
                // A link, not a button: it works in the prerendered page before the wasm has
                // loaded (the app starts at the question the fragment names), so no click is lost.
                <a class="utrecht-button utrecht-button--primary-action app-button" href={Screen::Question(1).to_hash()}>
                    { ctx.t("start.button") }
                </a>
            </div>
            <p class="utrecht-paragraph app-quick-exit-hint">{ ctx.t(super::question::exit_hint_key(ctx.state.kiosk.is_some())) }</p>
            <ul class="app-link-list">
                <li><a class="utrecht-link utrecht-link--html-a" href={Screen::Rules.to_hash()}>{ ctx.t("start.link_rules") }</a></li>
                <li><a class="utrecht-link utrecht-link--html-a" href={Screen::Privacy.to_hash()}>{ ctx.t("start.link_privacy") }</a></li>
            </ul>
            // A brought-along code is typed in here (not on a kiosk: a shared screen never opens
            // someone's answers).
            if ctx.state.kiosk.is_none() { <CodeEntry /> }
        </>
    }
}
