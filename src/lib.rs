//! Werkroute: a self-assessment for job-seekers that stays on their own device.
//!
//! A tour of the crate, in the order data flows:
//! - [`domain`]: the question bank, the published rules, scoring, routes and what-if. Pure Rust,
//!   no browser crate; returns ids and enums, never display text.
//! - [`app`]: the state of one visit, the actions that change it and the pure reducer; hash routes.
//! - [`i18n`]: locales (with text direction) and the catalogs that turn keys into text.
//! - `ui` (wasm, and natively with feature `prerender`): the Yew view. Thin: renders state through the catalog, sends actions.
//! - `adapters` (as `ui`): browser APIs at the edge (document, history, storage, speech, print).
//!
//! The command-line tool `werkroute` (src/bin) runs the same domain natively for policy staff.

pub mod app;
pub mod docs;
pub mod domain;
pub mod i18n;

#[cfg(any(target_arch = "wasm32", feature = "prerender"))]
pub mod adapters;
#[cfg(any(target_arch = "wasm32", feature = "prerender"))]
pub mod ui;
