//! Loading the per-locale catalogs and looking keys up.
//!
//! Natively (the CLI, the prerender, tests) every catalog is compiled in. In the browser only
//! Dutch, the source language, is: every other language is `dist/i18n/<code>.json` (the three
//! files merged, written by `scripts/build.sh`), fetched when someone picks it and handed to
//! [`Catalog::install`]. That keeps about 210 KB of text (43 KB brotli) out of the wasm that
//! every visitor downloads. The same holds for the formal Dutch overlay (`nl/u.json`, written as
//! `dist/i18n/nl-u.json`): only a municipality that speaks with "u" needs it, so the browser
//! fetches it with that configuration and hands it to [`Catalog::install_overlay`].

use std::collections::BTreeMap;
use std::sync::OnceLock;

use super::{Formality, Locale};

/// One locale's texts: the union of its `ui.json` and `content.json`.
#[derive(Debug, Default)]
pub struct Catalog {
    texts: BTreeMap<String, String>,
}

/// The compiled-in catalog files of one locale: `ui.json` (screens), `content.json` (question
/// bank, routes, steps) and `plural.json` (messages with a count, `<base>.<category>` keys).
macro_rules! catalog_files {
    ($code:literal) => {
        [
            include_str!(concat!("catalogs/", $code, "/ui.json")),
            include_str!(concat!("catalogs/", $code, "/content.json")),
            include_str!(concat!("catalogs/", $code, "/plural.json")),
        ]
    };
}

/// The raw JSON sources of a locale's compiled-in catalog files, in load order; `None` for a
/// locale the browser build fetches instead.
fn sources(locale: Locale) -> Option<[&'static str; 3]> {
    match locale {
        Locale::Nl => Some(catalog_files!("nl")),
        #[cfg(not(target_arch = "wasm32"))]
        Locale::En => Some(catalog_files!("en")),
        #[cfg(not(target_arch = "wasm32"))]
        Locale::Ar => Some(catalog_files!("ar")),
        #[cfg(not(target_arch = "wasm32"))]
        Locale::Tr => Some(catalog_files!("tr")),
        #[cfg(not(target_arch = "wasm32"))]
        Locale::Pl => Some(catalog_files!("pl")),
        #[cfg(not(target_arch = "wasm32"))]
        Locale::Uk => Some(catalog_files!("uk")),
        #[allow(unreachable_patterns)]
        _ => None,
    }
}

/// Every locale's parsed catalog, set once: from the compiled-in files on first use, or by
/// [`Catalog::install`] with a fetched file.
static CATALOGS: [OnceLock<Catalog>; Locale::ALL.len()] =
    [const { OnceLock::new() }; Locale::ALL.len()];

/// Whether `locale` in `formality` has an overlay: only Dutch has a formal ("u") one; every
/// other combination uses the normal catalog.
pub fn has_overlay(locale: Locale, formality: Formality) -> bool {
    matches!((locale, formality), (Locale::Nl, Formality::U))
}

/// The compiled-in raw JSON source of the overlay for `locale` in `formality`: only the keys
/// whose text differs from the locale's own catalog. `None` where there is no overlay, and in
/// the browser, which fetches it instead.
fn overlay_source(locale: Locale, formality: Formality) -> Option<&'static str> {
    if !has_overlay(locale, formality) {
        return None;
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        Some(include_str!("catalogs/nl/u.json"))
    }
    #[cfg(target_arch = "wasm32")]
    {
        None
    }
}

/// The catalogs with an overlay applied, per locale, set once: from the compiled-in overlay on
/// first use, or by [`Catalog::install_overlay`] with a fetched one.
static FORMAL: [OnceLock<Catalog>; Locale::ALL.len()] =
    [const { OnceLock::new() }; Locale::ALL.len()];

impl Catalog {
    /// Parses catalog sources. A source that is not a flat JSON object of strings is an error
    /// naming the problem; a key defined twice is an error too.
    pub fn parse(sources: &[&str]) -> Result<Catalog, String> {
        let mut texts = BTreeMap::new();
        for (i, src) in sources.iter().enumerate() {
            let part: BTreeMap<String, String> =
                serde_json::from_str(src).map_err(|e| format!("catalog file {}: {e}", i + 1))?;
            for (k, v) in part {
                if texts.insert(k.clone(), v).is_some() {
                    return Err(format!("catalog key '{k}' is defined twice"));
                }
            }
        }
        Ok(Catalog { texts })
    }

    /// Parses the compiled-in catalog of `locale`; an error names the file problem or the
    /// duplicated key. Tests call this so a broken catalog fails the build's test tier.
    pub fn load(locale: Locale) -> Result<Catalog, String> {
        let sources = sources(locale)
            .ok_or_else(|| format!("{}: not compiled in; it is fetched", locale.code()))?;
        Catalog::parse(&sources)
            .map(|c| c.for_direction(locale))
            .map_err(|e| format!("{}: {e}", locale.code()))
    }

