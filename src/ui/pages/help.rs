use yew::prelude::*;

use crate::domain::steps::StepId;
use crate::ui::components::{AcuteBanner, BackLink};
use crate::ui::context::use_ctx;

/// Everything a person may need at once, most urgent first: the same help a crisis answer shows.
pub const HELP_STEPS: [StepId; 4] = [
    StepId::Acute113,
    StepId::AcuteVeiligThuis,
    StepId::Acute112,
    StepId::AcuteShelter,
];

/// "Direct hulp": 113, Veilig Thuis, 112, a place to sleep, and the municipality's own crisis
/// contacts, reachable from every screen; "back" returns to where the person was.
#[function_component(HelpPage)]
pub fn help_page() -> Html {
    let ctx = use_ctx();
    let back = ctx
        .state
        .before_help
        .clone()
        .unwrap_or(crate::app::Screen::Start);
    html! {
        <>
            <BackLink to={back} />
            <h1 class="utrecht-heading-1" tabindex="-1">{ ctx.t("help.title") }</h1>
            <p class="utrecht-paragraph app-lead">{ ctx.t("help.intro") }</p>
            <AcuteBanner steps={HELP_STEPS.to_vec()} title="help.list_title" intro="help.list_intro" id="help-list" />
        </>
    }
}
