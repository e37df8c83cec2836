//! The kiosk's idle clock: any input (pointer, key, touch, wheel) and reading aloud count as
//! activity; once a
//! second the seconds since the last input are reported, but only when they matter (at or past
//! the idle limit, or while the warning shows), so typing never re-renders the app.
//!
//! Rule kept: the clock only measures; what happens (warn, wipe) is the reducer's decision.

use std::cell::Cell;
use std::rc::Rc;

use gloo_events::EventListener;
use gloo_timers::callback::Interval;

/// Listeners and the interval; dropping it stops the clock.
pub struct IdleClock {
    _listeners: Vec<EventListener>,
    _interval: Interval,
}

/// Starts the clock. `warning_shown` mirrors the state so a key press during the warning is
/// reported too; `report` receives the idle seconds.
pub fn start(
    idle_limit: u32,
    warning_shown: Rc<Cell<bool>>,
    report: impl Fn(u32) + 'static,
) -> Option<IdleClock> {
    let window = super::window()?;
    let last = Rc::new(Cell::new(js_sys::Date::now()));
    let listeners = ["pointerdown", "keydown", "touchstart", "wheel"]
        .into_iter()
        .map(|event| {
            let last = last.clone();
            EventListener::new(&window, event, move |_| last.set(js_sys::Date::now()))
        })
        .collect();
    let interval = Interval::new(1_000, move || {
        // Listening is activity: while the page is being read aloud, nobody is idle (but the
        // spoken warning itself does not answer it).
        if super::speech::is_speaking() && !warning_shown.get() {
            last.set(js_sys::Date::now());
        }
        let idle = ((js_sys::Date::now() - last.get()) / 1000.0).max(0.0) as u32;
        if idle >= idle_limit || warning_shown.get() {
            report(idle);
        }
    });
    Some(IdleClock {
        _listeners: listeners,
        _interval: interval,
    })
}

/// Calls `on_restore` when the page comes back from the back/forward cache, so a kiosk can
/// wipe what an earlier visitor left.
pub fn on_restored_from_cache(on_restore: impl Fn() + 'static) -> Option<EventListener> {
    let window = super::window()?;
    Some(EventListener::new(&window, "pageshow", move |e| {
        let persisted = e
            .dyn_ref::<web_sys::PageTransitionEvent>()
            .is_some_and(web_sys::PageTransitionEvent::persisted);
        if persisted {
            on_restore();
        }
    }))
}

use wasm_bindgen::JsCast;

/// On a kiosk the app's own links (`href="#/..."`) replace the current history entry instead of
/// adding one, so Back never walks through an earlier visitor's screens. The click still reaches
/// the app; only the browser's own navigation is swapped for `location.replace`.
pub fn links_replace() -> Option<EventListener> {
    let window = super::window()?;
    let document = window.document()?;
    let options = gloo_events::EventListenerOptions::enable_prevent_default();
    Some(EventListener::new_with_options(
        &document,
        "click",
        options,
        move |e| {
            let Some(target) = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            else {
                return;
            };
            let Ok(Some(link)) = target.closest("a[href^='#']") else {
                return;
            };
            let Some(href) = link.get_attribute("href") else {
                return;
            };
            e.prevent_default();
            let _ = window.location().replace(&href);
        },
    ))
}
