use super::formats::{Frozen, AGREE5, FORMAT_1, ROLE3};
use super::*;
use crate::domain::bank::question;
use crate::domain::rules::{DONT_KNOW, PUBLISHED, RATHER_NOT};

/// Format 1's rules: most tests below are about format 1; format 2 has its own.
fn rules() -> &'static Rules {
    Rules::get("2026.1").unwrap()
}

/// Every answer set on the option at `pick(number of options)`.
fn all_answered(pick: impl Fn(usize) -> usize) -> Answers {
    answered_in(rules(), pick)
}

fn answered_in(r: &'static Rules, pick: impl Fn(usize) -> usize) -> Answers {
    let mut a = Answers::new();
    for q in r.questions() {
        let opts = r.options(q);
        a.set(q.id, opts[pick(opts.len())].id.clone());
    }
    a
}

#[test]
fn crc16_is_ibm_3740() {
    assert_eq!(crc16(b"123456789"), 0x29B1);
    assert_eq!(crc16(b""), 0xFFFF);
}

#[test]
fn each_versions_format_is_its_bank_and_rules() {
    for p in PUBLISHED {
        format_matches(Rules::get(p.version).unwrap());
    }
    assert_eq!(Rules::current().unwrap().code_format, CURRENT_FORMAT);
}

fn format_matches(rules: &'static Rules) {
    // When this fails the bank or the options changed: add a new format, never edit an old one.
    let f = format(rules.code_format).unwrap();
    let frozen: Vec<(&str, Vec<&str>)> = f
        .questions
        .iter()
        .map(|fq| (fq.0, (1..16).map_while(|i| fq.option(i)).collect()))
        .collect();
    let bank: Vec<(&str, Vec<String>)> = rules
        .questions()
        .map(|q| {
            (
                q.id.as_str(),
                rules.options(q).into_iter().map(|o| o.id).collect(),
            )
        })
        .collect();
    assert_eq!(frozen.len(), bank.len());
    for ((fid, fopts), (bid, bopts)) in frozen.iter().zip(&bank) {
        assert_eq!(fid, bid);
        assert_eq!(fopts, bopts, "{fid}");
        assert!(
            fopts.len() < 1 << f.bits,
            "{fid}: too many options for {} bits",
            f.bits
        );
    }
    assert!(RULES_VERSIONS
        .iter()
        .any(|(id, v)| *v == rules.version && f.rules.contains(id)));
}

#[test]
fn format_2_round_trips_and_names_2027_1() {
    let r = Rules::get("2027.1").unwrap();
    for a in [
        Answers::new(),
        answered_in(r, |_| 0),
        answered_in(r, |n| n - 1),
        answered_in(r, |n| n / 2),
    ] {
        let code = encode(&a, r).unwrap();
        assert_eq!(code.len(), 30);
        let d = decode(&code).unwrap();
        assert_eq!((d.format, d.rules_version), (2, "2027.1"));
        assert_eq!(d.answers, a);
        assert_eq!(decode_any(&to_typeable(&code).unwrap()).unwrap(), d);
    }
    // A format-1 code never names 2027.1, nor a format-2 code 2026.1.
    let mut one = text::base64url_decode(&encode(&Answers::new(), rules()).unwrap()).unwrap();
    one[1] = 2;
    assert_eq!(
        decode(&with_crc(one)).unwrap_err(),
        CodeError::UnknownRulesVersion(2)
    );
    let mut two = text::base64url_decode(&encode(&Answers::new(), r).unwrap()).unwrap();
    two[1] = 1;
    assert_eq!(
        decode(&with_crc(two)).unwrap_err(),
        CodeError::UnknownRulesVersion(1)
    );
}

#[test]
fn tables_only_grow_and_never_reuse_an_id() {
    let mut ids: Vec<u8> = RULES_VERSIONS.iter().map(|(id, _)| *id).collect();
    ids.dedup();
    assert_eq!(ids.len(), RULES_VERSIONS.len());
    assert!(ids.windows(2).all(|w| w[0] < w[1]) && ids[0] >= 1);
    assert!(FORMATS.windows(2).all(|w| w[0].id < w[1].id));
    assert_eq!(FORMAT_1.len(), 18);
}

#[test]
fn round_trips_empty_full_and_mixed_answer_sets() {
    let sets = [
        Answers::new(),
        all_answered(|_| 0),
        all_answered(|n| n - 1),
        all_answered(|n| n / 2),
    ];
    for a in sets {
        let code = encode(&a, rules()).unwrap();
        assert_eq!(code.len(), 24);
        let d = decode(&code).unwrap();
        assert_eq!((d.format, d.rules_version), (1, "2026.1"));
        assert_eq!(d.answers, a);
        assert!(d.retired.is_empty());
        let typed = to_typeable(&code).unwrap();
        assert_eq!(typed.len(), 29 + 5);
        assert_eq!(decode_any(&typed.to_lowercase()).unwrap().answers, a);
        assert_eq!(
            decode_any(&format!(" https://x.nl/{} ", link_fragment(&code))).unwrap(),
            d
        );
    }
}

