//! Fetching a language's texts (`i18n/<code>.json`, our own origin; the service worker keeps
//! them for offline use) and installing them in the catalog.
//!
//! Rule kept: a language that cannot be fetched or read never leaves the person with a broken
//! page: the caller keeps the current texts and says so; staff get the reason in the console.

use crate::i18n::{Catalog, Locale};

/// Fetches and installs the texts of `locale`; an error says why they are not there. On a kiosk
/// (`keep: false`) nothing keeps them: the next visitor's device holds no trace of the language.
pub async fn load(locale: Locale, keep: bool) -> Result<(), String> {
    let text = super::fetch::text(&format!("i18n/{}.json", locale.code()), keep).await?;
    Catalog::install(locale, &text)
}

/// Tells staff in the console why a language is not available.
pub fn report(locale: Locale, problem: &str) {
    web_sys::console::warn_1(&format!("Werkroute language '{}': {problem}", locale.code()).into());
}
