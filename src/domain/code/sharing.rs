//! The parts of a share code (format 3) beyond the answers: the month it was made, the outcome
//! the person's own app gave, which answered questions stayed behind, the topics to talk about
//! and the person's own say.
//!
//! Layout of format 3 (38 bytes, 51 base64url characters):
//!
//! | bytes  | content                                                                      |
//! |--------|------------------------------------------------------------------------------|
//! | 0      | format id `3`                                                                |
//! | 1      | rules version id (`3` = "2027.2")                                            |
//! | 2..4   | month made, months since January 2000, big-endian                            |
//! | 4      | outcome: high nibble the lead (0 route, 1 sort out first, 2 no route yet), low nibble the route (0 none, 1..=4 A..D) |
//! | 5      | flags: bit 0 = the person's own say was left out; other bits zero            |
//! | 6..24  | the answers that go along, as in format 2 (36 × 4 bits)                      |
//! | 24..29 | withheld: a bit per question (format 2 order) answered but not sent          |
//! | 29..32 | "hier wil ik over praten": a bit per topic                                   |
//! | 32..34 | own say, wishes: a bit per wish                                              |
//! | 34     | own say, step to start with: 1-based in the frozen step list, 0 = none       |
//! | 35     | own say, fit: 0 = not said, 1 = fits, 2 = not quite, 3.. = not quite because reason 1.. |
//! | 36..38 | CRC-16/IBM-3740 of bytes 0..36                                               |
//!
//! Every bit map is most significant bit first and its spare bits are zero. Rules kept: a
//! withheld question carries no answer; the outcome's route is "none" exactly when the lead is
//! "no route yet"; anything else is refused as malformed.

use crate::domain::bank::QuestionId;
use crate::domain::outcome::{Lead, RouteCode};
use crate::domain::own_say::{Fit, FitReason, OwnSay, Wish};
use crate::domain::share::{Month, Topic};
use crate::domain::steps::StepId;

use super::error::CodeError;
use super::formats::{Format, SharedParts};

/// The outcome the person's own app gave, with all their answers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Carried {
    pub route: Option<RouteCode>,
    pub lead: Lead,
}

/// What a share code holds beyond the answers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SharedInfo {
    pub made: Month,
    pub outcome: Carried,
    /// Questions answered but not sent (left out by the person, or acute), by current id.
    pub withheld: Vec<QuestionId>,
    /// Topics the person wants to talk about, in topic order.
    pub talk: Vec<Topic>,
    /// What the person said themselves, if they sent it.
    pub own_say: OwnSay,
    /// The person had said something themselves and left it out.
    pub own_say_withheld: bool,
}

const ROUTES: [RouteCode; 4] = [RouteCode::A, RouteCode::B, RouteCode::C, RouteCode::D];

fn outcome_byte(c: Carried) -> u8 {
    let lead = match c.lead {
        Lead::Route => 0,
        Lead::SortOutFirst => 1,
        Lead::NoRouteYet => 2,
    };
    let route = c
        .route
        .and_then(|r| ROUTES.iter().position(|x| *x == r))
        .map_or(0, |i| i as u8 + 1);
    (lead << 4) | route
}

fn read_outcome(b: u8) -> Result<Carried, CodeError> {
    let lead = match b >> 4 {
        0 => Lead::Route,
        1 => Lead::SortOutFirst,
        2 => Lead::NoRouteYet,
        _ => return Err(CodeError::Malformed),
    };
    let route = match b & 0x0F {
        0 => None,
        i @ 1..=4 => Some(ROUTES[usize::from(i) - 1]),
        _ => return Err(CodeError::Malformed),
    };
    if route.is_none() != (lead == Lead::NoRouteYet) {
        return Err(CodeError::Malformed);
    }
    Ok(Carried { route, lead })
}

/// Sets bit `at` (most significant first) of `bytes`.
fn set_bit(bytes: &mut [u8], at: usize) {
    bytes[at / 8] |= 0x80 >> (at % 8);
}

fn bit(bytes: &[u8], at: usize) -> bool {
    (bytes[at / 8] >> (7 - at % 8)) & 1 == 1
}

/// A bit map over `names`, from the names that are on.
pub(super) fn write_map(out: &mut [u8], names: &[&str], on: impl Fn(&str) -> bool) {
    for (i, name) in names.iter().enumerate() {
        if on(name) {
            set_bit(out, i);
        }
    }
}

/// The names whose bit is on; spare bits must be zero.
pub(super) fn read_map<'a>(bytes: &[u8], names: &[&'a str]) -> Result<Vec<&'a str>, CodeError> {
    if (names.len()..bytes.len() * 8).any(|at| bit(bytes, at)) {
        return Err(CodeError::Malformed);
    }
    Ok(names
        .iter()
        .enumerate()
        .filter(|(i, _)| bit(bytes, *i))
        .map(|(_, n)| *n)
        .collect())
}

