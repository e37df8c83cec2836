use yew::prelude::*;

use crate::app::{Action, TextSize};
use crate::ui::context::use_ctx;

/// Text size and contrast inside the app: a kiosk user cannot change browser settings. Kept for
/// the visit; a kiosk wipe returns them to the defaults. The panel closes after a choice (it
/// would push every question down), with focus back on its "Aa Grotere letters" summary.
#[function_component(DisplaySettings)]
pub fn display_settings() -> Html {
    let ctx = use_ctx();
    let details = use_node_ref();
    let close = {
        let details = details.clone();
        move || {
            if let Some(d) = details.cast::<web_sys::HtmlDetailsElement>() {
                d.set_open(false);
                if let Some(summary) =
                    d.query_selector("summary").ok().flatten().and_then(|s| {
                        wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(s).ok()
                    })
                {
                    let _ = summary.focus();
                }
            }
        }
    };
    let sizes: Vec<Html> = TextSize::ALL.iter().map(|size| {
        let id = format!("text-size-{}", size.id());
        let onchange = ctx.dispatch.reform({
            let (size, close) = (*size, close.clone());
            move |_: Event| {
                close();
                Action::SetTextSize(size)
            }
        });
        html! {
            <div class="app-checkbox">
                <input class="utrecht-radio-button utrecht-radio-button--html-input" type="radio" name="text-size" id={id.clone()} checked={ctx.state.text_size == *size} {onchange} />
                <label class="utrecht-form-label" for={id}>{ ctx.t(size.key()) }</label>
            </div>
        }
    }).collect();
    let contrast = ctx.state.high_contrast;
    let on_contrast = ctx.dispatch.reform(move |_: Event| {
        close();
        Action::SetHighContrast(!contrast)
    });
    html! {
        <details class="app-display app-no-print" ref={details}>
            <summary><span class="app-display__aa" aria-hidden="true">{ "Aa " }</span>{ ctx.t("display.title") }</summary>
            <div class="app-display__panel">
                <fieldset class="utrecht-form-fieldset__fieldset utrecht-form-fieldset--html-fieldset app-display__sizes">
                    <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{ ctx.t("display.size") }</legend>
                    { for sizes }
                </fieldset>
                <div class="app-checkbox">
                    <input class="utrecht-checkbox utrecht-checkbox--html-input" type="checkbox" id="high-contrast" checked={contrast} onchange={on_contrast} />
                    <label class="utrecht-form-label" for="high-contrast">{ ctx.t("display.contrast") }</label>
                </div>
            </div>
        </details>
    }
}
