//! The code readers (`decode`, `decode_any`, `from_typeable`) against 100,000 hostile inputs:
//! random bytes, random strings in both alphabets, and valid codes mutated by insertions,
//! deletions, swaps, replaced characters and bit flips of the decoded bytes (with the checksum
//! left alone, or made to fit so the deeper checks get exercised). Nothing may panic; a single
//! edit must be refused; anything accepted must be a valid answer set written canonically.
//!
//! Counts: 30,000 + 20,000 + 20,000 + 30,000 = 100,000 cases (each mutated case also feeds its
//! typeable form). The checksum and base64url here are written again, independently, as oracles.

use std::cell::Cell;
use std::sync::OnceLock;

use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use werkroute::domain::code::{decode, decode_any, encode, from_typeable, to_typeable, Decoded};
use werkroute::domain::{question, Answers, Question, Rules};

/// The current rules: valid codes are made in their format (format 2).
fn rules() -> &'static Rules {
    Rules::current().unwrap()
}

fn bank() -> Vec<&'static Question> {
    rules().questions().collect()
}

fn crc16(bytes: &[u8]) -> u16 {
    bytes.iter().fold(0xFFFFu16, |mut crc, &b| {
        crc ^= u16::from(b) << 8;
        for _ in 0..8 {
            crc = if crc & 0x8000 != 0 {
                (crc << 1) ^ 0x1021
            } else {
                crc << 1
            };
        }
        crc
    })
}

const TYPED: &str = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz -";
const B64: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

fn b64_decode(s: &str) -> Vec<u8> {
    let bits: Vec<u8> = s
        .chars()
        .flat_map(|c| {
            let v = B64.find(c).unwrap();
            (0..6).rev().map(move |i| ((v >> i) & 1) as u8)
        })
        .collect();
    bits.chunks_exact(8)
        .map(|c| c.iter().fold(0, |a, b| (a << 1) | b))
        .collect()
}

fn b64_encode(bytes: &[u8]) -> String {
    let bits: Vec<u8> = bytes
        .iter()
        .flat_map(|b| (0..8).rev().map(move |i| (b >> i) & 1))
        .collect();
    bits.chunks(6)
        .map(|c| {
            let v = c.iter().fold(0usize, |a, b| (a << 1) | usize::from(*b)) << (6 - c.len());
            B64.as_bytes()[v] as char
        })
        .collect()
}

/// The option ids of every question, in bank order, computed once.
fn options() -> &'static [Vec<String>] {
    static CELL: OnceLock<Vec<Vec<String>>> = OnceLock::new();
    CELL.get_or_init(|| {
        bank()
            .into_iter()
            .map(|q| rules().options(q).into_iter().map(|o| o.id).collect())
            .collect()
    })
}

/// A random answer set: per question, unanswered or any of its options.
fn answer_sets() -> impl Strategy<Value = Answers> {
    prop::collection::vec(0usize..16, bank().len()).prop_map(|picks| {
        let mut a = Answers::new();
        for ((q, opts), pick) in bank().into_iter().zip(options()).zip(picks) {
            if let Some(o) = opts.get(pick % (opts.len() + 1)) {
                a.set(q.id, o.as_str());
            }
        }
        a
    })
}

/// Random text of `len` characters drawn from `alphabet`.
fn text_from(alphabet: &'static str, len: std::ops::Range<usize>) -> impl Strategy<Value = String> {
    prop::collection::vec(any::<prop::sample::Index>(), len).prop_map(move |picks| {
        let a = alphabet.as_bytes();
        picks.iter().map(|i| a[i.index(a.len())] as char).collect()
    })
}

/// What an accepted text must be: answers the rules offer, written exactly as `encode` would.
fn assert_valid(text: &str, d: &Decoded) -> Result<(), TestCaseError> {
    // Scored and re-written under the version the code names (a mutated code may name 2026.1).
    let made_with = Rules::get(d.rules_version).unwrap();
    for (q, option) in d.answers.iter() {
        prop_assert!(
            made_with.asks(q) && made_with.value_of(question(q), option).is_some(),
            "{q}={option}"
        );
    }
    prop_assert!(d.retired.is_empty());
    let again = encode(&d.answers, made_with).unwrap();
    prop_assert!(
        again == text || to_typeable(&again).unwrap() == text,
        "{text} not canonical"
    );
    Ok(())
}

/// One edit of a code, by kind: 0 insert, 1 delete, 2 swap neighbours, 3 replace a character,
/// 4 flip a bit of the decoded bytes, 5 flip a bit and make the checksum fit.
#[derive(Clone, Copy, Debug)]
struct Edit(u8, usize, u8);

