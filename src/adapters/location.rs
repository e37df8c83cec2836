//! The URL: the hash route (read, push, listen) and the start URL's query (`?lang=`).
//!
//! Rule kept: the fragment is the only navigation state; changing screens pushes a history entry
//! so the browser's back button works. Query values are parsed, never trusted.

use gloo_events::EventListener;
use wasm_bindgen::JsCast;

fn location() -> Option<web_sys::Location> {
    super::window().map(|w| w.location())
}

/// The current fragment, including `#` (empty when there is none).
pub fn hash() -> String {
    location().and_then(|l| l.hash().ok()).unwrap_or_default()
}

/// Goes to `hash` with a new history entry, unless the URL already shows it.
/// Returns whether it changed the address (then a `hashchange` event follows).
pub fn push_hash(hash: &str) -> bool {
    let Some(l) = location() else { return false };
    let current = l.hash().unwrap_or_default();
    let same = current == hash || (current.is_empty() && hash == "#/");
    !same && l.set_hash(hash).is_ok()
}

/// Replaces the current history entry's fragment with `hash`, without a new entry and without a
/// `hashchange` event: for an address the app corrected (a screen that does not open here).
pub fn replace_hash(hash: &str) {
    replace_fragment(hash);
}

/// Leaves this page for `url` (absolute, or relative to this page) in place of the current
/// history entry, so Back does not return to the screen that was left (the quick exit).
pub fn leave_for(url: &str) {
    if let Some(l) = location() {
        let _ = l.replace(url);
    }
}

/// Replaces the current entry with this page's path and query followed by `fragment`.
fn replace_fragment(fragment: &str) {
    if let Some(w) = super::window() {
        let l = w.location();
        let url = format!(
            "{}{}{fragment}",
            l.pathname().unwrap_or_default(),
            l.search().unwrap_or_default()
        );
        if let Ok(h) = w.history() {
            let _ = h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
        }
    }
}

/// The page's address without query and fragment, e.g. `https://host/werkroute/`: the base for
/// share links. The query (e.g. `?mode=kiosk`) stays off links that travel.
pub fn base_url() -> String {
    location()
        .map(|l| {
            format!(
                "{}{}",
                l.origin().unwrap_or_default(),
                l.pathname().unwrap_or_default()
            )
        })
        .unwrap_or_default()
}

/// The value of `name` in the page's query string.
pub fn query_param(name: &str) -> Option<String> {
    let search = location()?.search().ok()?;
    web_sys::UrlSearchParams::new_with_str(&search)
        .ok()?
        .get(name)
}

/// Calls `on_change` with the new fragment whenever it changes (back, forward, typed URL).
/// The listener is removed when the returned value is dropped.
pub fn on_hash_change(on_change: impl Fn(String) + 'static) -> Option<EventListener> {
    let window = super::window()?;
    Some(EventListener::new(&window, "hashchange", move |e| {
        // The fragment this event is about (it may be delivered after later changes), not the
        // address as it is by now.
        let new = e
            .dyn_ref::<web_sys::HashChangeEvent>()
            .map(|e| e.new_url())
            .and_then(|url| url.find('#').map(|at| url[at..].to_string()))
            .unwrap_or_else(hash);
        on_change(new)
    }))
}

/// Replaces the current history entry with the bare start URL (query kept, fragment gone), so
/// nothing of a wiped visit stays in the address bar.
pub fn clean_url() {
    replace_fragment("");
}