    /// This catalog as `locale` shows it: in a right-to-left locale every number and address
    /// wrapped in a left-to-right isolate (`i18n::bidi`); unchanged otherwise.
    fn for_direction(mut self, locale: Locale) -> Catalog {
        for text in self.texts.values_mut() {
            *text = super::shown_in(locale, std::mem::take(text));
        }
        self
    }

    /// Whether the texts of `locale` are here: compiled in, or fetched and installed.
    pub fn is_available(locale: Locale) -> bool {
        sources(locale).is_some() || CATALOGS[locale.index()].get().is_some()
    }

    /// Installs the fetched catalog of `locale` (its merged `dist/i18n/<code>.json`). An error
    /// names the problem and leaves the locale unavailable. Installing twice keeps the first.
    pub fn install(locale: Locale, json: &str) -> Result<(), String> {
        let catalog = Catalog::parse(&[json])
            .map_err(|e| format!("{}: {e}", locale.code()))?
            .for_direction(locale);
        if catalog.texts.is_empty() {
            return Err(format!("{}: the catalog is empty", locale.code()));
        }
        let _ = CATALOGS[locale.index()].set(catalog);
        Ok(())
    }

    /// The catalog of `locale`, parsed once on first use. The files are compiled in and checked
    /// by tests, so a parse failure here is a build defect; it degrades to an empty catalog
    /// (every text then shows as its key) instead of a panic. A fetched locale that is not
    /// installed (yet) gives the Dutch catalog: the view shows Dutch until it arrives.
    pub fn get(locale: Locale) -> &'static Catalog {
        let cell = &CATALOGS[locale.index()];
        if let Some(catalog) = cell.get() {
            return catalog;
        }
        if sources(locale).is_none() {
            return Catalog::get(Locale::Nl);
        }
        cell.get_or_init(|| Catalog::load(locale).unwrap_or_default())
    }

    /// The overlay of `locale` in `formality` on its own (only the keys whose text changes), or
    /// an empty catalog when that combination has no overlay. Tests read it to check the overlay.
    pub fn overlay(locale: Locale, formality: Formality) -> Result<Catalog, String> {
        match overlay_source(locale, formality) {
            Some(src) => Catalog::parse(&[src])
                .map_err(|e| format!("{}/{}: {e}", locale.code(), formality.code())),
            None => Ok(Catalog::default()),
        }
    }

    /// This catalog with the texts of `overlay` in place of its own. An overlay only replaces:
    /// a key the catalog does not have is an error naming it.
    pub fn overlaid(mut self, overlay: Catalog) -> Result<Catalog, String> {
        for (k, v) in overlay.texts {
            match self.texts.get_mut(&k) {
                Some(text) => *text = v,
                None => return Err(format!("overlay key '{k}' is not in the catalog")),
            }
        }
        Ok(self)
    }

    /// Parses the compiled-in catalog of `locale` with the overlay for `formality` applied (the
    /// normal catalog when there is no overlay); an error names the problem.
    pub fn load_with(locale: Locale, formality: Formality) -> Result<Catalog, String> {
        let base = Catalog::load(locale)?;
        let overlay = Catalog::overlay(locale, formality)?;
        base.overlaid(overlay)
            .map_err(|e| format!("{}/{}: {e}", locale.code(), formality.code()))
    }

    /// The catalog of `locale` in `formality`: for Dutch with "u" the Dutch catalog with the
    /// formal overlay applied, parsed once on first use and cached apart from the normal one;
    /// for every other combination the normal catalog ([`Catalog::get`]). A broken overlay is a
    /// build defect caught by tests; here it degrades to the normal catalog, never a panic. In
    /// the browser, until the fetched overlay is installed, the normal catalog too.
    pub fn get_with(locale: Locale, formality: Formality) -> &'static Catalog {
        if !has_overlay(locale, formality) {
            return Catalog::get(locale);
        }
        let cell = &FORMAL[locale.index()];
        if let Some(catalog) = cell.get() {
            return catalog;
        }
        if overlay_source(locale, formality).is_none() {
            return Catalog::get(locale);
        }
        cell.get_or_init(|| {
            Catalog::load_with(locale, formality).unwrap_or_else(|_| Catalog {
                texts: Catalog::get(locale).texts.clone(),
            })
        })
    }

    /// Whether the texts of `locale` in `formality` are here: no overlay needed, or it is
    /// compiled in, or fetched and installed.
    pub fn is_overlay_available(locale: Locale, formality: Formality) -> bool {
        !has_overlay(locale, formality)
            || overlay_source(locale, formality).is_some()
            || FORMAL[locale.index()].get().is_some()
    }

    /// Installs the fetched overlay of `locale` in `formality` (`dist/i18n/nl-u.json`) over the
    /// locale's catalog. An error names the problem (not an object of strings, empty, a key the
    /// catalog does not have) and leaves the normal texts in use. Installing twice keeps the first.
    pub fn install_overlay(locale: Locale, formality: Formality, json: &str) -> Result<(), String> {
        let name = format!("{}-{}", locale.code(), formality.code());
        if !has_overlay(locale, formality) {
            return Err(format!("{name}: there is no such overlay"));
        }
        let overlay = Catalog::parse(&[json]).map_err(|e| format!("{name}: {e}"))?;
        if overlay.texts.is_empty() {
            return Err(format!("{name}: the overlay is empty"));
        }
        let base = Catalog {
            texts: Catalog::get(locale).texts.clone(),
        };
        let catalog = base
            .overlaid(overlay.for_direction(locale))
            .map_err(|e| format!("{name}: {e}"))?;
        let _ = FORMAL[locale.index()].set(catalog);
        Ok(())
    }

    /// The text for `key`, or `⟦key⟧` when the key is missing.
    pub fn text(&'static self, key: &str) -> &'static str {
        match self.texts.get(key) {
            Some(s) => s.as_str(),
            None => missing(key),
        }
    }

    pub fn contains(&self, key: &str) -> bool {
        self.texts.contains_key(key)
    }

    /// All keys with their texts, in key order.
    pub fn entries(&self) -> impl Iterator<Item = (&str, &str)> {
        self.texts.iter().map(|(k, v)| (k.as_str(), v.as_str()))
    }
}

