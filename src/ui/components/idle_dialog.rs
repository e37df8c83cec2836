use web_sys::HtmlDialogElement;
use yew::prelude::*;

use crate::app::Action;
use crate::ui::components::ConfirmButton;
use crate::ui::context::use_ctx;

#[derive(Properties, PartialEq)]
pub struct IdleDialogProps {
    /// Seconds left before everything is wiped.
    pub seconds: u32,
}

/// The kiosk's "Are you still there?" warning: a modal alertdialog that takes focus, counts
/// down, and lets the person carry on (as often as needed) or stop and wipe now. The count is
/// read out when the dialog opens, not every second; on a device with an on-device voice it is
/// also spoken (someone who listens may not be looking), which the idle clock does not count as
/// activity.
#[function_component(IdleDialog)]
pub fn idle_dialog(props: &IdleDialogProps) -> Html {
    let ctx = use_ctx();
    let dialog = use_node_ref();
    {
        let dialog = dialog.clone();
        let spoken = format!(
            "{} {}",
            ctx.t("kiosk.idle_title"),
            ctx.tp("kiosk.idle_text", u64::from(props.seconds))
        );
        let locale = ctx.locale();
        use_effect_with((), move |_| {
            if let Some(d) = dialog.cast::<HtmlDialogElement>() {
                let _ = d.show_modal();
            }
            crate::adapters::speech::speak(&spoken, locale, true);
            move || {
                if let Some(d) = dialog.cast::<HtmlDialogElement>() {
                    d.close();
                }
            }
        });
    }
    // Escape would close the modal without a decision; treat it as "I'm still here".
    let oncancel = {
        let dispatch = ctx.dispatch.clone();
        Callback::from(move |e: Event| {
            e.prevent_default();
            dispatch.emit(Action::StillHere);
        })
    };
    html! {
        <dialog ref={dialog} class="app-dialog" role="alertdialog" aria-modal="true"
            aria-labelledby="idle-title" aria-describedby="idle-text" {oncancel}>
            <h2 class="utrecht-heading-2" id="idle-title">{ ctx.t("kiosk.idle_title") }</h2>
            <p class="utrecht-paragraph" id="idle-text">{ ctx.tp("kiosk.idle_text", u64::from(props.seconds)) }</p>
            <div class="app-button-group">
                <button type="button" class="utrecht-button utrecht-button--primary-action app-button" autofocus=true onclick={ctx.send(Action::StillHere)}>
                    { ctx.t("kiosk.still_here") }
                </button>
                // Stopping now asks first; the countdown itself wipes without asking.
                <ConfirmButton label="kiosk.stop" action={Action::Wipe} secondary=true id="idle-confirm" />
            </div>
        </dialog>
    }
}
