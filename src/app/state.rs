//! `State` (everything the screens show) and `Action` (everything a person or the URL can do).

use std::collections::BTreeMap;

use super::saved::{Saved, SavedError};
use super::Screen;
use crate::domain::cards::{CardIf, CardThen, MAX_CARDS};
use crate::i18n::Locale;

/// A problem on the current form, shown in the error summary and next to the field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FormError {
    /// Continue was pressed without choosing an answer.
    NothingChosen,
    /// Continue on the checklist without ticking anything or "none of these".
    NothingTicked,
}

/// Whether the answers are kept on this device (only ever after the person asked).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub enum Storage {
    /// In memory only (the default).
    #[default]
    Off,
    /// Saved at the person's request; kept in sync until `expires_at` (ms since the epoch).
    On { saved_at: f64, expires_at: f64 },
}

/// Kiosk mode: a shared screen at a werkplein. Nothing is stored, and after a quiet spell a
/// warning counts down to a full wipe.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Kiosk {
    /// Seconds without input before the warning shows.
    pub idle_seconds: u32,
    /// Seconds the warning counts down before everything is wiped.
    pub countdown_seconds: u32,
    /// Whether printing is offered.
    pub print: bool,
}

impl Default for Kiosk {
    fn default() -> Kiosk {
        Kiosk {
            idle_seconds: 120,
            countdown_seconds: 60,
            print: false,
        }
    }
}

/// Text size chosen inside the app (kiosk users cannot change browser settings).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum TextSize {
    #[default]
    Normal,
    Large,
    Larger,
}

impl TextSize {
    pub const ALL: [TextSize; 3] = [TextSize::Normal, TextSize::Large, TextSize::Larger];

    /// The class on `<html>` for this size (none for normal).
    pub fn class(self) -> Option<&'static str> {
        match self {
            TextSize::Normal => None,
            TextSize::Large => Some("app-text-large"),
            TextSize::Larger => Some("app-text-larger"),
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            TextSize::Normal => "display.size_normal",
            TextSize::Large => "display.size_large",
            TextSize::Larger => "display.size_larger",
        }
    }

    pub fn id(self) -> &'static str {
        match self {
            TextSize::Normal => "normal",
            TextSize::Large => "large",
            TextSize::Larger => "larger",
        }
    }
}

/// A short message for the status region (announced, not focused).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Notice {
    Saved,
    Wiped,
    Restored,
    /// Stored answers could not be used; the person starts fresh.
    SavedProblem(SavedError),
    /// An earlier result could not be read (catalog key of the reason).
    CompareProblem(&'static str),
    /// The texts of the chosen language could not be fetched; the page stays in another one.
    LanguageUnavailable,
    /// The page opened mid-journey (a reload, a pull-to-refresh) without the answers, which lived
    /// in memory only: said at once, and the person starts at question 1.
    AnswersGone,
    /// The extra answers are in: the result now uses every answer.
    ResultUpdated,
}

