//! For the klantmanager: the formal Dutch name of a step's instrument, beside its B1 title. Always
//! in Dutch (`lang="nl"`, isolated), whatever the page's language: it is the client file's term.

use yew::prelude::*;

use crate::domain::steps::StepId;
use crate::i18n::{self, Locale};
use crate::ui::context::use_ctx;

#[derive(Properties, PartialEq)]
pub struct FormalNameProps {
    pub step: StepId,
}

#[function_component(FormalName)]
pub fn formal_name(props: &FormalNameProps) -> Html {
    let ctx = use_ctx();
    html! {
        <p class="utrecht-paragraph app-steps__formal">
            { ctx.t("staff.formal_name") }{ " " }
            <bdi lang="nl">{ i18n::t(Locale::Nl, &format!("step.{}.formal", props.step)) }</bdi>
        </p>
    }
}
