//! The work profile: only strengths in the "yes" band are offered, the person's choice is kept,
//! and its link carries the choices and nothing else.

use super::*;
use crate::domain::answers::Answers;
use crate::domain::bank::Feeds;
use crate::domain::code::{decode_profile, encode_profile, profile_fragment, CodeError};
use crate::domain::ids::Axis;
use crate::domain::score::score;

fn rules() -> &'static Rules {
    Rules::current().unwrap()
}

/// Every willen and kunnen question answered: willen at the top of its scale, kunnen at the top
/// when `kunnen_top`, else at the bottom (the worst real answer).
fn answers(kunnen_top: bool) -> Answers {
    let mut a = Answers::new();
    for q in rules().questions() {
        if let Feeds::Sub(sub) = q.feeds {
            let scale = rules().scale(q.scale);
            let top = sub.axis() == Axis::Willen || kunnen_top;
            let option = if top {
                &scale[0]
            } else {
                &scale[scale.len() - 1]
            };
            a.set(q.id, option.id.clone());
        }
    }
    a
}

fn month() -> Month {
    Month::new(2026, 12).unwrap()
}

#[test]
fn only_strengths_in_the_yes_band_are_offered() {
    let o = score(rules(), &answers(false));
    let offered = offered_strengths(rules(), &o);
    assert!(!offered.is_empty());
    assert!(
        offered.iter().all(|s| s.axis() == Axis::Willen),
        "{offered:?}"
    );
    for sub in &offered {
        let s = o.subscores.iter().find(|s| s.sub == *sub).unwrap();
        assert!(s.score.unwrap() >= rules().bands.yes_from, "{sub}: {s:?}");
    }
    // Low kunnen sub-scores exist, and none of them can be picked.
    assert!(o
        .subscores
        .iter()
        .any(|s| s.sub.axis() == Axis::Kunnen && s.score.is_some_and(|v| v < 50)));
    let all = offered_strengths(rules(), &score(rules(), &answers(true)));
    assert!(all.contains(&SubId::K3Experience) && all.contains(&SubId::W1Commitment));
    assert!(!all.contains(&SubId::W3Controlled) && !all.contains(&SubId::W6Adjust));
}

#[test]
fn nothing_answered_offers_nothing() {
    let o = score(rules(), &Answers::new());
    assert!(offered_strengths(rules(), &o).is_empty());
}

#[test]
fn the_person_takes_strengths_off_and_picks_what_to_learn() {
    let o = score(rules(), &answers(true));
    let mut choice = ProfileChoice::default();
    choice.set_strength(SubId::K2BasicSkills, false);
    choice.set_learn(Learn::Dutch, true);
    choice.set_learn(Learn::Trade, true);
    choice.set_learn(Learn::Trade, false);
    choice.support = false;
    let wishes = [Wish::NearHome, Wish::WithPeople, Wish::NearHome];
    let p = build(rules(), &o, &wishes, &choice, Some("nl"), month());
    assert!(!p.strengths.contains(&SubId::K2BasicSkills));
    assert!(p.strengths.contains(&SubId::K3Experience));
    assert_eq!(p.wishes, vec![Wish::WithPeople, Wish::NearHome]);
    assert_eq!(p.learn, vec![Learn::Dutch]);
    assert!(!p.support);
    assert_eq!(
        p.language, None,
        "Dutch is always shown, never as a second language"
    );
    assert_eq!(p.wishes_in(WishGroup::Place), vec![Wish::NearHome]);
    choice.set_strength(SubId::K2BasicSkills, true);
    assert!(build(rules(), &o, &[], &choice, None, month())
        .strengths
        .contains(&SubId::K2BasicSkills));
    let text = serde_json::to_string(&choice).unwrap();
    assert_eq!(
        serde_json::from_str::<ProfileChoice>(&text).unwrap(),
        choice
    );
    assert_eq!(
        serde_json::from_str::<ProfileChoice>("{}").unwrap(),
        ProfileChoice::default()
    );
}

fn profile(seed: u32) -> WorkProfile {
    let pick = |n: usize, shift: u32| (seed >> shift) as usize % (n + 1);
    WorkProfile {
        strengths: STRENGTHS.iter().copied().take(pick(10, 0)).collect(),
        wishes: Wish::ALL.iter().copied().skip(pick(11, 4)).collect(),
        learn: Learn::ALL.iter().copied().step_by(1 + pick(3, 8)).collect(),
        support: seed & 0x1000 != 0,
        language: [
            None,
            Some("en"),
            Some("ar"),
            Some("tr"),
            Some("pl"),
            Some("uk"),
        ][pick(5, 13)],
        made: Month::new(2026 + (seed % 5) as u16, 1 + (seed % 12) as u8).unwrap(),
    }
}

