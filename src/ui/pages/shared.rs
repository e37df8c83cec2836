use yew::prelude::*;

use crate::app::{Action, Screen};
use crate::domain::code::decode_any;
use crate::ui::components::CodeEntry;
use crate::ui::context::use_ctx;
use crate::ui::pages::result::ResultView;

#[derive(Properties, PartialEq)]
pub struct SharedPageProps {
    pub code: AttrValue,
}

/// A result brought along as a code (`#/r/<code>`): decoded on this device and shown read-only.
/// A mistyped code gets a clear message, never a wrong result. Anyone can make a valid code, so
/// the page says it is the person's account to talk about, not evidence.
#[function_component(SharedPage)]
pub fn shared_page(props: &SharedPageProps) -> Html {
    let ctx = use_ctx();
    match decode_any(&props.code) {
        Ok(decoded) => html! {
            <ResultView answers={decoded.answers} version={AttrValue::from(decoded.rules_version)} shared={true} />
        },
        Err(e) => html! {
            <>
                <h1 tabindex="-1">{ ctx.t("shared.bad_title") }</h1>
                <p>{ ctx.t(e.key()) }</p>
                <p>{ ctx.t("shared.bad_help") }</p>
                <CodeEntry />
                <div class="app-button-group">
                    <a class="app-button" href={Screen::Start.to_hash()} onclick={ctx.send(Action::Navigate(Screen::Start))}>
                        { ctx.t("shared.to_start") }
                    </a>
                </div>
            </>
        },
    }
}
