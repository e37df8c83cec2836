use yew::prelude::*;

use crate::app::Screen;
use crate::ui::context::use_ctx;

/// Help and information links, in the same place on every screen (WCAG 3.2.6).
#[function_component(Footer)]
pub fn footer() -> Html {
    let ctx = use_ctx();
    html! {
        <footer class="utrecht-page-footer app-footer">
            <div class="app-footer__inner">
                <ul class="app-footer__links">
                    <li><a class="utrecht-link utrecht-link--html-a" href={Screen::Rules.to_hash()}>{ ctx.t("footer.rules") }</a></li>
                    <li><a class="utrecht-link utrecht-link--html-a" href={Screen::Privacy.to_hash()}>{ ctx.t("footer.privacy") }</a></li>
                </ul>
            </div>
        </footer>
    }
}
