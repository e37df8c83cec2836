//! Progress over time without a database: an earlier result (a saved file or a code) is read
//! back and compared with today's, sub-score by sub-score ("not yet" -> "partly").
//!
//! Rules kept: an earlier result is untrusted text; only a valid, checksummed code inside it is
//! used, and a file without one is a clear error, never a wrong comparison. Each result is scored
//! under its own rules version (the earlier one under the version its code names), and only the
//! words of the topics are compared; the page says when the two versions differ.

use crate::domain::code::{decode_any, CodeError, Decoded};
use crate::domain::ids::SubId;
use crate::domain::outcome::Outcome;
use crate::domain::rules::Rules;

/// How a sub-score reads in words: the same three steps as the axes, plus unknown.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Step {
    Unknown,
    NotYet,
    Partly,
    Yes,
}

impl Step {
    pub fn of(score: Option<u8>, rules: &Rules) -> Step {
        match score {
            None => Step::Unknown,
            Some(v) if v >= rules.bands.yes_from => Step::Yes,
            Some(v) if v >= rules.bands.partly_from => Step::Partly,
            Some(_) => Step::NotYet,
        }
    }

    /// The catalog key of the words for this step.
    pub fn key(self) -> &'static str {
        match self {
            Step::Unknown => "sub_band.unknown",
            Step::NotYet => "sub_band.not_yet",
            Step::Partly => "sub_band.partly",
            Step::Yes => "sub_band.yes",
        }
    }
}

/// One sub-score that moved between two results.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Move {
    pub sub: SubId,
    pub before: Step,
    pub now: Step,
}

/// The earlier result in `text` (its answers and the rules version it names): the first word in
/// it that reads as a valid result code (a code, its typeable form, or a link). A file holds a
/// link and a code; either will do.
pub fn previous_from_text(text: &str) -> Result<Decoded, CodeError> {
    let mut first_error = CodeError::Empty;
    for (i, word) in text.split_whitespace().enumerate() {
        match decode_any(word) {
            Ok(decoded) => return Ok(decoded),
            Err(e) if i == 0 => first_error = e,
            Err(_) => {}
        }
    }
    // The typeable form may have been written with spaces between its groups.
    decode_any(text.trim()).map_err(|_| first_error)
}

/// Sub-scores whose step changed, in the order of the result, plus how many stayed the same.
/// `before` is read with the bands of its own rules, `now` with today's.
pub fn moves(before: (&Outcome, &Rules), now: (&Outcome, &Rules)) -> (Vec<Move>, usize) {
    let (before, then_rules) = before;
    let (now, rules) = now;
    let mut moved = Vec::new();
    let mut same = 0;
    // Only topics asked both times: a topic only one version asks did not "move".
    let asked_both = |s: &&crate::domain::outcome::SubScore| {
        s.asked > 0 && before.subscore(s.sub).is_some_and(|b| b.asked > 0)
    };
    for s in now.subscores.iter().filter(asked_both) {
        let then = before.subscore(s.sub).and_then(|b| b.score);
        let m = Move {
            sub: s.sub,
            before: Step::of(then, then_rules),
            now: Step::of(s.score, rules),
        };
        if m.before == m.now {
            same += 1;
        } else {
            moved.push(m);
        }
    }
    (moved, same)
}

/// The text of a result file: a line for people, the link and the code.
pub fn file_text(intro: &str, link: &str, code: &str) -> String {
    format!("{intro}\n\n{link}\n\n{code}\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::answers::Answers;
    use crate::domain::bank::QuestionId;
    use crate::domain::code::{encode, link_fragment};
    use crate::domain::score::score;

    fn rules() -> &'static Rules {
        Rules::get("2026.1").unwrap()
    }

    fn answers(pairs: &[(&str, &str)]) -> Answers {
        let mut a = Answers::new();
        for (q, o) in pairs {
            a.set(QuestionId::parse(q).unwrap(), *o);
        }
        a
    }

    #[test]
    fn a_saved_file_gives_back_its_answers() {
        let a = answers(&[
            ("k2_reading", "hard"),
            ("k2_numbers", "hard"),
            ("w1_work_matters", "agree"),
        ]);
        let code = encode(&a, rules()).unwrap();
        let text = file_text(
            "Werkroute, 1 januari",
            &format!("https://x.example{}", link_fragment(&code)),
            &code,
        );
        let d = previous_from_text(&text).unwrap();
        assert_eq!((d.answers, d.rules_version), (a, "2026.1"));
    }

    #[test]
    fn a_file_without_a_valid_code_is_an_error() {
        assert!(previous_from_text("").is_err());
        assert!(previous_from_text("hello world").is_err());
        assert!(previous_from_text("\u{0}\u{1}binary").is_err());
    }

    #[test]
    fn moves_name_what_changed_between_two_results() {
        let before = answers(&[
            ("k2_reading", "hard"),
            ("k2_numbers", "hard"),
            ("k2_digital", "hard"),
        ]);
        let now = answers(&[
            ("k2_reading", "easy"),
            ("k2_numbers", "bit_hard"),
            ("k2_digital", "easy"),
        ]);
        let (b, n) = (score(rules(), &before), score(rules(), &now));
        let (moved, same) = moves((&b, rules()), (&n, rules()));
        let skills = moved
            .iter()
            .find(|m| m.sub == SubId::K2BasicSkills)
            .expect("basic skills moved");
        assert_eq!(skills.before, Step::NotYet);
        assert!(skills.now > Step::NotYet);
        assert_eq!(moved.len() + same, n.subscores.len());
        let (none, _) = moves((&n, rules()), (&n, rules()));
        assert!(none.is_empty(), "the same answers move nothing");
    }
}
