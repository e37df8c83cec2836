use yew::prelude::*;

use crate::ui::context::use_ctx;

#[derive(Properties, PartialEq)]
pub struct ErrorSummaryProps {
    /// The message, the same words as the message next to the field.
    pub message: AttrValue,
    /// The id of the field the message links to (for radios: the first radio).
    pub field_id: AttrValue,
}

/// GOV.UK error summary: above the form, takes focus when shown, links to the field.
#[function_component(ErrorSummary)]
pub fn error_summary(props: &ErrorSummaryProps) -> Html {
    let ctx = use_ctx();
    let field = props.field_id.clone();
    let onclick = Callback::from(move |e: MouseEvent| {
        e.prevent_default();
        crate::adapters::document::focus_id(&field);
    });
    html! {
        <div class="app-error-summary" id="error-summary" tabindex="-1" aria-labelledby="error-summary-title">
            <h2 class="utrecht-heading-2" id="error-summary-title">{ ctx.t("error.summary_title") }</h2>
            <ul class="app-error-summary__list">
                <li><a class="utrecht-link utrecht-link--html-a" href={format!("#{}", props.field_id)} {onclick}>{ props.message.clone() }</a></li>
            </ul>
        </div>
    }
}
