//! The formats of single values in a configuration: Dutch phone numbers, ids, logo paths and web
//! addresses.
//!
//! Rule kept for phone numbers: accept only what a person can dial in the Netherlands as written:
//! digits with spaces or dashes between them; a normal number has 10 digits (`0123-45 67 89`, or
//! `+31` and nine digits); `0800`/`0900` numbers have 8 to 11 digits; short numbers have 3 or 4
//! digits (`113`, `1400`); municipal `14` numbers are `14` and the area code (`14 020`).

/// Whether `text` is a phone number in one of the accepted Dutch forms.
pub fn is_dutch_phone(text: &str) -> bool {
    let text = text.trim();
    let (plus31, body) = match text.strip_prefix("+31") {
        Some(rest) => (true, rest.trim_start()),
        None => (false, text),
    };
    // Digits, with single spaces or dashes only between digits.
    let separators_ok = !body.is_empty()
        && body
            .chars()
            .all(|c| c.is_ascii_digit() || c == ' ' || c == '-')
        && body.starts_with(|c: char| c.is_ascii_digit())
        && body.ends_with(|c: char| c.is_ascii_digit())
        && !body.contains("  ")
        && !body.contains("--")
        && !body.contains("- ")
        && !body.contains(" -");
    if !separators_ok {
        return false;
    }
    let digits: String = body.chars().filter(char::is_ascii_digit).collect();
    let national = if plus31 {
        if digits.starts_with('0') {
            return false; // "+31 0..." is a common slip: the 0 goes
        }
        format!("0{digits}")
    } else {
        digits
    };
    let n = national.len();
    if national.starts_with("0800") || national.starts_with("0900") {
        (8..=11).contains(&n)
    } else if let Some(rest) = national.strip_prefix('0') {
        n == 10 && !rest.starts_with('0')
    } else if plus31 {
        false
    } else if national.starts_with("140") && n > 4 {
        n == 5 || n == 6
    } else {
        (3..=4).contains(&n)
    }
}

/// An id: `a-z`, `0-9` and `-`, not at either end, at most 40 characters.
pub fn valid_id(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 40
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !s.starts_with('-')
        && !s.ends_with('-')
}

/// A same-origin path under `gemeenten/` to an `.svg` or `.png`, with no `..` or hidden parts.
pub fn valid_logo(s: &str) -> bool {
    let Some(rest) = s.strip_prefix("gemeenten/") else {
        return false;
    };
    (rest.ends_with(".svg") || rest.ends_with(".png"))
        && rest.split('/').all(|seg| {
            !seg.is_empty()
                && !seg.starts_with('.')
                && seg.chars().all(|c| {
                    c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '-' | '_' | '.')
                })
        })
}

/// A same-origin `.html` page (e.g. `neutral.html`, `gemeenten/weg.html`): lower-case path
/// segments, no `..` or hidden parts.
pub fn valid_page(s: &str) -> bool {
    s.ends_with(".html")
        && s.split('/').all(|seg| {
            !seg.is_empty()
                && !seg.starts_with('.')
                && seg.chars().all(|c| {
                    c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '-' | '_' | '.')
                })
        })
}

/// `Ok` for an https address with a host name; else the message.
pub fn check_url(s: &str) -> Result<(), String> {
    let Some(rest) = s.strip_prefix("https://") else {
        return Err(format!(
            "web address must start with https://, found \"{s}\""
        ));
    };
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    let host = authority.split(':').next().unwrap_or("");
    // A user name or password in the address ("https://a.b:x@evil.example/") would show one host
    // and open another, and a backslash is read as a slash by browsers: both are refused.
    let ok = !s.chars().any(|c| c.is_whitespace() || c.is_control())
        && !authority.contains(['@', '\\'])
        && host.contains('.')
        && !host.starts_with('.')
        && !host.ends_with('.')
        && host
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '.');
    if ok {
        Ok(())
    } else {
        Err(format!("malformed web address \"{s}\""))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_quick_exit_page_is_our_own_html_page() {
        for ok in ["neutral.html", "gemeenten/weg.html", "a-b_c.html"] {
            assert!(valid_page(ok), "{ok}");
        }
        for bad in [
            "../neutral.html",
            "/neutral.html",
            "neutral.htm",
            ".hidden.html",
            "Neutral.html",
            "javascript:alert(1)//.html",
            "//evil.example/x.html",
            "a//b.html",
        ] {
            assert!(!valid_page(bad), "{bad}");
        }
    }

    #[test]
    fn accepts_the_dutch_forms() {
        for ok in [
            "0123-45 67 89",
            "0123456789",
            "020 123 4567",
            "06-12345678",
            "+31 123 45 67 89",
            "+31123456789",
            "0800-0113",
            "0800-2000",
            "0900 1234567",
            "113",
            "112",
            "1400",
            "14 020",
            "14 0123",
        ] {
            assert!(is_dutch_phone(ok), "{ok}");
        }
    }

    #[test]
    fn refuses_the_rest() {
        for bad in [
            "",
            "12ab",
            "12",
            "12345",
            "0123-45 67 8",
            "0123-45 67 890",
            "00123456789",
            "+31 0123 45 67 89",
            "+32 123 45 67 89",
            "+31 113",
            "(0123) 45 67 89",
            "0123--456789",
            "-0123456789",
            "0123456789-",
            "0800-12",
            "0800 1234 56789",
            "14 0201234",
        ] {
            assert!(!is_dutch_phone(bad), "{bad}");
        }
    }

    #[test]
    fn ids_logos_and_urls() {
        assert!(valid_id("den-haag") && !valid_id("Den Haag") && !valid_id("-x") && !valid_id(""));
        assert!(valid_logo("gemeenten/rivierstad.svg") && valid_logo("gemeenten/a/b.png"));
        for bad in [
            "/gemeenten/a.svg",
            "gemeenten/../a.svg",
            "https://x.nl/a.svg",
            "gemeenten/a.gif",
        ] {
            assert!(!valid_logo(bad), "{bad}");
        }
        assert!(check_url("https://www.example.org/hulp?x=1").is_ok());
        for bad in [
            "http://example.org",
            "https://",
            "https://localhost",
            "https://a b.org",
            // Shows one host, opens another.
            "https://a.b:x@evil.example/",
            "https://hulp.example.org@evil.example/",
            "https://a.b\\@evil.example/",
        ] {
            assert!(check_url(bad).is_err(), "{bad}");
        }
        // An @ after the host (in the path or query) is part of the page, not the address.
        assert!(check_url("https://www.example.org/contact?mail=a@b").is_ok());
    }
}
