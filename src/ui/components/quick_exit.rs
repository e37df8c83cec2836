//! "Snel weg" (GOV.UK's exit-this-page pattern): on every screen, and three presses of Shift
//! anywhere. Everything is wiped at once; on the web the tab then leaves for a neutral page (the
//! municipality's, or our own `neutral.html`) in place of the current history entry. A kiosk
//! cannot leave the app: there it wipes and shows the start page.
//!
//! It is a real link to the neutral page, so it works before the app has loaded too.

use yew::prelude::*;

use crate::adapters::{location, speech, storage};
use crate::app::{Action, Screen};
use crate::ui::context::use_ctx;

/// Wipes everything and, on the web, leaves for `url`. The stored answers are erased here and
/// now: the page is gone before the reducer's effects would run.
pub fn leave(dispatch: &Callback<Action>, kiosk: bool, url: &str) {
    dispatch.emit(Action::QuickExit);
    speech::cancel();
    if !kiosk {
        storage::erase();
        location::leave_for(url);
    }
}

#[function_component(QuickExit)]
pub fn quick_exit() -> Html {
    let ctx = use_ctx();
    let kiosk = ctx.state.kiosk.is_some();
    let url = ctx.state.config.quick_exit.clone();
    let href = if kiosk {
        Screen::Start.to_hash()
    } else {
        url.clone()
    };
    let onclick = {
        let dispatch = ctx.dispatch.clone();
        Callback::from(move |e: MouseEvent| {
            e.prevent_default();
            leave(&dispatch, kiosk, &url);
        })
    };
    html! {
        <a class="utrecht-link utrecht-link--html-a app-quick-exit" {href} {onclick}>{ ctx.t("exit.button") }</a>
    }
}
