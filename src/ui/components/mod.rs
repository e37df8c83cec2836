//! Reusable view parts, one component and its Props per file.

mod action_cards;
mod acute_banner;
mod back_link;
mod conversation;
mod error_summary;
mod footer;
mod header;
mod language_switch;
mod quadrant;
mod radio_option;
mod save_controls;
mod share_result;
mod skip_link;
mod sort_first;
mod status_message;
mod step_list;
mod subscore_list;
mod what_if;

pub use action_cards::ActionCards;
pub use acute_banner::AcuteBanner;
pub use back_link::BackLink;
pub use conversation::Conversation;
pub use error_summary::ErrorSummary;
pub use footer::Footer;
pub use header::Header;
pub use language_switch::LanguageSwitch;
pub use quadrant::Quadrant;
pub use radio_option::RadioOption;
pub use save_controls::SaveControls;
pub use share_result::ShareResult;
pub use skip_link::SkipLink;
pub use sort_first::SortFirst;
pub use status_message::StatusMessage;
pub use step_list::StepList;
pub use subscore_list::SubScoreList;
pub use what_if::WhatIf;
