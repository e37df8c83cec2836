//! The result code: a person's answers and the rules version, packed into a short, versioned,
//! checksummed string that travels in the URL fragment (`#/r/<code>`), in a QR code and, typed by
//! hand, as a grouped Crockford base32 form. It carries answers, never scores: the reader scores
//! them again, so a code cannot claim a result its answers do not give.
//!
//! Rules kept:
//! - **A published code decodes forever.** Each format freezes its own list of questions and their
//!   options (`FORMAT_1`); the bank may change, the frozen list may not. A new question, option or
//!   order means a new format next to the old ones. Rules versions get a small id from
//!   [`RULES_VERSIONS`], a table that only grows. Golden vectors in `fixtures/codes/` hold this.
//! - **Every format** starts with its format byte and ends with a CRC-16 over all bytes before it,
//!   so a mistyped or misread code is refused: any one changed character, any two swapped
//!   neighbours, any burst of up to 16 changed bits. The CRC is public and anyone can compute
//!   it: it catches typing and scanning errors, it is no seal, and a code proves nothing about
//!   who made it, when, or whether it was changed.
//! - **Decoding is strict and total:** only canonical codes are accepted (so decode then encode
//!   gives the same string), anything else is a [`CodeError`] and never a panic.
//!
//! Format 2 (rules 2027.1) has the same layout with 36 answers × 4 bits in `FORMAT_2` order:
//! 22 bytes, 30 base64url characters (36 typeable). A code names its rules version, and the
//! reader scores it under that version, so an old result keeps the outcome it had.
//!
//! Format 1, 18 bytes, 24 base64url characters (29 typeable):
//!
//! | bytes  | content                                                                      |
//! |--------|------------------------------------------------------------------------------|
//! | 0      | format id `1`                                                                |
//! | 1      | rules version id ([`RULES_VERSIONS`], `1` = "2026.1")                        |
//! | 2..16  | 35 answers × 3 bits, most significant bit first, in `FORMAT_1` order, then 7 zero bits; 0 = unanswered, 1..=n = position in the question's options (scale, then `dont_know`, then `rather_not` on sensitive questions) |
//! | 16..18 | CRC-16/IBM-3740 (poly 0x1021, init 0xFFFF) of bytes 0..16, big-endian        |
//!
//! The checksum is ten lines written here rather than a crate: it is the only one we need.

mod error;
mod formats;
mod profile;
mod sharing;
mod text;

pub use error::{CodeError, EncodeError};
pub use formats::{CURRENT_FORMAT, RULES_VERSIONS};
pub use profile::{
    decode_profile, encode_profile, profile_fragment, PROFILE_FORMAT, PROFILE_PREFIX,
};
pub use sharing::{Carried, SharedInfo};
pub use text::{from_typeable, to_typeable};

use super::answers::Answers;
use super::bank::QuestionId;
use super::own_say::OwnSay;
use super::rules::Rules;
use super::score::score;
use super::share::{split, Month, ShareChoice};
use formats::{find_format, format, share_format, Format, FORMATS};

/// What comes before the code in a share link's fragment.
pub const FRAGMENT_PREFIX: &str = "#/r/";

/// Codes longer than this many bytes are refused before any other work.
const MAX_BYTES: usize = 64;

/// What a valid code holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decoded {
    /// The code format it was written in.
    pub format: u8,
    /// The rules version the person's result was made with, e.g. "2026.1".
    pub rules_version: &'static str,
    /// The answers, by current question id.
    pub answers: Answers,
    /// Answers to questions the bank no longer has, as (question id, option id). Empty while
    /// every frozen question is still asked.
    pub retired: Vec<(&'static str, &'static str)>,
    /// A share code (format 3 on): what the person chose to send, and when. `None` for the
    /// formats that carry every answer.
    pub shared: Option<SharedInfo>,
}

/// What a person shares: all their answers and own say, and what they chose to send of them.
pub struct Sharing<'a> {
    pub answers: &'a Answers,
    pub own_say: &'a OwnSay,
    pub choice: &'a ShareChoice,
    /// The month it is now (the code carries no day or hour).
    pub made: Month,
}

/// A text of `chars` characters of `width` bits that did not read as whole bytes is, in practice,
/// a code with characters missing or added: say which, compared with the formats' lengths.
/// When the format byte can be read from the first characters, only that format's length counts.
fn length_error(e: CodeError, chars: usize, width: usize, first: Option<u8>) -> CodeError {
    let named = first.and_then(|id| find_format(FORMATS, id));
    let lengths = FORMATS
        .iter()
        .filter(|f| named.is_none_or(|n| n.id == f.id))
        .map(|f| (f.len() * 8).div_ceil(width));
    match e {
        CodeError::Malformed if lengths.clone().all(|n| chars < n) => CodeError::TooShort,
        CodeError::Malformed if lengths.clone().all(|n| chars > n) => CodeError::TooLong,
        e => e,
    }
}

