//! Numbers and addresses that keep their order in right-to-left text.
//!
//! Rule kept: in a right-to-left page every phone number, web address, e-mail address, time and
//! code reads left to right, whole. Under the Unicode Bidi Algorithm digits after Arabic letters
//! become "Arabic numbers", and neither `-` nor a space nor a `.` before Latin letters joins them
//! again: `0800-0113` would show as `0113-0800` and `113.nl` as `nl.113`. [`isolate`] wraps each
//! such run in a left-to-right isolate (U+2066 … U+2069), which every text place understands:
//! element text, `aria-label`, the page title and print. The catalog of a right-to-left locale is
//! isolated once when it is loaded or installed, and texts filled in later are isolated again
//! (see `i18n::tf`), so a number that arrives through a placeholder is safe too.
//!
//! A run is isolated when it holds a digit next to a separator (`0800-0113`, `14 0123`, `09:30`,
//! `WR3-…`) or a `.`, `/` or `@` between letters or digits (`113.nl`, `werk.nl`,
//! `naam@gemeente.nl`). A lone number (`10`) or a hyphenated word (`VCA-diploma`) is left alone:
//! it already shows right. `%` is not a separator, so `50%` follows the page's own convention.

use std::borrow::Cow;

/// U+2066 LEFT-TO-RIGHT ISOLATE.
pub const LRI: char = '\u{2066}';
/// U+2069 POP DIRECTIONAL ISOLATE.
pub const PDI: char = '\u{2069}';

/// Characters that join the parts of a number or address.
fn is_separator(c: char) -> bool {
    matches!(
        c,
        '-' | '.' | '/' | ':' | '@' | '_' | '+' | '#' | '?' | '=' | '&' | '~'
    )
}

fn is_part(c: char) -> bool {
    c.is_ascii_alphanumeric() || is_separator(c)
}

/// `text` with every number or address run, and every Latin phrase in brackets, wrapped in a
/// left-to-right isolate. Text already inside an isolate is left as it is, so isolating twice
/// changes nothing.
pub fn isolate(text: &str) -> Cow<'_, str> {
    match isolate_phrases(text) {
        Cow::Borrowed(t) => isolate_runs(t),
        Cow::Owned(t) => Cow::Owned(isolate_runs(&t).into_owned()),
    }
}

/// A Dutch term of several words in brackets after its translation (`(aanpassingen op de
/// werkplek)`): without an isolate, right-to-left text puts the brackets and words out of order.
/// Only the words inside are isolated; a single word already shows right.
fn isolate_phrases(text: &str) -> Cow<'_, str> {
    let latin = |c: char| c.is_ascii_alphabetic() || ('\u{C0}'..='\u{24F}').contains(&c);
    let mut out = String::new();
    let mut rest = text;
    let mut changed = false;
    while let Some(open) = rest.find('(') {
        let after = &rest[open + 1..];
        let Some(close) = after.find(')') else { break };
        let inner = &after[..close];
        let phrase = inner.contains(' ')
            && inner.chars().any(latin)
            && inner
                .chars()
                .all(|c| latin(c) || matches!(c, ' ' | '-' | '\''));
        out.push_str(&rest[..=open]);
        if phrase {
            out.push(LRI);
            out.push_str(inner);
            out.push(PDI);
            changed = true;
        } else {
            out.push_str(inner);
        }
        out.push(')');
        rest = &after[close + 1..];
    }
    if !changed {
        return Cow::Borrowed(text);
    }
    out.push_str(rest);
    Cow::Owned(out)
}

fn isolate_runs(text: &str) -> Cow<'_, str> {
    if !text
        .chars()
        .any(|c| c.is_ascii_digit() || matches!(c, '.' | '/' | '@'))
    {
        return Cow::Borrowed(text);
    }
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len() + 8);
    let mut changed = false;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == LRI {
            // Already isolated: copy through to its end.
            while i < chars.len() {
                out.push(chars[i]);
                i += 1;
                if chars[i - 1] == PDI {
                    break;
                }
            }
            continue;
        }
        if !c.is_ascii_alphanumeric() {
            out.push(c);
            i += 1;
            continue;
        }
        let end = run_end(&chars, i);
        let run: String = chars[i..end].iter().collect();
        if needs_isolate(&run) {
            out.push(LRI);
            out.push_str(&run);
            out.push(PDI);
            changed = true;
        } else {
            out.push_str(&run);
        }
        i = end;
    }
    if changed {
        Cow::Owned(out)
    } else {
        Cow::Borrowed(text)
    }
}

