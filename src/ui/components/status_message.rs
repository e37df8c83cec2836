use yew::prelude::*;

use crate::app::Notice;
use crate::ui::context::use_ctx;

/// The status region: always in the page so screen readers announce changes (WCAG 4.1.3), for
/// messages that are not page changes ("Your answers have been wiped").
#[function_component(StatusMessage)]
pub fn status_message() -> Html {
    let ctx = use_ctx();
    let text = ctx.state.notice.map(|n| match n {
        Notice::Saved => ctx.t("saved.notice.saved"),
        Notice::Wiped => ctx.t("saved.notice.wiped"),
        Notice::Restored => ctx.t("saved.notice.restored"),
        Notice::SavedProblem(e) => ctx.t(e.key()),
        Notice::CompareProblem(key) => ctx.t(key),
        Notice::LanguageUnavailable => ctx.t("language.unavailable"),
        Notice::AnswersGone => ctx.t("notice.answers_gone"),
        Notice::ResultUpdated => ctx.t("notice.result_updated"),
    });
    let class = classes!("app-status", text.is_some().then_some("app-status--shown"));
    html! {
        <div {class} role="status">{ text.unwrap_or_default() }</div>
    }
}
