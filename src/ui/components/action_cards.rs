use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::app::Action;
use crate::domain::cards::{card_template, CardIf, CardThen, MAX_CARDS};
use crate::domain::outcome::RouteCode;
use crate::ui::context::use_ctx;

#[derive(Properties, PartialEq)]
pub struct ActionCardsProps {
    pub route: RouteCode,
}

/// The person's own if-then plan: pick a moment and an action from the route's lists (no typing
/// needed), up to three cards.
#[function_component(ActionCards)]
pub fn action_cards(props: &ActionCardsProps) -> Html {
    let ctx = use_ctx();
    let template = card_template(props.route);
    let when_ref = use_node_ref();
    let then_ref = use_node_ref();
    let onsubmit = {
        let (dispatch, when_ref, then_ref) =
            (ctx.dispatch.clone(), when_ref.clone(), then_ref.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let value = |r: &NodeRef| {
                r.cast::<HtmlSelectElement>()
                    .map(|s| s.value())
                    .unwrap_or_default()
            };
            if let (Some(w), Some(t)) = (
                CardIf::parse(&value(&when_ref)),
                CardThen::parse(&value(&then_ref)),
            ) {
                dispatch.emit(Action::AddCard(w, t));
            }
        })
    };
    let cards = ctx.state.cards.iter().enumerate().map(|(i, (w, t))| {
        html! {
            <li class="app-card app-card--plan">
                <p class="utrecht-paragraph app-card__text">
                    { ctx.t(&format!("card.if.{w}")) }{ " " }{ ctx.t(&format!("card.then.{t}")) }
                </p>
                <button type="button" class="utrecht-button utrecht-button--secondary-action app-button app-button--secondary app-no-print"
                    onclick={ctx.send(Action::RemoveCard(i))}>
                    { ctx.t("cards.remove") }
                    <span class="app-visually-hidden">{ format!(": {}", ctx.t(&format!("card.if.{w}"))) }</span>
                </button>
            </li>
        }
    });
    html! {
        // Its heading is the section's ("plan-title", in the result's collapsible).
        <div class="app-plan">
            <p class="utrecht-paragraph">{ ctx.tp("cards.intro", MAX_CARDS as u64) }</p>
            if !ctx.state.cards.is_empty() {
                <ul class="app-cards">{ for cards }</ul>
            }
            if ctx.state.can_add_card() {
                <form class="app-plan__form app-no-print" {onsubmit}>
                    <div class="app-field">
                        <label class="utrecht-form-label" for="card-if">{ ctx.t("cards.if_label") }</label>
                        <select id="card-if" class="utrecht-select utrecht-select--html-select app-select" ref={when_ref}>
                            { for template.ifs.iter().map(|w| html! {
                                <option value={w.as_str()}>{ ctx.t(&format!("card.if.{w}")) }</option>
                            }) }
                        </select>
                    </div>
                    <div class="app-field">
                        <label class="utrecht-form-label" for="card-then">{ ctx.t("cards.then_label") }</label>
                        <select id="card-then" class="utrecht-select utrecht-select--html-select app-select" ref={then_ref}>
                            { for template.thens.iter().map(|t| html! {
                                <option value={t.as_str()}>{ ctx.t(&format!("card.then.{t}")) }</option>
                            }) }
                        </select>
                    </div>
                    <button type="submit" class="utrecht-button utrecht-button--secondary-action app-button app-button--secondary">{ ctx.t("cards.add") }</button>
                </form>
            } else {
                <p class="utrecht-paragraph">{ ctx.t("cards.full") }</p>
            }
        </div>
    }
}
