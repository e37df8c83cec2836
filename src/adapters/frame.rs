//! Work that must not hold up the next paint. Some browser calls wait on the browser process
//! (setting the address, the title, stopping speech: 2-25 ms each on a busy machine, measured by
//! `./scripts/bench.sh`); run inside Yew's effects they would delay showing the next question.

use std::cell::Cell;
use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// At the latest this long after the call, `f` runs anyway: frames stop in a hidden page.
const AT_THE_LATEST_MS: u32 = 100;

/// Runs `f` once, after the next frame has been painted (a frame callback, then a task after
/// it), or after `AT_THE_LATEST_MS` when no frame comes. Off the browser nothing runs.
pub fn after_paint(f: impl FnOnce() + 'static) {
    let Some(window) = super::window() else {
        return;
    };
    let once = Rc::new(Cell::new(Some(f)));
    let run = move || {
        if let Some(f) = once.take() {
            f();
        }
    };
    let after_frame = {
        let run = run.clone();
        move || gloo_timers::callback::Timeout::new(0, run).forget()
    };
    let frame = Closure::once_into_js(after_frame);
    let _ = window.request_animation_frame(frame.unchecked_ref());
    gloo_timers::callback::Timeout::new(AT_THE_LATEST_MS, run).forget();
}
