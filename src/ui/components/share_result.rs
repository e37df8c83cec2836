use yew::prelude::*;

use crate::adapters::location;
use crate::domain::code::{link_fragment, to_typeable};
use crate::domain::qr::qr_svg;
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
    let copied = use_state(|| None::<bool>);
    let code = props.code.as_str();
    let link = format!("{}{}", location::base_url(), link_fragment(code));
    // A new choice makes a new code: "copied" is about the old one.
    {
        let copied = copied.clone();
        use_effect_with(props.code.clone(), move |_| copied.set(None));
    }
    let on_copy = {
        let (copied, link) = (copied.clone(), link.clone());
        Callback::from(move |_| {
            let (copied, link) = (copied.clone(), link.clone());
            wasm_bindgen_futures::spawn_local(async move {
                copied.set(Some(crate::adapters::clipboard::copy(&link).await));
            });
        })
    };
    let typeable = to_typeable(code).unwrap_or_default();
    let qr = qr_svg(&link).ok().map(|q| {
        Html::from_html_unchecked(AttrValue::from(q.svg.replacen(
            "<svg ",
            "<svg role=\"img\" aria-labelledby=\"share-qr-label\" focusable=\"false\" ",
            1,
        )))
    });
    html! {
        <section class="app-share" aria-labelledby="share-title">
            <h3 id="share-title">{ ctx.t("share.title") }</h3>
            <p>{ ctx.t("share.intro") }</p>
            if let Some(svg) = qr {
                <figure class="app-share__qr">
                    { svg }
                    <figcaption id="share-qr-label">{ ctx.t("share.qr_label") }</figcaption>
                </figure>
            }
            <p>{ ctx.t("share.link_label") }</p>
            <p class="app-share__link" lang="zxx" dir="ltr">{ link.clone() }</p>
            // Not on a kiosk: the next visitor could paste what is on its clipboard.
            if ctx.state.kiosk.is_none() {
                <div class="app-button-group">
                    <button type="button" class="app-button app-button--secondary" onclick={on_copy}>{ ctx.t("share.copy") }</button>
                </div>
                <p role="status" class="app-share__copied">
                    { match *copied {
                        Some(true) => ctx.t("share.copied"),
                        Some(false) => ctx.t("share.copy_failed"),
                        None => "",
                    } }
                </p>
            }
            <p>{ ctx.t("share.code_label") }</p>
            <p class="app-share__code" lang="zxx" dir="ltr">{ typeable }</p>
            <p class="app-share__note">{ ctx.t("share.note") }</p>
        </section>
    }
}