#[test]
fn encode_refuses_what_the_format_cannot_carry() {
    let mut a = Answers::new();
    a.set(QuestionId::W1WorkMatters, "rather_not");
    let err = encode(&a, rules()).unwrap_err();
    assert!(matches!(err, EncodeError::NotInFormat { .. }), "{err}");
    let mut other = rules().clone();
    other.version = "1999.9".into();
    other.code_format = 1;
    let err = encode(&Answers::new(), &other).unwrap_err();
    assert_eq!(err, EncodeError::UnknownRulesVersion("1999.9".into()));
}

/// A code with `bytes`, the checksum made to fit.
fn with_crc(mut bytes: Vec<u8>) -> String {
    let n = bytes.len() - 2;
    let crc = crc16(&bytes[..n]).to_be_bytes();
    bytes[n..].copy_from_slice(&crc);
    text::base64url_encode(&bytes)
}

#[test]
fn refuses_each_kind_of_bad_code() {
    let good = encode(&all_answered(|_| 1), rules()).unwrap();
    let mut bytes = text::base64url_decode(&good).unwrap();
    let flipped = {
        let mut c: Vec<char> = good.chars().collect();
        c[10] = if c[10] == 'A' { 'B' } else { 'A' };
        c.into_iter().collect::<String>()
    };
    let cases: Vec<(String, CodeError)> = vec![
        (String::new(), CodeError::Empty),
        (
            format!("{good}!"),
            CodeError::BadCharacter {
                position: 25,
                ch: '!',
            },
        ),
        (good[..23].to_string(), CodeError::TooShort),
        (good[..21].to_string(), CodeError::TooShort),
        (format!("{good}A"), CodeError::TooLong),
        (good[..20].to_string(), CodeError::TooShort),
        (format!("{good}AAAA"), CodeError::TooLong),
        ("A".repeat(300), CodeError::TooLong),
        (flipped, CodeError::Checksum),
        (with_crc(vec![9; 18]), CodeError::UnknownFormat(9)),
        (
            with_crc([&[1, 200][..], &bytes[2..]].concat()),
            CodeError::UnknownRulesVersion(200),
        ),
    ];
    // w1_work_matters (not sensitive, 6 options) set to 7.
    bytes[2] |= 0b1110_0000;
    let out_of_range = with_crc(bytes.clone());
    bytes[2] &= 0b0001_1111;
    bytes[15] |= 1; // a padding bit
    let padded = with_crc(bytes);
    for (code, want) in cases.into_iter().chain([
        (
            out_of_range,
            CodeError::OptionOutOfRange {
                question: "w1_work_matters",
                index: 7,
            },
        ),
        (padded, CodeError::Malformed),
    ]) {
        let got = decode(&code).unwrap_err();
        assert_eq!(got, want, "{code}");
        assert!(got.key().starts_with("code.error.") && !got.to_string().contains('\n'));
    }
}

#[test]
fn every_single_character_change_is_refused() {
    let code = encode(&all_answered(|n| n / 3), rules()).unwrap();
    let alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    for i in 0..code.len() {
        for c in alphabet
            .chars()
            .filter(|c| *c != code.as_bytes()[i] as char)
        {
            let mut m = code.clone();
            m.replace_range(i..=i, &c.to_string());
            assert!(decode(&m).is_err(), "{m} was accepted");
        }
    }
}

#[test]
fn decode_any_reports_the_more_telling_error() {
    let typed = to_typeable(&encode(&all_answered(|_| 0), rules()).unwrap()).unwrap();
    let short = &typed[..typed.len() - 3];
    assert_eq!(decode_any(short).unwrap_err(), CodeError::TooShort);
    assert_eq!(decode_any("   ").unwrap_err(), CodeError::Empty);
    assert_eq!(decode_any("#/r/").unwrap_err(), CodeError::Empty);
    assert!(matches!(
        decode_any("héllo").unwrap_err(),
        CodeError::BadCharacter { .. }
    ));
}

#[test]
fn answers_to_retired_questions_are_kept_apart() {
    // A format whose first question the bank no longer asks.
    static OLD: Format = Format {
        id: 1,
        bits: 3,
        rules: &[1],
        shared: None,
        questions: &[
            Frozen("w0_retired", ROLE3, true),
            Frozen("w1_work_matters", AGREE5, false),
        ],
    };
    assert!(QuestionId::parse("w0_retired").is_none());
    assert_eq!(OLD.len(), 5);
    // w0_retired = 5 (rather_not), w1_work_matters = 6 (dont_know): 101 110 00
    let code = with_crc(vec![1, 1, 0b1011_1000, 0, 0]);
    let d = decode_in(&[&OLD], &code).unwrap();
    assert_eq!(d.retired, [("w0_retired", RATHER_NOT)]);
    assert_eq!(d.answers.get(QuestionId::W1WorkMatters), Some(DONT_KNOW));
    assert_eq!(d.answers.len(), 1);
    assert_eq!(decode(&code).unwrap_err(), CodeError::TooShort);
    let q = question(QuestionId::W1WorkMatters);
    assert_eq!(Frozen("x", AGREE5, q.sensitive).option(7), None);
    assert_eq!(Frozen("x", ROLE3, true).index(RATHER_NOT), Some(5));
    assert_eq!(Frozen("x", ROLE3, true).option(0), None);
}
