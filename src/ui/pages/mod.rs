//! One page per screen, and the two things the root needs from them: which page shows for a
//! screen, and the document title for the state.

mod check;
mod checklist;
mod fairness;
mod help;
mod overview;
mod privacy;
mod profile;
mod profile_shared;
mod question;
pub mod result;
mod rules;
mod shared;
mod start;

use yew::prelude::*;

use crate::app::{Screen, State};
use crate::i18n;
use crate::ui::components::ChunkedPage;

pub use check::CheckPage;
pub use fairness::FairnessPage;
pub use help::HelpPage;
pub use overview::OverviewPage;
pub use privacy::PrivacyPage;
pub use profile::ProfilePage;
pub use profile_shared::ProfileSharedPage;
pub use question::QuestionPage;
pub use result::ResultPage;
pub use rules::RulesPage;
pub use shared::SharedPage;
pub use start::StartPage;

/// The ids of the questions the current rules can ask, in order (follow-ups included).
pub fn question_ids() -> Vec<&'static str> {
    crate::domain::Rules::current()
        .map(|r| r.questions_for(&[]))
        .unwrap_or_default()
        .iter()
        .map(|q| q.id.as_str())
        .collect()
}

/// The rarely used pages, each behind a split point: their code (and what only they use) is cut
/// out of the main wasm into a chunk fetched when the page first opens (`ChunkedPage`). A split's
/// name is its file's, `dist/split_<name>.wasm`; code two splits share is `dist/chunk_<n>.wasm`.
mod chunks {
    #[cfg(feature = "split")]
    use wasm_split_helpers::wasm_split;
    use yew::prelude::*;

    use crate::ui::components::Loader;

    /// A chunk that could not be fetched (offline before the service worker kept it, say).
    struct Unavailable;

    #[cfg(feature = "split")]
    impl From<wasm_split_helpers::SplitLoaderError> for Unavailable {
        fn from(_: wasm_split_helpers::SplitLoaderError) -> Self {
            Unavailable
        }
    }

    /// A split point's call: awaited where the build splits (it loads the chunk first), a plain
    /// call where it does not (tests, `cargo build` without feature `split`).
    macro_rules! call {
        ($f:ident) => {{
            #[cfg(feature = "split")]
            let page = $f().await;
            #[cfg(not(feature = "split"))]
            let page = $f();
            page.map_err(|Unavailable| ())
        }};
    }

    #[cfg_attr(feature = "split", wasm_split(docs, fallible))]
    fn rules_page() -> Result<Html, Unavailable> {
        Ok(html! { <super::RulesPage /> })
    }

    #[cfg_attr(feature = "split", wasm_split(docs, fallible))]
    fn fairness_page() -> Result<Html, Unavailable> {
        Ok(html! { <super::FairnessPage /> })
    }

    #[cfg_attr(feature = "split", wasm_split(staff, fallible))]
    fn overview_page() -> Result<Html, Unavailable> {
        Ok(html! { <super::OverviewPage /> })
    }

    #[cfg_attr(feature = "split", wasm_split(profile, fallible))]
    fn profile_page() -> Result<Html, Unavailable> {
        Ok(html! { <super::ProfilePage /> })
    }

    pub const RULES: Loader = || Box::pin(async { call!(rules_page) });
    pub const FAIRNESS: Loader = || Box::pin(async { call!(fairness_page) });
    pub const OVERVIEW: Loader = || Box::pin(async { call!(overview_page) });
    pub const PROFILE: Loader = || Box::pin(async { call!(profile_page) });
}

