//! The `werkroute` command-line tool.
fn main() {}
