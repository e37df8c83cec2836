//! Why a code was refused ([`CodeError`], shown to people through catalog keys) or could not be
//! written ([`EncodeError`], a build or data defect). Each `Display` is one English line.

use std::fmt;

use crate::domain::bank::QuestionId;

/// Why a code was refused. `Display` is one English line; [`CodeError::key`] is the catalog key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CodeError {
    /// Nothing was given.
    Empty,
    /// A character that no code contains, at a 1-based character position.
    BadCharacter { position: usize, ch: char },
    /// The characters do not form a complete code (a dangling character or stray bits).
    Malformed,
    /// Characters are missing.
    TooShort,
    /// There are characters too many.
    TooLong,
    /// The checksum does not match: mistyped or changed.
    Checksum,
    /// A format this version does not know (made by a newer version of the app).
    UnknownFormat(u8),
    /// A rules version id this version does not know.
    UnknownRulesVersion(u8),
    /// An answer position the question does not have.
    OptionOutOfRange { question: &'static str, index: u8 },
    /// A share code whose outcome is not the one its answers give (made or changed by hand).
    Inconsistent,
}

impl CodeError {
    /// The stable catalog key for the message shown to a person, e.g. `code.error.checksum`.
    pub fn key(&self) -> &'static str {
        match self {
            CodeError::Empty => "code.error.empty",
            CodeError::BadCharacter { .. } => "code.error.character",
            CodeError::Malformed => "code.error.malformed",
            CodeError::TooShort => "code.error.too_short",
            CodeError::TooLong => "code.error.too_long",
            CodeError::Checksum => "code.error.checksum",
            CodeError::UnknownFormat(_) => "code.error.format",
            CodeError::UnknownRulesVersion(_) => "code.error.rules_version",
            CodeError::OptionOutOfRange { .. } => "code.error.option",
            CodeError::Inconsistent => "code.error.inconsistent",
        }
    }

    /// How far reading got before this error; used to report the more telling of two errors.
    pub(super) fn depth(&self) -> u8 {
        match self {
            CodeError::Empty => 0,
            CodeError::BadCharacter { .. } => 1,
            CodeError::Malformed | CodeError::TooShort | CodeError::TooLong => 2,
            CodeError::Checksum => 3,
            _ => 4,
        }
    }
}

impl fmt::Display for CodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CodeError::Empty => write!(f, "no code given"),
            CodeError::BadCharacter { position, ch } => {
                write!(
                    f,
                    "character {ch:?} at position {position} is not part of any code"
                )
            }
            CodeError::Malformed => write!(f, "this is not a complete code"),
            CodeError::TooShort => write!(f, "the code is too short: characters are missing"),
            CodeError::TooLong => write!(f, "the code is too long: it has characters too many"),
            CodeError::Checksum => {
                write!(
                    f,
                    "the code does not check out: a character is mistyped or changed"
                )
            }
            CodeError::UnknownFormat(n) => {
                write!(
                    f,
                    "the code is in format {n}, made by a newer version of Werkroute"
                )
            }
            CodeError::UnknownRulesVersion(n) => {
                write!(
                    f,
                    "the code names rules version id {n}, unknown to this version"
                )
            }
            CodeError::OptionOutOfRange { question, index } => {
                write!(
                    f,
                    "the code gives answer {index} to '{question}', which has no such option"
                )
            }
            CodeError::Inconsistent => {
                write!(f, "the code's outcome is not the one its answers give")
            }
        }
    }
}

impl std::error::Error for CodeError {}

/// Why answers could not be written as a code (a build or data defect, not a person's mistake).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EncodeError {
    /// The rules version has no id in [`RULES_VERSIONS`].
    UnknownRulesVersion(String),
    /// An answer the format cannot carry: its question or option is not in the format.
    NotInFormat {
        format: u8,
        question: QuestionId,
        option: String,
    },
}

impl fmt::Display for EncodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EncodeError::UnknownRulesVersion(v) => {
                write!(
                    f,
                    "rules version '{v}' has no result-code id (add it to RULES_VERSIONS)"
                )
            }
            EncodeError::NotInFormat {
                format,
                question,
                option,
            } => write!(
                f,
                "code format {format} cannot carry option '{option}' of question '{question}'"
            ),
        }
    }
}

impl std::error::Error for EncodeError {}
