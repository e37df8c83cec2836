use yew::prelude::*;

use crate::ui::components::LanguageSwitch;
use crate::ui::context::use_ctx;

/// The banner: the product's name and the language switch, the same on every screen.
#[function_component(Header)]
pub fn header() -> Html {
    let ctx = use_ctx();
    html! {
        <header class="app-header">
            <div class="app-header__inner">
                <span class="app-header__name">{ ctx.t("app.name") }</span>
                <LanguageSwitch />
            </div>
        </header>
    }
}
