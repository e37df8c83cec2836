use yew::prelude::*;

use crate::ui::context::use_ctx;

/// The first focusable element: jumps past the header to `#main`.
#[function_component(SkipLink)]
pub fn skip_link() -> Html {
    let ctx = use_ctx();
    let onclick = Callback::from(|e: MouseEvent| {
        e.prevent_default();
        crate::adapters::document::focus_heading();
    });
    html! { <a class="utrecht-link utrecht-link--html-a app-skip-link" href="#main" {onclick}>{ ctx.t("skip_link") }</a> }
}
