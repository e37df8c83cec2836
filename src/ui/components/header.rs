use yew::prelude::*;

use crate::app::{Action, Screen};
use crate::ui::components::{ConfirmButton, DisplaySettings, LanguageSwitch, QuickExit};
use crate::ui::context::use_ctx;

/// The banner: the product's name and the language switch, the same on every screen.
#[function_component(Header)]
pub fn header() -> Html {
    let ctx = use_ctx();
    html! {
        <header class="utrecht-page-header app-header">
            <div class="app-header__inner">
                <span class="app-header__name">
                    if let Some(logo) = &ctx.state.config.logo {
                        <img class="app-header__logo" src={logo.clone()} alt="" />
                    }
                    { if ctx.state.config.id == "default" { ctx.t("app.name").to_string() } else { ctx.state.config.name.clone() } }
                </span>
                <div class="app-header__tools">
                    <QuickExit />
                    <a class="utrecht-link utrecht-link--html-a app-header__help" href={Screen::Help.to_hash()}>{ ctx.t("help.link") }</a>
                    <LanguageSwitch />
                    <DisplaySettings />
                    if ctx.state.kiosk.is_some() {
                        <ConfirmButton label="kiosk.stop" action={Action::Wipe} secondary=true id="header-confirm" />
                    }
                </div>
            </div>
        </header>
    }
}
