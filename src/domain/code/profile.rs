//! The work profile's link (`#/w/<code>`): the person's choices for an employer, packed like a
//! result code (a format byte first, a CRC-16 last, base64url) so it travels in the URL fragment
//! and a QR code and never reaches a server.
//!
//! Rules kept: it carries **only** the profile's choices (strengths, wishes, what to learn,
//! whether the general employer support is listed, the second language, the month): no answer,
//! no route, no score, no barrier has a place in it. Reading is strict and total like every
//! code: spare bits must be zero, so decoding then encoding gives the same text.
//!
//! Layout of profile format 1 (id 80, 11 bytes, 15 base64url characters):
//!
//! | bytes | content                                                                        |
//! |-------|--------------------------------------------------------------------------------|
//! | 0     | format id `80`                                                                 |
//! | 1..3  | month made, months since January 2000, big-endian                             |
//! | 3..5  | strengths: a bit per name in `STRENGTHS`                                       |
//! | 5..7  | wishes: a bit per name in `WISHES`                                             |
//! | 7     | what to learn: a bit per name in `LEARN`                                       |
//! | 8     | high nibble: the second language (0 none, 1.. in `LANGUAGES`); bit 0: employer support listed; bits 1-3 zero |
//! | 9..11 | CRC-16/IBM-3740 of bytes 0..9                                                  |
//!
//! The name lists are frozen with the format: a new strength, wish or language means a new
//! format next to this one.

use super::error::CodeError;
use super::sharing::{read_map, write_map};
use super::{crc16, text};
use crate::domain::ids::SubId;
use crate::domain::own_say::Wish;
use crate::domain::share::Month;
use crate::domain::work_profile::{Learn, WorkProfile};

/// What comes before a profile code in its link's fragment.
pub const PROFILE_PREFIX: &str = "#/w/";

/// The profile format's id (the first byte).
pub const PROFILE_FORMAT: u8 = 80;

const LEN: usize = 11;

const STRENGTHS: [&str; 10] = [
    "w1_commitment",
    "w2_intention",
    "w3_autonomous",
    "w3_sense",
    "w5_activity",
    "k1_work_ability",
    "k2_basic_skills",
    "k3_experience",
    "k4_work_habits",
    "k5_job_search",
];

#[rustfmt::skip]
const WISHES: [&str; 11] = [
    "with_people", "with_hands", "outdoors", "with_computers", "caring_for_others",
    "few_hours", "part_time", "full_time", "near_home", "from_home", "quiet_place",
];

const LEARN: [&str; 6] = [
    "dutch",
    "trade",
    "computer",
    "certificate",
    "driving_licence",
    "on_the_job",
];

const LANGUAGES: [&str; 5] = ["en", "ar", "tr", "pl", "uk"];

/// Writes a profile as its code.
pub fn encode_profile(p: &WorkProfile) -> String {
    let mut bytes = [0u8; LEN];
    bytes[0] = PROFILE_FORMAT;
    bytes[1..3].copy_from_slice(&p.made.index().to_be_bytes());
    write_map(&mut bytes[3..5], &STRENGTHS, |n| {
        p.strengths.iter().any(|s| s.as_str() == n)
    });
    write_map(&mut bytes[5..7], &WISHES, |n| {
        p.wishes.iter().any(|w| w.as_str() == n)
    });
    write_map(&mut bytes[7..8], &LEARN, |n| {
        p.learn.iter().any(|l| l.as_str() == n)
    });
    let language = p
        .language
        .and_then(|l| LANGUAGES.iter().position(|x| *x == l))
        .map_or(0, |i| i as u8 + 1);
    bytes[8] = (language << 4) | u8::from(p.support);
    let crc = crc16(&bytes[..LEN - 2]).to_be_bytes();
    bytes[LEN - 2..].copy_from_slice(&crc);
    text::base64url_encode(&bytes)
}

/// Reads a profile code, its `#/w/<code>` fragment or a whole link (surrounding spaces ignored).
pub fn decode_profile(input: &str) -> Result<WorkProfile, CodeError> {
    let input = input.trim();
    let code = match input.find(PROFILE_PREFIX) {
        Some(at) => &input[at + PROFILE_PREFIX.len()..],
        None => input,
    };
    if code.is_empty() {
        return Err(CodeError::Empty);
    }
    if code.len() > LEN * 4 {
        return Err(CodeError::TooLong);
    }
    let chars = LEN * 8 / 6 + 1;
    let bytes = text::base64url_decode(code).map_err(|e| match e {
        CodeError::Malformed if code.len() < chars => CodeError::TooShort,
        CodeError::Malformed if code.len() > chars => CodeError::TooLong,
        e => e,
    })?;
    if bytes.len() < LEN {
        return Err(CodeError::TooShort);
    }
    if bytes.len() > LEN {
        return Err(CodeError::TooLong);
    }
    if crc16(&bytes[..LEN - 2]).to_be_bytes() != bytes[LEN - 2..] {
        return Err(CodeError::Checksum);
    }
    if bytes[0] != PROFILE_FORMAT {
        return Err(CodeError::UnknownFormat(bytes[0]));
    }
    let made =
        Month::from_index(u16::from_be_bytes([bytes[1], bytes[2]])).ok_or(CodeError::Malformed)?;
    let strengths = read_map(&bytes[3..5], &STRENGTHS)?
        .into_iter()
        .filter_map(SubId::parse)
        .collect();
    let wishes = read_map(&bytes[5..7], &WISHES)?
        .into_iter()
        .filter_map(Wish::parse)
        .collect();
    let learn = read_map(&bytes[7..8], &LEARN)?
        .into_iter()
        .filter_map(Learn::parse)
        .collect();
    if bytes[8] & 0b1110 != 0 {
        return Err(CodeError::Malformed);
    }
    let language = match usize::from(bytes[8] >> 4) {
        0 => None,
        i => Some(*LANGUAGES.get(i - 1).ok_or(CodeError::Malformed)?),
    };
    Ok(WorkProfile {
        strengths,
        wishes,
        learn,
        support: bytes[8] & 1 == 1,
        language,
        made,
    })
}

/// The fragment of a profile link for `code`: `#/w/<code>`. It never reaches a server.
pub fn profile_fragment(code: &str) -> String {
    format!("{PROFILE_PREFIX}{code}")
}
