use yew::prelude::*;

use crate::adapters::location;
use crate::domain::answers::Answers;
use crate::domain::code::{encode, link_fragment, to_typeable};
use crate::domain::qr::qr_svg;
use crate::domain::rules::Rules;
use crate::ui::context::use_ctx;

#[derive(Properties, PartialEq)]
pub struct ShareResultProps {
    pub answers: Answers,
}

/// Take the result along without a server: a link whose data sits in the URL fragment (never
/// sent to a server), the same link as a QR code made on this device, and a short code to type.
#[function_component(ShareResult)]
pub fn share_result(props: &ShareResultProps) -> Html {
    let ctx = use_ctx();
    let Ok(rules) = Rules::current() else {
        return html! {};
    };
    let Ok(code) = encode(&props.answers, rules) else {
        return html! {};
    };
    let link = format!("{}{}", location::base_url(), link_fragment(&code));
    let typeable = to_typeable(&code).unwrap_or_default();
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
            // On a kiosk the link is text to read or scan, not a way out of the app.
            if ctx.state.kiosk.is_some() {
                <p class="app-share__link">{ link.clone() }</p>
            } else {
                <p class="app-share__link"><a href={link.clone()}>{ link.clone() }</a></p>
            }
            <p>{ ctx.t("share.code_label") }</p>
            <p class="app-share__code" lang="zxx">{ typeable }</p>
            <p class="app-share__note">{ ctx.t("share.note") }</p>
        </section>
    }
}
