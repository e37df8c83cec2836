//! The assessment engine: question bank, published rules, scoring, routes, what-if.
//! Pure Rust: no browser crate. Returns ids and enums, never display text.
//!
//! The flow: [`bank`] (every question, and each version's asking order) + [`rules`] (one
//! published file per version, checked by `validate`; [`Rules::get`] by version) + [`answers`]
//! (parsed at the edge) -> [`score::score`] (the engine of that version) -> [`Outcome`]
//! (sub-scores with the answers behind them, axes, route, grey zone, the [`overlay`] of barriers,
//! the acute flag, [`steps`]) -> [`whatif`] and [`cards`] for what comes next. [`personas`] reads
//! the shared persona fixtures.
//!
//! Rules kept everywhere in here (DOMAIN.md): no demographics; barriers never move an axis;
//! "I don't know" / "I'd rather not say" never lower a score; same answers, same result.

pub mod answers;
pub mod bank;
pub mod cards;
pub mod code;
pub mod ids;
pub mod journey;
pub mod need;
pub mod outcome;
pub mod overlay;
pub mod overview;
pub mod own_say;
pub mod personas;
pub mod qr;
pub mod rules;
pub mod score;
pub mod share;
pub mod sorting;
pub mod steps;
mod validate;
pub mod whatif;
pub mod work_profile;

pub use answers::{parse_answers_json, Answers, AnswersError};
pub use bank::{question, Feeds, Question, QuestionId, QUESTIONS};
pub use cards::{card_template, CardIf, CardTemplate, CardThen};
pub use code::{
    decode, decode_any, encode, encode_shared, from_typeable, link_fragment, read_any, to_typeable,
    Carried, CodeError, Decoded, EncodeError, SharedInfo, Sharing,
};
pub use ids::{Axis, BarrierDomain, FloorId, Layer, ModuleId, ScaleId, SubId};
pub use outcome::{
    AxisResult, Band, BarrierFinding, BarrierLevel, Because, Lead, Outcome, OutcomeId, RouteCode,
    SubScore,
};
pub use qr::{qr_svg, QrError, QrSvg};
pub use rules::{AnswerOption, Rules, CURRENT_VERSION, DONT_KNOW, PUBLISHED, RATHER_NOT};
pub use score::score;
pub use steps::{route_steps, Part, StepId};
pub use whatif::{levers, what_if_answer, what_if_sub, Lever};