/// CRC-16/IBM-3740 (a.k.a. CCITT-FALSE): poly 0x1021, init 0xFFFF, not reflected.
/// `bytes` with their checksum appended, in base64url: a code the reader can check but need not
/// know (another rules version or format), for tests elsewhere in the domain.
#[cfg(test)]
pub(crate) fn sealed(mut bytes: Vec<u8>) -> String {
    let crc = crc16(&bytes).to_be_bytes();
    bytes.extend_from_slice(&crc);
    text::base64url_encode(&bytes)
}

fn crc16(bytes: &[u8]) -> u16 {
    let mut crc: u16 = 0xFFFF;
    for &b in bytes {
        crc ^= u16::from(b) << 8;
        for _ in 0..8 {
            crc = if crc & 0x8000 != 0 {
                (crc << 1) ^ 0x1021
            } else {
                crc << 1
            };
        }
    }
    crc
}

/// Writes `answers`, made under `rules`, as a code in the format of that rules version: every
/// answer goes (the CLI, golden vectors; the app shares with [`encode_shared`]).
pub fn encode(answers: &Answers, rules: &Rules) -> Result<String, EncodeError> {
    let f = format(rules.code_format)
        .ok_or_else(|| EncodeError::UnknownRulesVersion(rules.version.clone()))?;
    let mut bytes = vec![0u8; f.len()];
    write_answers(f, rules_id(rules)?, answers, &mut bytes)?;
    Ok(seal(bytes))
}

/// Writes a share code: only the answers the person chose to send (never an acute one), which
/// answered questions stayed behind, the outcome their own app gave with all answers, the
/// topics to talk about, their own say if chosen, and the month.
pub fn encode_shared(s: &Sharing, rules: &Rules) -> Result<String, EncodeError> {
    let id = rules_id(rules)?;
    let f =
        share_format(id).ok_or_else(|| EncodeError::UnknownRulesVersion(rules.version.clone()))?;
    let (answers, withheld) = split(rules, s.answers, s.choice);
    let full = score(rules, s.answers);
    let own_say_goes = s.choice.own_say;
    let info = SharedInfo {
        made: s.made,
        outcome: Carried {
            route: full.route,
            lead: full.lead,
        },
        withheld,
        talk: s.choice.talk.iter().copied().collect(),
        own_say: if own_say_goes {
            s.own_say.clone()
        } else {
            OwnSay::default()
        },
        own_say_withheld: !own_say_goes && !s.own_say.is_empty(),
    };
    let mut bytes = vec![0u8; f.len()];
    write_answers(f, id, &answers, &mut bytes)?;
    sharing::write(f, &mut bytes, &info);
    Ok(seal(bytes))
}

fn rules_id(rules: &Rules) -> Result<u8, EncodeError> {
    RULES_VERSIONS
        .iter()
        .find(|(_, v)| *v == rules.version)
        .map(|(id, _)| *id)
        .ok_or_else(|| EncodeError::UnknownRulesVersion(rules.version.clone()))
}

/// The format and rules bytes and the answers, in `f`'s layout.
fn write_answers(
    f: &Format,
    rules_id: u8,
    answers: &Answers,
    bytes: &mut [u8],
) -> Result<(), EncodeError> {
    bytes[0] = f.id;
    bytes[1] = rules_id;
    for (q, option) in answers.iter() {
        let not_in_format = || EncodeError::NotInFormat {
            format: f.id,
            question: q,
            option: option.to_string(),
        };
        let pos = f
            .questions
            .iter()
            .position(|fq| fq.0 == q.as_str())
            .ok_or_else(not_in_format)?;
        let index = f.questions[pos].index(option).ok_or_else(not_in_format)?;
        for bit in 0..f.bits {
            if (index >> (f.bits - 1 - bit)) & 1 == 1 {
                let at = f.answers_at() * 8 + pos * f.bits + bit;
                bytes[at / 8] |= 0x80 >> (at % 8);
            }
        }
    }
    Ok(())
}

/// The checksum over everything before it, then the text form.
fn seal(mut bytes: Vec<u8>) -> String {
    let n = bytes.len() - 2;
    let crc = crc16(&bytes[..n]).to_be_bytes();
    bytes[n..].copy_from_slice(&crc);
    text::base64url_encode(&bytes)
}

