//! Reusable view parts, one component and its Props per file.

mod back_link;
mod error_summary;
mod footer;
mod header;
mod language_switch;
mod radio_option;
mod skip_link;

pub use back_link::BackLink;
pub use error_summary::ErrorSummary;
pub use footer::Footer;
pub use header::Header;
pub use language_switch::LanguageSwitch;
pub use radio_option::RadioOption;
pub use skip_link::SkipLink;