/// The page for `screen`.
pub fn view(screen: &Screen) -> Html {
    match screen {
        Screen::Start => html! { <StartPage /> },
        Screen::Question(n) => html! { <QuestionPage n={*n} /> },
        Screen::Check => html! { <CheckPage /> },
        Screen::Result => html! { <ResultPage /> },
        Screen::Rules => html! { <ChunkedPage key="rules" load={chunks::RULES} /> },
        Screen::Privacy => html! { <PrivacyPage /> },
        Screen::Shared(code) => html! { <SharedPage code={code.clone()} /> },
        Screen::Fairness => html! { <ChunkedPage key="fairness" load={chunks::FAIRNESS} /> },
        Screen::Help => html! { <HelpPage /> },
        Screen::Overview => html! { <ChunkedPage key="overview" load={chunks::OVERVIEW} /> },
        Screen::Profile => html! { <ChunkedPage key="profile" load={chunks::PROFILE} /> },
        Screen::ProfileShared(code) => html! { <ProfileSharedPage code={code.clone()} /> },
    }
}

/// The document title: "<page> – Werkroute", with "Fout: " in front while a form error shows and
/// "Vraag n van N" on question pages (WCAG 2.4.2; NL Design System step count).
pub fn title(state: &State) -> String {
    let (l, f) = (i18n::shown(state.locale), state.formality());
    let page = match &state.screen {
        Screen::Start => i18n::t_with(l, f, "start.title").to_string(),
        Screen::Question(n) => {
            let progress = progress_text(state, *n);
            match state.question_at(*n) {
                Some(crate::app::screener::ROLES) => {
                    format!("{progress} – {}", i18n::t_with(l, f, "screener.roles.text"))
                }
                Some(q) => format!(
                    "{progress} – {}",
                    i18n::t_with(l, f, &format!("q.{q}.text"))
                ),
                None => progress,
            }
        }
        Screen::Check => i18n::t_with(l, f, "check.title").to_string(),
        Screen::Result => i18n::t_with(l, f, "result.title").to_string(),
        Screen::Rules => i18n::t_with(l, f, "rules.title").to_string(),
        Screen::Privacy => i18n::t_with(l, f, "privacy.title").to_string(),
        Screen::Shared(_) => i18n::t_with(l, f, "shared.title").to_string(),
        Screen::Fairness => i18n::t_with(l, f, "fairness.title").to_string(),
        Screen::Help => i18n::t_with(l, f, "help.title").to_string(),
        Screen::Overview => i18n::t_with(l, f, "overview.title").to_string(),
        Screen::Profile => i18n::t_with(l, f, "profile.title").to_string(),
        Screen::ProfileShared(_) => i18n::t_with(l, f, "profile.shared.title").to_string(),
    };
    let page = match state.error {
        Some(_) => i18n::tf_with(l, f, "error.title_prefix", &[("title", &page)]),
        None => page,
    };
    format!("{page} – {}", i18n::t_with(l, f, "app.name"))
}

/// "Vraag 3 van 28".
pub fn progress_text(state: &State, n: usize) -> String {
    i18n::tf_with(
        state.locale,
        state.formality(),
        "question.progress",
        &[("n", &n.to_string()), ("total", &state.total().to_string())],
    )
}

/// Where "Terug" goes from page `n`: the check page while changing an answer, else the page before.
pub fn back_from(state: &State, n: usize) -> Screen {
    match (state.return_to_check, n) {
        (true, _) => Screen::Check,
        (false, 0 | 1) => Screen::Start,
        (false, _) => Screen::Question(n - 1),
    }
}

/// What the continue button of page `n` says: where it goes.
pub fn continue_label(ctx: &crate::ui::context::Ctx, n: usize) -> String {
    let state = &ctx.state;
    let total = state.total();
    if state.return_to_check {
        ctx.t("question.back_to_check").to_string()
    } else if n < total {
        ctx.tf(
            "question.to_next",
            &[("n", &(n + 1).to_string()), ("total", &total.to_string())],
        )
    } else if state.telling_more && n > state.core_total() {
        // The last extra question goes straight back to the result.
        ctx.t("check.show_result").to_string()
    } else {
        ctx.t("question.to_check").to_string()
    }
}

/// The form's submit: "continue", never a page load.
pub fn on_continue(ctx: &crate::ui::context::Ctx) -> Callback<SubmitEvent> {
    let dispatch = ctx.dispatch.clone();
    Callback::from(move |e: SubmitEvent| {
        e.prevent_default();
        dispatch.emit(crate::app::Action::Continue);
    })
}
