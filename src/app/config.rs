//! A municipality's configuration (`www/gemeenten/<id>.json`): its name and logo, "je" or "u",
//! languages, theme, kiosk settings, optional modules, extra acute-help numbers and the local
//! services that fill the engine's step ids. Parsing and validation only; the UI applies it.
//!
//! Rule kept: a configuration is untrusted text. [`parse_config`] walks the JSON value and
//! reports every problem at once, each with its JSON path (`$.services.step_wsp_talk[0].phone`),
//! so municipal staff can fix a file in one pass; only a file without problems becomes a
//! [`Config`]. Nothing here panics, and the built-in default always stands ready.

mod formats;
pub mod theme_contrast;
pub mod theme_packages;
mod validate;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::domain::ids::ModuleId;
use crate::domain::steps::StepId;
use crate::i18n::Locale;

pub use formats::is_dutch_phone;
pub use validate::validate;

/// Theme ids that have a file `styles/themes/<id>.css` (a test keeps this list in step with the
/// folder). A configuration may only select one of these.
pub const THEMES: &[&str] = &["default", "duinwijk", "rivierstad"];

/// The built-in configuration, also served as `gemeenten/default.json`.
const DEFAULT_JSON: &str = include_str!("../../www/gemeenten/default.json");

/// One problem in a configuration file: where (a JSON path such as `$.kiosk.idle_seconds`) and
/// what is wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConfigProblem {
    pub path: String,
    pub message: String,
}

impl std::fmt::Display for ConfigProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

/// How the app addresses the job-seeker: one type, shared with the catalogs.
pub use crate::i18n::Formality;

/// A short text in several languages (language code → text).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Texts(pub BTreeMap<Locale, String>);

impl Texts {
    /// The text in `locale`, else in `fallback`, else any text there is ("" only when empty).
    pub fn get(&self, locale: Locale, fallback: Locale) -> &str {
        self.0
            .get(&locale)
            .or_else(|| self.0.get(&fallback))
            .or_else(|| self.0.values().next())
            .map_or("", String::as_str)
    }
}

/// Kiosk settings: when the "Are you still there?" dialog opens, how long it counts down, and
/// whether a print button is shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Kiosk {
    pub idle_seconds: u32,
    pub countdown_seconds: u32,
    pub print: bool,
}

impl Default for Kiosk {
    fn default() -> Self {
        Kiosk {
            idle_seconds: 120,
            countdown_seconds: 60,
            print: false,
        }
    }
}

/// Where an optional question module is asked. Default: on the web, not on kiosks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct ModuleSwitch {
    pub web: bool,
    pub kiosk: bool,
}

impl Default for ModuleSwitch {
    fn default() -> Self {
        ModuleSwitch {
            web: true,
            kiosk: false,
        }
    }
}

/// An extra acute-help number, shown with the national ones.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AcuteNumber {
    pub label: Texts,
    pub phone: String,
}

/// A local service for one step.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Service {
    pub name: String,
    /// One line per offered language.
    pub description: Texts,
    pub phone: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub opening_hours: Option<Texts>,
    /// An https address; shown as text, not as a link, in kiosk mode.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// A municipality's configuration. Build one with [`parse_config`] or [`Config::default_config`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// `a-z`, `0-9` and `-`; the file is `gemeenten/<id>.json`, chosen by `?gemeente=<id>`.
    pub id: String,
    pub name: String,
    /// A same-origin path such as `gemeenten/rivierstad.svg`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub logo: Option<String>,
    #[serde(default)]
    pub formality: Formality,
    pub default_language: Locale,
    /// The languages offered, in the order the language switch shows them.
    pub languages: Vec<Locale>,
    /// Theme id; the root class is `app-theme-<theme>`.
    #[serde(default = "default_theme")]
    pub theme: String,
    /// A published NL Design System theme package over our own theme: its root class and its
    /// stylesheet as the build ships it (`themes/<id>/<file>`, see `theme_packages`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub theme_package: Option<ThemePackage>,
    #[serde(default)]
    pub kiosk: Kiosk,
    #[serde(default)]
    pub modules: BTreeMap<ModuleId, ModuleSwitch>,
    #[serde(default)]
    pub acute: Vec<AcuteNumber>,
    #[serde(default)]
    pub services: BTreeMap<StepId, Vec<Service>>,
    /// Where "Snel weg" goes: an https address or a same-origin `.html` page; by default our
    /// own neutral page.
    #[serde(default = "default_quick_exit")]
    pub quick_exit: String,
    /// Who answers questions about the rules: for the municipality's own algorithm-register
    /// entry (`werkroute rules --format markdown --config FILE`). Never shown in the app.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact: Option<Contact>,
}

/// A published theme package named by a configuration.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ThemePackage {
    /// The root class the package's tokens are set under, e.g. `voorbeeld-theme`.
    pub class: String,
    /// The package's CSS file as the build ships it, e.g. `themes/voorbeeld/theme.css`.
    pub stylesheet: String,
}

