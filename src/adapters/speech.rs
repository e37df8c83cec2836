//! Read-aloud with the browser's speech synthesis.
//!
//! Rules kept: nothing speaks until the person asks; personal texts (a result) are read only
//! with voices that run on this device (`localService`), so they never go to an online speech
//! service; speech stops on every page change and on a wipe.

use wasm_bindgen::JsCast;

use crate::i18n::Locale;

fn synth() -> Option<web_sys::SpeechSynthesis> {
    super::window()?.speech_synthesis().ok()
}

/// The voices for `locale`: (any voice, one that runs on this device).
pub fn voices(locale: Locale) -> (bool, bool) {
    let Some(s) = synth() else {
        return (false, false);
    };
    let list = s.get_voices();
    let mut any = false;
    let mut local = false;
    for v in list.iter() {
        if let Ok(v) = v.dyn_into::<web_sys::SpeechSynthesisVoice>() {
            if Locale::from_code(&v.lang()) == Some(locale) {
                any = true;
                local |= v.local_service();
            }
        }
    }
    (any, local)
}

/// Reads `text` in `locale`; with `on_device_only`, only with a voice that runs on this device
/// (and not at all when there is none). Stops anything already speaking first.
pub fn speak(text: &str, locale: Locale, on_device_only: bool) {
    let Some(s) = synth() else { return };
    let voice = s
        .get_voices()
        .iter()
        .filter_map(|v| v.dyn_into::<web_sys::SpeechSynthesisVoice>().ok())
        .find(|v| {
            Locale::from_code(&v.lang()) == Some(locale) && (!on_device_only || v.local_service())
        });
    if voice.is_none() && on_device_only {
        return;
    }
    s.cancel();
    if let Ok(u) = web_sys::SpeechSynthesisUtterance::new_with_text(text) {
        u.set_lang(locale.code());
        u.set_voice(voice.as_ref());
        s.speak(&u);
    }
}

/// Whether the device is reading aloud right now.
pub fn is_speaking() -> bool {
    synth().is_some_and(|s| s.speaking())
}

/// Calls `on_end` once the reading that was just started has ended (or never started within
/// three seconds), so a "Stop" button can turn back. Dropping the interval stops watching.
pub fn on_end(on_end: impl Fn() + 'static) -> Option<gloo_timers::callback::Interval> {
    synth()?;
    let (started, ticks) = (std::cell::Cell::new(false), std::cell::Cell::new(0u32));
    Some(gloo_timers::callback::Interval::new(300, move || {
        ticks.set(ticks.get() + 1);
        if is_speaking() {
            started.set(true);
        } else if started.get() || ticks.get() >= 10 {
            on_end();
        }
    }))
}

/// Stops speaking.
pub fn cancel() {
    if let Some(s) = synth() {
        s.cancel();
    }
}

/// Calls `on_change` when the list of voices changes (browsers load it late).
pub fn on_voices_changed(on_change: impl Fn() + 'static) -> Option<gloo_events::EventListener> {
    let s = synth()?;
    Some(gloo_events::EventListener::new(
        &s,
        "voiceschanged",
        move |_| on_change(),
    ))
}

/// The text to read of the main content: the page's words, not its controls. On a question page
/// the question, its hint and each option in turn; elsewhere the page without buttons, the back
/// link and arrows (what is marked `data-no-read` stays silent).
pub fn main_text() -> String {
    let Some(main) = super::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("main"))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return String::new();
    };
    let Ok(copy) = main.clone_node_with_deep(true) else {
        return String::new();
    };
    let Ok(copy) = copy.dyn_into::<web_sys::HtmlElement>() else {
        return String::new();
    };
    if let Ok(silent) = copy
        .query_selector_all(
            "button, select, [data-no-read], .app-back-link, [aria-hidden=true], .app-collapsible__body--closed",
        )
    {
        for i in 0..silent.length() {
            if let Some(n) = silent.item(i) {
                if let Some(parent) = n.parent_node() {
                    let _ = parent.remove_child(&n);
                }
            }
        }
    }
    // A detached copy has no layout, so its text is read as written, block by block.
    copy.text_content()
        .unwrap_or_default()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .replace(['↑', '→', '‹', '›'], "")
}
