use yew::prelude::*;

use crate::adapters::speech;
use crate::app::Screen;
use crate::ui::context::use_ctx;
use crate::ui::hooks::use_voices;
use crate::ui::pictograms::pictogram_speaker;

/// "Read aloud" on its own row, with a speaker pictogram; while speaking it is "Stop". It reads
/// the page's words (the question, its hint and each option; never the controls) in the current
/// language. Texts with answers in them (check, result, shared view), and everything on a kiosk,
/// are read only with voices that run on this device. On the web it is hidden when there is no
/// suitable voice; on a kiosk it is always there, and says plainly when this device has none.
#[function_component(ReadAloud)]
pub fn read_aloud() -> Html {
    let ctx = use_ctx();
    let locale = ctx.locale();
    // `None` until the device was asked, so a kiosk does not flash "no voice" before it knows
    // (the prerendered page has no button either).
    let voices = use_voices(locale);
    let speaking = use_state(|| false);
    let watcher = use_mut_ref(|| None::<gloo_timers::callback::Interval>);
    {
        // A new page stops the reading, so the button turns back.
        let (speaking, watcher) = (speaking.clone(), watcher.clone());
        use_effect_with(ctx.state.screen.clone(), move |_| {
            speaking.set(false);
            watcher.borrow_mut().take();
        });
    }
    let kiosk = ctx.state.kiosk.is_some();
    let with_answers = matches!(
        ctx.state.screen,
        Screen::Check | Screen::Result | Screen::Shared(_)
    );
    let on_device_only = kiosk || with_answers;
    let Some((any, on_device)) = voices else {
        return html! {};
    };
    let usable = if on_device_only { on_device } else { any };
    if !usable {
        return if kiosk {
            html! { <p class="utrecht-paragraph app-read-aloud__none app-no-print">{ pictogram_speaker() }{ ctx.t("speech.none") }</p> }
        } else {
            html! {}
        };
    }
    let onclick = {
        let (speaking, watcher) = (speaking.clone(), watcher.clone());
        Callback::from(move |_| {
            if *speaking {
                speech::cancel();
                speaking.set(false);
                watcher.borrow_mut().take();
            } else {
                speech::speak(&speech::main_text(), locale, on_device_only);
                speaking.set(true);
                let done = speaking.clone();
                *watcher.borrow_mut() = speech::on_end(move || done.set(false));
            }
        })
    };
    let label = if *speaking {
        "speech.stop"
    } else {
        "speech.read_aloud"
    };
    html! {
        <div class="app-read-aloud app-no-print">
            <button type="button" class="utrecht-button utrecht-button--secondary-action app-button app-button--secondary app-read-aloud__button"
                aria-pressed={if *speaking { "true" } else { "false" }} {onclick}>
                { pictogram_speaker() }<span>{ ctx.t(label) }</span>
            </button>
        </div>
    }
}
