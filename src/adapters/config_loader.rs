//! Loading a municipality's configuration from our own origin (`gemeenten/<id>.json`).
//!
//! Rule kept: a missing or broken configuration never reaches the job-seeker: staff get every
//! problem in the console, the person gets the working default.

use crate::app::config::{parse_config, Config};
use crate::i18n::{Catalog, Formality, Locale};

/// The Dutch texts in the configuration's form of address, when they are not here yet: the
/// formal overlay is fetched with the configuration that asks for it (`i18n/nl-u.json`), before
/// the configuration takes effect, so its screens never switch from "je" to "u" under the
/// person's eyes. When it cannot be had, staff are told in the console and the texts stay "je".
/// A kiosk (`keep` false) asks the browser and the service worker not to keep the file.
async fn formal_texts(formality: Formality, keep: bool) {
    if Catalog::is_overlay_available(Locale::Nl, formality) {
        return;
    }
    let file = format!("i18n/nl-{}.json", formality.code());
    let installed = super::fetch::text(&file, keep)
        .await
        .and_then(|json| Catalog::install_overlay(Locale::Nl, formality, &json));
    if let Err(e) = installed {
        web_sys::console::warn_1(
            &format!(
                "Werkroute: the texts with '{}' ({file}): {e}. Using the usual texts.",
                formality.code()
            )
            .into(),
        );
    }
}

/// Whether `id` can name a configuration file (a-z, 0-9 and -, at most 40).
pub fn valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 40
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// The configuration `id`, or `None` after telling staff in the console why not; with the
/// Dutch texts in its form of address. `keep`: whether the files it needs may be kept (not on a
/// kiosk).
pub async fn load(id: &str, keep: bool) -> Option<Config> {
    let warn = |msg: String| {
        web_sys::console::warn_1(
            &format!("Werkroute configuration '{id}': {msg}. Using the default configuration.")
                .into(),
        )
    };
    if !valid_id(id) {
        warn("not a valid configuration name".into());
        return None;
    }
    let text = match super::fetch::text(&format!("gemeenten/{id}.json"), true).await {
        Ok(t) => t,
        Err(e) => {
            warn(e);
            return None;
        }
    };
    match parse_config(&text) {
        Ok(config) => {
            formal_texts(config.formality, keep).await;
            Some(config)
        }
        Err(problems) => {
            let list: Vec<String> = problems.iter().map(ToString::to_string).collect();
            warn(format!("{} problem(s):\n{}", list.len(), list.join("\n")));
            None
        }
    }
}