/// A municipality's contact for its algorithm-register entry; every field optional (a missing
/// one stays a `{{placeholder}}` in the entry).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub department: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// An https address of the complaints procedure.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub complaints: Option<String>,
    /// The date the check went into use, `YYYY-MM-DD`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub in_use_since: Option<String>,
}

fn default_theme() -> String {
    "default".into()
}

/// Our own neutral page (`www/neutral.html`): it looks like nothing to do with work or help.
pub const NEUTRAL_PAGE: &str = "neutral.html";

fn default_quick_exit() -> String {
    NEUTRAL_PAGE.into()
}

/// Parses and validates a configuration. Every problem is reported, each with its JSON path.
pub fn parse_config(text: &str) -> Result<Config, Vec<ConfigProblem>> {
    let value: serde_json::Value = serde_json::from_str(text).map_err(|e| {
        vec![ConfigProblem {
            path: "$".into(),
            message: format!("not valid JSON: {e}"),
        }]
    })?;
    let problems = validate(&value);
    if !problems.is_empty() {
        return Err(problems);
    }
    // The walk above checks every type, so this only fails if the two disagree: still a
    // problem report, never a panic.
    serde_json::from_value(value).map_err(|e| {
        vec![ConfigProblem {
            path: "$".into(),
            message: e.to_string(),
        }]
    })
}

impl Config {
    /// The built-in default configuration, parsed once per thread and shared: every new state
    /// (a visit, a wipe, a kiosk's next person) starts from it until a municipality's arrives.
    pub fn shared_default() -> std::rc::Rc<Config> {
        thread_local! {
            static DEFAULT: std::rc::Rc<Config> = std::rc::Rc::new(Config::default_config());
        }
        DEFAULT.with(std::rc::Rc::clone)
    }

    /// The built-in default configuration (`www/gemeenten/default.json`, compiled in). Should that
    /// file ever fail to validate (a test forbids it), a minimal Dutch and English configuration.
    pub fn default_config() -> Config {
        parse_config(DEFAULT_JSON).unwrap_or_else(|_| Config {
            id: "default".into(),
            name: "Werkroute".into(),
            logo: None,
            formality: Formality::Je,
            default_language: Locale::Nl,
            languages: vec![Locale::Nl, Locale::En],
            theme: default_theme(),
            theme_package: None,
            kiosk: Kiosk::default(),
            modules: BTreeMap::new(),
            acute: Vec::new(),
            services: BTreeMap::new(),
            quick_exit: default_quick_exit(),
            contact: None,
        })
    }

    /// The local services for `step`, in the configured order; empty when the municipality has
    /// none (the UI then shows the generic step text).
    pub fn services_for(&self, step: StepId) -> &[Service] {
        self.services.get(&step).map_or(&[], Vec::as_slice)
    }

    /// How many services the configuration lists, over all steps.
    pub fn service_count(&self) -> usize {
        self.services.values().map(Vec::len).sum()
    }

    /// Whether `module` is asked, on a kiosk or on the web.
    pub fn module_on(&self, module: ModuleId, kiosk: bool) -> bool {
        let switch = self.modules.get(&module).copied().unwrap_or_default();
        if kiosk {
            switch.kiosk
        } else {
            switch.web
        }
    }

    /// The modules switched off here, in the form `domain::bank::questions_for` takes.
    pub fn modules_off(&self, kiosk: bool) -> Vec<&'static str> {
        ModuleId::ALL
            .iter()
            .filter(|m| !self.module_on(**m, kiosk))
            .map(|m| m.as_str())
            .collect()
    }

    /// Seconds without input before the kiosk asks "Are you still there?".
    pub fn idle_seconds(&self) -> u32 {
        self.kiosk.idle_seconds
    }

    /// Seconds the kiosk counts down before it wipes everything.
    pub fn countdown_seconds(&self) -> u32 {
        self.kiosk.countdown_seconds
    }

    /// The class for `<html>` that selects this configuration's theme.
    pub fn theme_class(&self) -> String {
        format!("app-theme-{}", self.theme)
    }

    /// Whether `locale` is offered here.
    pub fn offers(&self, locale: Locale) -> bool {
        self.languages.contains(&locale)
    }

    /// `locale` when offered, else the default language.
    pub fn language_or_default(&self, locale: Locale) -> Locale {
        if self.offers(locale) {
            locale
        } else {
            self.default_language
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_config_is_the_shipped_file() {
        assert!(parse_config(DEFAULT_JSON).is_ok());
        let c = Config::default_config();
        assert_eq!(c.id, "default");
        assert_eq!(c.theme_class(), "app-theme-default");
        assert!(c.offers(c.default_language));
        assert_eq!(c.modules_off(true), vec!["alcohol_drugs"]);
        assert!(c.modules_off(false).is_empty());
        assert_eq!((c.idle_seconds(), c.countdown_seconds()), (120, 60));
    }

    #[test]
    fn texts_fall_back() {
        let t = Texts([(Locale::Nl, "hallo".to_string())].into_iter().collect());
        assert_eq!(t.get(Locale::En, Locale::Nl), "hallo");
        assert_eq!(Texts::default().get(Locale::En, Locale::Nl), "");
    }
}
