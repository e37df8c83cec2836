//! Screens and their hash routes (`#/`, `#/vraag/3`, `#/controleren`, `#/uitkomst`, ...).
//!
//! Rule kept: every screen has a hash route and every route round-trips (`parse(to_hash(s)) == s`),
//! so the browser's back and forward buttons and a reload land on the same screen. Anything that
//! does not parse is the start screen: a mangled URL never shows a blank page.

/// One screen of the app.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Screen {
    Start,
    /// A question page, by position in the current question list (1-based, as people count).
    Question(usize),
    /// Check your answers.
    Check,
    Result,
    /// "How we got here": the published rules.
    Rules,
    Privacy,
    /// The fairness self-test for policy staff (reached from the rules page).
    Fairness,
    /// "Direct hulp": where to get help at once (linked from every screen).
    Help,
    /// The overview for policy: figures over a file of shared codes (reached from the rules page).
    Overview,
    /// A result brought along as a code in the fragment (`#/r/<code>`), shown read-only.
    /// The code is kept as typed; the page decodes it and says so when it is not valid.
    Shared(String),
    /// The person's work profile for employers (`#/werkprofiel`): made from their own result.
    Profile,
    /// A work profile opened from its link (`#/w/<code>`), read-only: what an employer sees.
    ProfileShared(String),
}

impl Screen {
    /// The URL fragment for this screen, including the `#`.
    pub fn to_hash(&self) -> String {
        match self {
            Screen::Start => "#/".to_string(),
            Screen::Question(n) => format!("#/vraag/{n}"),
            Screen::Check => "#/controleren".to_string(),
            Screen::Result => "#/uitkomst".to_string(),
            Screen::Rules => "#/regels".to_string(),
            Screen::Privacy => "#/privacy".to_string(),
            Screen::Fairness => "#/eerlijkheid".to_string(),
            Screen::Help => "#/hulp".to_string(),
            Screen::Overview => "#/overzicht".to_string(),
            Screen::Shared(code) => format!("#/r/{code}"),
            Screen::Profile => "#/werkprofiel".to_string(),
            Screen::ProfileShared(code) => format!("#/w/{code}"),
        }
    }

    /// Parses a URL fragment (with or without `#`). Unknown or malformed fragments give `Start`.
    pub fn parse(hash: &str) -> Screen {
        let path = hash.trim_start_matches('#').trim_start_matches('/');
        let mut parts = path.split('/');
        match (parts.next(), parts.next(), parts.next()) {
            (Some("vraag"), Some(n), None) => match n.parse::<usize>() {
                Ok(n) if n >= 1 => Screen::Question(n),
                _ => Screen::Start,
            },
            (Some("controleren"), None, None) => Screen::Check,
            (Some("uitkomst"), None, None) => Screen::Result,
            (Some("regels"), None, None) => Screen::Rules,
            (Some("privacy"), None, None) => Screen::Privacy,
            (Some("eerlijkheid"), None, None) => Screen::Fairness,
            (Some("hulp"), None, None) => Screen::Help,
            (Some("overzicht"), None, None) => Screen::Overview,
            (Some("r"), Some(code), None) if is_code_text(code) => Screen::Shared(code.to_string()),
            (Some("werkprofiel"), None, None) => Screen::Profile,
            (Some("w"), Some(code), None) if is_code_text(code) => {
                Screen::ProfileShared(code.to_string())
            }
            _ => Screen::Start,
        }
    }
}

/// Characters a result code can carry in a URL: base64url, plus the dashes of the typeable form.
/// Anything else (or an absurd length) is not a code, and the route falls back to the start.
fn is_code_text(code: &str) -> bool {
    !code.is_empty()
        && code.len() <= 200
        && code
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_screen_round_trips() {
        for s in [
            Screen::Start,
            Screen::Question(1),
            Screen::Question(28),
            Screen::Check,
            Screen::Result,
            Screen::Rules,
            Screen::Privacy,
            Screen::Fairness,
            Screen::Help,
            Screen::Overview,
            Screen::Shared("AQEx-_9".to_string()),
            Screen::Profile,
            Screen::ProfileShared("UAAy_-9".to_string()),
        ] {
            assert_eq!(Screen::parse(&s.to_hash()), s, "{s:?}");
        }
    }

    #[test]
    fn malformed_fragments_fall_back_to_start() {
        for h in [
            "",
            "#",
            "#/",
            "#/vraag",
            "#/vraag/0",
            "#/vraag/-1",
            "#/vraag/x",
            "#/vraag/1/2",
            "#/nope",
            "%%%",
        ] {
            assert_eq!(Screen::parse(h), Screen::Start, "{h}");
        }
    }

    #[test]
    fn parse_accepts_fragment_without_hash() {
        assert_eq!(Screen::parse("/vraag/3"), Screen::Question(3));
    }
}
