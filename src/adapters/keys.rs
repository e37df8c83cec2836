//! Keys pressed anywhere on the page: three presses of Shift for the quick exit. Only whether a
//! key was Shift is read, never which other key it was.

use std::cell::RefCell;

use gloo_events::EventListener;
use wasm_bindgen::JsCast;

use crate::app::quick_exit::ShiftCount;

/// Calls `leave` when Shift is pressed [`crate::app::quick_exit::PRESSES`] times in a row,
/// quickly enough. Dropping the listener stops it.
pub fn on_shift_presses(leave: impl Fn() + 'static) -> Option<EventListener> {
    let window = super::window()?;
    let count = RefCell::new(ShiftCount::default());
    Some(EventListener::new(&window, "keydown", move |e| {
        let Some(e) = e.dyn_ref::<web_sys::KeyboardEvent>() else {
            return;
        };
        if e.repeat() {
            return;
        }
        let now = js_sys::Date::now();
        let hit = {
            let mut c = count.borrow_mut();
            if e.key() == "Shift" {
                c.press(now)
            } else {
                c.other_key();
                false
            }
        };
        if hit {
            leave();
        }
    }))
}
