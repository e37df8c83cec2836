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
/// A share format (`shared`) also carries what the person chose to send (see `code/share.rs`).
pub(super) struct Format {
    pub(super) id: u8,
    pub(super) bits: usize,
    pub(super) questions: &'static [Frozen],
    pub(super) rules: &'static [u8],
    pub(super) shared: Option<&'static SharedParts>,
}

/// What a share format froze besides the questions: the ids its bit maps and indexes name.
pub(super) struct SharedParts {
    /// Topics, for "hier wil ik over praten" (a bit each).
    pub(super) topics: &'static [&'static str],
    /// Wishes of the person's own say (a bit each).
    pub(super) wishes: &'static [&'static str],
    /// Steps, for "hiermee wil ik beginnen" (1-based index; 0 = none).
    pub(super) steps: &'static [&'static str],
    /// Reasons the picture does not fit (after 1 = fits, 2 = not quite).
    pub(super) reasons: &'static [&'static str],
}

impl SharedParts {
    /// Bytes of the part after the answers: withheld questions, talk topics, wishes, the step
    /// to start with and the fit.
    pub(super) fn tail_bytes(&self, questions: usize) -> usize {
        questions.div_ceil(8) + self.topics.len().div_ceil(8) + self.wishes.len().div_ceil(8) + 2
    }
}

impl Format {
    pub(super) fn answer_bytes(&self) -> usize {
        (self.questions.len() * self.bits).div_ceil(8)
    }

    /// Where the answers start: after format and rules version, and in a share format the
    /// month (2 bytes), the outcome and the flags.
    pub(super) fn answers_at(&self) -> usize {
        if self.shared.is_some() {
            6
        } else {
            2
        }
    }

    pub(super) fn len(&self) -> usize {
        let tail = self
            .shared
            .map_or(0, |s| s.tail_bytes(self.questions.len()));
        self.answers_at() + self.answer_bytes() + tail + 2
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
    shared: None,
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
    shared: None,
    questions: QUESTIONS_2027,
};

/// The questions of rules 2027.1 and 2027.2 in code order, frozen 2027 (formats 2 and 3).
#[rustfmt::skip]
const QUESTIONS_2027: &[Frozen] = &[
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
];

/// Format 3, frozen 2027: a share code of rules 2027.2 (issue 15). The answers of format 2, but
/// only those the person chose to send, plus the month it was made, the outcome the person's own
/// app gave, which answered questions stayed behind, the topics to talk about and their own say.
/// 6 + 18 + 5 + 3 + 2 + 2 + 2 = 38 bytes. Never edit: add a format.
pub(super) const FORMAT_3: Format = Format {
    id: 3,
    bits: 4,
    rules: &[3],
    shared: Some(&SHARED_3),
    questions: QUESTIONS_2027,
};

#[rustfmt::skip]
pub(super) const SHARED_3: SharedParts = SharedParts {
    topics: &[
        "willen", "kunnen", "holds_back", "money", "housing", "physical_health", "mental_health",
        "alcohol_drugs", "care_for_others", "childcare", "transport", "support_people",
        "safety_home", "justice", "language", "digital_access", "daily_rhythm",
    ],
    wishes: &[
        "with_people", "with_hands", "outdoors", "with_computers", "caring_for_others",
        "few_hours", "part_time", "full_time", "near_home", "from_home", "quiet_place",
    ],
    steps: &[
        "acute_113", "acute_112", "acute_veilig_thuis", "acute_shelter", "barrier_money",
        "barrier_housing", "barrier_physical_health", "barrier_mental_health",
        "barrier_alcohol_drugs", "barrier_care_for_others", "barrier_childcare",
        "barrier_transport", "barrier_support_people", "barrier_safety_home", "barrier_justice",
        "barrier_language", "barrier_digital_access", "barrier_daily_rhythm", "step_wsp_talk",
        "step_vacancies", "step_speed_date", "step_workfirst", "step_trial_placement",
        "step_start_money", "step_extra_skill", "step_learning_plan", "step_basic_skills_course",
        "step_application_training", "step_learn_work_place", "step_jobcoach", "step_wage_subsidy",
        "step_mentor_at_work", "step_sheltered_work", "step_why_not_yet", "step_work_pays",
        "step_taster_day", "step_employer_visit", "step_coach_talk", "step_rights_duties",
        "step_sort_out_list", "step_social_activity", "step_volunteer", "step_day_rhythm",
        "step_small_steps", "step_check_again", "step_talk_it_through", "step_many_at_once",
        "quiet_veilig_thuis", "quiet_113", "help_housing_unsure", "step_jobcarving",
        "step_praktijkroute",
    ],
    reasons: &["want_more", "can_more", "harder_than_this", "situation_other", "something_else"],
};

/// Every format that decodes, by id.
pub(super) const FORMATS: &[&Format] = &[&FORMAT_1, &FORMAT_2, &FORMAT_3];

/// The share format new share codes of a rules version id are written in.
pub(super) fn share_format(rules_id: u8) -> Option<&'static Format> {
    FORMATS
        .iter()
        .copied()
        .find(|f| f.shared.is_some() && f.rules.contains(&rules_id))
}

pub(super) fn format(id: u8) -> Option<&'static Format> {
    find_format(FORMATS, id)
}

pub(super) fn find_format(formats: &[&'static Format], id: u8) -> Option<&'static Format> {
    formats.iter().copied().find(|f| f.id == id)
}
