use yew::prelude::*;

use crate::adapters::clock;
use crate::app::saved::KEEP_DAYS;
use crate::app::{Action, Storage};
use crate::ui::context::use_ctx;

/// "Save on this device" (only on request) and "Wipe my answers" (one step).
#[function_component(SaveControls)]
pub fn save_controls() -> Html {
    let ctx = use_ctx();
    let body = match ctx.state.storage {
        Storage::Off => {
            let dispatch = ctx.dispatch.clone();
            let onclick =
                Callback::from(move |_| dispatch.emit(Action::SaveOnDevice { now: clock::now() }));
            html! {
                <>
                    <p class="utrecht-paragraph">{ ctx.tp("saved.offer_save", u64::from(KEEP_DAYS)) }</p>
                    <button type="button" class="utrecht-button utrecht-button--secondary-action app-button app-button--secondary" {onclick}>
                        { ctx.t("saved.save") }
                    </button>
                </>
            }
        }
        Storage::On { expires_at, .. } => html! {
            <>
                <p class="utrecht-paragraph">{ ctx.tf("saved.kept_until", &[("date", &clock::format_date(expires_at, ctx.locale()))]) }</p>
                <button type="button" class="utrecht-button utrecht-button--secondary-action app-button app-button--secondary" onclick={ctx.send(Action::Wipe)}>
                    { ctx.t("saved.wipe") }
                </button>
            </>
        },
    };
    html! {
        <aside class="app-save app-no-print" aria-labelledby="save-title" data-no-read="true">
            <h2 id="save-title" class="utrecht-heading-2 app-save__title">{ ctx.t("saved.title") }</h2>
            { body }
        </aside>
    }
}