/// Writes the header and tail of a share code into `bytes` (the answers are written by the
/// caller). `withheld` is in the format's question positions.
pub(super) fn write(f: &Format, bytes: &mut [u8], info: &SharedInfo) {
    let parts = f.shared.expect("a share format");
    bytes[2..4].copy_from_slice(&info.made.index().to_be_bytes());
    bytes[4] = outcome_byte(info.outcome);
    bytes[5] = u8::from(info.own_say_withheld);
    let mut at = f.answers_at() + f.answer_bytes();
    let n = f.questions.len().div_ceil(8);
    for q in &info.withheld {
        if let Some(pos) = f.questions.iter().position(|fq| fq.0 == q.as_str()) {
            set_bit(&mut bytes[at..at + n], pos);
        }
    }
    at += n;
    let n = parts.topics.len().div_ceil(8);
    write_map(&mut bytes[at..at + n], parts.topics, |t| {
        info.talk.iter().any(|x| x.as_str() == t)
    });
    at += n;
    let n = parts.wishes.len().div_ceil(8);
    write_map(&mut bytes[at..at + n], parts.wishes, |w| {
        info.own_say.wishes.iter().any(|x| x.as_str() == w)
    });
    at += n;
    // A step or reason the frozen lists do not know is not carried (a newer format would).
    bytes[at] = info
        .own_say
        .start_with
        .and_then(|s| parts.steps.iter().position(|x| *x == s.as_str()))
        .map_or(0, |i| i as u8 + 1);
    bytes[at + 1] = match info.own_say.fit {
        None => 0,
        Some(Fit::Yes) => 1,
        Some(Fit::No { reason: None }) => 2,
        Some(Fit::No { reason: Some(r) }) => parts
            .reasons
            .iter()
            .position(|x| *x == r.as_str())
            .map_or(2, |i| i as u8 + 3),
    };
}

/// Reads the header and tail of a share code. `answered(pos)` says whether the answer at a
/// format position is set: a withheld question must have none.
pub(super) fn read(
    f: &Format,
    parts: &SharedParts,
    bytes: &[u8],
    answered: impl Fn(usize) -> bool,
) -> Result<SharedInfo, CodeError> {
    let made =
        Month::from_index(u16::from_be_bytes([bytes[2], bytes[3]])).ok_or(CodeError::Malformed)?;
    let outcome = read_outcome(bytes[4])?;
    if bytes[5] & !1 != 0 {
        return Err(CodeError::Malformed);
    }
    let mut at = f.answers_at() + f.answer_bytes();
    let n = f.questions.len().div_ceil(8);
    let names: Vec<&str> = f.questions.iter().map(|fq| fq.0).collect();
    let withheld_names = read_map(&bytes[at..at + n], &names)?;
    let mut withheld = Vec::new();
    for (pos, fq) in f.questions.iter().enumerate() {
        if withheld_names.contains(&fq.0) {
            if answered(pos) {
                return Err(CodeError::Malformed);
            }
            withheld.extend(QuestionId::parse(fq.0));
        }
    }
    at += n;
    let n = parts.topics.len().div_ceil(8);
    let talk = read_map(&bytes[at..at + n], parts.topics)?
        .into_iter()
        .filter_map(Topic::parse)
        .collect();
    at += n;
    let n = parts.wishes.len().div_ceil(8);
    let wishes = read_map(&bytes[at..at + n], parts.wishes)?
        .into_iter()
        .filter_map(Wish::parse)
        .collect();
    at += n;
    let start_with = match usize::from(bytes[at]) {
        0 => None,
        i => Some(
            parts
                .steps
                .get(i - 1)
                .ok_or(CodeError::Malformed)
                .map(|s| StepId::parse(s))?,
        )
        .flatten(),
    };
    let fit = match usize::from(bytes[at + 1]) {
        0 => None,
        1 => Some(Fit::Yes),
        2 => Some(Fit::No { reason: None }),
        i => Some(Fit::No {
            reason: Some(
                parts
                    .reasons
                    .get(i - 3)
                    .and_then(|r| FitReason::parse(r))
                    .ok_or(CodeError::Malformed)?,
            ),
        }),
    };
    let own_say = OwnSay {
        wishes,
        start_with,
        fit,
    };
    let own_say_withheld = bytes[5] & 1 == 1;
    if own_say_withheld && !own_say.is_empty() {
        return Err(CodeError::Malformed);
    }
    Ok(SharedInfo {
        made,
        outcome,
        withheld,
        talk,
        own_say,
        own_say_withheld,
    })
}
