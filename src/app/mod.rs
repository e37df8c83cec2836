//! The state of one visit and its pure reducer. No browser crate.
