use yew::prelude::*;

use crate::app::{Action, TextSize};
use crate::ui::context::use_ctx;

/// Text size and contrast inside the app: a kiosk user cannot change browser settings. Kept for
/// the visit; a kiosk wipe returns them to the defaults.
#[function_component(DisplaySettings)]
pub fn display_settings() -> Html {
    let ctx = use_ctx();
    let sizes = TextSize::ALL.iter().map(|size| {
        let id = format!("text-size-{}", size.id());
        let onchange = ctx.dispatch.reform({
            let size = *size;
            move |_: Event| Action::SetTextSize(size)
        });
        html! {
            <div class="app-checkbox">
                <input type="radio" name="text-size" id={id.clone()} checked={ctx.state.text_size == *size} {onchange} />
                <label for={id}>{ ctx.t(size.key()) }</label>
            </div>
        }
    });
    let contrast = ctx.state.high_contrast;
    let on_contrast = ctx
        .dispatch
        .reform(move |_: Event| Action::SetHighContrast(!contrast));
    html! {
        <details class="app-display app-no-print">
            <summary>{ ctx.t("display.title") }</summary>
            <div class="app-display__panel">
                <fieldset class="app-display__sizes">
                    <legend>{ ctx.t("display.size") }</legend>
                    { for sizes }
                </fieldset>
                <div class="app-checkbox">
                    <input type="checkbox" id="high-contrast" checked={contrast} onchange={on_contrast} />
                    <label for="high-contrast">{ ctx.t("display.contrast") }</label>
                </div>
            </div>
        </details>
    }
}
