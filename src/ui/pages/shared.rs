use yew::prelude::*;

use crate::app::{Action, Screen};
use crate::domain::code::{decode_any, CodeError};
use crate::domain::rules::Rules;
use crate::domain::share::reader_outcome;
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
    // A share code's route is the one the person's own app gave; where its answers went along
    // it must be the one they give, or the code is refused.
    let read = decode_any(&props.code).and_then(|d| {
        let rules = Rules::get(d.rules_version).map_err(|_| CodeError::UnknownRulesVersion(0))?;
        let given = d
            .shared
            .is_some()
            .then(|| reader_outcome(rules, &d))
            .transpose()?;
        Ok((d, given))
    });
    match read {
        Ok((decoded, given)) => html! {
            <ResultView answers={decoded.answers} version={AttrValue::from(decoded.rules_version)} shared={true}
                {given} info={decoded.shared} />
        },
        Err(e) => html! {
            <>
                <h1 class="utrecht-heading-1" tabindex="-1">{ ctx.t("shared.bad_title") }</h1>
                <p class="utrecht-paragraph">{ ctx.t(e.key()) }</p>
                <p class="utrecht-paragraph">{ ctx.t("shared.bad_help") }</p>
                <CodeEntry />
                <div class="app-button-group">
                    <a class="utrecht-button utrecht-button--primary-action app-button" href={Screen::Start.to_hash()} onclick={ctx.send(Action::Navigate(Screen::Start))}>
                        { ctx.t("shared.to_start") }
                    </a>
                </div>
            </>
        },
    }
}
