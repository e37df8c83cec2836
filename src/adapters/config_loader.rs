//! Loading a municipality's configuration from our own origin (`gemeenten/<id>.json`).
//!
//! Rule kept: a missing or broken configuration never reaches the job-seeker: staff get every
//! problem in the console, the person gets the working default.

use crate::app::config::{parse_config, Config};

/// Whether `id` can name a configuration file (a-z, 0-9 and -, at most 40).
pub fn valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 40
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// The configuration `id`, or `None` after telling staff in the console why not.
pub async fn load(id: &str) -> Option<Config> {
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
        Ok(config) => Some(config),
        Err(problems) => {
            let list: Vec<String> = problems.iter().map(ToString::to_string).collect();
            warn(format!("{} problem(s):\n{}", list.len(), list.join("\n")));
            None
        }
    }
}
