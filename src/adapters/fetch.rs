//! Reading a text file from our own origin (relative paths only: municipality configurations
//! and language catalogs). Every failure is a message, never a panic.
//!
//! Rule kept: no cookies travel (`credentials: omit`): on a municipal subdomain the parent
//! site's cookies would otherwise link a language choice to a tracking id in server logs.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// The body of `path` (relative to the page) as text; an error says what went wrong.
/// `keep: false` (a kiosk) asks that nothing keeps it: no HTTP cache entry, and the service
/// worker reads `request.cache == "no-store"` and adds nothing to Cache Storage.
pub async fn text(path: &str, keep: bool) -> Result<String, String> {
    let window = super::window().ok_or("no window")?;
    let init = web_sys::RequestInit::new();
    init.set_credentials(web_sys::RequestCredentials::Omit);
    if !keep {
        init.set_cache(web_sys::RequestCache::NoStore);
    }
    let response = JsFuture::from(window.fetch_with_str_and_init(path, &init))
        .await
        .map_err(|_| format!("{path} could not be fetched"))?;
    let response: web_sys::Response = response
        .dyn_into()
        .map_err(|_| "not a response".to_string())?;
    if !response.ok() {
        return Err(format!("{path} answered {}", response.status()));
    }
    let text = response.text().map_err(|_| "no body".to_string())?;
    JsFuture::from(text)
        .await
        .ok()
        .and_then(|t| t.as_string())
        .ok_or_else(|| format!("{path} is not text"))
}
