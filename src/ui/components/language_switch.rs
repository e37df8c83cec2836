use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::app::Action;
use crate::i18n::Locale;
use crate::ui::context::use_ctx;

/// A native select of languages, each named in its own language and script, with its own `lang`.
/// Changing it keeps every answer; a language still on its way shows once its texts arrive.
#[function_component(LanguageSwitch)]
pub fn language_switch() -> Html {
    let ctx = use_ctx();
    // The select shows the language asked for (also while its texts are on their way, so arrow
    // keys keep moving through the list). When a language could not be fetched the state goes
    // back to another one but the options may render the same, so the value is set here too.
    let select = use_node_ref();
    {
        let select = select.clone();
        use_effect_with(ctx.state.locale, move |wanted| {
            if let Some(el) = select.cast::<HtmlSelectElement>() {
                el.set_value(wanted.code());
            }
        });
    }
    let onchange = {
        let dispatch = ctx.dispatch.clone();
        Callback::from(move |e: Event| {
            let value = e.target_unchecked_into::<HtmlSelectElement>().value();
            if let Some(locale) = Locale::from_code(&value) {
                dispatch.emit(Action::SetLocale(locale));
            }
        })
    };
    html! {
        <div class="app-language-switch">
            <label class="utrecht-form-label" for="app-language">{ ctx.t("language.label") }</label>
            <select id="app-language" class="utrecht-select utrecht-select--html-select app-language-switch__select" ref={select} {onchange}>
                { for Locale::ALL.iter().filter(|l| ctx.state.config.offers(**l)).map(|l| html! {
                    <option value={l.code()} lang={l.code()} selected={*l == ctx.state.locale}>
                        { l.endonym() }
                    </option>
                }) }
            </select>
        </div>
    }
}
