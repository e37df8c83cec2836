//! The start page as HTML, rendered natively with Yew's server renderer for `scripts/build.sh`
//! (`src/bin/prerender.rs`). Off the browser every adapter sees no window, so the root renders
//! the state of a fresh visitor: default language and configuration, start screen, nothing saved.
//! The markup is not hydratable: the wasm app replaces it on mount (no extra wasm bytes), and
//! its start control is a link, so a click before the wasm has loaded is not lost.
//! `docs::page` writes the result into the page template.

use crate::docs::page::Prerendered;

/// The start page for a fresh visitor: its document title and the root component's HTML.
pub fn start_page() -> Prerendered {
    // The same state the root component starts from, so the title matches the page.
    let state = super::app::initial();
    let body = futures_executor::block_on(
        yew::LocalServerRenderer::<super::App>::new()
            .hydratable(false)
            .render(),
    );
    Prerendered {
        title: super::pages::title(&state),
        description: crate::i18n::t_with(state.locale, state.formality(), "meta.description")
            .to_string(),
        body,
    }
}