/// The state of one visit. Answers live here, in memory, and nowhere else unless the person
/// asks to save them.
#[derive(Clone, Debug, PartialEq)]
pub struct State {
    pub locale: Locale,
    pub screen: Screen,
    /// The questions that can be asked, in order (the bank minus switched-off modules). A
    /// follow-up among them is asked only after its answers: see [`State::asked`].
    pub questions: Vec<&'static str>,
    /// Question id -> chosen option id.
    pub answers: BTreeMap<String, String>,
    pub error: Option<FormError>,
    /// Set by a change link on the check page: the next Continue returns there.
    pub return_to_check: bool,
    /// The check page's row (question position) last changed: back on the check page, focus
    /// returns to it rather than to the top.
    pub changed_row: Option<usize>,
    /// The person's own if-then plan cards (at most `MAX_CARDS`).
    pub cards: Vec<(CardIf, CardThen)>,
    pub storage: Storage,
    /// Answers found on this device at start, offered to continue with.
    pub offer: Option<Saved>,
    pub notice: Option<Notice>,
    /// Goes up by one each time stored answers must be erased (an effect follows it).
    pub erase_epoch: u32,
    /// `Some` in kiosk mode.
    pub kiosk: Option<Kiosk>,
    /// Seconds left before the wipe, while the idle warning shows.
    pub idle_warning: Option<u32>,
    /// The language a wipe returns to.
    pub default_locale: Locale,
    /// Goes up by one on every wipe, so effects can clean up (URL, speech, history guard).
    pub wipe_epoch: u32,
    /// An earlier result to compare with (progress over time), with the rules version it names.
    pub previous: Option<crate::domain::code::Decoded>,
    pub text_size: TextSize,
    /// The high-contrast look.
    pub high_contrast: bool,
    /// The municipality's configuration (the default one until another has loaded).
    pub config: std::rc::Rc<super::config::Config>,
    /// The person (or the start URL) chose the language; a loaded configuration keeps it.
    pub locale_chosen: bool,
    /// How many fetched language catalogs have arrived: the view follows when one does.
    pub languages_arrived: u32,
    /// The screen the person was on when they opened "Direct hulp" (its back link returns there).
    pub before_help: Option<Screen>,
    /// The person chose "tell more" after the result: the extra questions are asked too.
    pub telling_more: bool,
    /// Ask in the order of the rules' journey (core, then extras) when they have one; `false`
    /// asks every question in list order (the reducer's tests use made-up question ids).
    pub follow_journey: bool,
    /// Goes up by one each time the address asked for a screen that does not open here (a result
    /// without answers, a code on a kiosk): the address is then corrected in place.
    pub address_fix: u32,
    /// What the person says themselves: wishes, where to start, whether the picture fits.
    pub own_say: crate::domain::own_say::OwnSay,
    /// What goes along in a link, QR code, code or file, and what they want to talk about.
    /// Never stored: each visit starts from the default (willen and kunnen, no circumstance).
    pub share: crate::domain::share::ShareChoice,
    /// What the person chose for their work profile (wiped with the answers).
    pub profile: crate::domain::work_profile::ProfileChoice,
}

/// Everything that can happen. The reducer accepts any action in any state.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// The URL's fragment changed (back, forward, reload, a link).
    Navigate(Screen),
    /// A result code typed or pasted on the start page: open it.
    OpenCode(String),
    /// The fetched texts of a language arrived and are installed: show them.
    LanguageArrived(Locale),
    /// The texts of a language could not be fetched or read.
    LanguageUnavailable(Locale),
    /// An option was chosen on a question page.
    Choose {
        question: String,
        option: String,
    },
    /// The continue button on a question page.
    Continue,
    /// A change link on the check page.
    Change(usize),
    /// "Show my result" on the check page.
    ShowResult,
    SetLocale(Locale),
    /// Start again: every answer goes.
    Restart,
    /// "Save on this device", at `now` (ms since the epoch).
    SaveOnDevice {
        now: f64,
    },
    /// "Wipe my answers": removes what we stored and every answer in memory.
    Wipe,
    /// Continue with the answers found on this device.
    ContinueSaved,
    /// Start fresh: the answers found on this device are erased.
    DiscardSaved,
    /// The kiosk timer: seconds since the last input.
    IdleTick {
        idle_seconds: u32,
    },
    /// "I'm still here" in the idle warning.
    StillHere,
    /// A municipality's configuration has loaded (already validated).
    ConfigLoaded(std::rc::Rc<super::config::Config>),
    SetTextSize(TextSize),
    SetHighContrast(bool),
    /// Compare today's result with this earlier one.
    Compare(crate::domain::code::Decoded),
    /// An earlier result could not be read: say why (catalog key).
    CompareFailed(&'static str),
    /// Stop comparing.
    ClearCompare,
    /// Adds an if-then card to the plan (ignored when the plan is full or has it already).
    AddCard(CardIf, CardThen),
    /// Removes the card at this position.
    RemoveCard(usize),
    /// A box on the checklist was ticked (`on`) or unticked; `heavy`: the "weighs heavily" box
    /// under it.
    Tick {
        question: String,
        heavy: bool,
        on: bool,
    },
    /// "None of these" on the checklist.
    TickNone,
    /// "I'd rather not say" on the checklist.
    TickRatherNot,
    /// "Tell more": the extra questions, after the result.
    TellMore,
    /// A wish chip on the result was turned on or off.
    Wish(crate::domain::own_say::Wish, bool),
    /// The step the person wants to start with (`None`: no choice).
    StartWith(Option<crate::domain::steps::StepId>),
    /// "Klopt dit?" on the result.
    Fit(Option<crate::domain::own_say::Fit>),
    /// A topic's answers go along in what is shared, or stay behind.
    ShareTopic(crate::domain::share::Topic, bool),
    /// The person's own say goes along, or stays behind.
    ShareOwnSay(bool),
    /// "Snel weg" (or Shift three times): everything is wiped at once; on the web the view then
    /// leaves for the neutral page.
    QuickExit,
    /// "Hier wil ik over praten" on a topic, on or off.
    TalkAbout(crate::domain::share::Topic, bool),
    /// A strength goes on the work profile, or comes off.
    ProfileStrength(crate::domain::ids::SubId, bool),
    /// Something the person wants to learn goes on the work profile, or comes off.
    ProfileLearn(crate::domain::work_profile::Learn, bool),
    /// The general support for employers is listed on the work profile, or not.
    ProfileSupport(bool),
}

