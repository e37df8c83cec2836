//! Copying a share link to the clipboard, so a person can paste it where they choose instead
//! of this tab opening it (which would put the answers in the browser's history).

use wasm_bindgen::JsCast;

/// Copies `text`; `false` when the browser has no clipboard or refuses (the link stays on
/// screen to select by hand).
pub async fn copy(text: &str) -> bool {
    let Some(window) = super::window() else {
        return false;
    };
    let Ok(navigator) = js_sys::Reflect::get(&window, &"navigator".into()) else {
        return false;
    };
    let Ok(clipboard) = js_sys::Reflect::get(&navigator, &"clipboard".into()) else {
        return false;
    };
    let Ok(write) = js_sys::Reflect::get(&clipboard, &"writeText".into()) else {
        return false;
    };
    let Some(write) = write.dyn_ref::<js_sys::Function>() else {
        return false;
    };
    let Ok(promise) = write.call1(&clipboard, &text.into()) else {
        return false;
    };
    let Ok(promise) = promise.dyn_into::<js_sys::Promise>() else {
        return false;
    };
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}
