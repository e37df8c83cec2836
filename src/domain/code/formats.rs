//! The frozen code formats and the rules-version table. A published format never changes: a
//! new question, option or order gets a new format added here, and the old one keeps decoding.
//! `CURRENT_FORMAT` must equal the current bank and rules (a unit test in `code::tests` holds it).

use crate::domain::rules::{DONT_KNOW, RATHER_NOT};

/// Rules versions a code can name, by id. Only grows: an id, once published, keeps its version.
pub const RULES_VERSIONS: &[(u8, &str)] = &[(1, "2026.1"), (2, "2027.1"), (3, "2027.2")];

/// The format new codes are written in (the code format of the current rules; a test holds it).
pub const CURRENT_FORMAT: u8 = 2;

/// One question as a format froze it: its id and its scale's option ids, in order. The options
/// of the code are these, then `dont_know`, then `rather_not` when `sensitive`.
pub(super) struct Frozen(
    pub(super) &'static str,
    pub(super) &'static [&'static str],
    pub(super) bool,
);

/// One code format: its id, the bits per answer, the questions in code order and the rules
/// version ids it may name (a format carries the answers of its own versions' banks only).
pub(super) struct Format {
    pub(super) id: u8,
    pub(super) bits: usize,
    pub(super) questions: &'static [Frozen],
    pub(super) rules: &'static [u8],
}

impl Format {
    pub(super) fn answer_bytes(&self) -> usize {
        (self.questions.len() * self.bits).div_ceil(8)
    }

    pub(super) fn len(&self) -> usize {
        2 + self.answer_bytes() + 2
    }
}

impl Frozen {
    /// The option at 1-based position `index`, if this question has one there.
    pub(super) fn option(&self, index: usize) -> Option<&'static str> {
        let Frozen(_, scale, sensitive) = self;
        match index.checked_sub(1)? {
            i if i < scale.len() => Some(scale[i]),
            i if i == scale.len() => Some(DONT_KNOW),
            i if i == scale.len() + 1 && *sensitive => Some(RATHER_NOT),
            _ => None,
        }
    }

    /// The 1-based position of `option`, if this question has it.
    pub(super) fn index(&self, option: &str) -> Option<usize> {
        (1..=self.1.len() + 2).find(|&i| self.option(i) == Some(option))
    }
}

pub(super) const AGREE5: &[&str] = &[
    "agree_fully",
    "agree",
    "agree_partly",
    "disagree",
    "disagree_fully",
];
pub(super) const ROLE3: &[&str] = &["no", "a_little", "a_lot"];
const YES3: &[&str] = &["yes", "sometimes", "no"];

/// Format 1, frozen 2026: the bank of rules 2026.1 in asking order. Never edit: add a format.
pub(super) const FORMAT_1: Format = Format {
    id: 1,
    bits: 3,
    rules: &[1],
    questions: &[
        Frozen("w1_work_matters", AGREE5, false),
        Frozen("w2_start_soon", AGREE5, false),
        Frozen("w2_next_step", AGREE5, false),
        Frozen("w3_own_choice", AGREE5, false),
        Frozen(
            "w3_sense",
            &["yes_surely", "think_so", "unsure", "think_not", "no_sense"],
            false,
        ),
        Frozen("w3_pressure", AGREE5, true),
        Frozen(
            "w5_search_activity",
            &["often", "few_times", "once_or_twice", "not_yet"],
            false,
        ),
        Frozen(
            "w6_adjust",
            &["yes_gladly", "maybe", "rather_not_change"],
            false,
        ),
        Frozen(
            "k1_work_ability",
            &["was_8_10", "was_6_7", "was_4_5", "was_0_3"],
            true,
        ),
        Frozen(
            "k1_hours",
            &["h32_plus", "h20_32", "h12_20", "under_12"],
            true,
        ),
        Frozen("k2_reading", &["easy", "bit_hard", "hard"], true),
        Frozen("k2_numbers", &["easy", "bit_hard", "hard"], true),
        Frozen("k2_digital", &["easy", "bit_hard", "hard"], true),
        Frozen(
            "k3_last_work",
            &[
                "now_or_last_year",
                "one_to_three_years",
                "over_three_years",
                "never_yet",
            ],
            false,
        ),
        Frozen("k3_papers", &["several", "one", "none_yet"], false),
        Frozen("k4_on_time", AGREE5, false),
        Frozen("k4_learning", AGREE5, false),
        Frozen("k5_cv", AGREE5, false),
        Frozen("k5_vacancies", AGREE5, false),
        Frozen("k5_interview", AGREE5, false),
        Frozen("k5_after_no", AGREE5, false),
        Frozen("o_money", ROLE3, true),
        Frozen(
            "o_housing",
            &["stable", "unsure", "no_fixed_place", "nowhere_tonight"],
            true,
        ),
        Frozen("o_physical_health", ROLE3, true),
        Frozen(
            "o_mental_health",
            &[
                "mostly_well",
                "sometimes",
                "often",
                "thoughts_of_ending_life",
            ],
            true,
        ),
        Frozen("o_alcohol_drugs", ROLE3, true),
        Frozen("o_care_for_others", ROLE3, true),
        Frozen(
            "o_childcare",
            &["not_needed", "partly_arranged", "not_arranged"],
            true,
        ),
        Frozen("o_transport", ROLE3, true),
        Frozen("o_support_people", YES3, true),
        Frozen(
            "o_safety_home",
            &["yes", "mostly", "often_not", "unsafe_now"],
            true,
        ),
        Frozen("o_justice", ROLE3, true),
        Frozen("o_language", ROLE3, true),
        Frozen("o_digital_access", &["yes_always", "sometimes", "no"], true),
        Frozen("o_daily_rhythm", YES3, true),
    ],
};

