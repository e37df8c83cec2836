//! Documents generated from the same data the app runs on, so they cannot drift from the code.
//!
//! - [`register`]: the algorithm-register entry (Dutch and English) from the published rules, the
//!   question bank and the content catalogs. `werkroute rules --format markdown [--lang nl|en]`
//!   prints it; `docs/algoritmeregister.{nl,en}.md` hold the committed copies and
//!   `tests/register_doc.rs` fails when they differ from what the rules generate.
//! - [`page`]: `dist/index.html` with the prerendered start page written in at build time.
//! - [`length`]: the pages and words of a journey (`werkroute length`); the start page's minutes.
//! - [`agreement`]: the seeded simulation of core against full set (`werkroute agreement`), held
//!   by `tests/core_agreement.rs`. The app never calls it, so it adds nothing to the wasm. Its
//!   simulated people also make `werkroute sample` (made-up codes for the overview).
//! - [`overview`]: the policy overview's sections, text and CSV (`werkroute overview`, and the
//!   page `#/overzicht`).
//!
//! Rule kept: the domain stays free of display text. This module is documentation, not UI: its
//! fixed sentences live here as constants per language; every number, question, option and name
//! comes from `domain` and the catalogs (`i18n::t`).

pub mod agreement;
pub mod length;
pub mod overview;
pub mod page;
pub mod register;

pub use register::{register_markdown, register_markdown_for, REGISTER_FILES};
