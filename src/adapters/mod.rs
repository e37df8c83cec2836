//! Browser APIs at the edge. The only place besides `ui` that touches web-sys. Each adapter is
//! small, returns plain Rust values, and treats everything it reads from the browser as untrusted.

pub mod clock;
pub mod config_loader;
pub mod document;
pub mod file;
pub mod kiosk;
pub mod location;
pub mod print;
pub mod speech;
pub mod storage;
