//! A link whose data sits in the URL fragment, shown as text and as a QR code made on this
//! device, with a copy button off kiosks. Used by the result's share code and the work profile.
//!
//! Rules kept: the link is text to copy or scan, never a link this tab follows (opening it here
//! would put it in this browser's history); no clipboard on a kiosk (the next visitor could paste
//! it).

use yew::prelude::*;

use crate::domain::qr::qr_svg;
use crate::ui::context::use_ctx;

#[derive(Properties, PartialEq)]
pub struct LinkQrProps {
    /// The whole link.
    pub link: AttrValue,
    /// The prefix of the ids inside (`<id>-qr-label`).
    pub id: AttrValue,
    /// The catalog key of the QR code's caption.
    pub qr_label: AttrValue,
    /// The catalog key of the line before the link ("De link naar je uitkomst:").
    pub link_label: AttrValue,
}

#[function_component(LinkQr)]
pub fn link_qr(props: &LinkQrProps) -> Html {
    let ctx = use_ctx();
    let copied = use_state(|| None::<bool>);
    // A new link: "copied" is about the old one.
    {
        let copied = copied.clone();
        use_effect_with(props.link.clone(), move |_| copied.set(None));
    }
    let on_copy = {
        let (copied, link) = (copied.clone(), props.link.to_string());
        Callback::from(move |_| {
            let (copied, link) = (copied.clone(), link.clone());
            wasm_bindgen_futures::spawn_local(async move {
                copied.set(Some(crate::adapters::clipboard::copy(&link).await));
            });
        })
    };
    let label_id = format!("{}-qr-label", props.id);
    let qr = qr_svg(&props.link).ok().map(|q| {
        Html::from_html_unchecked(AttrValue::from(q.svg.replacen(
            "<svg ",
            &format!("<svg role=\"img\" aria-labelledby=\"{label_id}\" focusable=\"false\" "),
            1,
        )))
    });
    html! {
        <>
            if let Some(svg) = qr {
                <figure class="app-share__qr">
                    { svg }
                    <figcaption id={label_id}>{ ctx.t(&props.qr_label) }</figcaption>
                </figure>
            }
            <p class="utrecht-paragraph">{ ctx.t(&props.link_label) }</p>
            <p class="utrecht-paragraph app-share__link" lang="zxx" dir="ltr">{ props.link.clone() }</p>
            if ctx.state.kiosk.is_none() {
                <div class="app-button-group">
                    <button type="button" class="utrecht-button utrecht-button--secondary-action app-button app-button--secondary" onclick={on_copy}>{ ctx.t("share.copy") }</button>
                </div>
                <p role="status" class="utrecht-paragraph app-share__copied">
                    { match *copied {
                        Some(true) => ctx.t("share.copied"),
                        Some(false) => ctx.t("share.copy_failed"),
                        None => "",
                    } }
                </p>
            }
        </>
    }
}
