use yew::prelude::*;

use crate::app::saved::{SavedError, KEEP_DAYS};
use crate::app::Notice;
use crate::ui::context::use_ctx;

/// The status region: always in the page so screen readers announce changes (WCAG 4.1.3), for
/// messages that are not page changes ("Your answers have been wiped").
#[function_component(StatusMessage)]
pub fn status_message() -> Html {
    let ctx = use_ctx();
    let text = ctx.state.notice.map(|n| match n {
        Notice::Saved => ctx.t("saved.notice.saved").to_string(),
        Notice::Wiped => ctx.t("saved.notice.wiped").to_string(),
        Notice::Restored => ctx.t("saved.notice.restored").to_string(),
        // The keep period is a count: its sentence goes through the plural rules.
        Notice::SavedProblem(SavedError::Expired) => {
            ctx.tp("saved.error.expired", u64::from(KEEP_DAYS))
        }
        Notice::SavedProblem(e) => ctx.t(e.key()).to_string(),
        Notice::CompareProblem(key) => ctx.t(key).to_string(),
        Notice::LanguageUnavailable => ctx.t("language.unavailable").to_string(),
        Notice::AnswersGone => ctx.t("notice.answers_gone").to_string(),
        Notice::ResultUpdated => ctx.t("notice.result_updated").to_string(),
    });
    let class = classes!(
        "app-status",
        text.is_some().then_some("utrecht-alert"),
        text.is_some().then_some("utrecht-alert--info"),
        text.is_some().then_some("app-status--shown")
    );
    html! {
        <div {class} role="status">{ text.unwrap_or_default() }</div>
    }
}
