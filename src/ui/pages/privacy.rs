use yew::prelude::*;

use crate::app::Screen;
use crate::ui::components::BackLink;
use crate::ui::context::use_ctx;

/// What happens to your answers: nothing leaves this device unless you choose.
#[function_component(PrivacyPage)]
pub fn privacy_page() -> Html {
    let ctx = use_ctx();
    html! {
        <>
            <BackLink to={Screen::Start} />
            <h1 class="utrecht-heading-1" tabindex="-1">{ ctx.t("privacy.title") }</h1>
            <p class="utrecht-paragraph">{ ctx.t("privacy.device") }</p>
            <p class="utrecht-paragraph">{ ctx.t("privacy.no_server") }</p>
            <p class="utrecht-paragraph">{ ctx.t("privacy.no_cookies") }</p>
            <p class="utrecht-paragraph">{ ctx.t("privacy.share") }</p>
            <p class="utrecht-paragraph">{ ctx.t("privacy.hosting") }</p>
        </>
    }
}
