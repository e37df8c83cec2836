//! Locales and their text catalogs. Every visible string and every aria-label comes from here.
//!
//! Rule kept: a missing or empty translation is a failing test (`tests/i18n_catalog.rs`), never a
//! silent fallback to another language. At run time a missing key shows as `⟦key⟧`, so a gap is
//! visible instead of hidden.
//!
//! Catalogs are flat JSON objects (`key -> text`) per locale, split by owner: `ui.json` for the
//! screens, `content.json` for the question bank, routes and steps. Placeholders are `{name}`.

mod catalog;
mod locale;

pub use catalog::{fill, Catalog};
pub use locale::{Direction, Locale};

/// The text for `key` in `locale`.
pub fn t(locale: Locale, key: &str) -> &'static str {
    Catalog::get(locale).text(key)
}

/// The text for `key` in `locale` with `{name}` placeholders replaced.
pub fn tf(locale: Locale, key: &str, args: &[(&str, &str)]) -> String {
    fill(t(locale, key), args)
}
