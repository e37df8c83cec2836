use yew::prelude::*;

use crate::adapters::{frame, speech};
use crate::app::Screen;
use crate::ui::context::use_ctx;

/// "Read aloud": reads the page in the current language. Hidden when no suitable voice exists;
/// on a result (personal text) only voices that run on this device count.
#[function_component(ReadAloud)]
pub fn read_aloud() -> Html {
    let ctx = use_ctx();
    let locale = ctx.locale();
    // Asked after the first paint: the first call starts the browser's speech engine, which
    // should not hold up showing the page (the prerendered page has no button either).
    let voices = use_state(|| (false, false));
    {
        let voices = voices.clone();
        use_effect_with(locale, move |locale| {
            let locale = *locale;
            {
                let voices = voices.clone();
                frame::after_paint(move || voices.set(speech::voices(locale)));
            }
            let listener = speech::on_voices_changed(move || voices.set(speech::voices(locale)));
            move || drop(listener)
        });
    }
    let personal = matches!(ctx.state.screen, Screen::Result | Screen::Shared(_));
    let (any, on_device) = *voices;
    let usable = if personal { on_device } else { any };
    if !usable {
        return html! {};
    }
    let onclick = Callback::from(move |_| speech::speak(&speech::main_text(), locale, personal));
    html! {
        <button type="button" class="app-button app-button--secondary app-read-aloud app-no-print" {onclick}>
            { ctx.t("speech.read_aloud") }
        </button>
    }
}
