//! What every page and component can read: the current state, a way to send actions, and the
//! locale's text lookup.

use std::rc::Rc;

use yew::prelude::*;

use crate::app::{Action, State};
use crate::i18n::{self, Locale};

/// The app context, provided by the root component.
#[derive(Clone, PartialEq)]
pub struct Ctx {
    pub state: Rc<State>,
    pub dispatch: Callback<Action>,
}

impl Ctx {
    /// The language on screen: the chosen one once its texts are here (see `i18n::shown`).
    pub fn locale(&self) -> Locale {
        i18n::shown(self.state.locale)
    }

    /// The text for `key` in the current locale.
    pub fn t(&self, key: &str) -> &'static str {
        i18n::t_with(self.locale(), self.state.formality(), key)
    }

    /// The text for `key` with `{name}` placeholders filled.
    pub fn tf(&self, key: &str, args: &[(&str, &str)]) -> String {
        i18n::tf_with(self.locale(), self.state.formality(), key, args)
    }

    /// The plural form of `base` for `n` in the current locale (`{n}` filled).
    pub fn tp(&self, base: &str, n: u64) -> String {
        i18n::tp_with(self.locale(), self.state.formality(), base, n, &[])
    }

    /// A text from outside the catalog (the municipality's configuration) as the current locale
    /// shows it: numbers and addresses isolated in right-to-left text (see `i18n::bidi`).
    pub fn shown(&self, text: &str) -> String {
        i18n::shown_in(self.locale(), text.to_string())
    }

    /// A callback that sends `action`, for buttons and links.
    pub fn send(&self, action: Action) -> Callback<MouseEvent> {
        let dispatch = self.dispatch.clone();
        Callback::from(move |e: MouseEvent| {
            e.prevent_default();
            dispatch.emit(action.clone())
        })
    }
}

/// The app context. Panics only if used outside the root component, which is a programming
/// error caught by every browser test.
#[hook]
pub fn use_ctx() -> Ctx {
    use_context::<Ctx>().expect("Ctx is provided by ui::App")
}