fn edits() -> impl Strategy<Value = Vec<Edit>> {
    prop::collection::vec(
        (0u8..6, any::<usize>(), any::<u8>()).prop_map(|(k, p, v)| Edit(k, p, v)),
        1..4,
    )
}

fn apply(code: &str, edits: &[Edit]) -> String {
    let mut chars: Vec<char> = code.chars().collect();
    for &Edit(kind, pos, val) in edits {
        let c = B64.as_bytes()[usize::from(val) % 64] as char;
        let len = chars.len();
        match kind {
            0 => chars.insert(pos % (len + 1), c),
            1..=3 if len == 0 => {}
            1 => {
                chars.remove(pos % len);
            }
            2 if len >= 2 => chars.swap(pos % (len - 1), pos % (len - 1) + 1),
            3 => chars[pos % len] = c,
            4 | 5 if len % 4 == 0 => {
                let s: String = chars.iter().collect();
                let mut bytes = b64_decode(&s);
                let bit = pos % (bytes.len() * 8);
                bytes[bit / 8] ^= 0x80 >> (bit % 8);
                if kind == 5 {
                    let n = bytes.len() - 2;
                    let crc = crc16(&bytes[..n]).to_be_bytes();
                    bytes[n..].copy_from_slice(&crc);
                }
                chars = b64_encode(&bytes).chars().collect();
            }
            _ => {}
        }
    }
    chars.into_iter().collect()
}

/// Run by hand rather than by `proptest!` so it can count what was accepted: the checks on an
/// accepted code must actually run (flips with a fitted checksum give valid other answers).
#[test]
fn mutated_codes_are_refused_or_valid() {
    let (accepted, typed_accepted) = (Cell::new(0), Cell::new(0));
    let mut runner = TestRunner::new(Config::with_cases(30_000));
    runner
        .run(&(answer_sets(), edits()), |(answers, edits)| {
            let code = encode(&answers, rules()).unwrap();
            let typed = to_typeable(&code).unwrap();
            let mutated = apply(&code, &edits);
            let single_plain_edit = edits.len() == 1 && edits[0].0 != 5;
            match decode(&mutated) {
                Ok(d) => {
                    prop_assert!(
                        !single_plain_edit || mutated == code,
                        "one edit accepted: {mutated}"
                    );
                    assert_valid(&mutated, &d)?;
                    accepted.set(accepted.get() + 1);
                }
                Err(e) => prop_assert!(!e.to_string().contains('\n')),
            }
            // The same edits, by position, on the typeable form (bit flips left out there).
            let typed_edits: Vec<Edit> = edits.iter().copied().filter(|e| e.0 < 4).collect();
            let mutated_typed = apply(&typed, &typed_edits);
            if let Ok(d) = decode_any(&mutated_typed) {
                let canonical = from_typeable(&mutated_typed).unwrap_or_default();
                prop_assert!(
                    typed_edits.len() != 1 || d.answers == answers,
                    "{mutated_typed}"
                );
                assert_valid(&canonical, &d)?;
                typed_accepted.set(typed_accepted.get() + 1);
            }
            Ok(())
        })
        .unwrap();
    println!(
        "accepted: {} codes, {} typeable",
        accepted.get(),
        typed_accepted.get()
    );
    assert!(accepted.get() > 100 && typed_accepted.get() > 100);
}

#[test]
fn the_oracles_agree_with_the_crate() {
    let code = encode(&Answers::new(), rules()).unwrap();
    let bytes = b64_decode(&code);
    assert_eq!(b64_encode(&bytes), code);
    let n = bytes.len() - 2;
    assert_eq!(crc16(&bytes[..n]).to_be_bytes(), bytes[n..]);
    assert_eq!(crc16(b"123456789"), 0x29B1);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(30_000))]

    #[test]
    fn random_bytes_never_panic(raw in prop::collection::vec(any::<u8>(), 0..48)) {
        let text = String::from_utf8_lossy(&raw);
        for d in [decode(&text), decode_any(&text)].into_iter().flatten() {
            assert_valid(&text, &d)?;
        }
        let _ = from_typeable(&text);
    }

}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(20_000))]

    #[test]
    fn random_codes_of_the_right_length_never_panic(text in text_from(B64, 22..33)) {
        if let Ok(d) = decode(&text) {
            assert_valid(&text, &d)?;
        }
    }

    #[test]
    fn random_typed_text_never_panics(text in text_from(TYPED, 0..41)) {
        if let Ok(code) = from_typeable(&text) {
            if let Ok(d) = decode(&code) {
                assert_valid(&code, &d)?;
            }
        }
        if let Ok(d) = decode_any(&text) {
            let code = from_typeable(&text).ok().filter(|c| decode(c).is_ok());
            assert_valid(code.as_deref().unwrap_or(text.trim()), &d)?;
        }
    }
}
