//! The Yew view: the root component (state, effects), one file per page and per component.
//! Thin by rule: it renders the state through the catalog and turns events into actions.

mod app;
pub mod components;
mod context;
pub mod hooks;
pub mod pages;
pub mod pictograms;
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;

pub use app::App;
pub use context::Ctx;

/// Mounts the app into `#app` (or `<body>` when that element is missing).
///
/// (Measured and left: rendering in a task of its own, after one that parses the rules, texts
/// and configuration, did not lower Lighthouse's total blocking time on a shared result.)
///
/// Yew empties `#app` first, so the prerendered start page is replaced in the same task, without
/// an empty frame; its text is laid out the same, so its largest element is no new paint (LCP =
/// FCP), and a control focused on it before the wasm arrived is focused again on the app's own
/// page.
#[cfg(target_arch = "wasm32")]
pub fn mount() {
    let document = crate::adapters::window().and_then(|w| w.document());
    match document.as_ref().and_then(|d| d.get_element_by_id("app")) {
        Some(root) => {
            crate::adapters::document::keeping_focus(&root, || {
                yew::Renderer::<App>::with_root(root.clone()).render();
            });
        }
        None => {
            yew::Renderer::<App>::new().render();
        }
    }
}