#[test]
fn a_profile_link_reads_back_exactly() {
    for seed in (0..4000u32).map(|i| i.wrapping_mul(2_654_435_761)) {
        let p = profile(seed);
        let code = encode_profile(&p);
        assert_eq!(code.len(), 15);
        assert_eq!(decode_profile(&code).as_ref(), Ok(&p), "{code}");
        let link = format!(
            "https://werk.example.nl/werkroute/{}",
            profile_fragment(&code)
        );
        assert_eq!(decode_profile(&format!("  {link} ")), Ok(p));
    }
}

#[test]
fn the_link_holds_only_the_choices() {
    // Two very different sets of answers, the same choices: the same link. Nothing about the
    // answers, the route or the scores can be read from it.
    let top = score(rules(), &answers(true));
    let mut low = answers(false);
    let rules = rules();
    for q in rules.questions() {
        if let Feeds::Barrier(_) = q.feeds {
            let scale = rules.scale(q.scale);
            low.set(q.id, scale[scale.len() - 1].id.clone());
        }
    }
    let low = score(rules, &low);
    assert_ne!(top.route, low.route);
    let mut choice = ProfileChoice::default();
    for s in STRENGTHS {
        choice.set_strength(s, s == SubId::W1Commitment);
    }
    let a = build(rules, &top, &[Wish::Outdoors], &choice, Some("tr"), month());
    let b = build(rules, &low, &[Wish::Outdoors], &choice, Some("tr"), month());
    assert_eq!(a.strengths, vec![SubId::W1Commitment]);
    assert_eq!(encode_profile(&a), encode_profile(&b));
}

#[test]
fn a_changed_or_odd_profile_code_is_refused_never_misread() {
    let code = encode_profile(&profile(0xBEEF_1234));
    let alphabet: Vec<char> = ('A'..='Z')
        .chain('a'..='z')
        .chain('0'..='9')
        .chain(['-', '_'])
        .collect();
    for i in 0..code.len() {
        for c in &alphabet {
            let mut changed: Vec<char> = code.chars().collect();
            if changed[i] == *c {
                continue;
            }
            changed[i] = *c;
            let changed: String = changed.into_iter().collect();
            assert!(decode_profile(&changed).is_err(), "{changed} was read");
        }
    }
    assert_eq!(decode_profile(""), Err(CodeError::Empty));
    assert_eq!(decode_profile("#/w/"), Err(CodeError::Empty));
    assert_eq!(decode_profile(&code[..10]), Err(CodeError::TooShort));
    assert_eq!(
        decode_profile(&format!("{code}AAAA")),
        Err(CodeError::TooLong)
    );
    assert!(matches!(
        decode_profile("ab*d"),
        Err(CodeError::BadCharacter { .. })
    ));
    assert_eq!(decode_profile(&"A".repeat(500)), Err(CodeError::TooLong));
}

#[test]
fn spare_bits_and_unknown_values_are_refused() {
    let seal = |bytes: [u8; 9]| crate::domain::code::sealed(bytes.to_vec());
    let good = [80, 0, 50, 0xFF, 0xC0, 0xFF, 0xE0, 0xFC, 0x21];
    assert!(decode_profile(&seal(good)).is_ok());
    let mut odd = Vec::new();
    odd.push((good, 0, 81u8)); // another format
    odd.push((good, 4, 0xE0)); // an 11th strength
    odd.push((good, 6, 0xF0)); // a 12th wish
    odd.push((good, 7, 0xFE)); // a 7th thing to learn
    odd.push((good, 8, 0x61)); // a 6th language
    odd.push((good, 8, 0x23)); // a spare flag
    odd.push((good, 1, 0xFF)); // a month after 2199
    for (bytes, at, value) in odd {
        let mut bytes = bytes;
        bytes[at] = value;
        let e = decode_profile(&seal(bytes)).unwrap_err();
        let expected = if at == 0 {
            CodeError::UnknownFormat(81)
        } else {
            CodeError::Malformed
        };
        assert_eq!(e, expected, "byte {at} = {value:#x}");
    }
}

#[test]
fn the_frozen_lists_match_the_model_they_were_made_from() {
    let p = WorkProfile {
        strengths: STRENGTHS.to_vec(),
        wishes: Wish::ALL.to_vec(),
        learn: Learn::ALL.to_vec(),
        support: true,
        language: Some("uk"),
        made: month(),
    };
    assert_eq!(decode_profile(&encode_profile(&p)), Ok(p));
}
