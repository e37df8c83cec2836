//! The state of one visit, the actions that change it, and the pure reducer. No browser crate:
//! the root component runs effects (URL, focus, title, storage) after the state changes.

pub mod config;
mod pages;
pub mod progress;
pub mod quick_exit;
mod reduce;
mod route;
pub mod saved;
pub mod screener;
mod state;

pub use reduce::{arrived, found_saved, reduce, start_kiosk};
pub use route::Screen;
pub use state::{Action, FormError, Kiosk, Notice, State, Storage, TextSize};
