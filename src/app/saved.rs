//! Answers saved on this device at the person's request: the stored form, its schema version
//! and expiry, and the parser that turns whatever is in storage back into a safe value.
//!
//! Rule kept: stored text is untrusted. Anything corrupt, from another schema or expired is an
//! error value (never a panic), and nothing here ever touches data that is not ours. Answers
//! carry the rules version they were given under; answers of another version (schema 1 was
//! 2026.1) are "from another version", never read as if they answered today's questions.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::domain::bank::{self, QuestionId};
use crate::domain::cards::{CardIf, CardThen, MAX_CARDS};
use crate::domain::rules::Rules;
use crate::i18n::Locale;

/// The storage key. One key, so wiping removes exactly what we stored.
pub const STORAGE_KEY: &str = "werkroute.saved";
/// The schema of the stored value. Bump it when the shape changes. 2: with `rules_version`;
/// 3: with the person's own say.
pub const SCHEMA: u32 = 3;
/// How long saved answers are kept.
pub const KEEP_DAYS: u32 = 30;
const DAY_MS: f64 = 24.0 * 60.0 * 60.0 * 1000.0;

/// What we store: the answers and plan, the language, when it was saved and until when.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Saved {
    pub schema: u32,
    /// Milliseconds since the Unix epoch.
    pub saved_at: f64,
    pub expires_at: f64,
    pub locale: Locale,
    /// The rules version the answers were given under.
    pub rules_version: String,
    pub answers: BTreeMap<String, String>,
    #[serde(default)]
    pub cards: Vec<(CardIf, CardThen)>,
    /// What the person said themselves (wishes, where to start, whether the picture fits).
    #[serde(default)]
    pub own_say: crate::domain::own_say::OwnSay,
    /// What the person chose for their work profile.
    #[serde(
        default,
        skip_serializing_if = "crate::domain::work_profile::ProfileChoice::is_default"
    )]
    pub profile: crate::domain::work_profile::ProfileChoice,
}

/// Why stored answers could not be used. Each has a catalog key for the message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SavedError {
    /// Not readable as our format (damaged, edited, or not ours).
    Corrupt,
    /// Saved by an older or newer version of the app.
    OtherSchema,
    /// Older than the keep period.
    Expired,
}

impl SavedError {
    /// The catalog key of the message. `Expired`'s is a plural family: the view fills it with
    /// `KEEP_DAYS` through the plural rules.
    pub fn key(self) -> &'static str {
        match self {
            SavedError::Corrupt => "saved.error.corrupt",
            SavedError::OtherSchema => "saved.error.schema",
            SavedError::Expired => "saved.error.expired",
        }
    }
}

impl Saved {
    /// Until when a value saved at `now` (ms since the epoch) is kept.
    pub fn keep_until(now: f64) -> f64 {
        now + f64::from(KEEP_DAYS) * DAY_MS
    }

    /// A new saved value at `now` (ms since the epoch), kept for `KEEP_DAYS`.
    pub fn new(
        now: f64,
        locale: Locale,
        rules: &Rules,
        answers: BTreeMap<String, String>,
        cards: Vec<(CardIf, CardThen)>,
    ) -> Saved {
        Saved {
            schema: SCHEMA,
            saved_at: now,
            expires_at: Saved::keep_until(now),
            locale,
            rules_version: rules.version.clone(),
            answers,
            cards,
            own_say: Default::default(),
            profile: Default::default(),
        }
    }

    /// The same value with the person's own say.
    pub fn with_own_say(mut self, own_say: crate::domain::own_say::OwnSay) -> Saved {
        self.own_say = own_say;
        self
    }

