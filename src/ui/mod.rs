//! The Yew view: the root component (state, effects), one file per page and per component.
//! Thin by rule: it renders the state through the catalog and turns events into actions.

mod app;
pub mod components;
mod context;
pub mod pages;
pub mod pictograms;

pub use app::App;
pub use context::Ctx;

/// Mounts the app into `#app` (or `<body>` when that element is missing).
pub fn mount() {
    let document = web_sys::window().and_then(|w| w.document());
    match document.as_ref().and_then(|d| d.get_element_by_id("app")) {
        Some(root) => {
            yew::Renderer::<App>::with_root(root).render();
        }
        None => {
            yew::Renderer::<App>::new().render();
        }
    }
}
