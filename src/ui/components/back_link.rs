use yew::prelude::*;

use crate::app::Screen;
use crate::ui::context::use_ctx;

#[derive(Properties, PartialEq)]
pub struct BackLinkProps {
    /// Where "Back" goes.
    pub to: Screen,
}

/// A link to the previous screen. A real link, so it works like the browser's back button.
#[function_component(BackLink)]
pub fn back_link(props: &BackLinkProps) -> Html {
    let ctx = use_ctx();
    html! { <a class="utrecht-link utrecht-link--html-a app-back-link" href={props.to.to_hash()}>{ ctx.t("nav.back") }</a> }
}
