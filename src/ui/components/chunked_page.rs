//! A page whose code is not in the wasm every visitor downloads: it is split off into a chunk of
//! its own (`wasm_split_helpers` marks the split point in `ui::pages`; `wasm_split_cli` in
//! scripts/build.sh cuts the binary there) and fetched the first time such a page opens.
//!
//! Rules kept: nothing is lost while it loads (the state lives in the root, not here); the
//! person sees that the page is on its way, and a chunk that cannot be fetched gives a clear
//! message in their language, never a blank page. When the page arrives, focus moves to its
//! heading if it was on the (empty) page before, as it does on every new screen.

use yew::prelude::*;

use crate::ui::context::use_ctx;

/// Loads a page's chunk and returns the page, or `Err` when the chunk could not be fetched.
pub type Loader = fn() -> std::pin::Pin<Box<dyn std::future::Future<Output = Result<Html, ()>>>>;

#[derive(Properties, Clone)]
pub struct ChunkedPageProps {
    /// Which page (its split point in `ui::pages`).
    pub load: Loader,
}

impl PartialEq for ChunkedPageProps {
    fn eq(&self, other: &Self) -> bool {
        self.load as usize == other.load as usize
    }
}

/// What the page shows so far.
#[derive(Clone, PartialEq)]
enum Loaded {
    Waiting,
    Page(Html),
    Failed,
}

#[function_component(ChunkedPage)]
pub fn chunked_page(props: &ChunkedPageProps) -> Html {
    let ctx = use_ctx();
    let loaded = use_state(|| Loaded::Waiting);
    {
        let loaded = loaded.clone();
        use_effect_with(props.clone(), move |props| {
            loaded.set(Loaded::Waiting);
            let future = (props.load)();
            wasm_bindgen_futures::spawn_local(async move {
                loaded.set(match future.await {
                    Ok(page) => Loaded::Page(page),
                    Err(()) => Loaded::Failed,
                });
            });
        });
    }
    // The page's heading takes the focus from the empty page it replaces (see the module note).
    use_effect_with((*loaded).clone(), |loaded| {
        if matches!(loaded, Loaded::Page(_)) {
            crate::adapters::document::focus_heading_if_on_main();
        }
    });
    match &*loaded {
        Loaded::Waiting => html! {
            <p class="utrecht-paragraph" role="status" aria-live="polite">{ ctx.t("page.loading") }</p>
        },
        Loaded::Page(page) => page.clone(),
        Loaded::Failed => html! {
            <>
                <h1 class="utrecht-heading-1" tabindex="-1">{ ctx.t("page.unavailable.title") }</h1>
                <p class="utrecht-paragraph" role="alert">{ ctx.t("page.unavailable") }</p>
            </>
        },
    }
}