/// The end of the number-or-address run that starts at `start` (an ASCII letter or digit): parts
/// and single spaces between digit groups, without trailing separators (a full stop after
/// `113.nl.` ends the sentence, it is not part of the address).
fn run_end(chars: &[char], start: usize) -> usize {
    let mut end = start;
    let mut i = start;
    while i < chars.len() {
        let c = chars[i];
        let digit_space = c == ' '
            && i > start
            && chars[i - 1].is_ascii_digit()
            && chars.get(i + 1).is_some_and(char::is_ascii_digit);
        if !(is_part(c) || digit_space) {
            break;
        }
        if c.is_ascii_alphanumeric() {
            end = i + 1;
        }
        i += 1;
    }
    end
}

/// Whether a run shows wrongly in right-to-left text without an isolate.
fn needs_isolate(run: &str) -> bool {
    let chars: Vec<char> = run.chars().collect();
    let has_digit = chars.iter().any(char::is_ascii_digit);
    let joined = |i: usize| {
        i > 0
            && i + 1 < chars.len()
            && chars[i - 1].is_ascii_alphanumeric()
            && chars[i + 1].is_ascii_alphanumeric()
    };
    chars.iter().enumerate().any(|(i, &c)| {
        let separator = is_separator(c) || c == ' ';
        (has_digit && separator && joined(i)) || (matches!(c, '.' | '/' | '@') && joined(i))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn iso(s: &str) -> String {
        isolate(s).into_owned()
    }

    #[test]
    fn phone_numbers_and_addresses_are_isolated() {
        assert_eq!(
            iso("اتصل بالرقم 0800-0113 أو على 113.nl."),
            "اتصل بالرقم \u{2066}0800-0113\u{2069} أو على \u{2066}113.nl\u{2069}."
        );
        assert_eq!(
            iso("Bel 14 0123, of kijk op werk.nl"),
            "Bel \u{2066}14 0123\u{2069}, of kijk op \u{2066}werk.nl\u{2069}"
        );
        assert_eq!(iso("om 09:30 uur"), "om \u{2066}09:30\u{2069} uur");
        assert_eq!(
            iso("mail naam@gemeente.nl"),
            "mail \u{2066}naam@gemeente.nl\u{2069}"
        );
        assert_eq!(
            iso("zie https://werk.nl/vacatures."),
            "zie \u{2066}https://werk.nl/vacatures\u{2069}."
        );
    }

    #[test]
    fn what_already_shows_right_is_left_alone() {
        for s in [
            "10 minuten",
            "50%",
            "een VCA-diploma",
            "DigiD",
            "{n} vragen",
            "Bel 112.",
            "1, 2 of 3",
        ] {
            assert!(matches!(isolate(s), Cow::Borrowed(_)), "{s}");
        }
    }

    #[test]
    fn a_dutch_phrase_in_brackets_is_isolated_inside_its_brackets() {
        assert_eq!(
            isolate("تعديلات في مكان العمل (aanpassingen op de werkplek)"),
            format!("تعديلات في مكان العمل ({LRI}aanpassingen op de werkplek{PDI})")
        );
        // One word, Arabic words, or a number in brackets: as before.
        for text in ["مدرب عمل (jobcoach)", "(مثلًا هكذا)", "(2027.2)"] {
            assert_eq!(isolate(text), isolate_runs(text), "{text}");
        }
        let twice = isolate("x (op de werkplek) y");
        assert_eq!(isolate(&twice), twice);
    }

    #[test]
    fn isolating_twice_changes_nothing() {
        let once = iso("بالرقم 0800-2000 و 113.nl");
        assert_eq!(iso(&once), once);
    }
}
