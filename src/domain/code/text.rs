//! The two ways a code is written: base64url without padding (links and QR codes; case
//! sensitive, 4 characters per 3 bytes) and a typeable form in Crockford base32 (case
//! insensitive, no I, L, O or U to confuse; read back with O as 0 and I or L as 1), grouped in
//! blocks of at most five characters joined by `-`. Both carry the same bytes, so the checksum
//! guards both.
//!
//! Rule kept: reading is strict about what changes meaning (only canonical text: no stray bits,
//! no dangling character) and tolerant about what does not (spaces, dashes and case in the
//! typeable form). Written here rather than with a crate: together about 60 lines.

use super::CodeError;

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
const B32: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
/// Typeable groups hold at most this many characters.
const GROUP: usize = 5;

/// Writes `bytes` as big-endian groups of `width` bits (the last one padded with zero bits),
/// each looked up in `alphabet`.
fn pack(bytes: &[u8], width: u32, alphabet: &[u8]) -> String {
    let (mut acc, mut n, mut out) = (0u32, 0u32, String::new());
    for &b in bytes {
        acc = (acc << 8) | u32::from(b);
        n += 8;
        while n >= width {
            n -= width;
            out.push(char::from(
                alphabet[((acc >> n) & ((1 << width) - 1)) as usize],
            ));
        }
    }
    if n > 0 {
        out.push(char::from(
            alphabet[((acc << (width - n)) & ((1 << width) - 1)) as usize],
        ));
    }
    out
}

/// Reads groups of `width` bits given by `digit` (`None` for a character outside the alphabet)
/// back into bytes. Refuses text that no byte string would be written as.
fn unpack(
    chars: impl Iterator<Item = (usize, char)>,
    width: u32,
    digit: impl Fn(char) -> Option<u32>,
) -> Result<Vec<u8>, CodeError> {
    let (mut acc, mut n, mut out) = (0u32, 0u32, Vec::new());
    for (i, ch) in chars {
        let d = digit(ch).ok_or(CodeError::BadCharacter {
            position: i + 1,
            ch,
        })?;
        acc = ((acc << width) | d) & 0xFFFF;
        n += width;
        if n >= 8 {
            n -= 8;
            out.push((acc >> n) as u8);
        }
    }
    // A whole character left over, or stray one bits, is not how any code is written.
    if n >= width || acc & ((1 << n) - 1) != 0 {
        return Err(CodeError::Malformed);
    }
    Ok(out)
}

/// base64url without padding.
pub(super) fn base64url_encode(bytes: &[u8]) -> String {
    pack(bytes, 6, B64)
}

/// Reads base64url without padding, strictly.
pub(super) fn base64url_decode(text: &str) -> Result<Vec<u8>, CodeError> {
    let digit = |c: char| match c {
        'A'..='Z' => Some(c as u32 - 'A' as u32),
        'a'..='z' => Some(c as u32 - 'a' as u32 + 26),
        '0'..='9' => Some(c as u32 - '0' as u32 + 52),
        '-' => Some(62),
        '_' => Some(63),
        _ => None,
    };
    unpack(text.chars().enumerate(), 6, digit)
}

/// The typeable form of `code`: Crockford base32 in groups of at most five, e.g.
/// `04G0H-2B4A9-...-7K3Q`. Fails only when `code` is not base64url.
pub fn to_typeable(code: &str) -> Result<String, CodeError> {
    let plain = pack(&base64url_decode(code)?, 5, B32);
    let groups = plain.len().div_ceil(GROUP).max(1);
    // Groups as even as possible: sizes differ by at most one, bigger ones first.
    let (size, extra) = (plain.len() / groups, plain.len() % groups);
    let mut out = String::new();
    let mut rest = plain.as_str();
    for g in 0..groups {
        let (head, tail) = rest.split_at(size + usize::from(g < extra));
        if g > 0 {
            out.push('-');
        }
        out.push_str(head);
        rest = tail;
    }
    Ok(out)
}

