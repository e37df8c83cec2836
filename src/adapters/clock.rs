//! The time, for saving and expiry, and dates written the way the person's language writes them.

use crate::i18n::Locale;

/// Milliseconds since the Unix epoch.
pub fn now() -> f64 {
    if cfg!(target_arch = "wasm32") {
        js_sys::Date::now()
    } else {
        // Off the browser (the native prerender) the system clock says the same.
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0.0, |d| d.as_millis() as f64)
    }
}

/// A date such as "27 december 2026" in `locale`'s own format.
pub fn format_date(ms: f64, locale: Locale) -> String {
    if cfg!(not(target_arch = "wasm32")) {
        // Off the browser there is no locale-aware formatter; the prerendered start page shows
        // no dates (it is for a fresh visitor), so this is never on screen.
        return String::new();
    }
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms));
    let options = js_sys::Object::new();
    for (k, v) in [("day", "numeric"), ("month", "long"), ("year", "numeric")] {
        let _ = js_sys::Reflect::set(&options, &k.into(), &v.into());
    }
    date.to_locale_date_string(locale.code(), &options).into()
}

/// A month such as "december 2026" in `locale`'s own format.
pub fn format_month(year: u16, month: u8, locale: Locale) -> String {
    if cfg!(not(target_arch = "wasm32")) {
        return format!("{year}-{month:02}");
    }
    // The middle of the month, so no time zone moves it to the month before or after.
    let date = js_sys::Date::new_with_year_month_day(u32::from(year), i32::from(month) - 1, 15);
    let options = js_sys::Object::new();
    for (k, v) in [("month", "long"), ("year", "numeric")] {
        let _ = js_sys::Reflect::set(&options, &k.into(), &v.into());
    }
    date.to_locale_date_string(locale.code(), &options).into()
}