impl State {
    pub fn new(locale: Locale, screen: Screen, questions: Vec<&'static str>) -> State {
        let mut state = State {
            locale,
            screen: Screen::Start,
            questions,
            answers: BTreeMap::new(),
            error: None,
            return_to_check: false,
            changed_row: None,
            cards: Vec::new(),
            storage: Storage::Off,
            offer: None,
            notice: None,
            erase_epoch: 0,
            kiosk: None,
            idle_warning: None,
            default_locale: locale,
            wipe_epoch: 0,
            previous: None,
            text_size: TextSize::Normal,
            high_contrast: false,
            config: super::config::Config::shared_default(),
            locale_chosen: false,
            languages_arrived: 0,
            before_help: None,
            telling_more: false,
            follow_journey: true,
            own_say: Default::default(),
            share: Default::default(),
            profile: Default::default(),
            address_fix: 0,
        };
        state.screen = state.clamp(screen);
        state
    }

    /// How the person is addressed (je or u), from the configuration.
    pub fn formality(&self) -> crate::i18n::Formality {
        self.config.formality
    }

    /// The same state in kiosk mode.
    pub fn with_kiosk(mut self, kiosk: Kiosk) -> State {
        self.kiosk = Some(kiosk);
        self
    }

    /// Whether another card fits on the plan.
    pub fn can_add_card(&self) -> bool {
        self.cards.len() < MAX_CARDS
    }

    /// The chosen option for `question`, if any.
    pub fn answer(&self, question: &str) -> Option<&str> {
        self.answers.get(question).map(String::as_str)
    }

    /// A screen that exists in this state: question numbers past the end become the check page.
    pub(crate) fn clamp(&self, screen: Screen) -> Screen {
        match screen {
            Screen::Question(n) if n > self.total() => Screen::Check,
            s => s,
        }
    }
}

impl State {
    /// The answers as the domain's type, for scoring. Unknown ids are skipped (the reducer only
    /// stores ids of questions it asked).
    pub fn domain_answers(&self) -> crate::domain::answers::Answers {
        let mut out = crate::domain::answers::Answers::new();
        for (q, o) in &self.answers {
            if let Some(id) = crate::domain::bank::QuestionId::parse(q) {
                out.set(id, o.clone());
            }
        }
        out
    }
}