/// Reads a typeable form back into the code (base64url) it stands for. Spaces, tabs and dashes
/// are ignored, case does not matter, O reads as 0 and I or L as 1. It does not check the code
/// itself: pass the result to [`super::decode`].
pub fn from_typeable(typed: &str) -> Result<String, CodeError> {
    let chars = typed
        .chars()
        .enumerate()
        .filter(|(_, c)| !(*c == '-' || c.is_whitespace()));
    let digit = |c: char| {
        let c = match c.to_ascii_uppercase() {
            'O' => '0',
            'I' | 'L' => '1',
            c => c,
        };
        B32.iter()
            .position(|&b| char::from(b) == c)
            .map(|p| p as u32)
    };
    let count = chars.clone().count();
    // The format byte is the first 8 of the first two digits' 10 bits.
    let mut head = chars.clone().filter_map(|(_, c)| digit(c));
    let first = match (head.next(), head.next()) {
        (Some(a), Some(b)) => u8::try_from((a << 3) | (b >> 2)).ok(),
        _ => None,
    };
    let bytes = unpack(chars, 5, digit).map_err(|e| super::length_error(e, count, 5, first))?;
    if bytes.is_empty() {
        return Err(CodeError::Empty);
    }
    Ok(base64url_encode(&bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64url_matches_the_rfc_vectors() {
        // RFC 4648 section 10, without padding.
        let cases = [
            ("", ""),
            ("f", "Zg"),
            ("fo", "Zm8"),
            ("foo", "Zm9v"),
            ("foobar", "Zm9vYmFy"),
        ];
        for (raw, enc) in cases {
            assert_eq!(base64url_encode(raw.as_bytes()), enc);
            assert_eq!(base64url_decode(enc).unwrap(), raw.as_bytes());
        }
        assert_eq!(base64url_encode(&[0xfb, 0xff]), "-_8");
    }

    #[test]
    fn base64url_refuses_what_is_not_canonical() {
        assert_eq!(
            base64url_decode("Zg=="),
            Err(CodeError::BadCharacter {
                position: 3,
                ch: '='
            })
        );
        assert_eq!(
            base64url_decode("Zm9v+"),
            Err(CodeError::BadCharacter {
                position: 5,
                ch: '+'
            })
        );
        assert_eq!(
            base64url_decode("Zm9vY"),
            Err(CodeError::Malformed),
            "dangling character"
        );
        assert_eq!(
            base64url_decode("Zh"),
            Err(CodeError::Malformed),
            "stray bits"
        );
    }

    #[test]
    fn typeable_form_round_trips_and_forgives_case_spaces_and_look_alikes() {
        let code = base64url_encode(&[0x01, 0x01, 0xde, 0xad, 0xbe, 0xef, 0x00, 0x10, 0xff]);
        let typed = to_typeable(&code).unwrap();
        // Checked against Python's base64.b32encode mapped to the Crockford alphabet.
        assert_eq!(typed, "040XX-BDYXW-011ZR");
        assert_eq!(from_typeable(&typed).unwrap(), code);
        assert_eq!(from_typeable(" 040xx bdyxw-011zr\n").unwrap(), code);
        assert_eq!(from_typeable("O4OXX-BDYXW-OIlZR").unwrap(), code);
        let bad = from_typeable("040XX-BDYXW-011ZU").unwrap_err();
        assert_eq!(
            bad,
            CodeError::BadCharacter {
                position: 17,
                ch: 'U'
            }
        );
        assert_eq!(from_typeable(" - ").unwrap_err(), CodeError::Empty);
    }

    #[test]
    fn typeable_groups_are_even() {
        let sizes = |n: usize| -> Vec<usize> {
            let t = to_typeable(&base64url_encode(&vec![7u8; n])).unwrap();
            t.split('-').map(str::len).collect()
        };
        assert_eq!(sizes(18), [5, 5, 5, 5, 5, 4]);
        assert_eq!(sizes(5), [4, 4]);
        assert_eq!(sizes(1), [2]);
    }
}