/// A visible marker for a missing key. Leaks one small string per distinct missing key, which
/// only happens when a test has already failed.
fn missing(key: &str) -> &'static str {
    Box::leak(format!("⟦{key}⟧").into_boxed_str())
}

/// Replaces each `{name}` in `template` with its value from `args`.
pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = template.to_string();
    for (name, value) in args {
        out = out.replace(&format!("{{{name}}}"), value);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fetched_overlay_is_checked_before_it_is_installed() {
        let u = Formality::U;
        let err = Catalog::install_overlay(Locale::Nl, u, "<html>not found</html>").unwrap_err();
        assert!(err.starts_with("nl-u: catalog file 1:"), "{err}");
        let err = Catalog::install_overlay(Locale::Nl, u, "{}").unwrap_err();
        assert!(err.contains("empty"), "{err}");
        let err = Catalog::install_overlay(Locale::Nl, u, r#"{"no.such.key": "u"}"#).unwrap_err();
        assert!(err.contains("'no.such.key' is not in the catalog"), "{err}");
        let err = Catalog::install_overlay(Locale::En, u, r#"{"start.title": "x"}"#).unwrap_err();
        assert!(err.contains("no such overlay"), "{err}");
        // The file the build writes (dist/i18n/nl-u.json is this one, compact) installs, and then
        // gives the same texts as the compiled-in overlay.
        let file = include_str!("catalogs/nl/u.json");
        assert_eq!(Catalog::install_overlay(Locale::Nl, u, file), Ok(()));
        assert!(Catalog::is_overlay_available(Locale::Nl, u));
        let overlay = Catalog::overlay(Locale::Nl, u).unwrap();
        let (key, text) = overlay.entries().next().expect("the overlay has texts");
        assert_eq!(Catalog::get_with(Locale::Nl, u).text(key), text);
        assert_ne!(
            Catalog::get(Locale::Nl).text(key),
            text,
            "{key}: the overlay changes it"
        );
    }

    #[test]
    fn install_rejects_a_broken_or_empty_file() {
        let err = Catalog::install(Locale::En, "<html>not found</html>").unwrap_err();
        assert!(err.starts_with("en: catalog file 1:"), "{err}");
        let err = Catalog::install(Locale::En, "{}").unwrap_err();
        assert!(err.contains("empty"), "{err}");
        assert!(Catalog::is_available(Locale::Nl));
    }

    #[test]
    fn parse_merges_and_rejects_duplicates() {
        let c = Catalog::parse(&[r#"{"a":"A"}"#, r#"{"b":"B"}"#]).unwrap();
        assert!(c.contains("a") && c.contains("b"));
        assert!(Catalog::parse(&[r#"{"a":"A"}"#, r#"{"a":"B"}"#]).is_err());
        assert!(Catalog::parse(&[r#"{"a":1}"#]).is_err());
        assert!(Catalog::parse(&["not json"]).is_err());
    }

    #[test]
    fn an_overlay_replaces_texts_and_refuses_new_keys() {
        let base = Catalog::parse(&[r#"{"a":"je A","b":"B"}"#]).unwrap();
        let over = Catalog::parse(&[r#"{"a":"u A"}"#]).unwrap();
        let c = base.overlaid(over).unwrap();
        assert_eq!(c.texts["a"], "u A");
        assert_eq!(c.texts["b"], "B");
        let base = Catalog::parse(&[r#"{"a":"A"}"#]).unwrap();
        let extra = Catalog::parse(&[r#"{"x":"X"}"#]).unwrap();
        assert!(base.overlaid(extra).unwrap_err().contains("'x'"));
    }

    #[test]
    fn only_dutch_u_has_an_overlay() {
        for locale in Locale::ALL {
            for formality in Formality::ALL {
                let has = overlay_source(locale, formality).is_some();
                assert_eq!(has, (locale, formality) == (Locale::Nl, Formality::U));
            }
        }
    }

    #[test]
    fn fill_replaces_named_placeholders() {
        assert_eq!(
            fill("Vraag {n} van {total}", &[("n", "3"), ("total", "28")]),
            "Vraag 3 van 28"
        );
    }
}
