//! Browser APIs at the edge. The only place besides `ui` that touches web-sys. Each adapter is
//! small, returns plain Rust values, and treats everything it reads from the browser as untrusted.
//!
//! Every adapter reaches the browser through [`window`]. Off the browser (the native prerender of
//! the start page, `src/bin/prerender.rs`) there is no window, so each adapter returns its empty
//! value: nothing stored, no hash, no voices, nothing focused.

pub mod catalog_loader;
pub mod clipboard;
pub mod clock;
pub mod config_loader;
pub mod document;
pub mod fetch;
pub mod file;
pub mod frame;
pub mod keys;
pub mod kiosk;
pub mod location;
pub mod print;
pub mod speech;
pub mod storage;

/// The browser window, or `None` off the browser (native builds, where calling a browser import
/// would panic) and in a worker.
pub fn window() -> Option<web_sys::Window> {
    if cfg!(target_arch = "wasm32") {
        web_sys::window()
    } else {
        None
    }
}
