//! Locales and their text catalogs. Every visible string and every aria-label comes from here.
//!
//! Rule kept: a missing or empty translation is a failing test (`tests/i18n_catalog.rs`), never a
//! silent fallback to another language. At run time a missing key shows as `⟦key⟧`, so a gap is
//! visible instead of hidden.
//!
//! Catalogs are flat JSON objects (`key -> text`) per locale, split by owner: `ui.json` for the
//! screens, `content.json` for the question bank, routes and steps, `plural.json` for messages
//! with a count. Placeholders are `{name}`.
//!
//! Plural messages are key families `<base>.<category>` (CLDR categories, see [`plural`]):
//! `tp(locale, "start.question_count", 35, &[])` picks `start.question_count.other` in Dutch and
//! `start.question_count.many` in Polish.
//!
//! Formality: a municipality chooses "je" (default) or "u" ([`Formality`]). Dutch has a formal
//! overlay `catalogs/nl/u.json` with only the texts that change; the `*_with` functions take the
//! formality and the plain ones speak "je". Other languages have one form for both.

pub mod bidi;
mod catalog;
mod formality;
mod locale;
pub mod plural;

pub use catalog::{fill, Catalog};
pub use formality::Formality;
pub use locale::{Direction, Locale};
pub use plural::PluralCategory;

/// The locale whose texts are on screen when `locale` is asked for: `locale` itself once its
/// catalog is here (compiled in, or fetched and installed), Dutch until then.
pub fn shown(locale: Locale) -> Locale {
    if Catalog::is_available(locale) {
        locale
    } else {
        Locale::Nl
    }
}

/// The text for `key` in `locale`.
pub fn t(locale: Locale, key: &str) -> &'static str {
    Catalog::get(locale).text(key)
}

/// The text for `key` in `locale` with `{name}` placeholders replaced.
pub fn tf(locale: Locale, key: &str, args: &[(&str, &str)]) -> String {
    shown_in(locale, fill(t(locale, key), args))
}

/// `text` as `locale` shows it: a filled-in number or address isolated in right-to-left text
/// (the catalog's own texts already are, see [`bidi`]). For text that does not come from the
/// catalog: a date, a version, a municipality's own words.
pub fn shown_in(locale: Locale, text: String) -> String {
    if locale.direction() == Direction::Rtl {
        if let std::borrow::Cow::Owned(isolated) = bidi::isolate(&text) {
            return isolated;
        }
    }
    text
}

/// The plural message `base` for the count `n` in `locale`: the text of `<base>.<category>`
/// for `n`'s CLDR category, or of `<base>.other` when that category key is absent. `{n}` is
/// filled with `n` unless `args` gives it; `args` fill the other placeholders.
pub fn tp(locale: Locale, base: &str, n: u64, args: &[(&str, &str)]) -> String {
    plural_in(Catalog::get(locale), locale, base, n, args)
}

/// The text for `key` in `locale`, addressing the person with `formality` ("je" or "u").
pub fn t_with(locale: Locale, formality: Formality, key: &str) -> &'static str {
    Catalog::get_with(locale, formality).text(key)
}

/// [`tf`] in `formality`: the text for `key` with `{name}` placeholders replaced.
pub fn tf_with(locale: Locale, formality: Formality, key: &str, args: &[(&str, &str)]) -> String {
    shown_in(locale, fill(t_with(locale, formality, key), args))
}

/// [`tp`] in `formality`: the plural message `base` for the count `n`.
pub fn tp_with(
    locale: Locale,
    formality: Formality,
    base: &str,
    n: u64,
    args: &[(&str, &str)],
) -> String {
    plural_in(Catalog::get_with(locale, formality), locale, base, n, args)
}

/// The plural message `base` for `n`, looked up in `catalog` (the catalog of `locale`).
fn plural_in(
    catalog: &'static Catalog,
    locale: Locale,
    base: &str,
    n: u64,
    args: &[(&str, &str)],
) -> String {
    let key = plural::plural_key(locale, base, n, |k| catalog.contains(k));
    let count = n.to_string();
    let mut all = args.to_vec();
    all.push(("n", count.as_str()));
    shown_in(locale, fill(catalog.text(&key), &all))
}
