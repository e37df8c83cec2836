//! The assessment engine: question bank, published rules, scoring, routes, what-if.
//! Pure Rust: no browser crate. Returns ids and enums, never display text.
