//! Small hooks shared by components.

use yew::prelude::*;

use crate::adapters::{frame, speech};
use crate::i18n::Locale;

/// The voices for `locale` as (any voice, one that runs on this device); `None` until the device
/// was asked (after the first paint: the first call starts the speech engine, which should not
/// hold up showing the page). Follows the browser's late loading of voices.
#[hook]
pub fn use_voices(locale: Locale) -> Option<(bool, bool)> {
    let voices = use_state(|| None::<(bool, bool)>);
    {
        let voices = voices.clone();
        use_effect_with(locale, move |locale| {
            let locale = *locale;
            {
                let voices = voices.clone();
                frame::after_paint(move || voices.set(Some(speech::voices(locale))));
            }
            let listener =
                speech::on_voices_changed(move || voices.set(Some(speech::voices(locale))));
            move || drop(listener)
        });
    }
    *voices
}
