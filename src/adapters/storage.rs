//! localStorage, used only after the person asks to save, and only under our one key.
//!
//! Rule kept: we read, write and remove `saved::STORAGE_KEY` and nothing else (never `clear()`),
//! so wiping can never destroy another site's or app's data. Storage that is blocked or full is
//! a quiet failure, not a crash.

use crate::app::saved::STORAGE_KEY;

fn local() -> Option<web_sys::Storage> {
    super::window()?.local_storage().ok().flatten()
}

/// The stored text, if any.
pub fn read() -> Option<String> {
    local()?.get_item(STORAGE_KEY).ok().flatten()
}

/// Stores `text`; false when storage is blocked or full.
pub fn write(text: &str) -> bool {
    local().is_some_and(|s| s.set_item(STORAGE_KEY, text).is_ok())
}

/// Removes what we stored.
pub fn erase() {
    if let Some(s) = local() {
        let _ = s.remove_item(STORAGE_KEY);
    }
}
