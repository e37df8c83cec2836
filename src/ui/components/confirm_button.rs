use yew::prelude::*;

use crate::app::Action;
use crate::ui::context::use_ctx;

#[derive(Properties, PartialEq)]
pub struct ConfirmButtonProps {
    /// Catalog key of the button.
    pub label: AttrValue,
    /// What a confirmed press does (everything goes: restart or wipe).
    pub action: Action,
    #[prop_or_default]
    pub secondary: bool,
    /// The id of the question that appears (unique per button on a page).
    #[prop_or(AttrValue::Static("confirm-question"))]
    pub id: AttrValue,
}

/// A button whose action cannot be undone asks first, in place: "Weet je het zeker?" with
/// "Ja, wis alles" and "Nee, ga terug" (focus moves to the question, and back to the button).
#[function_component(ConfirmButton)]
pub fn confirm_button(props: &ConfirmButtonProps) -> Html {
    let ctx = use_ctx();
    let asking = use_state(|| false);
    let ask_ref = use_node_ref();
    let button_ref = use_node_ref();
    {
        // Focus follows: to the question when it opens, back to the button when it closes.
        let (ask_ref, button_ref) = (ask_ref.clone(), button_ref.clone());
        let first = use_mut_ref(|| true);
        use_effect_with(*asking, move |asking| {
            if !std::mem::replace(&mut *first.borrow_mut(), false) {
                let target = if *asking { &ask_ref } else { &button_ref };
                if let Some(el) = target.cast::<web_sys::HtmlElement>() {
                    let _ = el.focus();
                }
            }
        });
    }
    let open = {
        let asking = asking.clone();
        Callback::from(move |_| asking.set(true))
    };
    let close = {
        let asking = asking.clone();
        Callback::from(move |_| asking.set(false))
    };
    let class = classes!(
        "utrecht-button",
        if props.secondary {
            "utrecht-button--secondary-action"
        } else {
            "utrecht-button--primary-action"
        },
        "app-button",
        props.secondary.then_some("app-button--secondary")
    );
    if *asking {
        html! {
            <div class="app-confirm" role="group" aria-labelledby={props.id.clone()}>
                <p id={props.id.clone()} class="utrecht-paragraph app-confirm__question" tabindex="-1" ref={ask_ref}>{ ctx.t("confirm.sure") }</p>
                <div class="app-button-group">
                    <button type="button" class="utrecht-button utrecht-button--primary-action app-button" onclick={ctx.send(props.action.clone())}>{ ctx.t("confirm.yes") }</button>
                    <button type="button" class="utrecht-button utrecht-button--secondary-action app-button app-button--secondary" onclick={close}>{ ctx.t("confirm.no") }</button>
                </div>
            </div>
        }
    } else {
        html! {
            <button type="button" {class} onclick={open} ref={button_ref}>{ ctx.t(&props.label) }</button>
        }
    }
}
