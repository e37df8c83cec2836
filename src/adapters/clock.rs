//! The time, for saving and expiry, and dates written the way the person's language writes them.

use crate::i18n::Locale;

/// Milliseconds since the Unix epoch.
pub fn now() -> f64 {
    js_sys::Date::now()
}

/// A date such as "27 december 2026" in `locale`'s own format.
pub fn format_date(ms: f64, locale: Locale) -> String {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms));
    let options = js_sys::Object::new();
    for (k, v) in [("day", "numeric"), ("month", "long"), ("year", "numeric")] {
        let _ = js_sys::Reflect::set(&options, &k.into(), &v.into());
    }
    date.to_locale_date_string(locale.code(), &options).into()
}
