use yew::prelude::*;

use crate::adapters::location;
use crate::domain::code::{link_fragment, to_typeable};
use crate::ui::components::LinkQr;
use crate::ui::context::use_ctx;

#[derive(Properties, PartialEq)]
pub struct ShareResultProps {
    /// The share code of what the person chose to send.
    pub code: AttrValue,
}

/// Take the result along without a server: a link whose data sits in the URL fragment (never
/// sent to a server), the same link as a QR code made on this device, and a short code to type.
/// The link is text to copy or scan, never a link this tab follows: opening it here would put
/// the answers in this browser's history (and its history sync).
#[function_component(ShareResult)]
pub fn share_result(props: &ShareResultProps) -> Html {
    let ctx = use_ctx();
    let code = props.code.as_str();
    let link = format!("{}{}", location::base_url(), link_fragment(code));
    let typeable = to_typeable(code).unwrap_or_default();
    html! {
        <section class="app-share" aria-labelledby="share-title">
            <h3 class="utrecht-heading-3" id="share-title">{ ctx.t("share.title") }</h3>
            <p class="utrecht-paragraph">{ ctx.t("share.intro") }</p>
            <LinkQr link={link} id="share" qr_label="share.qr_label" link_label="share.link_label" />
            <p class="utrecht-paragraph">{ ctx.t("share.code_label") }</p>
            <p class="utrecht-paragraph app-share__code" lang="zxx" dir="ltr">{ typeable }</p>
            <p class="utrecht-paragraph app-share__note">{ ctx.t("share.note") }</p>
        </section>
    }
}