/// Format 2, frozen 2027: the bank of rules 2027.1 in asking order, 4 bits an answer (what holds
/// the person back has 11 options). 2 + 18 + 2 bytes. Never edit its questions: add a format.
/// Rules 2027.2 asks the same questions with the same options (only their order on screen and
/// the steps differ), so its answers travel in this format too, naming version id 3.
#[rustfmt::skip]
pub(super) const FORMAT_2: Format = Format {
    id: 2,
    bits: 4,
    rules: &[2, 3],
    questions: &[
        Frozen("w1_work_importance", &["very", "important", "a_little", "not_really"], false),
        Frozen("o_housing", &["stable", "unsure", "no_fixed_place", "nowhere_tonight"], true),
        Frozen("o_mood", &["mostly_well", "sometimes", "often"], true),
        Frozen("o_dark_thoughts", &["no", "yes"], true),
        Frozen("o_safety_home", &["yes", "mostly", "often_not", "unsafe_now"], true),
        Frozen("w1_without_need", &["surely", "probably", "probably_not", "no"], false),
        Frozen("w1_miss_work", &["a_lot", "some", "a_little", "nothing"], false),
        Frozen("w2_wish_if_arranged", &["gladly", "maybe", "not_yet", "no"], false),
        Frozen("w2_first_step", &["now", "few_months", "later", "not_yet"], false),
        Frozen("w_holds_back", &["nothing", "care", "childcare", "health", "money", "housing", "fear", "no_point", "something_else"], true),
        Frozen("w3_fits_life", &["fully", "mostly", "a_little", "not"], false),
        Frozen("w3_look_forward", &["very", "yes", "a_little", "no"], false),
        Frozen("w3_work_for_me", &["surely", "think_so", "unsure", "think_not", "no"], false),
        Frozen("w5_search_activity", &["often", "few_times", "once_or_twice", "not_yet"], false),
        Frozen("k1_ability_now", &["was_8_10", "was_6_7", "was_4_5", "was_0_3"], true),
        Frozen("k1_health_hours", &["h32_plus", "h20_32", "h12_20", "under_12"], true),
        Frozen("k2_reading_own", &["easy", "bit_hard", "hard"], true),
        Frozen("k2_numbers", &["easy", "bit_hard", "hard"], true),
        Frozen("k2_digital_use", &["easy", "bit_hard", "hard"], true),
        Frozen("k3_experience_any", &["a_lot", "some", "a_little", "not_yet"], false),
        Frozen("k3_papers", &["several", "one", "none_yet"], false),
        Frozen("k4_on_time_often", &["always", "mostly", "sometimes", "rarely"], false),
        Frozen("k4_learn_new", &["well", "mostly_well", "sometimes_hard", "often_hard"], false),
        Frozen("k5_has_cv", &["recent", "old", "none"], false),
        Frozen("k5_interview_dare", &["yes", "after_practice", "not_yet"], false),
        Frozen("o_money", &["no", "a_little", "a_lot"], true),
        Frozen("o_physical_health", &["no", "a_little", "a_lot"], true),
        Frozen("o_alcohol_drugs", &["no", "a_little", "a_lot"], true),
        Frozen("o_care_for_others", &["no", "a_little", "a_lot"], true),
        Frozen("o_childcare", &["not_needed", "partly_arranged", "not_arranged"], true),
        Frozen("o_transport", &["no", "a_little", "a_lot"], true),
        Frozen("o_support_people", &["yes", "sometimes", "no"], true),
        Frozen("o_justice", &["no", "a_little", "a_lot"], true),
        Frozen("o_language", &["no", "a_little", "a_lot"], true),
        Frozen("o_digital_access", &["yes_always", "sometimes", "no"], true),
        Frozen("o_daily_rhythm", &["yes", "sometimes", "no"], true),
    ],
};

/// Every format that decodes, by id.
pub(super) const FORMATS: &[&Format] = &[&FORMAT_1, &FORMAT_2];

pub(super) fn format(id: u8) -> Option<&'static Format> {
    find_format(FORMATS, id)
}

pub(super) fn find_format(formats: &[&'static Format], id: u8) -> Option<&'static Format> {
    formats.iter().copied().find(|f| f.id == id)
}