    /// The same value with the person's work profile choices.
    pub fn with_profile(mut self, profile: crate::domain::work_profile::ProfileChoice) -> Saved {
        self.profile = profile;
        self
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Parses stored text at time `now`. Answers saved under another rules version are from
    /// another version; every answer must name a question these rules ask and an option it has,
    /// otherwise the whole value is treated as corrupt.
    pub fn parse(text: &str, now: f64, rules: &Rules) -> Result<Saved, SavedError> {
        let value: serde_json::Value =
            serde_json::from_str(text).map_err(|_| SavedError::Corrupt)?;
        match value.get("schema").and_then(serde_json::Value::as_u64) {
            Some(s) if s == u64::from(SCHEMA) => {}
            Some(_) => return Err(SavedError::OtherSchema),
            None => return Err(SavedError::Corrupt),
        }
        let saved: Saved = serde_json::from_value(value).map_err(|_| SavedError::Corrupt)?;
        if !saved.saved_at.is_finite()
            || !saved.expires_at.is_finite()
            || saved.cards.len() > MAX_CARDS
        {
            return Err(SavedError::Corrupt);
        }
        if now > saved.expires_at {
            return Err(SavedError::Expired);
        }
        if saved.rules_version != rules.version {
            return Err(SavedError::OtherSchema);
        }
        for (q, o) in &saved.answers {
            let question = QuestionId::parse(q)
                .filter(|id| rules.asks(*id))
                .map(bank::question)
                .ok_or(SavedError::Corrupt)?;
            rules.value_of(question, o).ok_or(SavedError::Corrupt)?;
        }
        Ok(saved)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_loader_looks_for_saved_answers_under_the_same_key() {
        // The inline script in www/index.html hides the prerendered start page when answers
        // are saved (the app then opens with its offer); it must ask for this very key.
        let page = include_str!("../../www/index.html");
        assert!(
            page.contains(&format!("'{STORAGE_KEY}'")),
            "index.html reads {STORAGE_KEY}"
        );
    }

    fn rules() -> &'static Rules {
        Rules::current().unwrap()
    }

    fn sample(now: f64) -> Saved {
        let mut answers = BTreeMap::new();
        answers.insert("w1_work_importance".to_string(), "very".to_string());
        answers.insert("o_money".to_string(), "rather_not".to_string());
        Saved::new(
            now,
            Locale::En,
            rules(),
            answers,
            vec![(CardIf::MondayMorning, CardThen::UpdateCv)],
        )
    }

    #[test]
    fn round_trips_within_the_keep_period() {
        let s = sample(1_000.0);
        assert_eq!(
            Saved::parse(&s.to_json(), 1_000.0 + 29.0 * DAY_MS, rules()),
            Ok(s)
        );
    }

    #[test]
    fn expires_after_thirty_days() {
        let s = sample(1_000.0);
        assert_eq!(
            Saved::parse(&s.to_json(), 1_001.0 + 30.0 * DAY_MS, rules()),
            Err(SavedError::Expired)
        );
    }

    #[test]
    fn another_schema_is_named_as_such() {
        let text = sample(0.0)
            .to_json()
            .replace("\"schema\":3", "\"schema\":2");
        assert_eq!(
            Saved::parse(&text, 0.0, rules()),
            Err(SavedError::OtherSchema)
        );
        // Answers of another rules version are never read as answers to today's questions.
        let older = sample(0.0).to_json().replace("\"2027.2\"", "\"2027.1\"");
        assert_eq!(
            Saved::parse(&older, 0.0, rules()),
            Err(SavedError::OtherSchema)
        );
    }

    #[test]
    fn damaged_or_foreign_values_are_corrupt() {
        let good = sample(0.0).to_json();
        for bad in [
            "",
            "null",
            "[]",
            "{\"schema\":3}",
            "not json",
            &good[..good.len() / 2],
            &good.replace("w1_work_importance", "no_such_question"),
            &good.replace("w1_work_importance", "w1_work_matters"),
            &good.replace("\"very\"", "\"no_such_option\""),
            &good.replace("\"en\"", "\"xx\""),
        ] {
            assert_eq!(
                Saved::parse(bad, 0.0, rules()),
                Err(SavedError::Corrupt),
                "{bad}"
            );
        }
    }
}