/// Reads a code (base64url, exactly as [`encode`] writes it).
pub fn decode(code: &str) -> Result<Decoded, CodeError> {
    decode_in(FORMATS, code)
}

fn decode_in(formats: &[&'static Format], code: &str) -> Result<Decoded, CodeError> {
    if code.is_empty() {
        return Err(CodeError::Empty);
    }
    if code.len() > MAX_BYTES * 2 {
        return Err(CodeError::TooLong);
    }
    let first = code
        .get(..4)
        .and_then(|head| text::base64url_decode(head).ok())
        .and_then(|b| b.first().copied());
    let bytes = text::base64url_decode(code).map_err(|e| length_error(e, code.len(), 6, first))?;
    if bytes.len() < 4 {
        return Err(CodeError::TooShort);
    }
    if bytes.len() > MAX_BYTES {
        return Err(CodeError::TooLong);
    }
    let f = find_format(formats, bytes[0]);
    if let Some(f) = f {
        if bytes.len() < f.len() {
            return Err(CodeError::TooShort);
        }
        if bytes.len() > f.len() {
            return Err(CodeError::TooLong);
        }
    }
    let n = bytes.len() - 2;
    if crc16(&bytes[..n]).to_be_bytes() != bytes[n..] {
        return Err(CodeError::Checksum);
    }
    let f = f.ok_or(CodeError::UnknownFormat(bytes[0]))?;
    let rules_version = RULES_VERSIONS
        .iter()
        .filter(|(id, _)| f.rules.contains(id))
        .find(|(id, _)| *id == bytes[1])
        .map(|(_, v)| *v)
        .ok_or(CodeError::UnknownRulesVersion(bytes[1]))?;
    let start = f.answers_at();
    let bit = |at: usize| (bytes[start + at / 8] >> (7 - at % 8)) & 1;
    let mut decoded = Decoded {
        format: f.id,
        rules_version,
        answers: Answers::new(),
        retired: Vec::new(),
        shared: None,
    };
    for (pos, fq) in f.questions.iter().enumerate() {
        let index = (0..f.bits).fold(0u8, |v, b| (v << 1) | bit(pos * f.bits + b));
        if index == 0 {
            continue;
        }
        let option = fq
            .option(usize::from(index))
            .ok_or(CodeError::OptionOutOfRange {
                question: fq.0,
                index,
            })?;
        match QuestionId::parse(fq.0) {
            Some(q) => decoded.answers.set(q, option),
            None => decoded.retired.push((fq.0, option)),
        }
    }
    if (f.questions.len() * f.bits..f.answer_bytes() * 8).any(|at| bit(at) != 0) {
        return Err(CodeError::Malformed);
    }
    if let Some(parts) = f.shared {
        let answered = |pos: usize| (0..f.bits).any(|b| bit(pos * f.bits + b) != 0);
        decoded.shared = Some(sharing::read(f, parts, &bytes, answered)?);
    }
    Ok(decoded)
}

/// Reads whatever a person pastes or types: a code, its typeable form, a `#/r/<code>` fragment
/// or a whole share link. Surrounding spaces are ignored. When neither reading works, the error
/// of the one that got further is returned; on a tie, the typeable reading's error when the text
/// looks grouped (three or more dashes or spaces), else the code reading's.
pub fn decode_any(input: &str) -> Result<Decoded, CodeError> {
    read_any(input).map(|(_, d)| d)
}

/// Like [`decode_any`], with the canonical code of what was read (to put in a link).
pub fn read_any(input: &str) -> Result<(String, Decoded), CodeError> {
    let input = input.trim();
    let input = match input.find(FRAGMENT_PREFIX) {
        Some(at) => &input[at + FRAGMENT_PREFIX.len()..],
        None => input,
    };
    let plain = match decode(input) {
        Ok(d) => return Ok((input.to_string(), d)),
        Err(e) => e,
    };
    let grouped = input
        .chars()
        .filter(|c| *c == '-' || c.is_whitespace())
        .count()
        >= 3;
    match from_typeable(input).and_then(|code| decode(&code).map(|d| (code, d))) {
        Ok(found) => Ok(found),
        Err(e) if e.depth() > plain.depth() || (grouped && e.depth() == plain.depth()) => Err(e),
        Err(_) => Err(plain),
    }
}

/// The fragment of a share link for `code`: `#/r/<code>`. It never reaches a server.
pub fn link_fragment(code: &str) -> String {
    format!("{FRAGMENT_PREFIX}{code}")
}

#[cfg(test)]
mod share_tests;
#[cfg(test)]
mod tests;
